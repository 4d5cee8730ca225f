// The pure parts of touch gestures and snapshot options (the rest runs in the browser tests).
import { describe, it, expect } from 'vitest';
import { SWIPE_MAX_MS, SWIPE_MIN_PX, swipeDirection } from '../../src/element/touchGestures.ts';
import { MAX_SNAPSHOT_SIDE, snapshotSide, snapshotType } from '../../src/element/snapshot.ts';

describe('caption swipe', () => {
  it('right to left is the next chapter, left to right the previous one', () => {
    expect(swipeDirection(-120, 10, 200)).toBe('next');
    expect(swipeDirection(120, -10, 200)).toBe('previous');
  });

  it('a tap, a slow drag or a mostly vertical move is no swipe', () => {
    expect(swipeDirection(-(SWIPE_MIN_PX - 1), 0, 100)).toBeNull();
    expect(swipeDirection(-200, 0, SWIPE_MAX_MS + 1)).toBeNull();
    expect(swipeDirection(-100, 80, 200)).toBeNull();
  });
});

describe('snapshot options', () => {
  it('PNG by default; JPEG and WebP by MIME type or short name; anything else is refused by name', () => {
    expect(snapshotType(undefined)).toBe('image/png');
    expect(snapshotType('JPG')).toBe('image/jpeg');
    expect(snapshotType('image/webp')).toBe('image/webp');
    expect(() => snapshotType('image/gif')).toThrow(/image\/gif/);
  });

  it('sizes default to the view, are whole pixels, and stop at the largest side', () => {
    expect(snapshotSide(undefined, 480, 'width')).toBe(480);
    expect(snapshotSide(100.4, 480, 'width')).toBe(100);
    expect(snapshotSide(20000, 480, 'width')).toBe(MAX_SNAPSHOT_SIDE);
    expect(() => snapshotSide(0, 480, 'height')).toThrow(/height/);
    expect(() => snapshotSide(Number.NaN, 480, 'width')).toThrow(/width/);
  });
});
