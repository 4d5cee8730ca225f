/**
 * Where hair grows on the head, and which region each skin point belongs to.
 * The hairline is an elevation threshold per azimuth (seen from the origin), mirrored left/right:
 * ≈6–7 cm above the brows at the front, receding at the temples, a sideburn in front of the ear,
 * over the ear, and down to the nape (brief; science.md §1.1). Its height is tuned so that the
 * hair-bearing area comes out at ≈500 cm² (§1.1).
 */
import { HAIRLINE_RAMP_MM, WHORL_BEHIND_EAR_CANALS_MM, WHORL_RIGHT_OFFSET_MM } from './parameters.ts';
import { EAR_CANAL_Z, skinPointAbove, skinPointAt } from './headShape.ts';
import { Region } from './types.ts';
import type { Vec3 } from './types.ts';

const DEG = Math.PI / 180;

// Hairline control points: |azimuth| (deg, 0 = nose, 90 = ear, 180 = nape) → elevation (deg).
const HAIRLINE_AZ = [0, 20, 36, 50, 62, 71, 78, 84, 90, 97, 106, 120, 140, 160, 180];
const HAIRLINE_EL = [37, 36, 32.5, 26, 16, 0, -18, -12, 6, 9, 6, -7, -22, -28, -30];

/** Monotone cubic (Fritsch–Carlson) slopes, so the hairline never overshoots its control points. */
function pchipSlopes(x: number[], y: number[]): number[] {
  const n = x.length;
  const d: number[] = [];
  for (let i = 0; i < n - 1; i++) d.push((y[i + 1]! - y[i]!) / (x[i + 1]! - x[i]!));
  const m: number[] = new Array<number>(n).fill(0);
  // Flat ends: the curve is mirrored at the nose and the nape, so its slope there is 0.
  for (let i = 1; i < n - 1; i++) {
    const a = d[i - 1]!, b = d[i]!;
    if (a * b <= 0) m[i] = 0;
    else {
      const w1 = 2 * (x[i + 1]! - x[i]!) + (x[i]! - x[i - 1]!);
      const w2 = (x[i + 1]! - x[i]!) + 2 * (x[i]! - x[i - 1]!);
      m[i] = (w1 + w2) / (w1 / a + w2 / b);
    }
  }
  return m;
}
const HAIRLINE_SLOPE = pchipSlopes(HAIRLINE_AZ, HAIRLINE_EL);

/** Hairline elevation (deg) and its slope (deg per deg) at |azimuth| a ∈ [0, 180]. */
function hairlineAt(a: number, out: Float64Array): void {
  let i = 0;
  while (i < HAIRLINE_AZ.length - 2 && a > HAIRLINE_AZ[i + 1]!) i++;
  const x0 = HAIRLINE_AZ[i]!, x1 = HAIRLINE_AZ[i + 1]!;
  const h = x1 - x0;
  const t = (a - x0) / h;
  const y0 = HAIRLINE_EL[i]!, y1 = HAIRLINE_EL[i + 1]!;
  const m0 = HAIRLINE_SLOPE[i]! * h, m1 = HAIRLINE_SLOPE[i + 1]! * h;
  const t2 = t * t, t3 = t2 * t;
  out[0] = (2 * t3 - 3 * t2 + 1) * y0 + (t3 - 2 * t2 + t) * m0 + (-2 * t3 + 3 * t2) * y1 + (t3 - t2) * m1;
  out[1] = ((6 * t2 - 6 * t) * y0 + (3 * t2 - 4 * t + 1) * m0 + (-6 * t2 + 6 * t) * y1 + (3 * t2 - 2 * t) * m1) / h;
}

const hl = new Float64Array(2);

/**
 * Signed distance along the skin from the hairline, mm (approximate): positive inside the
 * hair-bearing scalp, negative on the face, ears and neck.
 */
export function hairlineDistanceMm(x: number, y: number, z: number): number {
  const rho = Math.hypot(x, y, z);
  const el = Math.asin(y / rho) / DEG;
  const a = Math.abs(Math.atan2(x, z)) / DEG;
  hairlineAt(a, hl);
  const g = el - hl[0]!;
  // Divide by the gradient of (el − hairline(az)) in skin metric: steep stretches of the hairline
  // (the sideburn edges) would otherwise look farther away than they are.
  const slope = hl[1]! / Math.max(Math.cos(el * DEG), 0.2);
  return (g * DEG * rho) / Math.sqrt(1 + slope * slope);
}

/** Hair-bearing weight 0..1 at a skin point: a smoothstep across HAIRLINE_RAMP_MM at the hairline. */
export function scalpWeight(x: number, y: number, z: number): number {
  const t = hairlineDistanceMm(x, y, z) / HAIRLINE_RAMP_MM + 0.5;
  if (t <= 0) return 0;
  if (t >= 1) return 1;
  return t * t * (3 - 2 * t);
}

/** The crown whorl on the skin: ≈6 cm behind the bimeatal line, 1 cm right of midline (science.md §1.4). */
// The head frame is right-handed with +x toward the subject's LEFT ear, so the subject's right is −x.
export const WHORL: Vec3 = skinPointAbove(-WHORL_RIGHT_OFFSET_MM, EAR_CANAL_Z - WHORL_BEHIND_EAR_CANALS_MM);

/**
 * Radius of the vertex (crown) region around the whorl, mm: a disc, as the crown is drawn in the
 * Norwood and Ludwig scales (§3), sized so the five regions share ≈500 cm² as frontal 85,
 * mid-scalp 90, vertex 95, temporal 110 (both sides), occipital 120 cm² [D].
 */
export const VERTEX_RADIUS_MM = 55.3;

// The other regions: nearest seed in a power diagram (a weight per seed, mm², shifts its borders).
// Temporal has one seed per side. Weights tuned to the areas above.
interface Seed { p: Vec3; w: number; region: Region }
const SEEDS: Seed[] = [
  { p: skinPointAt(0, 50), w: 4035, region: Region.FRONTAL },
  { p: skinPointAt(0, 82), w: 2840, region: Region.MID_SCALP },
  { p: skinPointAt(78, 18), w: -2223, region: Region.TEMPORAL },
  { p: skinPointAt(-78, 18), w: -2223, region: Region.TEMPORAL },
  { p: skinPointAt(180, -10), w: -4656, region: Region.OCCIPITAL },
];

/** Region of a skin point (meaningful where scalpWeight > 0). */
export function regionAt(x: number, y: number, z: number): Region {
  const dx = x - WHORL[0], dy = y - WHORL[1], dz = z - WHORL[2];
  if (dx * dx + dy * dy + dz * dz < VERTEX_RADIUS_MM * VERTEX_RADIUS_MM) return Region.VERTEX;
  let best = Infinity;
  let region: Region = Region.FRONTAL;
  for (const s of SEEDS) {
    const ex = x - s.p[0], ey = y - s.p[1], ez = z - s.p[2];
    const d = ex * ex + ey * ey + ez * ez - s.w;
    if (d < best) { best = d; region = s.region; }
  }
  return region;
}
