/**
 * The head surface as a smooth star-shaped function: the skin lies at distance
 * skinRadius(u) from the origin along every unit direction u. Built from a few ellipsoids
 * (cranium, face, chin, neck) joined by a smooth maximum, plus small nose and ear bumps.
 * Star-shaped means any point projects onto the skin radially, which keeps placement cheap.
 *
 * Head frame, mm: +x subject's LEFT (right-handed, as three.js), +y up, +z nose; the origin sits inside the cranium.
 */
import type { Vec3 } from './types.ts';

/**
 * An ellipsoid whose semi-axes may differ on either side of its centre. The origin must lie inside
 * every one of its eight octant ellipsoids, so every ray from the origin leaves it exactly once.
 */
interface Ellipsoid {
  c: Vec3;
  /** Semi-axes on the +x/+y/+z sides of the centre. */
  pos: Vec3;
  /** Semi-axes on the −x/−y/−z sides of the centre. */
  neg: Vec3;
}

// Cranium ≈148 mm wide and ≈192 mm long (brief; science.md §1.1 scalp of ≈500 cm²).
// Different semi-axes per side keep the surface C¹ (each term's slope is 0 at the centre plane).
const CRANIUM: Ellipsoid = { c: [0, 5, -8], pos: [74, 92, 92], neg: [74, 72, 100] };
const FACE: Ellipsoid = { c: [0, -42, 18], pos: [58, 76, 70], neg: [58, 76, 70] };
const CHIN: Ellipsoid = { c: [0, -60, 22], pos: [42, 70, 58], neg: [42, 70, 58] };
const NECK: Ellipsoid = { c: [0, -95, -18], pos: [52, 115, 56], neg: [52, 110, 56] };

/** Smoothing length of the joins between parts, mm. */
const BLEND_MM = 14;

/** Inverse squared semi-axes per octant side, precomputed: [+x, +y, +z, −x, −y, −z]. */
function inverseSquares(e: Ellipsoid): Float64Array {
  return Float64Array.from([...e.pos, ...e.neg].map((a) => 1 / (a * a)));
}
const PARTS = [CRANIUM, FACE, CHIN, NECK].map((e) => ({
  cx: e.c[0], cy: e.c[1], cz: e.c[2], inv: inverseSquares(e),
  symmetric: e.pos.every((a, i) => a === e.neg[i]),
}));

/** Distance from the origin to where the ray along unit (ux,uy,uz) leaves part k. */
function exitDistance(k: number, ux: number, uy: number, uz: number): number {
  const part = PARTS[k]!;
  const cx = part.cx, cy = part.cy, cz = part.cz, inv = part.inv;
  // The side of the centre the ray leaves through is not known in advance: guess it from the
  // direction, then correct it from the exit point (one or two rounds; one for symmetric parts).
  let sx = ux >= 0, sy = uy >= 0, sz = uz >= 0;
  let t = 0;
  for (let round = 0; round < 4; round++) {
    const ix = sx ? inv[0]! : inv[3]!, iy = sy ? inv[1]! : inv[4]!, iz = sz ? inv[2]! : inv[5]!;
    const a = ux * ux * ix + uy * uy * iy + uz * uz * iz;
    const b = ux * cx * ix + uy * cy * iy + uz * cz * iz;
    const c = cx * cx * ix + cy * cy * iy + cz * cz * iz - 1;
    t = (b + Math.sqrt(Math.max(0, b * b - a * c))) / a;
    if (part.symmetric) break;
    const nx = t * ux >= cx, ny = t * uy >= cy, nz = t * uz >= cz;
    if (nx === sx && ny === sy && nz === sz) break;
    sx = nx; sy = ny; sz = nz;
  }
  return t;
}

/** Polynomial smooth maximum (C¹): equals max(a, b) when they differ by more than k. */
function smoothMax(a: number, b: number, k: number): number {
  const d = a - b;
  if (d >= k) return a;
  if (d <= -k) return b;
  const h = (k - Math.abs(d)) / k;
  return Math.max(a, b) + h * h * k * 0.25;
}

const DEG = Math.PI / 180;

/**
 * A Gaussian bump on the radius around a direction, in vector form (no trigonometry per call):
 * offsets along two tangent axes of the bump's centre approximate angles (rad) near it.
 */
interface Bump { n: Vec3; e1: Vec3; e2: Vec3; inv1: number; inv2: number; height: number }
function makeBump(azDeg: number, elDeg: number, height: number, wAzDeg: number, wElDeg: number): Bump {
  const az = azDeg * DEG, el = elDeg * DEG;
  const n: Vec3 = [Math.cos(el) * Math.sin(az), Math.sin(el), Math.cos(el) * Math.cos(az)];
  const e1: Vec3 = [Math.cos(az), 0, -Math.sin(az)]; // along the azimuth
  const e2: Vec3 = [-Math.sin(el) * Math.sin(az), Math.cos(el), -Math.sin(el) * Math.cos(az)]; // along the elevation
  const w1 = wAzDeg * DEG * Math.cos(el), w2 = wElDeg * DEG;
  return { n, e1, e2, inv1: 1 / (w1 * w1), inv2: 1 / (w2 * w2), height };
}
function bump(b: Bump, ux: number, uy: number, uz: number): number {
  if (ux * b.n[0] + uy * b.n[1] + uz * b.n[2] < 0.5) return 0; // beyond 60°: nothing left
  const p = ux * b.e1[0] + uy * b.e1[1] + uz * b.e1[2];
  const q = ux * b.e2[0] + uy * b.e2[1] + uz * b.e2[2];
  const e = p * p * b.inv1 + q * q * b.inv2;
  return e > 30 ? 0 : b.height * Math.exp(-0.5 * e);
}
// nose: a ridge from the brow down to a tip, widest and highest at the bottom
const NOSE_TIP = makeBump(0, -22, 20, 7, 10);
const NOSE_BRIDGE = makeBump(0, -8, 8, 5, 9);
// ears: flat lobes standing off the side of the head, just behind the ear-canal line
const EAR_RIGHT = makeBump(97, -22, 12, 7, 12);
const EAR_LEFT = makeBump(-97, -22, 12, 7, 12);

/** Distance from the origin to the skin along the unit direction (ux, uy, uz), mm. */
export function skinRadius(ux: number, uy: number, uz: number): number {
  let r = exitDistance(0, ux, uy, uz);
  r = smoothMax(r, exitDistance(1, ux, uy, uz), BLEND_MM);
  r = smoothMax(r, exitDistance(2, ux, uy, uz), BLEND_MM);
  r = smoothMax(r, exitDistance(3, ux, uy, uz), BLEND_MM);
  if (uz > 0.3) r += bump(NOSE_TIP, ux, uy, uz) + bump(NOSE_BRIDGE, ux, uy, uz);
  if (ux > 0.3) r += bump(EAR_RIGHT, ux, uy, uz);
  else if (ux < -0.3) r += bump(EAR_LEFT, ux, uy, uz);
  return r;
}

/** Writes into out[o..o+2] the skin point on the ray from the origin through (x, y, z). */
export function projectToSkin(x: number, y: number, z: number, out: Float64Array | Float32Array | number[], o = 0): void {
  const len = Math.hypot(x, y, z) || 1;
  const ux = x / len, uy = y / len, uz = z / len;
  const r = skinRadius(ux, uy, uz);
  out[o] = ux * r;
  out[o + 1] = uy * r;
  out[o + 2] = uz * r;
}

const tmpA = new Float64Array(3);
const tmpB = new Float64Array(3);
const tmpC = new Float64Array(3);
const tmpD = new Float64Array(3);

/** Writes into out[o..o+2] the outward unit skin normal at the skin point along (x, y, z). */
export function skinNormal(x: number, y: number, z: number, out: Float64Array | Float32Array | number[], o = 0): void {
  const len = Math.hypot(x, y, z) || 1;
  const ux = x / len, uy = y / len, uz = z / len;
  // tangent frame of the direction sphere
  let t1x: number, t1y: number, t1z: number;
  if (Math.abs(uy) < 0.9) {
    // t1 = y × u
    t1x = uz; t1y = 0; t1z = -ux;
  } else {
    // t1 = x × u
    t1x = 0; t1y = -uz; t1z = uy;
  }
  const l1 = Math.hypot(t1x, t1y, t1z);
  t1x /= l1; t1y /= l1; t1z /= l1;
  const t2x = uy * t1z - uz * t1y, t2y = uz * t1x - ux * t1z, t2z = ux * t1y - uy * t1x;
  const e = 1e-3;
  projectToSkin(ux + e * t1x, uy + e * t1y, uz + e * t1z, tmpA);
  projectToSkin(ux - e * t1x, uy - e * t1y, uz - e * t1z, tmpB);
  projectToSkin(ux + e * t2x, uy + e * t2y, uz + e * t2z, tmpC);
  projectToSkin(ux - e * t2x, uy - e * t2y, uz - e * t2z, tmpD);
  const ax = tmpA[0]! - tmpB[0]!, ay = tmpA[1]! - tmpB[1]!, az = tmpA[2]! - tmpB[2]!;
  const bx = tmpC[0]! - tmpD[0]!, by = tmpC[1]! - tmpD[1]!, bz = tmpC[2]! - tmpD[2]!;
  let nx = ay * bz - az * by, ny = az * bx - ax * bz, nz = ax * by - ay * bx;
  // orient outward
  if (nx * ux + ny * uy + nz * uz < 0) { nx = -nx; ny = -ny; nz = -nz; }
  const ln = Math.hypot(nx, ny, nz) || 1;
  out[o] = nx / ln;
  out[o + 1] = ny / ln;
  out[o + 2] = nz / ln;
}

/** The skin point at the given direction angles (degrees): azimuth from the nose toward the right ear, elevation up. */
export function skinPointAt(azDeg: number, elDeg: number): Vec3 {
  const ce = Math.cos(elDeg * DEG);
  const out: Vec3 = [0, 0, 0];
  projectToSkin(ce * Math.sin(azDeg * DEG), Math.sin(elDeg * DEG), ce * Math.cos(azDeg * DEG), out);
  return out;
}

/** The skin point straight above (x, ·, z) on the top of the head (bisection on height). */
export function skinPointAbove(x: number, z: number): Vec3 {
  let lo = 0, hi = 200;
  for (let i = 0; i < 50; i++) {
    const y = 0.5 * (lo + hi);
    const len = Math.hypot(x, y, z);
    if (len < skinRadius(x / len, y / len, z / len)) lo = y;
    else hi = y;
  }
  return [x, 0.5 * (lo + hi), z];
}

/** Ear canals (porion) lie on this coronal plane, z in mm; the bimeatal line of science.md §1.4. */
export const EAR_CANAL_Z = -5;
/** Height of the ear canals, mm. */
export const EAR_CANAL_Y = -35;
