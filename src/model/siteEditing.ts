/**
 * Editing a plan's injection sites by pointing at the scalp: a point near an existing site
 * removes it, any other point on the hair-bearing scalp adds one. Pure, so it is tested in Node.
 */
import { projectToSkin } from './headShape.ts';
import { scalpWeight } from './scalpMap.ts';
import { SCENARIO_LIMITS } from './scenario.ts';
import type { Vec3 } from './types.ts';

/** A point within this of a site picks that site (half the default 10 mm grid pitch, §4.3). */
export const SITE_PICK_RADIUS_MM = 5;

/** Below this hair-bearing weight a point is off the scalp (face, ears, neck): nothing is added. */
export const MIN_SCALP_WEIGHT = 0.5;

/** What {@link toggleSite} did. */
export type SiteEdit =
  | { kind: 'added'; sites: Vec3[]; site: Vec3 }
  | { kind: 'removed'; sites: Vec3[]; site: Vec3 }
  | { kind: 'refused'; reason: 'off-scalp' | 'too-many' };

/** Adds a site at `point` (projected onto the skin), or removes the site nearest it within the pick radius. */
export function toggleSite(sites: readonly Vec3[], point: Vec3, pickRadiusMm = SITE_PICK_RADIUS_MM): SiteEdit {
  let nearest = -1, best = pickRadiusMm * pickRadiusMm;
  sites.forEach((s, i) => {
    const d = (s[0] - point[0]) ** 2 + (s[1] - point[1]) ** 2 + (s[2] - point[2]) ** 2;
    if (d <= best) { best = d; nearest = i; }
  });
  if (nearest >= 0) {
    return { kind: 'removed', site: sites[nearest]!, sites: sites.filter((_, i) => i !== nearest).map(copy) };
  }
  const on: Vec3 = [0, 0, 0];
  projectToSkin(point[0], point[1], point[2], on);
  if (scalpWeight(on[0], on[1], on[2]) < MIN_SCALP_WEIGHT) return { kind: 'refused', reason: 'off-scalp' };
  if (sites.length >= SCENARIO_LIMITS.maxSites) return { kind: 'refused', reason: 'too-many' };
  // A tenth of a millimetre is far below any effect the model has; it keeps exports readable.
  const site = on.map((v) => Math.round(v * 10) / 10) as Vec3;
  return { kind: 'added', site, sites: [...sites.map(copy), site] };
}

const copy = (p: Vec3): Vec3 => [p[0], p[1], p[2]];
