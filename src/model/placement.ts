/**
 * Places every follicle of the scalp (science.md §1.1–§1.4).
 *
 * Follicular units are blue noise on the skin: Bridson-style Poisson-disk sampling in 3D, with
 * candidates drawn in the tangent plane of an accepted unit, projected back onto the skin, and
 * checked against a spatial hash. Units are then thinned by the scalp weight (a soft hairline).
 * Each unit gets 1–4 hairs, from the §1.1 mix tilted per region so that every region reaches its
 * §1.2 density; its hairs sit within ≈0.4 mm of the unit's centre.
 */
import {
  FU_PER_CM2, HAIRS_PER_UNIT_MIX, REGION_DENSITY_PER_CM2, UNIT_RADIUS_MM,
} from './parameters.ts';
import { projectToSkin, skinNormal } from './headShape.ts';
import { WHORL, regionAt, scalpWeight } from './scalpMap.ts';
import { scalpAreas } from './scalpArea.ts';
import { shaftDirection } from './hairDirection.ts';
import { SpatialHash } from './spatialHash.ts';
import { mulberry32 } from './random.ts';
import { REGION_COUNT } from './types.ts';
import type { FollicleField, Region } from './types.ts';

/** Units per mm² this sampler reaches for a minimum distance r is ≈ PACKING / r² (measured). */
const PACKING = 0.71;
/**
 * Candidates tried around each active unit before it retires, evenly spread in angle in a thin
 * shell r..(1 + SHELL)·r (Roberts' variant of Bridson: 3× faster than the r..2r annulus). A
 * shell of 0.3 r keeps enough irregularity to avoid the hexagonal patches a thinner shell makes.
 */
const CANDIDATES = 10;
const SHELL = 0.3;

/** Mean of the hairs-per-unit mix tilted by exp(λk). */
function tiltedMean(lambda: number): number {
  let s = 0, m = 0;
  for (let k = 0; k < 4; k++) {
    const p = HAIRS_PER_UNIT_MIX[k]! * Math.exp(lambda * (k + 1));
    s += p; m += p * (k + 1);
  }
  return m / s;
}

/** Cumulative hairs-per-unit probabilities with mean `mean` (exponential tilt of the §1.1 mix). */
export function hairsPerUnitCdf(mean: number): Float64Array {
  const target = Math.max(1.02, Math.min(3.9, mean));
  let lo = -10, hi = 10;
  for (let i = 0; i < 60; i++) {
    const mid = 0.5 * (lo + hi);
    if (tiltedMean(mid) < target) lo = mid;
    else hi = mid;
  }
  const lambda = 0.5 * (lo + hi);
  const p = HAIRS_PER_UNIT_MIX.map((q, k) => q * Math.exp(lambda * (k + 1)));
  const s = p.reduce((a, b) => a + b, 0);
  const cdf = new Float64Array(4);
  let acc = 0;
  for (let k = 0; k < 4; k++) { acc += p[k]! / s; cdf[k] = acc; }
  cdf[3] = 1;
  return cdf;
}

/** Follicular units as blue noise over the hair-bearing skin; returns unit centres (xyz). */
export function placeUnits(minDistMm: number, rand: () => number): Float64Array {
  const areas = scalpAreas();
  const expected = Math.ceil((areas.totalCm2 * 100 * PACKING * 1.3) / (minDistMm * minDistMm)) + 64;
  const grid = new SpatialHash(2 * minDistMm, expected);
  const active: number[] = [];
  const p = new Float64Array(3);
  const accept = (x: number, y: number, z: number): void => {
    active.push(grid.insert(x, y, z));
  };
  // Start at the whorl; the hair-bearing skin is one connected piece, so the front reaches it all.
  projectToSkin(WHORL[0], WHORL[1], WHORL[2], p);
  accept(p[0]!, p[1]!, p[2]!);
  const r = minDistMm;
  while (active.length > 0) {
    const slot = Math.floor(rand() * active.length);
    const i = active[slot]!;
    const xyz = grid.points();
    const ax = xyz[i * 3]!, ay = xyz[i * 3 + 1]!, az = xyz[i * 3 + 2]!;
    // tangent frame of the radial direction (the skin is star-shaped and nearly radial-normal on the scalp)
    const al = Math.hypot(ax, ay, az);
    const ux = ax / al, uy = ay / al, uz = az / al;
    let t1x = uz, t1y = 0, t1z = -ux;
    if (Math.abs(uy) > 0.9) { t1x = 0; t1y = -uz; t1z = uy; }
    const l1 = Math.hypot(t1x, t1y, t1z);
    t1x /= l1; t1y /= l1; t1z /= l1;
    const t2x = uy * t1z - uz * t1y, t2y = uz * t1x - ux * t1z, t2z = ux * t1y - uy * t1x;
    let placed = false;
    const theta0 = 2 * Math.PI * rand();
    for (let k = 0; k < CANDIDATES; k++) {
      const theta = theta0 + (2 * Math.PI * k) / CANDIDATES;
      const rho = r * (1.0001 + SHELL * rand());
      const c = Math.cos(theta) * rho, s = Math.sin(theta) * rho;
      projectToSkin(ax + c * t1x + s * t2x, ay + c * t1y + s * t2y, az + c * t1z + s * t2z, p);
      const x = p[0]!, y = p[1]!, z = p[2]!;
      if (grid.hasWithinHalfCell(x, y, z, r)) continue; // the cheaper test first: it rejects most candidates
      if (scalpWeight(x, y, z) <= 0) continue;
      accept(x, y, z);
      placed = true;
      break;
    }
    if (!placed) {
      active[slot] = active[active.length - 1]!;
      active.pop();
    }
  }
  return grid.points().slice(0, grid.size * 3);
}

/**
 * Places ≈100,000 follicles (science.md §1.1) at the regional densities of §1.2, deterministic for
 * a seed. densityScale multiplies every density (§1.2: ethnicity changes absolute values).
 */
export function placeFollicles(options: { seed?: number; densityScale?: number } = {}): FollicleField {
  const seed = options.seed ?? 1;
  const densityScale = Math.max(0.01, options.densityScale ?? 1);
  const rand = mulberry32(seed ^ 0x5eed);
  const unitsPerMm2 = (FU_PER_CM2 * densityScale) / 100;
  const raw = placeUnits(Math.sqrt(PACKING / unitsPerMm2), rand);

  // thin by the scalp weight: the hairline fades over a few millimetres
  const nRaw = raw.length / 3;
  const keep: number[] = [];
  for (let i = 0; i < nRaw; i++) {
    const w = scalpWeight(raw[i * 3]!, raw[i * 3 + 1]!, raw[i * 3 + 2]!);
    if (rand() < w) keep.push(i);
  }
  const units = keep.length;
  const unitRegion = new Uint8Array(units);
  const unitsPerRegion = new Float64Array(REGION_COUNT);
  for (let u = 0; u < units; u++) {
    const i = keep[u]!;
    const reg = regionAt(raw[i * 3]!, raw[i * 3 + 1]!, raw[i * 3 + 2]!);
    unitRegion[u] = reg;
    unitsPerRegion[reg]! += 1;
  }

  // hairs per unit, tilted per region to reach the region's density
  const areas = scalpAreas();
  const cdfs: Float64Array[] = [];
  for (let reg = 0; reg < REGION_COUNT; reg++) {
    const targetHairs = REGION_DENSITY_PER_CM2[reg as Region] * densityScale * areas.regionCm2[reg]!;
    cdfs.push(hairsPerUnitCdf(unitsPerRegion[reg]! > 0 ? targetHairs / unitsPerRegion[reg]! : 2.2));
  }
  const hairs = new Uint8Array(units);
  let count = 0;
  for (let u = 0; u < units; u++) {
    const cdf = cdfs[unitRegion[u]!]!;
    const v = rand();
    let k = 0;
    while (k < 3 && v >= cdf[k]!) k++;
    hairs[u] = k + 1;
    count += k + 1;
  }

  const positions = new Float32Array(count * 3);
  const normals = new Float32Array(count * 3);
  const directions = new Float32Array(count * 3);
  const region = new Uint8Array(count);
  const n = new Float64Array(3);
  const q = new Float64Array(3);
  let f = 0;
  for (let u = 0; u < units; u++) {
    const i = keep[u]!;
    const cx = raw[i * 3]!, cy = raw[i * 3 + 1]!, cz = raw[i * 3 + 2]!;
    skinNormal(cx, cy, cz, n);
    const nx = n[0]!, ny = n[1]!, nz = n[2]!;
    // tangent frame of the unit
    // t1 = ẑ × n, or ŷ × n where the normal points along z
    let t1x = -ny, t1y = nx, t1z = 0;
    if (Math.hypot(t1x, t1y) < 0.3) { t1x = nz; t1y = 0; t1z = -nx; }
    const l1 = Math.hypot(t1x, t1y, t1z);
    t1x /= l1; t1y /= l1; t1z /= l1;
    const t2x = ny * t1z - nz * t1y, t2y = nz * t1x - nx * t1z, t2z = nx * t1y - ny * t1x;
    const k = hairs[u]!;
    const theta0 = 2 * Math.PI * rand();
    const jitterA = 2 * rand() - 1, jitterB = 2 * rand() - 1; // a unit's hairs lean together
    for (let h = 0; h < k; h++) {
      let x = cx, y = cy, z = cz;
      if (k > 1) {
        const rho = UNIT_RADIUS_MM * (0.35 + 0.4 * rand());
        const th = theta0 + (2 * Math.PI * h) / k + 0.4 * (rand() - 0.5);
        const a = Math.cos(th) * rho, b = Math.sin(th) * rho;
        projectToSkin(cx + a * t1x + b * t2x, cy + a * t1y + b * t2y, cz + a * t1z + b * t2z, q);
        x = q[0]!; y = q[1]!; z = q[2]!;
      }
      positions[f * 3] = x; positions[f * 3 + 1] = y; positions[f * 3 + 2] = z;
      normals[f * 3] = nx; normals[f * 3 + 1] = ny; normals[f * 3 + 2] = nz;
      region[f] = unitRegion[u]!;
      shaftDirection(x, y, z, nx, ny, nz, jitterA + 0.3 * (rand() - 0.5), jitterB + 0.3 * (rand() - 0.5), directions, f * 3);
      f++;
    }
  }
  return {
    count,
    positions,
    normals,
    directions,
    region,
    regionAreaCm2: Float64Array.from(areas.regionCm2),
    scalpAreaCm2: areas.totalCm2,
  };
}
