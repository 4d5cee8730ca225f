/**
 * The direction each hair shaft leaves the skin (science.md §1.4): an azimuth that flows out of
 * the crown whorl (clockwise spiral near it, forward over the top, down at the back), turned
 * down-and-back over the temples, and an exit angle that is low at the hairline and temples,
 * rises from ≈30° to ≈60° across the mid-scalp, is steep at the crown and low at the occiput.
 */
import { EXIT_ANGLE_DEG } from './parameters.ts';
import { WHORL, hairlineDistanceMm } from './scalpMap.ts';

const DEG = Math.PI / 180;

function smoothstep(e0: number, e1: number, x: number): number {
  const t = Math.max(0, Math.min(1, (x - e0) / (e1 - e0)));
  return t * t * (3 - 2 * t);
}

/** Spiral angle of the whorl at its centre, deg: how far flow turns from radial toward clockwise ([D]). */
const WHORL_SPIRAL_DEG = 55;
/** Distance over which the whorl's spiral relaxes to plain radial flow, mm ([D]). */
const WHORL_SPIRAL_MM = 40;

/**
 * Writes into out[o..o+2] the unit shaft direction of a hair at skin point p with unit normal n.
 * jitterA, jitterB ∈ [−1, 1] add the small natural scatter of angle (±4°) and azimuth (±8°).
 */
export function shaftDirection(
  px: number, py: number, pz: number,
  nx: number, ny: number, nz: number,
  jitterA: number, jitterB: number,
  out: Float32Array, o: number,
): void {
  // radial flow away from the whorl, in the tangent plane
  let dx = px - WHORL[0], dy = py - WHORL[1], dz = pz - WHORL[2];
  const dist = Math.hypot(dx, dy, dz);
  let dn = dx * nx + dy * ny + dz * nz;
  dx -= dn * nx; dy -= dn * ny; dz -= dn * nz;
  let l = Math.hypot(dx, dy, dz);
  if (l < 1e-9) { dx = 0; dy = 0; dz = 1; dn = nz; dx -= dn * nx; dy -= dn * ny; dz -= dn * nz; l = Math.hypot(dx, dy, dz); }
  dx /= l; dy /= l; dz /= l;
  // clockwise seen from outside the head (from above at the crown) is radial × n in this
  // right-handed frame (n × radial would turn counter-clockwise)
  const cx = dy * nz - dz * ny, cy = dz * nx - dx * nz, cz = dx * ny - dy * nx;
  const psi = WHORL_SPIRAL_DEG * DEG * Math.exp(-dist / WHORL_SPIRAL_MM);
  let fx = Math.cos(psi) * dx + Math.sin(psi) * cx;
  let fy = Math.cos(psi) * dy + Math.sin(psi) * cy;
  let fz = Math.cos(psi) * dz + Math.sin(psi) * cz;

  // over the temples and sides the hair lies down and back (§1.4: posterior/inferior at the sideburn)
  const rho = Math.hypot(px, py, pz);
  const side = smoothstep(0.72, 0.92, Math.abs(px) / rho) * (1 - smoothstep(0.45, 0.7, py / rho));
  if (side > 0) {
    let gx = 0, gy = -1, gz = -0.5;
    const gn = gx * nx + gy * ny + gz * nz;
    gx -= gn * nx; gy -= gn * ny; gz -= gn * nz;
    const gl = Math.hypot(gx, gy, gz) || 1;
    fx += side * (gx / gl - fx); fy += side * (gy / gl - fy); fz += side * (gz / gl - fz);
  }
  // natural azimuth scatter: rotate within the tangent plane
  const fl = Math.hypot(fx, fy, fz) || 1;
  fx /= fl; fy /= fl; fz /= fl;
  const beta = jitterB * 8 * DEG;
  const bx = ny * fz - nz * fy, by = nz * fx - nx * fz, bz = nx * fy - ny * fx;
  const cb = Math.cos(beta), sb = Math.sin(beta);
  const tx = cb * fx + sb * bx, ty = cb * fy + sb * by, tz = cb * fz + sb * bz;

  // exit angle to the skin
  const front = Math.max(-1, Math.min(1, pz / 45));
  let angle = EXIT_ANGLE_DEG.midAnterior + (EXIT_ANGLE_DEG.midPosterior - EXIT_ANGLE_DEG.midAnterior) * 0.5 * (1 - front);
  angle += (EXIT_ANGLE_DEG.crown - angle) * Math.exp(-(dist * dist) / (2 * 30 * 30));
  // the back of the head below the crown: hair lies low and downward
  angle += (EXIT_ANGLE_DEG.occipital - angle) * smoothstep(0.55, 0.05, py / rho) * smoothstep(-10, -50, pz);
  angle += (EXIT_ANGLE_DEG.temple - angle) * side;
  angle += (EXIT_ANGLE_DEG.hairline - angle) * (1 - smoothstep(4, 20, hairlineDistanceMm(px, py, pz))) * (1 - side);
  angle = (angle + jitterA * 4) * DEG;
  const ca = Math.cos(angle), sa = Math.sin(angle);
  const ox = ca * tx + sa * nx, oy = ca * ty + sa * ny, oz = ca * tz + sa * nz;
  const ol = Math.hypot(ox, oy, oz) || 1;
  out[o] = ox / ol; out[o + 1] = oy / ol; out[o + 2] = oz / ol;
}
