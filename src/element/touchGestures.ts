/**
 * Touch gestures the orbit controls do not cover: a horizontal swipe on the caption changes
 * chapter (left: next, right: previous), as on a phone's photo strip. One finger on the 3D
 * view orbits and two pinch-zoom: OrbitControls does those on its canvas, which the kiosk
 * styles keep from scrolling or zooming the page (`touch-action: none`).
 */

/** A swipe is at least this long (CSS px) and more across than down. */
export const SWIPE_MIN_PX = 48;
/** …and quicker than this: a slow drag is reading, not swiping. */
export const SWIPE_MAX_MS = 800;

/** What a swipe does. */
export interface SwipeTargets {
  next(): void;
  previous(): void;
}

/** A swipe from the movement of one pointer: `next`, `previous`, or null when it is none. */
export function swipeDirection(dx: number, dy: number, ms: number): 'next' | 'previous' | null {
  if (ms > SWIPE_MAX_MS || Math.abs(dx) < SWIPE_MIN_PX || Math.abs(dx) < 1.5 * Math.abs(dy)) return null;
  return dx < 0 ? 'next' : 'previous';
}

/**
 * Listens on `root` (the element's shadow root) for swipes that start on an element with
 * `part="caption"` (touch or pen), found when the pointer goes down, so the caption may come and go.
 * `detach()` removes every listener.
 */
export class CaptionSwipe {
  #root: EventTarget;
  #targets: SwipeTargets;
  #start: { id: number; x: number; y: number; t: number } | null = null;

  constructor(root: EventTarget, targets: SwipeTargets) {
    this.#root = root;
    this.#targets = targets;
    root.addEventListener('pointerdown', this.#down as EventListener);
    root.addEventListener('pointerup', this.#up as EventListener);
    root.addEventListener('pointercancel', this.#cancel);
  }

  detach(): void {
    this.#root.removeEventListener('pointerdown', this.#down as EventListener);
    this.#root.removeEventListener('pointerup', this.#up as EventListener);
    this.#root.removeEventListener('pointercancel', this.#cancel);
    this.#start = null;
  }

  #down = (event: PointerEvent): void => {
    // Touch and pen only: a mouse dragging across the caption is selecting its text.
    if (event.pointerType === 'mouse') {
      this.#start = null;
      return;
    }
    const onCaption = event.composedPath().some((n) => n instanceof Element && n.part?.contains('caption'));
    this.#start = onCaption ? { id: event.pointerId, x: event.clientX, y: event.clientY, t: event.timeStamp } : null;
  };

  #up = (event: PointerEvent): void => {
    const start = this.#start;
    this.#start = null;
    if (!start || start.id !== event.pointerId) return;
    const direction = swipeDirection(event.clientX - start.x, event.clientY - start.y, event.timeStamp - start.t);
    if (direction) this.#targets[direction]();
  };

  #cancel = (): void => {
    this.#start = null;
  };
}
