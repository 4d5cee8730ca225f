import { MathUtils, Vector3 } from 'three';
import type { CameraOrbit, CameraRig } from './CameraRig.ts';
import type { Vec3 } from '../model/index.ts';

// Below this (mm, or radians of quaternion component) two views count as the same: copying
// stops there, so two rigs that copy each other settle instead of ping-ponging.
const SAME_VIEW_EPSILON = 1e-4;

/**
 * Makes `to` look exactly as `from` does (position, orientation, orbit target, zoom limits):
 * the compare views keep their panes in step this way. Returns false when they already match.
 */
export function copyView(from: CameraRig, to: CameraRig): boolean {
  const a = from.camera, b = to.camera;
  const same =
    a.position.distanceToSquared(b.position) < SAME_VIEW_EPSILON &&
    Math.abs(a.quaternion.dot(b.quaternion)) > 1 - SAME_VIEW_EPSILON &&
    from.controls.target.distanceToSquared(to.controls.target) < SAME_VIEW_EPSILON;
  if (same) return false;
  b.position.copy(a.position);
  b.quaternion.copy(a.quaternion);
  to.controls.target.copy(from.controls.target);
  b.updateMatrixWorld();
  return true;
}

const offset = new Vector3();

/**
 * The orbit that looks at a head-frame point straight on from outside, at the rig's current
 * distance: for "turn the view to this note". Degrees as CameraRig's orbits.
 */
export function orbitFacing(rig: CameraRig, point: Vec3): CameraOrbit {
  offset.set(point[0], point[1], point[2]).sub(rig.controls.target);
  if (offset.lengthSq() < 1e-6) offset.set(0, 0, 1);
  offset.normalize();
  return {
    theta: MathUtils.radToDeg(Math.atan2(offset.x, offset.z)),
    phi: MathUtils.radToDeg(Math.acos(MathUtils.clamp(offset.y, -1, 1))),
    radius: rig.getOrbit().radius,
  };
}

// Side-by-side panes are narrow: below this aspect, the vertical field of view widens so the
// head's width still fits in each pane (as it does in the wide single view).
const MIN_FIT_ASPECT = 1;

/** Vertical field of view (degrees) that keeps the horizontal one of `base` at MIN_FIT_ASPECT. */
export function fovForAspect(base: number, aspect: number): number {
  if (!(aspect > 0) || aspect >= MIN_FIT_ASPECT) return base;
  const half = Math.atan(Math.tan((base * Math.PI) / 360) * (MIN_FIT_ASPECT / aspect));
  return (half * 360) / Math.PI;
}
