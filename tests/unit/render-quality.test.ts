// Pure parts of the render layer's quality policy: the strand order that makes any prefix an
// even sample, and the dynamic-quality ladder (RenderScale).
import { describe, expect, it } from 'vitest';
import { strandOrder } from '../../src/render/follicleTexture.ts';
import { FULL_QUALITY, RenderScale } from '../../src/render/RenderScale.ts';

describe('strandOrder', () => {
  it('is a deterministic permutation', () => {
    const a = strandOrder(10_000);
    const b = strandOrder(10_000);
    expect(Array.from(a)).toEqual(Array.from(b));
    const seen = new Uint8Array(10_000);
    for (const i of a) seen[i]++;
    expect(seen.every((x) => x === 1)).toBe(true);
  });

  it('spreads any prefix over the whole range (an even sample of the head)', () => {
    const n = 100_000;
    const order = strandOrder(n);
    const k = n / 10; // the first 10 %
    const bins = new Array(10).fill(0);
    for (let i = 0; i < k; i++) bins[Math.floor((order[i] / n) * 10)]++;
    for (const b of bins) expect(Math.abs(b - k / 10)).toBeLessThan(k / 10 * 0.1);
  });
});

describe('RenderScale', () => {
  it('always gives full quality at rest', () => {
    const r = new RenderScale();
    r.record(500, false);
    expect(r.next(false)).toBe(FULL_QUALITY);
  });

  it('starts moving frames from the step the last resting frame suggests, and walks the ladder', () => {
    const r = new RenderScale();
    r.record(300, false); // a slow full frame
    const first = r.next(true);
    expect(first.scale).toBeLessThan(1);
    expect(first.fraction).toBeLessThan(1);
    // Fast moving frames step quality back up…
    for (let i = 0; i < 20; i++) r.record(10, true);
    expect(r.next(true)).toBe(FULL_QUALITY);
    // …slow ones step it down, never below the last step.
    for (let i = 0; i < 40; i++) r.record(500, true);
    const low = r.next(true);
    expect(low.scale).toBeGreaterThan(0.3);
    expect(low.fraction).toBeGreaterThan(0.05);
    expect(r.next(false)).toBe(FULL_QUALITY);
  });

  it('starts at full quality when the resting frame is fast (a GPU)', () => {
    const r = new RenderScale();
    r.record(8, false);
    expect(r.next(true)).toBe(FULL_QUALITY);
  });

  it('holds a sharper step under a longer frame budget (an attract loop), and goes back to the interactive one', () => {
    // Moving frames cost a full frame's 300 ms times the step's share (scale² for the skin,
    // the fraction for the strands), as startLevel assumes.
    const settle = (r: RenderScale) => {
      for (let i = 0; i < 40; i++) {
        const q = r.next(true);
        r.record(300 * Math.max(q.scale * q.scale, q.fraction), true);
      }
      return r.next(true);
    };
    const interactive = new RenderScale();
    interactive.record(300, false);
    const quick = settle(interactive);
    const relaxed = new RenderScale();
    relaxed.record(300, false);
    relaxed.budgetMs = 160;
    const sharp = settle(relaxed);
    expect(sharp.scale).toBeGreaterThan(quick.scale * 1.4);
    expect(300 * Math.max(sharp.scale ** 2, sharp.fraction)).toBeLessThan(160);
    expect(300 * Math.max(quick.scale ** 2, quick.fraction)).toBeLessThan(55);
    // Back to the default: a non-positive budget restores it, and the ladder follows.
    relaxed.budgetMs = 0;
    expect(relaxed.budgetMs).toBe(55);
    expect(settle(relaxed).scale).toBe(quick.scale);
    expect(relaxed.next(false)).toBe(FULL_QUALITY);
  });
});

