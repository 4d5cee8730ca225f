import { describe, it, expect } from 'vitest';
import {
  makeTreatmentPlan, signalFootprint, signalTimeCourse, daysSinceLastSession, SIGNAL_SIGMA_MM,
  skinRadius, WHORL, CROWN_RADIUS_MM, TREATMENT_AREAS, inTreatmentArea,
} from '../../src/model/index.ts';
import type { Vec3 } from '../../src/model/index.ts';

function nearestNeighbourMm(sites: Vec3[]): number[] {
  return sites.map((a, i) => Math.min(...sites.filter((_, j) => j !== i).map((b) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]))));
}
const onSkin = (p: Vec3): boolean => {
  const r = Math.hypot(...p);
  return Math.abs(r - skinRadius(p[0] / r, p[1] / r, p[2] / r)) < 1e-6;
};

describe('treatment plan', () => {
  it('defaults to the §7.4 scenario: conditioned medium on the crown, 10 mm grid, sessions 0/28/56', () => {
    const plan = makeTreatmentPlan();
    expect(plan.product).toBe('conditioned-medium');
    expect(plan.area).toBe('vertex');
    expect(plan.spacingMm).toBe(10);
    expect(plan.sessions).toEqual([0, 28, 56]);
    // a 40 cm² crown at 1 site/cm² (§4.3)
    expect(plan.sites.length).toBeGreaterThan(34);
    expect(plan.sites.length).toBeLessThan(48);
    for (const s of plan.sites) {
      expect(onSkin(s)).toBe(true);
      expect(Math.hypot(s[0] - WHORL[0], s[1] - WHORL[1], s[2] - WHORL[2])).toBeLessThanOrEqual(CROWN_RADIUS_MM + 1e-9);
    }
  });

  it('lays sites one spacing apart', () => {
    for (const spacingMm of [7, 10, 15]) {
      const nn = nearestNeighbourMm(makeTreatmentPlan({ spacingMm }).sites);
      for (const d of nn) {
        expect(d).toBeGreaterThan(0.9 * spacingMm);
        expect(d).toBeLessThan(1.1 * spacingMm);
      }
    }
  });

  it('gives cell products one session and every area its own sites on the skin', () => {
    expect(makeTreatmentPlan({ product: 'cells' }).sessions).toEqual([0]);
    for (const area of TREATMENT_AREAS) {
      const plan = makeTreatmentPlan({ area });
      expect(plan.sites.length).toBeGreaterThan(10);
      for (const s of plan.sites) {
        expect(onSkin(s)).toBe(true);
        expect(inTreatmentArea(area, ...s)).toBe(true);
      }
    }
    const whole = makeTreatmentPlan({ area: 'whole' }).sites.length;
    expect(whole).toBeGreaterThan(400);
    expect(Math.min(...nearestNeighbourMm(makeTreatmentPlan({ area: 'whole' }).sites))).toBeGreaterThan(6.9);
  });

  it('projects explicit sites onto the skin, and sorts and de-duplicates sessions', () => {
    const plan = makeTreatmentPlan({ sites: [[0, 200, 0], [50, 50, 50]], sessions: [56, 0, 28, 28.2] });
    expect(plan.sites).toHaveLength(2);
    for (const s of plan.sites) expect(onSkin(s)).toBe(true);
    expect(plan.sites[0]![0]).toBeCloseTo(0, 9);
    expect(plan.sessions).toEqual([0, 28, 56]);
  });

  it('keeps defaults for invalid input', () => {
    const plan = makeTreatmentPlan({ product: 'snake-oil' as never, area: 'toes' as never, spacingMm: -3 });
    expect(plan.product).toBe('conditioned-medium');
    expect(plan.area).toBe('vertex');
    expect(plan.spacingMm).toBe(10);
  });
});

describe('signal overlay helpers', () => {
  const plan = makeTreatmentPlan({ sites: [[10, 80, -65]], sessions: [0, 28] });
  const site = plan.sites[0]!;

  it('decays the footprint as a Gaussian of σ = 4 mm and cuts it beyond 3σ', () => {
    const n = [site[0], site[1], site[2]];
    const pts = new Float32Array([...n, n[0]! + 4, n[1]!, n[2]!, n[0]! + 13, n[1]!, n[2]!]);
    const { amplitude, nearestSiteMm } = signalFootprint(pts, plan);
    expect(SIGNAL_SIGMA_MM).toBe(4);
    expect(amplitude[0]).toBeCloseTo(1, 5);
    expect(amplitude[1]).toBeCloseTo(Math.exp(-0.5), 5);
    expect(amplitude[2]).toBe(0);
    expect(nearestSiteMm[2]).toBeCloseTo(13, 4);
  });

  it('sums sessions with the product amplitude and τ_S (§5, §7.3)', () => {
    expect(signalTimeCourse(plan, -1)).toBe(0);
    expect(signalTimeCourse(plan, 0)).toBeCloseTo(1, 9);
    expect(signalTimeCourse(plan, 5)).toBeCloseTo(Math.exp(-1), 9);
    expect(signalTimeCourse(plan, 28)).toBeCloseTo(1 + Math.exp(-28 / 5), 9);
    expect(signalTimeCourse({ ...plan, product: 'sham' }, 0)).toBeCloseTo(0.3, 9);
    expect(signalTimeCourse({ ...plan, product: 'cells' }, 14)).toBeCloseTo(Math.exp(-1), 9);
    expect(signalTimeCourse({ ...plan, product: 'prp' }, 3)).toBeCloseTo(Math.exp(-1), 9);
    expect(signalTimeCourse({ ...plan, product: 'none' }, 0)).toBe(0);
  });

  it('counts days since the last session', () => {
    expect(daysSinceLastSession(plan, -3)).toBe(Infinity);
    expect(daysSinceLastSession(plan, 10)).toBe(10);
    expect(daysSinceLastSession(plan, 30)).toBe(2);
  });
});
