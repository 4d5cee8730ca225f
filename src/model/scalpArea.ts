/**
 * Hair-bearing area of the scalp and of each region, integrated over a fine skin mesh
 * (area × scalp weight), computed once and cached: the head is the same for every seed.
 */
import { unitIcosphere } from './headMesh.ts';
import { projectToSkin } from './headShape.ts';
import { regionAt, scalpWeight } from './scalpMap.ts';
import { REGION_COUNT } from './types.ts';

/** Hair-bearing areas, cm². */
export interface ScalpAreas {
  /** Area per Region, cm² (index = Region). */
  regionCm2: Float64Array;
  /** Whole scalp, cm². */
  totalCm2: number;
}

let cached: ScalpAreas | undefined;

/** Integration level: level 6 has ≈1.5 mm edges, well under the 5 mm hairline ramp. */
const LEVEL = 6;

/** The scalp's hair-bearing area per region (weighted by scalpWeight), cm². */
export function scalpAreas(): ScalpAreas {
  if (cached) return cached;
  const { dirs, indices } = unitIcosphere(LEVEL);
  const n = dirs.length / 3;
  const pos = new Float64Array(n * 3);
  const w = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    projectToSkin(dirs[i * 3]!, dirs[i * 3 + 1]!, dirs[i * 3 + 2]!, pos, i * 3);
    w[i] = scalpWeight(pos[i * 3]!, pos[i * 3 + 1]!, pos[i * 3 + 2]!);
  }
  const regionCm2 = new Float64Array(REGION_COUNT);
  for (let f = 0; f < indices.length; f += 3) {
    const a = indices[f]!, b = indices[f + 1]!, c = indices[f + 2]!;
    const wm = (w[a]! + w[b]! + w[c]!) / 3;
    if (wm <= 0) continue;
    const ax = pos[a * 3]!, ay = pos[a * 3 + 1]!, az = pos[a * 3 + 2]!;
    const e1x = pos[b * 3]! - ax, e1y = pos[b * 3 + 1]! - ay, e1z = pos[b * 3 + 2]! - az;
    const e2x = pos[c * 3]! - ax, e2y = pos[c * 3 + 1]! - ay, e2z = pos[c * 3 + 2]! - az;
    const cx = e1y * e2z - e1z * e2y, cy = e1z * e2x - e1x * e2z, cz = e1x * e2y - e1y * e2x;
    const areaMm2 = 0.5 * Math.hypot(cx, cy, cz);
    const gx = ax + (e1x + e2x) / 3, gy = ay + (e1y + e2y) / 3, gz = az + (e1z + e2z) / 3;
    regionCm2[regionAt(gx, gy, gz)]! += (areaMm2 * wm) / 100;
  }
  let totalCm2 = 0;
  for (let r = 0; r < REGION_COUNT; r++) totalCm2 += regionCm2[r]!;
  cached = { regionCm2, totalCm2 };
  return cached;
}
