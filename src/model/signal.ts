/**
 * The growth-factor signal of a treatment plan (science.md §7.2): Gaussian in space around each
 * injection site, exponential decay after each session,
 *   S(x, t) = footprint(x) × signalTimeCourse(plan, t),
 *   footprint(x) = Σ_sites exp(−|x − x_i|² / 2σ²),
 *   signalTimeCourse(t) = Σ_sessions A · exp(−(t − t_s)/τ_S) · H(t − t_s).
 * Closed forms: the renderer evaluates them per pixel without any per-follicle work.
 */
import { PRODUCTS, SIGNAL_CUTOFF_MM, SIGNAL_SIGMA_MM } from './parameters.ts';
import { SpatialHash } from './spatialHash.ts';
import type { TreatmentPlan } from './types.ts';

export { SIGNAL_SIGMA_MM, SIGNAL_CUTOFF_MM };

/** A spatial hash of the plan's sites with cells of the 3σ cut-off. */
export function siteHash(plan: TreatmentPlan): SpatialHash {
  const hash = new SpatialHash(SIGNAL_CUTOFF_MM, plan.sites.length);
  for (const s of plan.sites) hash.insert(s[0], s[1], s[2]);
  return hash;
}

/**
 * Spatial part of the signal at each point (xyz per point): amplitude = Σ_sites of the Gaussian
 * exp(−d²/2σ²) (σ = 4 mm; sites beyond 3σ = 12 mm contribute nothing, as in the simulation;
 * multiply by signalTimeCourse for S), and the distance to the nearest site in mm (Infinity if the
 * plan has no sites).
 */
export function signalFootprint(points: Float32Array, plan: TreatmentPlan): { amplitude: Float32Array; nearestSiteMm: Float32Array } {
  const n = Math.floor(points.length / 3);
  const amplitude = new Float32Array(n);
  const nearestSiteMm = new Float32Array(n).fill(Infinity);
  const m = plan.sites.length;
  if (m === 0) return { amplitude, nearestSiteMm };
  const sx = new Float64Array(m), sy = new Float64Array(m), sz = new Float64Array(m);
  plan.sites.forEach((s, j) => { sx[j] = s[0]; sy[j] = s[1]; sz[j] = s[2]; });
  const inv2s2 = 1 / (2 * SIGNAL_SIGMA_MM * SIGNAL_SIGMA_MM);
  const cut2 = SIGNAL_CUTOFF_MM * SIGNAL_CUTOFF_MM;
  for (let i = 0; i < n; i++) {
    const x = points[i * 3]!, y = points[i * 3 + 1]!, z = points[i * 3 + 2]!;
    let a = 0;
    let best = Infinity;
    for (let j = 0; j < m; j++) {
      const dx = x - sx[j]!, dy = y - sy[j]!, dz = z - sz[j]!;
      const d2 = dx * dx + dy * dy + dz * dz;
      if (d2 <= cut2) a += Math.exp(-d2 * inv2s2);
      if (d2 < best) best = d2;
    }
    amplitude[i] = a;
    nearestSiteMm[i] = Math.sqrt(best);
  }
  return { amplitude, nearestSiteMm };
}

/**
 * Footprint amplitude from which skin counts as treated: half the plateau that a grid of this
 * pitch builds up (2πσ²/pitch², at least one site's peak of 1). For a grid this is each site's own
 * square cell, so the treated area ≈ sites × pitch²; around isolated sites, a disc of ≈4.7 mm radius.
 */
export function treatedFootprintThreshold(spacingMm: number): number {
  const plateau = (2 * Math.PI * SIGNAL_SIGMA_MM * SIGNAL_SIGMA_MM) / (spacingMm * spacingMm);
  return 0.5 * Math.max(1, plateau);
}

/** Temporal part of the signal: Σ over past sessions of A·exp(−(day − t_s)/τ_S) (0 before the first). */
export function signalTimeCourse(plan: TreatmentPlan, day: number): number {
  const { amplitude, tauS } = PRODUCTS[plan.product] ?? PRODUCTS.none;
  let s = 0;
  for (const ts of plan.sessions) if (day >= ts) s += Math.exp(-(day - ts) / tauS);
  return amplitude * s;
}

/** Days since the latest session at or before `day`; Infinity before the first session. */
export function daysSinceLastSession(plan: TreatmentPlan, day: number): number {
  let last = -Infinity;
  for (const ts of plan.sessions) if (ts <= day && ts > last) last = ts;
  return day - last;
}
