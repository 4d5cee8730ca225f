import { WebGLRenderer } from 'three';
import type { Camera, Scene } from 'three';
import { ImageDataPool, webglPixelsToImageData } from './readbackImage.ts';
import { RENDERER_CONTEXT_ATTRIBUTES, takeProbeContext } from './webglAvailable.ts';

/** Something the shared render loop draws: a ScalpScene. */
export interface FrameClient {
  /** True when the client has something new to draw (dirty, visible, sized). */
  wantsFrame(): boolean;
  /** Draws one frame; called from the shared requestAnimationFrame loop. */
  frame(now: number): void;
  /** The GPU context came back after a loss: everything must be drawn again. */
  invalidate(): void;
  /**
   * The shared WebGL context was lost (`true`) or restored (`false`). While lost nothing is
   * drawn and each visible canvas keeps its last picture; on restore three.js re-uploads
   * every geometry, texture and program it still holds on its next render, and the renderer
   * calls `invalidate()` on every client.
   */
  contextChanged?(lost: boolean): void;
}

let instance: SharedRenderer | null = null;

/** Page-wide counters, for tests and diagnostics (not public API). */
export const sharedRendererStats = {
  /** WebGL renderers (contexts) created so far on this page. */
  created: 0,
  /** Context losses seen, and restores. */
  lost: 0,
  restored: 0,
};

/**
 * The one WebGL renderer of the page (browsers allow ~16 contexts; as <model-viewer> does):
 * an off-page canvas sized to the largest scene. Each scene renders into its bottom-left
 * corner and copies the pixels into its own visible 2D canvas: on software WebGL by reading
 * them back and putting them (~5 ms at 1280×720 here, where `drawImage` of the WebGL canvas
 * took ~25 ms), on a GPU by `drawImage`, which stays on the GPU. One requestAnimationFrame
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
  private lost = false;
  /**
   * ms the last renderInto spent copying into the visible 2D canvas after the frame completed
   * (bench, diagnostics). By readback, the transfer itself is inside the wait for the frame and
   * not counted: only the conversion and the put.
   */
  lastCopyMs = 0;
  /**
   * How frames reach the visible canvases: `readback` (readPixels + putImageData: software
   * WebGL, where drawImage of a WebGL canvas costs ~5x as much) or `drawImage` (a GPU copy on
   * hardware, where a full readback would stall the pipeline). Chosen from the renderer
   * string; tests switch it to compare the two.
   */
  copyMode: 'readback' | 'drawImage';
  private readonly images = new ImageDataPool();

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

  /** The page's renderer if one exists, without taking a reference (tests, diagnostics). */
  static get current(): SharedRenderer | null {
    return instance;
  }

  /** True between `webglcontextlost` and `webglcontextrestored`: nothing can be drawn. */
  get contextLost(): boolean {
    return this.lost;
  }

  /** Live references (one per scene). */
  get references(): number {
    return this.refs;
  }

  /** Clients in the render loop. */
  get clientCount(): number {
    return this.clients.size;
  }

  private constructor() {
    // The availability probe's context when there is one: making the first context of a page
    // is the slow part of starting WebGL in software.
    const probe = takeProbeContext();
    const canvas = probe?.canvas ?? document.createElement('canvas');
    const { alpha, antialias, depth, stencil, premultipliedAlpha, preserveDrawingBuffer, powerPreference } = RENDERER_CONTEXT_ATTRIBUTES;
    this.renderer = new WebGLRenderer({
      canvas,
      ...(probe ? { context: probe.gl } : {}),
      alpha, antialias, depth, stencil, premultipliedAlpha, preserveDrawingBuffer, powerPreference,
    });
    this.renderer.setPixelRatio(1);
    this.renderer.setSize(1, 1, false);
    this.renderer.setClearColor(0x000000, 0);
    const gl = this.renderer.getContext();
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    this.software = /swiftshader|llvmpipe|software|basic render/i.test(name);
    this.copyMode = this.software ? 'readback' : 'drawImage';
    canvas.addEventListener('webglcontextlost', this.onLost);
    canvas.addEventListener('webglcontextrestored', this.onRestored);
    sharedRendererStats.created++;
  }

  /** Drops a reference; the last one disposes the WebGL context. */
  release(): void {
    if (--this.refs > 0) return;
    cancelAnimationFrame(this.rafId);
    this.rafId = 0;
    this.clients.clear();
    // Our own forced loss below is an ending, not an interruption: nobody is told.
    this.renderer.domElement.removeEventListener('webglcontextlost', this.onLost);
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
    this.images.clear();
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
    // A lost context draws nothing: keep the last picture rather than copy a blank one.
    if (this.lost || this.renderer.getContext().isContextLost()) return 0;
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
    // Both copies wait for the GPU before they return, so the time returned is a completed
    // frame: dynamic resolution needs the truth.
    const gl = this.renderer.getContext();
    const out = target.canvas;
    let tc: number;
    if (this.copyMode === 'readback' && out.width === w && out.height === h) {
      // WebGL's origin is bottom-left: the viewport is rows 0..h-1 as readPixels counts them.
      const image = this.images.get(w, h);
      gl.readPixels(0, 0, w, h, gl.RGBA, gl.UNSIGNED_BYTE, image.data);
      tc = performance.now();
      webglPixelsToImageData(image.data, w, h, this.images.rowBuffer(w * 4));
      target.putImageData(image, 0, 0);
    } else {
      // drawImage may be queued on the GPU: a 1-pixel readback first waits for the frame.
      gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, this.probe);
      tc = performance.now();
      target.clearRect(0, 0, out.width, out.height);
      // In the canvas image (top-left origin) the viewport is the last h rows.
      target.drawImage(this.renderer.domElement, 0, this.height - h, w, h, 0, 0, out.width, out.height);
    }
    const t1 = performance.now();
    this.lastCopyMs = t1 - tc;
    return t1 - t0;
  }

  private readonly tick = (now: number): void => {
    this.rafId = 0;
    if (this.lost) return; // the restore asks for a frame again
    for (const c of this.clients) if (c.wantsFrame()) c.frame(now);
    for (const c of this.clients) {
      if (c.wantsFrame()) {
        this.requestFrame();
        break;
      }
    }
  };

  /**
   * The browser took the GPU context away (driver reset, too many contexts, a GPU process
   * crash). Calling preventDefault (three.js does too) tells the browser we can restore.
   */
  private readonly onLost = (event: Event): void => {
    event.preventDefault();
    this.lost = true;
    sharedRendererStats.lost++;
    cancelAnimationFrame(this.rafId);
    this.rafId = 0;
    for (const c of [...this.clients]) c.contextChanged?.(true);
  };

  /**
   * The context is back. three.js has already made new state for it (its restore listener
   * was added before ours): each geometry, texture and program is created and uploaded again
   * from the arrays three still holds on its next render. Clients redraw at their own time
   * and camera, and hear that the view is back.
   */
  private readonly onRestored = (): void => {
    this.lost = false;
    sharedRendererStats.restored++;
    for (const c of [...this.clients]) {
      c.invalidate();
      c.contextChanged?.(false);
    }
    this.requestFrame();
  };
}
