import type { SimulationResult, TreatmentPlan } from '../model/index.ts';
import { daysSinceLastSession, signalFootprint, signalTimeCourse } from '../model/index.ts';

/** Stands in for "no session yet" in a uniform (GLSL has no Infinity we can rely on). */
export const NEVER_DAYS = 1e6;

/**
 * Per head-vertex overlay inputs, computed once per plan: signal amplitude, distance to the
 * nearest site (mm) and a saturating vascular footprint (0..1), interleaved as a vec3.
 */
export function overlayFootprint(positions: Float32Array, plan: TreatmentPlan): Float32Array {
  const n = positions.length / 3;
  const out = new Float32Array(n * 3);
  if (plan.sites.length === 0) {
    for (let i = 0; i < n; i++) out[3 * i + 1] = NEVER_DAYS;
    return out;
  }
  const { amplitude, nearestSiteMm } = signalFootprint(positions, plan);
  for (let i = 0; i < n; i++) {
    const a = amplitude[i];
    out[3 * i] = a;
    out[3 * i + 1] = Number.isFinite(nearestSiteMm[i]) ? nearestSiteMm[i] : NEVER_DAYS;
    // Perfusion saturates where neighbouring footprints overlap (science.md §7.2, K_s = 0.5).
    out[3 * i + 2] = Math.min(1, (1.5 * a) / (a + 0.5));
  }
  return out;
}

/** The per-frame overlay values at a day: a handful of scalars, no per-vertex work. */
export interface OverlayLevels {
  /** signalTimeCourse(plan, day). */
  signal: number;
  /** Days since the last session, NEVER_DAYS before the first. */
  sinceSession: number;
  /** Treated-area vascular boost as a fraction of its +30 % cap (science.md §5), 0..1. */
  vascular: number;
}

/** Overlay levels at a (fractional) day; the daily vascular series is interpolated. */
export function overlayLevels(plan: TreatmentPlan, result: SimulationResult, day: number): OverlayLevels {
  const since = daysSinceLastSession(plan, day);
  const series = result.treated.vascularBoostPct;
  let boost = 0;
  if (series.length > 0) {
    const t = Math.min(Math.max(day, 0), series.length - 1);
    const i = Math.floor(t);
    const j = Math.min(i + 1, series.length - 1);
    boost = series[i] + (series[j] - series[i]) * (t - i);
  }
  return {
    signal: signalTimeCourse(plan, day),
    sinceSession: Number.isFinite(since) ? since : NEVER_DAYS,
    vascular: Math.min(1, Math.max(0, boost / 30)),
  };
}
