import { describe, it, expect } from 'vitest';
import { placeFollicles, applyPattern, FollicleState, Region, hairlineDistanceMm, WHORL, PATTERN_NAMES } from '../../src/model/index.ts';
import { SpatialHash } from '../../src/model/spatialHash.ts';
import type { PatternName } from '../../src/model/index.ts';

// a lighter field keeps these tests quick; patterns scale with density
const field = placeFollicles({ seed: 3, densityScale: 0.4 });

function share(states: Uint8Array, pick: (f: number) => boolean, ...wanted: number[]): number {
  let n = 0, k = 0;
  for (let f = 0; f < field.count; f++) {
    if (!pick(f)) continue;
    n++;
    if (wanted.includes(states[f]!)) k++;
  }
  return n > 0 ? k / n : NaN;
}
const inRegion = (r: Region) => (f: number): boolean => field.region[f] === r;
const notNormal = [FollicleState.AFFECTED, FollicleState.LONG_BALD, FollicleState.DESTROYED];

describe('hair-loss patterns', () => {
  it('is deterministic for a seed', () => {
    for (const p of ['norwood-4', 'ludwig-2', 'areata', 'scarring'] as PatternName[]) {
      expect(applyPattern(field, p, 5)).toEqual(applyPattern(field, p, 5));
    }
  });

  it('leaves every follicle normal with no pattern and at Norwood I', () => {
    for (const p of ['none', 'norwood-1'] as PatternName[]) {
      expect(applyPattern(field, p, 1).every((s) => s === FollicleState.NORMAL)).toBe(true);
    }
  });

  it('worsens with each Norwood stage', () => {
    const stages: PatternName[] = ['norwood-2', 'norwood-3', 'norwood-4', 'norwood-5', 'norwood-6', 'norwood-7'];
    let previous = 0;
    for (const p of stages) {
      const s = applyPattern(field, p, 1);
      const involved = share(s, () => true, ...notNormal);
      expect(involved).toBeGreaterThan(previous);
      previous = involved;
    }
  });

  it('follows the §3.1 involvement table region by region (Norwood IV)', () => {
    const s = applyPattern(field, 'norwood-4', 2);
    // vertex 0.6 (as a disc round the whorl, which spills a little past the region's border),
    // parietal and occipital 0
    let involvedNearCrown = 0, vertexCount = 0;
    for (let f = 0; f < field.count; f++) {
      if (field.region[f] === Region.VERTEX) vertexCount++;
      const d = Math.hypot(field.positions[f * 3]! - WHORL[0], field.positions[f * 3 + 1]! - WHORL[1], field.positions[f * 3 + 2]! - WHORL[2]);
      if (d < 70 && field.region[f] !== Region.FRONTAL && field.region[f] !== Region.MID_SCALP && s[f] !== FollicleState.NORMAL) involvedNearCrown++;
    }
    expect(involvedNearCrown / vertexCount).toBeGreaterThan(0.5);
    expect(involvedNearCrown / vertexCount).toBeLessThan(0.7);
    expect(share(s, inRegion(Region.OCCIPITAL), ...notNormal)).toBeLessThan(0.15);
    expect(share(s, inRegion(Region.TEMPORAL), ...notNormal)).toBeLessThan(0.15);
    // the crown core is involved, the crown's outskirts less
    const near = (f: number): boolean => Math.hypot(field.positions[f * 3]! - WHORL[0], field.positions[f * 3 + 1]! - WHORL[1], field.positions[f * 3 + 2]! - WHORL[2]) < 25;
    expect(share(s, near, ...notNormal)).toBe(1);
    // no long-bald follicles below involvement 0.9
    expect(share(s, () => true, FollicleState.LONG_BALD)).toBe(0);
    // Norwood VII: a long-bald crown, a kept fringe low at the back
    const s7 = applyPattern(field, 'norwood-7', 2);
    expect(share(s7, near, FollicleState.LONG_BALD, FollicleState.DESTROYED)).toBeGreaterThan(0.9);
    const lowBack = (f: number): boolean => field.region[f] === Region.OCCIPITAL && field.positions[f * 3 + 1]! < 0;
    expect(share(s7, lowBack, FollicleState.NORMAL)).toBeGreaterThan(0.95);
  });

  it('keeps 90 % of affected and 50 % of long-bald follicles viable (§2.4, §7.3)', () => {
    // involvement marks a follicle AFFECTED/LONG_BALD before viability is drawn; recover the split
    // from Norwood IV (no long-bald) and VII (long-bald core)
    const s4 = applyPattern(field, 'norwood-4', 4);
    const affected = share(s4, () => true, FollicleState.AFFECTED);
    const destroyed = share(s4, () => true, FollicleState.DESTROYED);
    expect(destroyed / (affected + destroyed)).toBeGreaterThan(0.08);
    expect(destroyed / (affected + destroyed)).toBeLessThan(0.12);
    const s7 = applyPattern(field, 'norwood-7', 4);
    const crownCore = (f: number): boolean => Math.hypot(field.positions[f * 3]! - WHORL[0], field.positions[f * 3 + 1]! - WHORL[1], field.positions[f * 3 + 2]! - WHORL[2]) < 20;
    const dead = share(s7, crownCore, FollicleState.DESTROYED) / share(s7, crownCore, FollicleState.DESTROYED, FollicleState.LONG_BALD);
    expect(dead).toBeGreaterThan(0.4);
    expect(dead).toBeLessThan(0.6);
  });

  it('makes bald areas spatially coherent, not salt-and-pepper', () => {
    const s = applyPattern(field, 'norwood-4', 6);
    const hash = new SpatialHash(3, field.count);
    for (let f = 0; f < field.count; f++) hash.insert(field.positions[f * 3]!, field.positions[f * 3 + 1]!, field.positions[f * 3 + 2]!);
    // involved (AFFECTED/LONG_BALD/DESTROYED) vs normal neighbours within 3 mm
    let same = 0, total = 0;
    for (let f = 0; f < field.count; f += 7) {
      const mine = s[f] !== FollicleState.NORMAL;
      hash.forEachWithin(field.positions[f * 3]!, field.positions[f * 3 + 1]!, field.positions[f * 3 + 2]!, 3, (j) => {
        if (j === f) return;
        total++;
        if ((s[j] !== FollicleState.NORMAL) === mine) same++;
      });
    }
    const involved = share(s, () => true, ...notNormal);
    const chance = involved * involved + (1 - involved) * (1 - involved);
    expect(same / total).toBeGreaterThan(0.9);
    expect(same / total).toBeGreaterThan(chance + 0.2);
  });

  it('keeps the frontal hairline in Ludwig patterns and thins the crown (§3.2)', () => {
    for (const p of ['ludwig-1', 'ludwig-2', 'ludwig-3'] as PatternName[]) {
      const s = applyPattern(field, p, 1);
      const rim = (f: number): boolean => hairlineDistanceMm(field.positions[f * 3]!, field.positions[f * 3 + 1]!, field.positions[f * 3 + 2]!) < 10 && field.positions[f * 3 + 2]! > 40;
      expect(share(s, rim, FollicleState.NORMAL)).toBe(1);
      expect(share(s, inRegion(Region.MID_SCALP), ...notNormal)).toBeGreaterThan(0.2);
      expect(share(s, inRegion(Region.OCCIPITAL), ...notNormal)).toBe(0);
    }
    const thin = share(applyPattern(field, 'ludwig-1', 1), () => true, ...notNormal);
    const thick = share(applyPattern(field, 'ludwig-3', 1), () => true, ...notNormal);
    expect(thick).toBeGreaterThan(thin);
  });

  it('shows alopecia areata as round patches of living, arrested follicles (§3.3)', () => {
    const s = applyPattern(field, 'areata', 3);
    const arrested = share(s, () => true, FollicleState.ARRESTED);
    expect(arrested).toBeGreaterThan(0.005);
    expect(arrested).toBeLessThan(0.2);
    expect(share(s, () => true, FollicleState.DESTROYED)).toBe(0);
  });

  it('shows scarring alopecia as one patch of destroyed follicles (§3.4)', () => {
    const s = applyPattern(field, 'scarring', 3);
    const dead: number[] = [];
    for (let f = 0; f < field.count; f++) if (s[f] === FollicleState.DESTROYED) dead.push(f);
    expect(dead.length / field.count).toBeGreaterThan(0.01);
    // all within one patch: no destroyed follicle far from their centroid
    const c = [0, 1, 2].map((k) => dead.reduce((a, f) => a + field.positions[f * 3 + k]!, 0) / dead.length);
    const far = dead.filter((f) => Math.hypot(field.positions[f * 3]! - c[0]!, field.positions[f * 3 + 1]! - c[1]!, field.positions[f * 3 + 2]! - c[2]!) > 45);
    expect(far.length).toBe(0);
  });

  it('accepts every pattern name', () => {
    for (const p of PATTERN_NAMES) expect(applyPattern(field, p, 1).length).toBe(field.count);
  });
});
