let cached: boolean | undefined;
let spare: { canvas: HTMLCanvasElement; gl: WebGL2RenderingContext } | null = null;

/**
 * The context attributes of the page's one renderer (SharedRenderer). The availability probe
 * asks for the same, so its context can become the renderer's: attributes are fixed when a
 * context is made. Antialias off: software WebGL pays ~4x for MSAA. Drawing buffer preserved:
 * each viewer's frame is copied out of it after the render.
 */
export const RENDERER_CONTEXT_ATTRIBUTES: WebGLContextAttributes = Object.freeze({
  alpha: true,
  antialias: false,
  depth: true,
  stencil: false,
  premultipliedAlpha: true,
  preserveDrawingBuffer: true,
  powerPreference: 'default',
  failIfMajorPerformanceCaveat: false,
});

/**
 * Whether this browser can give us a WebGL2 context (checked once). The probe's context is
 * kept for the page's renderer ({@link takeProbeContext}) rather than thrown away: browsers
 * allow only about 16 live contexts, and on software WebGL making one takes ~0.1–0.6 s.
 */
export function webglAvailable(): boolean {
  if (cached !== undefined) return cached;
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2', RENDERER_CONTEXT_ATTRIBUTES);
    cached = gl !== null;
    if (gl) spare = { canvas, gl };
  } catch {
    cached = false;
  }
  return cached;
}

/** The probe's context, once, if it is still usable; otherwise null (make a new one). */
export function takeProbeContext(): { canvas: HTMLCanvasElement; gl: WebGL2RenderingContext } | null {
  const taken = spare;
  spare = null;
  return taken && !taken.gl.isContextLost() ? taken : null;
}
