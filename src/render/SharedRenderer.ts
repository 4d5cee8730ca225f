import { WebGLRenderer } from 'three';
import type { Camera, Scene } from 'three';

/** Something the shared render loop draws: a ScalpScene. */
export interface FrameClient {
  /** True when the client has something new to draw (dirty, visible, sized). */
  wantsFrame(): boolean;
  /** Draws one frame; called from the shared requestAnimationFrame loop. */
  frame(now: number): void;
  /** The GPU context came back after a loss: everything must be drawn again. */
  invalidate(): void;
}

let instance: SharedRenderer | null = null;

/**
 * The one WebGL renderer of the page (browsers allow ~16 contexts; as <model-viewer> does):
 * an off-page canvas sized to the largest scene. Each scene renders into its bottom-left
 * corner and copies the pixels into its own visible 2D canvas. One requestAnimationFrame
 * loop draws the clients that want a frame; with nothing dirty, nothing is drawn and the
 * loop stops. Reference-counted: disposed when the last scene releases it.
 */
export class SharedRenderer {
  /** The three.js renderer; antialias off (software WebGL pays ~4x for MSAA). */
  readonly renderer: WebGLRenderer;
  /** True when WebGL runs in software (SwiftShader, llvmpipe): choose the cheap paths. */
  readonly software: boolean;
  private readonly clients = new Set<FrameClient>();
  private refs = 0;
  private rafId = 0;
  private width = 1;
  private height = 1;
  private readonly probe = new Uint8Array(4);

  /** Takes a reference to the page's renderer, creating it on first use. */
  static acquire(): SharedRenderer {
    instance ??= new SharedRenderer();
    instance.refs++;
    return instance;
  }

  /** True while a shared renderer exists (tests check that the last release frees it). */
  static get alive(): boolean {
    return instance !== null;
  }

  private constructor() {
    const canvas = document.createElement('canvas');
    this.renderer = new WebGLRenderer({
      canvas,
      antialias: false,
      alpha: true,
      preserveDrawingBuffer: true,
    });
    this.renderer.setPixelRatio(1);
    this.renderer.setSize(1, 1, false);
    this.renderer.setClearColor(0x000000, 0);
    const gl = this.renderer.getContext();
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    this.software = /swiftshader|llvmpipe|software|basic render/i.test(name);
    canvas.addEventListener('webglcontextrestored', this.onRestored);
  }

  /** Drops a reference; the last one disposes the WebGL context. */
  release(): void {
    if (--this.refs > 0) return;
    cancelAnimationFrame(this.rafId);
    this.rafId = 0;
    this.clients.clear();
    this.renderer.domElement.removeEventListener('webglcontextrestored', this.onRestored);
    this.renderer.dispose();
    this.renderer.forceContextLoss();
    if (instance === this) instance = null;
  }

  /** Adds a client to the render loop. */
  add(client: FrameClient): void {
    this.clients.add(client);
    this.requestFrame();
  }

  /** Removes a client; the canvas shrinks back so a big scene that left frees its pixels. */
  remove(client: FrameClient): void {
    this.clients.delete(client);
    this.width = this.height = 1;
    this.renderer.setSize(1, 1, false);
  }

  /** Asks for a loop turn; cheap to call many times per frame. */
  requestFrame(): void {
    if (this.rafId === 0 && this.refs > 0) this.rafId = requestAnimationFrame(this.tick);
  }

  /**
   * Renders a scene at renderWidth × renderHeight device pixels and copies it into the 2D
   * context, scaled to fill its canvas. Returns the time taken in ms, GPU work included.
   */
  renderInto(scene: Scene, camera: Camera, target: CanvasRenderingContext2D, renderWidth: number, renderHeight: number): number {
    const t0 = performance.now();
    const w = Math.max(1, Math.round(renderWidth));
    const h = Math.max(1, Math.round(renderHeight));
    if (w > this.width || h > this.height) {
      this.width = Math.max(w, this.width);
      this.height = Math.max(h, this.height);
      this.renderer.setSize(this.width, this.height, false);
    }
    this.renderer.setViewport(0, 0, w, h);
    this.renderer.setScissor(0, 0, w, h);
    this.renderer.setScissorTest(true);
    this.renderer.render(scene, camera);
    this.renderer.setScissorTest(false);
    // A 1-pixel readback waits for the GPU, so the time returned is a completed frame (the
    // 2D copy below may itself be queued on the GPU): dynamic resolution needs the truth.
    const gl = this.renderer.getContext();
    gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, this.probe);
    const out = target.canvas;
    target.clearRect(0, 0, out.width, out.height);
    // WebGL's origin is bottom-left: the viewport is the last h rows of the canvas image.
    target.drawImage(this.renderer.domElement, 0, this.height - h, w, h, 0, 0, out.width, out.height);
    return performance.now() - t0;
  }

  private readonly tick = (now: number): void => {
    this.rafId = 0;
    for (const c of this.clients) if (c.wantsFrame()) c.frame(now);
    for (const c of this.clients) {
      if (c.wantsFrame()) {
        this.requestFrame();
        break;
      }
    }
  };

  private readonly onRestored = (): void => {
    for (const c of this.clients) c.invalidate();
    this.requestFrame();
  };
}
