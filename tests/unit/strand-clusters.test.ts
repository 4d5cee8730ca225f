// Strand patches: the texture order that lets three.js skip the scalp out of view, and the
// far-side test that skips patches the shader would cull anyway. The far-side test must be
// conservative: a hidden patch may not hold a single strand the shader would have drawn.
import { describe, expect, it } from 'vitest';
import { placeFollicles } from '../../src/model/index.ts';
import { clusteredStrandOrder, cubeCell, FAR_SIDE_COS, patchFacesCamera } from '../../src/render/strandClusters.ts';

const field = placeFollicles({ seed: 3, densityScale: 0.1 });
const REACH = 13;
const { order, clusters } = clusteredStrandOrder(field.positions, field.count, REACH);
const root = (i: number) => [field.positions[3 * i]!, field.positions[3 * i + 1]!, field.positions[3 * i + 2]!] as const;

/** The shader's far-side test (follicle.vert.glsl): is this root drawn from `camera`? */
function shaderDraws(i: number, camera: readonly number[]): boolean {
  const [x, y, z] = root(i);
  const l = Math.hypot(x, y, z);
  const dx = camera[0]! - x, dy = camera[1]! - y, dz = camera[2]! - z;
  const d = Math.hypot(dx, dy, dz);
  return (x * dx + y * dy + z * dz) / (l * d) >= FAR_SIDE_COS;
}

describe('strand patches', () => {
  it('orders every follicle once, in runs that tile the texture, one patch of scalp each', () => {
    const seen = new Uint8Array(field.count);
    for (const i of order) seen[i]!++;
    expect(seen.every((n) => n === 1)).toBe(true);
    let next = 0;
    for (const c of clusters) {
      expect(c.start).toBe(next);
      next += c.count;
      const cell = cubeCell(...root(order[c.start]!), 8);
      for (let s = c.start; s < c.start + c.count; s++) {
        const [x, y, z] = root(order[s]!);
        expect(cubeCell(x, y, z, 8)).toBe(cell);
        // The bounding sphere holds every root, with room for the longest strand.
        expect(Math.hypot(x - c.center[0], y - c.center[1], z - c.center[2])).toBeLessThanOrEqual(c.rootRadius + 1e-3);
      }
      expect(c.radius).toBeCloseTo(c.rootRadius + REACH, 6);
    }
    expect(next).toBe(field.count);
    expect(clusters.length).toBeGreaterThan(100);
  });

  it('keeps each patch in random order, so a prefix of every patch samples the whole patch', () => {
    // The first fifth of a large patch is spread over its extent, not bunched at one edge.
    const big = clusters.reduce((a, b) => (b.count > a.count ? b : a));
    const k = Math.floor(big.count / 5);
    const axis = [0, 1, 2].reduce((best, a) => {
      const span = (ax: number) => {
        let lo = Infinity, hi = -Infinity;
        for (let s = big.start; s < big.start + big.count; s++) {
          const v = field.positions[3 * order[s]! + ax]!;
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
        return [lo, hi] as const;
      };
      return span(a)[1] - span(a)[0] > span(best)[1] - span(best)[0] ? a : best;
    }, 0);
    const values = (from: number, to: number) => Array.from({ length: to - from }, (_, j) => field.positions[3 * order[from + j]! + axis]!);
    const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
    const all = values(big.start, big.start + big.count);
    const spread = Math.max(...all) - Math.min(...all);
    expect(Math.abs(mean(values(big.start, big.start + k)) - mean(all))).toBeLessThan(spread * 0.1);
  });

  it('never hides a patch holding a strand the shader would draw, from any camera', () => {
    let hidden = 0;
    let checked = 0;
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let n = 0; n < 300; n++) {
      // Cameras from 130 mm (a close-up over the skin) to 900 mm, all around the head.
      const u = random() * 2 - 1, t = random() * Math.PI * 2, dist = 130 + random() * 770;
      const s = Math.sqrt(1 - u * u);
      const camera = [dist * s * Math.cos(t), dist * u, dist * s * Math.sin(t)];
      for (const c of clusters) {
        if (patchFacesCamera(c, camera as [number, number, number])) continue;
        hidden++;
        for (let k = c.start; k < c.start + c.count; k++) {
          checked++;
          if (shaderDraws(order[k]!, camera)) throw new Error(`patch at ${c.center.map(Math.round)} hidden from ${camera.map(Math.round)}, but follicle ${order[k]} is drawn`);
        }
      }
    }
    // The test means something only if the far side is actually skipped.
    expect(hidden / (300 * clusters.length)).toBeGreaterThan(0.15);
    expect(checked).toBeGreaterThan(0);
  });
});
