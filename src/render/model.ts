// TEMPORARY: the src/model contract (docs/dev/CONTRACTS.md) as the render layer needs it,
// until src/model/index.ts exists. Then this file becomes a re-export of it.
export type Vec3 = [number, number, number];

export const Region = { FRONTAL: 0, MID_SCALP: 1, VERTEX: 2, TEMPORAL: 3, OCCIPITAL: 4 } as const;
export type Region = (typeof Region)[keyof typeof Region];

export interface HeadMeshData {
  positions: Float32Array;
  normals: Float32Array;
  indices: Uint32Array;
  scalp: Float32Array;
  region: Uint8Array;
}

export interface FollicleField {
  count: number;
  positions: Float32Array;
  normals: Float32Array;
  directions: Float32Array;
  region: Uint8Array;
  regionAreaCm2: Float64Array;
  scalpAreaCm2: number;
}

export type Product = 'cells' | 'conditioned-medium' | 'exosomes' | 'prp' | 'sham' | 'none';
export type TreatmentArea = 'frontal' | 'mid-scalp' | 'vertex' | 'temporal' | 'occipital' | 'whole';
export interface TreatmentPlan {
  product: Product;
  area: TreatmentArea;
  spacingMm: number;
  sessions: number[];
  sites: Vec3[];
}

export const Phase = { ANAGEN: 0, CATAGEN: 1, TELOGEN: 2, KENOGEN: 3 } as const;
export type Phase = (typeof Phase)[keyof typeof Phase];
export const EVENT_SLOTS = 8;
export const NO_EVENT = 4_000_000;
export const GROWTH_MM_PER_DAY = 0.35;
export const EMERGE_DAYS = 25;
export const SIGNAL_SIGMA_MM = 4;

export function encodeEvent(day: number, phase: Phase): number {
  return Math.round(day) * 4 + phase;
}

export interface DailySeries {
  visiblePerCm2: Float32Array;
  changePct: Float32Array;
  growingPct: Float32Array;
  vascularBoostPct: Float32Array;
  meanCalibre: Float32Array;
}
export interface SimulationResult {
  horizonDays: number;
  events: Float32Array;
  calibre: Float32Array;
  treatedMask: Uint8Array;
  treated: DailySeries;
  regions: DailySeries[];
}

const TAU: Record<Product, number> = { cells: 14, 'conditioned-medium': 5, exosomes: 5, prp: 3, sham: 5, none: 5 };
const AMP: Record<Product, number> = { cells: 1, 'conditioned-medium': 1, exosomes: 1, prp: 1, sham: 0.3, none: 0 };

export function signalFootprint(points: Float32Array, plan: TreatmentPlan): { amplitude: Float32Array; nearestSiteMm: Float32Array } {
  const n = points.length / 3;
  const amplitude = new Float32Array(n);
  const nearestSiteMm = new Float32Array(n).fill(Infinity);
  const s2 = 2 * SIGNAL_SIGMA_MM * SIGNAL_SIGMA_MM;
  for (let i = 0; i < n; i++) {
    let a = 0;
    let best = Infinity;
    for (const [x, y, z] of plan.sites) {
      const dx = points[3 * i] - x, dy = points[3 * i + 1] - y, dz = points[3 * i + 2] - z;
      const d2 = dx * dx + dy * dy + dz * dz;
      a += Math.exp(-d2 / s2);
      if (d2 < best) best = d2;
    }
    amplitude[i] = a;
    nearestSiteMm[i] = Math.sqrt(best);
  }
  return { amplitude, nearestSiteMm };
}

export function signalTimeCourse(plan: TreatmentPlan, day: number): number {
  let s = 0;
  for (const ts of plan.sessions) if (day >= ts) s += AMP[plan.product] * Math.exp(-(day - ts) / TAU[plan.product]);
  return s;
}

export function daysSinceLastSession(plan: TreatmentPlan, day: number): number {
  let last = -Infinity;
  for (const ts of plan.sessions) if (ts <= day) last = ts;
  return day - last;
}
