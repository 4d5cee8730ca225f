import { describe, it, expect } from 'vitest';
import { buildHeadMesh, scalpWeight, regionAt, hairlineDistanceMm, WHORL, Region } from '../../src/model/index.ts';
import { scalpAreas } from '../../src/model/scalpArea.ts';
import { skinPointAt, EAR_CANAL_Z } from '../../src/model/headShape.ts';
import { TARGET_SCALP_AREA_CM2 } from '../../src/model/parameters.ts';

describe('head mesh', () => {
  const mesh = buildHeadMesh();

  it('is a closed triangle mesh wound outward, with unit normals', () => {
    const { positions: p, normals: n, indices } = mesh;
    const edges = new Map<string, number>();
    let outward = 0;
    for (let f = 0; f < indices.length; f += 3) {
      const a = indices[f]! * 3, b = indices[f + 1]! * 3, c = indices[f + 2]! * 3;
      const e1 = [p[b]! - p[a]!, p[b + 1]! - p[a + 1]!, p[b + 2]! - p[a + 2]!];
      const e2 = [p[c]! - p[a]!, p[c + 1]! - p[a + 1]!, p[c + 2]! - p[a + 2]!];
      const cr = [e1[1]! * e2[2]! - e1[2]! * e2[1]!, e1[2]! * e2[0]! - e1[0]! * e2[2]!, e1[0]! * e2[1]! - e1[1]! * e2[0]!];
      if (cr[0]! * n[a]! + cr[1]! * n[a + 1]! + cr[2]! * n[a + 2]! > 0) outward++;
      for (const [u, v] of [[indices[f]!, indices[f + 1]!], [indices[f + 1]!, indices[f + 2]!], [indices[f + 2]!, indices[f]!]]) {
        const key = u! < v! ? `${u}-${v}` : `${v}-${u}`;
        edges.set(key, (edges.get(key) ?? 0) + 1);
      }
    }
    expect(outward).toBe(indices.length / 3);
    // closed: every edge is shared by exactly two triangles
    expect([...edges.values()].every((k) => k === 2)).toBe(true);
    for (let i = 0; i < n.length; i += 3) expect(Math.hypot(n[i]!, n[i + 1]!, n[i + 2]!)).toBeCloseTo(1, 4);
  });

  it('has adult cranium proportions: ≈150 mm wide, ≈195 mm long', () => {
    const p = mesh.positions;
    let minX = Infinity, maxX = -Infinity, minZ = Infinity, maxZ = -Infinity;
    for (let i = 0; i < p.length; i += 3) {
      if (p[i + 1]! < 20) continue; // the cranium, above the face and ears
      minX = Math.min(minX, p[i]!); maxX = Math.max(maxX, p[i]!);
      minZ = Math.min(minZ, p[i + 2]!); maxZ = Math.max(maxZ, p[i + 2]!);
    }
    expect(maxX - minX).toBeGreaterThan(140);
    expect(maxX - minX).toBeLessThan(160);
    expect(maxZ - minZ).toBeGreaterThan(180);
    expect(maxZ - minZ).toBeLessThan(205);
  });

  it('marks the scalp 1 on top and 0 on the face, the neck and the ears', () => {
    expect(scalpWeight(...skinPointAt(0, 80))).toBe(1);
    expect(scalpWeight(...skinPointAt(180, 0))).toBe(1);
    expect(scalpWeight(...skinPointAt(0, 0))).toBe(0); // brow / eyes
    expect(scalpWeight(...skinPointAt(0, -40))).toBe(0); // face
    expect(scalpWeight(...skinPointAt(180, -70))).toBe(0); // neck
    expect(scalpWeight(...skinPointAt(97, -22))).toBe(0); // ear
    for (const s of mesh.scalp) expect(s >= 0 && s <= 1).toBe(true);
  });

  it('ramps the hairline over about 5 mm', () => {
    // walk up the forehead midline and measure where the weight goes from 0.05 to 0.95
    let low = NaN, high = NaN, prev: number[] | undefined, dist = 0;
    for (let el = 0; el <= 60; el += 0.05) {
      const p = skinPointAt(0, el);
      if (prev) dist += Math.hypot(p[0] - prev[0]!, p[1] - prev[1]!, p[2] - prev[2]!);
      prev = p;
      const w = scalpWeight(...p);
      if (Number.isNaN(low) && w > 0.05) low = dist;
      if (Number.isNaN(high) && w > 0.95) high = dist;
    }
    expect(high - low).toBeGreaterThan(3);
    expect(high - low).toBeLessThan(7);
  });

  it('puts the frontal hairline 6–7 cm above the brows along the forehead', () => {
    // brows ≈ 1 cm above the eyes' level (y ≈ −10 mm); the hairline is where hairlineDistance = 0
    let dist = 0, prev = skinPointAt(0, -6);
    let el = -6;
    while (hairlineDistanceMm(...prev) < 0 && el < 80) {
      el += 0.05;
      const p = skinPointAt(0, el);
      dist += Math.hypot(p[0] - prev[0], p[1] - prev[1], p[2] - prev[2]);
      prev = p;
    }
    expect(prev[1]).toBeGreaterThan(-10);
    expect(dist).toBeGreaterThan(55);
    expect(dist).toBeLessThan(75);
  });

  it('has about 500 cm² of hair-bearing scalp (science.md §1.1)', () => {
    const { totalCm2, regionCm2 } = scalpAreas();
    expect(Math.abs(totalCm2 - TARGET_SCALP_AREA_CM2) / TARGET_SCALP_AREA_CM2).toBeLessThan(0.05);
    // every region has a plausible share (each between 10 % and 30 %)
    for (const a of regionCm2) {
      expect(a / totalCm2).toBeGreaterThan(0.1);
      expect(a / totalCm2).toBeLessThan(0.3);
    }
  });

  it('places the whorl ≈6 cm behind the ear canals and 1 cm right of midline, in the vertex', () => {
    expect(WHORL[0]).toBeCloseTo(-10, 5); // the subject's right is −x
    expect(EAR_CANAL_Z - WHORL[2]).toBeCloseTo(60, 5);
    expect(regionAt(...WHORL)).toBe(Region.VERTEX);
    expect(scalpWeight(...WHORL)).toBe(1);
  });

  it('names regions where anatomy puts them', () => {
    expect(regionAt(...skinPointAt(0, 45))).toBe(Region.FRONTAL);
    expect(regionAt(...skinPointAt(0, 85))).toBe(Region.MID_SCALP);
    expect(regionAt(...skinPointAt(90, 10))).toBe(Region.TEMPORAL);
    expect(regionAt(...skinPointAt(-90, 10))).toBe(Region.TEMPORAL);
    expect(regionAt(...skinPointAt(180, -10))).toBe(Region.OCCIPITAL);
  });
});
