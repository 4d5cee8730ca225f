import { describe, it, expect } from 'vitest';
import { placeFollicles, Region, REGION_COUNT, WHORL, hairlineDistanceMm } from '../../src/model/index.ts';
import { placeUnits, hairsPerUnitCdf } from '../../src/model/placement.ts';
import { REGION_DENSITY_PER_CM2, HAIRS_PER_UNIT_MIX } from '../../src/model/parameters.ts';
import { SpatialHash } from '../../src/model/spatialHash.ts';
import { mulberry32 } from '../../src/model/random.ts';

const t0 = performance.now();
const field = placeFollicles({ seed: 7 });
const placementMs = performance.now() - t0;

describe('follicle placement', () => {
  it('places about 100,000 follicles on the scalp (science.md §1.1), timed', () => {
    console.log(`placeFollicles: ${field.count} follicles in ${placementMs.toFixed(0)} ms (first call, incl. JIT and area cache)`);
    const t = performance.now();
    placeFollicles({ seed: 8 });
    console.log(`placeFollicles again: ${(performance.now() - t).toFixed(0)} ms`);
    expect(field.count).toBeGreaterThan(90_000);
    expect(field.count).toBeLessThan(115_000);
    expect(field.scalpAreaCm2).toBeGreaterThan(475);
    expect(field.scalpAreaCm2).toBeLessThan(525);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const again = placeFollicles({ seed: 7 });
    expect(again.count).toBe(field.count);
    const same = (a: ArrayLike<number>, b: ArrayLike<number>): boolean => {
      if (a.length !== b.length) return false;
      for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
      return true;
    };
    expect(same(again.positions, field.positions)).toBe(true);
    expect(same(again.directions, field.directions)).toBe(true);
    expect(same(again.region, field.region)).toBe(true);
    const other = placeFollicles({ seed: 9 });
    expect(same(other.positions.subarray(0, 3000), field.positions.subarray(0, 3000))).toBe(false);
  });

  it('matches each region density of science.md §1.2 within 10 %', () => {
    const counts = new Float64Array(REGION_COUNT);
    for (let i = 0; i < field.count; i++) counts[field.region[i]!]! += 1;
    for (let r = 0; r < REGION_COUNT; r++) {
      const density = counts[r]! / field.regionAreaCm2[r]!;
      const target = REGION_DENSITY_PER_CM2[r as Region];
      expect(Math.abs(density - target) / target).toBeLessThan(0.1);
    }
  });

  it('scales every density with densityScale', () => {
    const half = placeFollicles({ seed: 7, densityScale: 0.5 });
    expect(half.count / field.count).toBeGreaterThan(0.45);
    expect(half.count / field.count).toBeLessThan(0.55);
  });

  it('spreads follicular units evenly: no pair closer than half the mean spacing, low spread', () => {
    const r = Math.sqrt(0.71 / 0.8); // the radius placeFollicles uses for 80 units/cm²
    const units = placeUnits(r, mulberry32(3));
    const n = units.length / 3;
    const hash = new SpatialHash(3 * r, n);
    for (let i = 0; i < n; i++) hash.insert(units[i * 3]!, units[i * 3 + 1]!, units[i * 3 + 2]!);
    let sum = 0, sum2 = 0, min = Infinity;
    for (let i = 0; i < n; i++) {
      let best = Infinity;
      hash.forEachWithin(units[i * 3]!, units[i * 3 + 1]!, units[i * 3 + 2]!, 3 * r, (j, d2) => {
        if (j !== i && d2 < best) best = d2;
      });
      const d = Math.sqrt(best);
      sum += d; sum2 += d * d; min = Math.min(min, d);
    }
    const mean = sum / n;
    const cv = Math.sqrt(sum2 / n - mean * mean) / mean;
    expect(min).toBeGreaterThan(0.5 * mean);
    expect(cv).toBeLessThan(0.15);
    // but not a lattice: nearest-neighbour distances still vary
    expect(cv).toBeGreaterThan(0.02);
  });

  it('tilts the §1.1 hairs-per-unit mix to reach a target mean', () => {
    for (const mean of [1.5, 2.2, 2.9]) {
      const cdf = hairsPerUnitCdf(mean);
      let m = 0, prev = 0;
      for (let k = 0; k < 4; k++) { m += (k + 1) * (cdf[k]! - prev); prev = cdf[k]!; }
      expect(m).toBeCloseTo(mean, 3);
    }
    const base = hairsPerUnitCdf(2.2);
    expect(base[0]).toBeCloseTo(HAIRS_PER_UNIT_MIX[0], 3);
  });

  it('gives unit shaft directions that leave the skin at 2–90°', () => {
    let bad = 0, minElevation = 90;
    for (let i = 0; i < field.count; i++) {
      const d = [field.directions[i * 3]!, field.directions[i * 3 + 1]!, field.directions[i * 3 + 2]!];
      const n = [field.normals[i * 3]!, field.normals[i * 3 + 1]!, field.normals[i * 3 + 2]!];
      if (Math.abs(Math.hypot(d[0]!, d[1]!, d[2]!) - 1) > 1e-4) bad++;
      const elevation = Math.asin(d[0]! * n[0]! + d[1]! * n[1]! + d[2]! * n[2]!) * (180 / Math.PI);
      minElevation = Math.min(minElevation, elevation);
    }
    expect(bad).toBe(0);
    expect(minElevation).toBeGreaterThan(2);
  });

  it('combs hair forward and low at the frontal hairline, down at the occiput, steep and clockwise at the crown', () => {
    let fwd = 0, front = 0, lowFront = 0, down = 0, back = 0, cw = 0, crown = 0, steep = 0;
    for (let i = 0; i < field.count; i++) {
      const x = field.positions[i * 3]!, y = field.positions[i * 3 + 1]!, z = field.positions[i * 3 + 2]!;
      const dx = field.directions[i * 3]!, dy = field.directions[i * 3 + 1]!, dz = field.directions[i * 3 + 2]!;
      const nx = field.normals[i * 3]!, ny = field.normals[i * 3 + 1]!, nz = field.normals[i * 3 + 2]!;
      const elevation = Math.asin(dx * nx + dy * ny + dz * nz) * (180 / Math.PI);
      if (field.region[i] === Region.FRONTAL && Math.abs(x) < 20 && hairlineDistanceMm(x, y, z) < 8) {
        front++;
        if (dz > 0.5) fwd++;
        if (elevation < 25) lowFront++;
      }
      if (field.region[i] === Region.OCCIPITAL && y < 0) { back++; if (dy < -0.5) down++; }
      const rx = x - WHORL[0], ry = y - WHORL[1], rz = z - WHORL[2];
      const rr = Math.hypot(rx, ry, rz);
      if (rr > 5 && rr < 20) {
        crown++;
        // clockwise seen from outside (from above at the crown) is r × n in the right-handed
        // head frame: it turns +z (nose) toward −x (the subject's right)
        const cx = ry * nz - rz * ny, cy = rz * nx - rx * nz, cz = rx * ny - ry * nx;
        if (dx * cx + dy * cy + dz * cz > 0) cw++;
        if (elevation > 50) steep++;
      }
    }
    expect(fwd / front).toBeGreaterThan(0.9);
    expect(lowFront / front).toBeGreaterThan(0.9);
    expect(down / back).toBeGreaterThan(0.9);
    expect(cw / crown).toBeGreaterThan(0.9);
    expect(steep / crown).toBeGreaterThan(0.9);
  });
});
