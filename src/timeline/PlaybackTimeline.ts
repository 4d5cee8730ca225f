// The core alone: the timeline tweens no CSS, so CSSPlugin would be dead weight.
import { gsap } from 'gsap/gsap-core';

/** What a {@link PlaybackTimeline} is built with. */
export interface PlaybackTimelineOptions {
  /** Length of the timeline in simulated days (> 0). */
  duration: number;
  /** Called with the current day on every tick while playing, and once after each seek. */
  onUpdate: (day: number) => void;
  /** Called when playback reaches the end with `loop` off. */
  onEnded?: () => void;
  /** Called each time playback wraps from the end back to day 0 with `loop` on. */
  onLoop?: () => void;
  /** Days per simulated second of wall-clock time; default {@link DEFAULT_SPEED}. */
  speed?: number;
  /** Start again at day 0 when the end is reached; default false. */
  loop?: boolean;
}

/** Default playback rate: a week per second, so a year plays in about 52 s. */
export const DEFAULT_SPEED = 7;

/**
 * The longest gap between two frames that still counts in full, in ms. Longer gaps (a
 * sleeping machine, a clock set forward) advance like GSAP's lag smoothing does.
 */
export const MAX_FRAME_GAP_MS = 10_000;

/**
 * Playback of simulated days, with GSAP behind a small interface.
 *
 * One paused master `gsap.timeline` whose seconds are days: a carrier tween
 * gives it its length, `timeScale` is the speed in days per second, and
 * `repeat: -1` is the loop. The picture is a pure function of time, so the
 * timeline only reports the day; it animates nothing itself. Chapters will be
 * labels on the same timeline.
 */
export class PlaybackTimeline {
  readonly #timeline: ReturnType<typeof gsap.timeline>;
  readonly #onUpdate: (day: number) => void;
  readonly #onEnded?: () => void;
  readonly #onLoop?: () => void;
  #duration: number;
  #playing = false;
  #disposed = false;
  /** Date.now() at the last ticker dispatch while playing; GSAP's ticker reads the same clock. */
  #lastTick = 0;
  readonly #catchUp = (_time: number, deltaMs: number) => this.#undoLagSmoothing(deltaMs);

  constructor(options: PlaybackTimelineOptions) {
    this.#onUpdate = options.onUpdate;
    this.#onEnded = options.onEnded;
    this.#onLoop = options.onLoop;
    this.#duration = checkDuration(options.duration);
    this.#timeline = gsap.timeline({
      paused: true,
      repeat: options.loop ? -1 : 0,
      onUpdate: () => this.#onUpdate(this.#timeline.time()),
      onRepeat: () => this.#onLoop?.(),
      onComplete: () => {
        this.#playing = false;
        this.#stopCatchUp();
        this.#timeline.pause();
        this.#onEnded?.();
      },
    });
    this.#setCarrier(this.#duration);
    this.speed = options.speed ?? DEFAULT_SPEED;
  }

  /** Start or resume playback; from an ended timeline, start again at day 0 (like `<video>`). */
  play(): void {
    if (this.#disposed || this.#playing) return;
    if (this.time >= this.#duration) this.seek(0);
    this.#playing = true;
    this.#startCatchUp();
    this.#timeline.play();
  }

  /** Stop playback where it is. */
  pause(): void {
    if (this.#disposed || !this.#playing) return;
    this.#playing = false;
    this.#stopCatchUp();
    this.#timeline.pause();
  }

  /**
   * Jump to a day (clamped to [0, duration]); keeps playing if it was.
   * Calls `onUpdate` once; never `onEnded` or `onLoop`.
   */
  seek(day: number): void {
    if (this.#disposed || !Number.isFinite(day)) return;
    const clamped = Math.min(Math.max(day, 0), this.#duration);
    // suppressEvents: a seek is not playback; the one update below is ours.
    this.#timeline.seek(clamped, true);
    this.#onUpdate(clamped);
  }

  /** The current day, in [0, duration]. Setting it seeks. */
  get time(): number {
    return this.#timeline.time();
  }
  set time(day: number) {
    this.seek(day);
  }

  /** Length in days (> 0). Setting it keeps the current day where it fits. */
  get duration(): number {
    return this.#duration;
  }
  set duration(days: number) {
    const next = checkDuration(days);
    if (next === this.#duration) return;
    const day = Math.min(this.time, next);
    this.#duration = next;
    this.#setCarrier(next);
    this.seek(day);
  }

  /** Playback rate in days per second (finite, > 0). */
  get speed(): number {
    return this.#timeline.timeScale();
  }
  set speed(daysPerSecond: number) {
    if (!Number.isFinite(daysPerSecond) || daysPerSecond <= 0) {
      throw new RangeError(`PlaybackTimeline: speed must be a positive number of days per second, got ${daysPerSecond}`);
    }
    this.#timeline.timeScale(daysPerSecond);
  }

  /** Whether playback wraps to day 0 at the end instead of ending. */
  get loop(): boolean {
    return this.#timeline.repeat() === -1;
  }
  set loop(value: boolean) {
    if (value === this.loop) return;
    // Re-seek so a playhead several loops in is brought back into the first
    // iteration; otherwise turning the loop off would leave it past the end.
    const day = this.time;
    this.#timeline.repeat(value ? -1 : 0);
    this.#timeline.seek(day, true);
  }

  /** True between `play()` and `pause()`/the end. */
  get playing(): boolean {
    return this.#playing;
  }

  /** Kill the GSAP timeline; the object does nothing afterwards. */
  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    this.#playing = false;
    this.#stopCatchUp();
    this.#timeline.kill();
  }

  #startCatchUp(): void {
    this.#lastTick = Date.now();
    gsap.ticker.add(this.#catchUp);
  }

  #stopCatchUp(): void {
    gsap.ticker.remove(this.#catchUp);
  }

  /**
   * GSAP's global ticker smooths lag: a frame longer than 500 ms counts as 33 ms (see
   * https://gsap.com/docs/v3/GSAP/gsap.ticker/#lagsmoothing). With software WebGL at full size
   * a frame can take a second, and playback then crawled to "a day every few seconds". The
   * picture is a pure function of time, so this timeline advances by the real time elapsed:
   * after GSAP's root update (its listener runs before ours), the time lag smoothing dropped
   * is added back, to this timeline only. The page's own GSAP animations keep the ticker's
   * setting, which we never change (the ESM build shares gsap with the page).
   */
  #undoLagSmoothing(deltaMs: number): void {
    const now = Date.now();
    const realMs = Math.min(now - this.#lastTick, MAX_FRAME_GAP_MS);
    this.#lastTick = now;
    const droppedMs = realMs - deltaMs;
    // Below ~20 ms the difference is clock jitter; lag smoothing always drops far more.
    if (!this.#playing || droppedMs < 20) return;
    const tl = this.#timeline;
    // totalTime, not time: with loop on it wraps and fires onRepeat; without, it fires onComplete.
    tl.totalTime(tl.totalTime() + (droppedMs / 1000) * tl.timeScale());
  }

  /** An empty tween that gives the timeline its length in days. */
  #setCarrier(days: number): void {
    this.#timeline.clear();
    this.#timeline.to({}, { duration: days, ease: 'none' }, 0);
  }
}

function checkDuration(days: number): number {
  if (!Number.isFinite(days) || days <= 0) {
    throw new RangeError(`PlaybackTimeline: duration must be a positive number of days, got ${days}`);
  }
  return days;
}
