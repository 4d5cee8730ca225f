const STEP = Math.SQRT1_2;
const FLOOR = 0.35;
const SLOW_MS = 60;
const FAST_MS = 40;

/**
 * Dynamic resolution, as <model-viewer> does it: while the view is moving, an average of the
 * frame time lowers the render scale in √½ steps above 60 ms and raises it below 40 ms; when
 * the view comes to rest, one full-resolution frame. Software WebGL is fill-bound, so this
 * keeps orbiting responsive.
 */
export class RenderScale {
  private interactiveScale = 1;
  private averageMs = 0;

  /** The scale for the next frame: the interactive one while moving, else 1. */
  next(moving: boolean): number {
    return moving ? this.interactiveScale : 1;
  }

  /** Feeds a frame time taken at a given scale. */
  record(frameMs: number, moving: boolean): void {
    if (!moving) return;
    this.averageMs = this.averageMs === 0 ? frameMs : this.averageMs * 0.6 + frameMs * 0.4;
    if (this.averageMs > SLOW_MS && this.interactiveScale > FLOOR) {
      this.interactiveScale = Math.max(FLOOR, this.interactiveScale * STEP);
      this.averageMs = 0;
    } else if (this.averageMs < FAST_MS && this.interactiveScale < 1) {
      this.interactiveScale = Math.min(1, this.interactiveScale / STEP);
      this.averageMs = 0;
    }
  }
}
