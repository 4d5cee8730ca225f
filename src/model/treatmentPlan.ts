/**
 * Treatment plans (science.md §4.3): a product, session days, and injection sites on a grid at
 * `spacingMm` laid over an area of the scalp, or explicit sites projected onto the skin.
 */
import {
  CROWN_AREA_CM2, DEFAULT_SESSIONS_ACELLULAR, DEFAULT_SESSIONS_CELLS, DEFAULT_SPACING_MM,
} from './parameters.ts';
import { projectToSkin, skinNormal } from './headShape.ts';
import { unitIcosphere } from './headMesh.ts';
import { WHORL, regionAt, scalpWeight } from './scalpMap.ts';
import { SpatialHash } from './spatialHash.ts';
import { Region } from './types.ts';
import { PRODUCT_NAMES, TREATMENT_AREAS, isOneOf } from './vocabulary.ts';
import type { Product, TreatmentArea, TreatmentPlan, Vec3 } from './types.ts';


/** Radius of the treated crown disc around the whorl, mm: a 40 cm² crown (§4.3; STYLE 40 cm² [V]). */
export const CROWN_RADIUS_MM = Math.sqrt((CROWN_AREA_CM2 * 100) / Math.PI);

/** Closest grid pitch accepted, mm (§4.3: the densest protocol, HF-MSC, uses ≈3.3 mm [V]). */
export const MIN_SPACING_MM = 3;

/** Only skin at least this hair-bearing receives grid sites (the hairline's midpoint). */
const MIN_SCALP_WEIGHT = 0.5;

/** True if a skin point lies inside a treatment area. */
export function inTreatmentArea(area: TreatmentArea, x: number, y: number, z: number): boolean {
  if (scalpWeight(x, y, z) < MIN_SCALP_WEIGHT) return false;
  switch (area) {
    case 'whole': return true;
    case 'vertex': return Math.hypot(x - WHORL[0], y - WHORL[1], z - WHORL[2]) <= CROWN_RADIUS_MM;
    case 'frontal': return regionAt(x, y, z) === Region.FRONTAL;
    case 'mid-scalp': return regionAt(x, y, z) === Region.MID_SCALP;
    case 'temporal': return regionAt(x, y, z) === Region.TEMPORAL;
    case 'occipital': return regionAt(x, y, z) === Region.OCCIPITAL;
  }
}

/** Grid centres per area: the area's mean direction (one per side for the temples). */
const centreCache = new Map<TreatmentArea, Vec3[]>();
function areaCentres(area: TreatmentArea): Vec3[] {
  const hit = centreCache.get(area);
  if (hit) return hit;
  let centres: Vec3[];
  if (area === 'vertex') centres = [WHORL];
  else if (area === 'whole') centres = (['frontal', 'mid-scalp', 'vertex', 'temporal', 'occipital'] as const).flatMap(areaCentres);
  else {
    const { dirs } = unitIcosphere(4);
    const sums = [[0, 0, 0, 0], [0, 0, 0, 0]];
    const p = new Float64Array(3);
    for (let i = 0; i < dirs.length; i += 3) {
      projectToSkin(dirs[i]!, dirs[i + 1]!, dirs[i + 2]!, p);
      if (!inTreatmentArea(area, p[0]!, p[1]!, p[2]!)) continue;
      const s = sums[area === 'temporal' && p[0]! < 0 ? 1 : 0]!;
      s[0]! += p[0]!; s[1]! += p[1]!; s[2]! += p[2]!; s[3]! += 1;
    }
    centres = sums.filter((s) => s[3]! > 0).map((s) => {
      const c: Vec3 = [0, 0, 0];
      projectToSkin(s[0]! / s[3]!, s[1]! / s[3]!, s[2]! / s[3]!, c);
      return c;
    });
  }
  centreCache.set(area, centres);
  return centres;
}

/**
 * Sites on a square grid of pitch spacingMm around a centre, mapped onto the skin with distances
 * from the centre preserved (azimuthal-equidistant), kept where they fall inside the area.
 */
function gridAround(centre: Vec3, area: TreatmentArea, spacingMm: number, out: Vec3[], placed: SpatialHash): void {
  const n = new Float64Array(3);
  skinNormal(centre[0], centre[1], centre[2], n);
  const R = Math.hypot(centre[0], centre[1], centre[2]);
  const cx = centre[0] / R, cy = centre[1] / R, cz = centre[2] / R;
  // grid rows run left–right (x), columns front–back; on the sides rows run front–back
  let ex = 1 - cx * cx, ey = -cx * cy, ez = -cx * cz;
  if (Math.hypot(ex, ey, ez) < 0.5) { ex = -cz * cx; ey = -cz * cy; ez = 1 - cz * cz; }
  const el = Math.hypot(ex, ey, ez);
  ex /= el; ey /= el; ez /= el;
  const fx = cy * ez - cz * ey, fy = cz * ex - cx * ez, fz = cx * ey - cy * ex;
  const reach = Math.ceil(170 / spacingMm);
  const p = new Float64Array(3);
  for (let i = -reach; i <= reach; i++) {
    for (let j = -reach; j <= reach; j++) {
      const u = i * spacingMm, v = j * spacingMm;
      const d = Math.hypot(u, v);
      const angle = d / R;
      if (angle > Math.PI * 0.6) continue;
      let dx = cx, dy = cy, dz = cz;
      if (d > 0) {
        const tx = (u * ex + v * fx) / d, ty = (u * ey + v * fy) / d, tz = (u * ez + v * fz) / d;
        dx = Math.cos(angle) * cx + Math.sin(angle) * tx;
        dy = Math.cos(angle) * cy + Math.sin(angle) * ty;
        dz = Math.cos(angle) * cz + Math.sin(angle) * tz;
      }
      projectToSkin(dx, dy, dz, p);
      if (!inTreatmentArea(area, p[0]!, p[1]!, p[2]!)) continue;
      // where grids of neighbouring centres meet, keep sites at least ~0.7 pitch apart
      if (placed.hasWithin(p[0]!, p[1]!, p[2]!, 0.7 * spacingMm)) continue;
      placed.insert(p[0]!, p[1]!, p[2]!);
      out.push([p[0]!, p[1]!, p[2]!]);
    }
  }
}

/** Injection sites on a grid of pitch spacingMm over a treatment area (science.md §4.3). */
export function gridSites(area: TreatmentArea, spacingMm: number): Vec3[] {
  const sites: Vec3[] = [];
  const placed = new SpatialHash(spacingMm, 1024);
  if (area === 'whole') {
    for (const a of ['vertex', 'mid-scalp', 'frontal', 'temporal', 'occipital'] as const) {
      for (const c of areaCentres(a)) gridAround(c, 'whole', spacingMm, sites, placed);
    }
  } else {
    for (const c of areaCentres(area)) gridAround(c, area, spacingMm, sites, placed);
  }
  return sites;
}

/** Default session days per product (§4.3 defaults [D]: acellular 3 × every 4 weeks; cells 1 session). */
export function defaultSessions(product: Product): number[] {
  return product === 'cells' ? [...DEFAULT_SESSIONS_CELLS] : [...DEFAULT_SESSIONS_ACELLULAR];
}

/**
 * Resolves a treatment plan. Defaults: conditioned medium (the §7.4 default scenario), the vertex,
 * 10 mm spacing (§4.3), the product's default sessions (§4.3). Explicit sites are projected onto
 * the skin; sessions are rounded to whole days, de-duplicated and sorted.
 */
export function makeTreatmentPlan(
  input: Partial<{ product: Product; area: TreatmentArea; spacingMm: number; sessions: number[]; sites: Vec3[] }> = {},
): TreatmentPlan {
  const product: Product = isOneOf(PRODUCT_NAMES, input.product) ? input.product : 'conditioned-medium';
  const area: TreatmentArea = isOneOf(TREATMENT_AREAS, input.area) ? input.area : 'vertex';
  const spacingMm = input.spacingMm !== undefined && Number.isFinite(input.spacingMm) && input.spacingMm > 0
    ? Math.max(MIN_SPACING_MM, input.spacingMm)
    : DEFAULT_SPACING_MM;
  const sessions = input.sessions
    ? [...new Set(input.sessions.filter((d) => Number.isFinite(d)).map((d) => Math.round(d)))].sort((a, b) => a - b)
    : defaultSessions(product);
  let sites: Vec3[];
  if (input.sites) {
    sites = input.sites
      .filter((s) => s.length === 3 && s.every((v) => Number.isFinite(v)) && Math.hypot(s[0], s[1], s[2]) > 0)
      .map((s) => {
        const p: Vec3 = [0, 0, 0];
        projectToSkin(s[0], s[1], s[2], p);
        return p;
      });
  } else {
    sites = gridSites(area, spacingMm);
  }
  return { product, area, spacingMm, sessions, sites };
}
