/** One step of dynamic quality: render scale (of each axis) and share of strands drawn. */
export interface Quality {
  /** Fraction of the canvas's width and height rendered (then scaled up by the copy). */
  scale: number;
  /** Fraction of follicles drawn (an even sample; opacity compensates the coverage). */
  fraction: number;
}

/** Full quality: every pixel, every follicle. Resting frames are always drawn like this. */
export const FULL_QUALITY: Quality = Object.freeze({ scale: 1, fraction: 1 });

// Cheaper steps for frames drawn while the camera moves or the timeline plays. On software
// WebGL the skin is fill-bound (scale helps) and the strands are vertex- and primitive-bound
// (only drawing fewer helps): each step lowers both.
const LADDER: readonly Quality[] = [
  FULL_QUALITY,
  { scale: 0.8, fraction: 0.6 },
  { scale: 0.66, fraction: 0.4 },
  { scale: 0.55, fraction: 0.28 },
  { scale: 0.5, fraction: 0.2 },
  { scale: 0.42, fraction: 0.14 },
  { scale: 0.35, fraction: 0.1 },
];
/**
 * Moving frames above this (ms, smoothed) step quality down, and below half of it step it up:
 * ~18–36 fps while someone drags or plays.
 */
export const INTERACTIVE_FRAME_BUDGET_MS = 55;

/**
 * Dynamic quality, as <model-viewer> does with resolution: while the view moves or the
 * timeline plays, a smoothed frame time walks a ladder of cheaper steps (lower render scale,
 * fewer strands) to keep frames near 30–55 ms; when the view comes to rest, one full-quality
 * frame. The first moving frame starts from the step the last resting frame's cost suggests.
 */
export class RenderScale {
  private level = -1;
  private averageMs = 0;
  private lastFullMs = 0;
  private slowMs = INTERACTIVE_FRAME_BUDGET_MS;

  /**
   * The moving frame time to aim under, ms. A hand on the screen needs the interactive default;
   * a view nobody drives (a kiosk's attract loop) can take longer frames for a sharper picture.
   */
  get budgetMs(): number {
    return this.slowMs;
  }

  set budgetMs(ms: number) {
    const budget = Number.isFinite(ms) && ms > 0 ? ms : INTERACTIVE_FRAME_BUDGET_MS;
    if (budget === this.slowMs) return;
    this.slowMs = budget;
    // The next moving frame starts again from the step the last resting frame suggests.
    this.level = -1;
    this.averageMs = 0;
  }

  /** The quality for the next frame: the interactive step while moving, else full. */
  next(moving: boolean): Quality {
    if (!moving) return FULL_QUALITY;
    if (this.level < 0) this.level = this.startLevel();
    return LADDER[this.level];
  }

  /** Feeds a completed frame's time, drawn at the quality `next(moving)` gave. */
  record(frameMs: number, moving: boolean): void {
    if (!moving) {
      if (frameMs > 0) this.lastFullMs = frameMs;
      return;
    }
    if (this.level < 0) this.level = this.startLevel();
    this.averageMs = this.averageMs === 0 ? frameMs : this.averageMs * 0.5 + frameMs * 0.5;
    if (this.averageMs > this.slowMs && this.level < LADDER.length - 1) {
      this.level++;
      this.averageMs = 0;
    } else if (this.averageMs < this.slowMs / 2 && this.level > 0) {
      this.level--;
      this.averageMs = 0;
    }
  }

  /** The current interactive step (tests, bench). */
  get interactive(): Quality {
    return LADDER[Math.max(0, this.level)];
  }

  // A full frame of T ms costs roughly T × (scale² share for the skin, fraction for the hair):
  // start at the first step expected to land under the budget.
  private startLevel(): number {
    if (this.lastFullMs <= 0) return 0;
    for (let i = 0; i < LADDER.length; i++) {
      const q = LADDER[i];
      if (this.lastFullMs * Math.max(q.scale * q.scale, q.fraction) < this.slowMs) return i;
    }
    return LADDER.length - 1;
  }
}
