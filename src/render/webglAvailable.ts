let cached: boolean | undefined;

/**
 * Whether this browser can give us a WebGL2 context (checked once; the probe context is
 * released at once, since browsers allow only about 16 live contexts).
 */
export function webglAvailable(): boolean {
  if (cached !== undefined) return cached;
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2');
    cached = gl !== null;
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
  } catch {
    cached = false;
  }
  return cached;
}
