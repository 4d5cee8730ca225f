import { Raycaster, Vector2, Vector3 } from 'three';
import type { Camera } from 'three';
import { scalpWeight, skinNormal, skinRadius } from '../model/index.ts';
import type { Vec3 } from '../model/index.ts';

/** A point of the skin under the pointer. */
export interface SkinHit {
  /** Head-frame point on the skin, mm. */
  point: Vec3;
  /** Outward skin normal there. */
  normal: Vec3;
  /** Hair-bearing weight there, 0..1 (scalpMap): 0 on the face, ears and neck. */
  scalp: number;
  /** Distance from the ray's origin, mm. */
  distance: number;
}

// Every point of the head lies within this distance of the origin (cranium, face and neck
// ellipsoids of headShape.ts, with room to spare), mm.
const HEAD_REACH_MM = 230;
// March step, mm: finer than any part of the head a note or a click would aim at, coarse enough
// that a ray costs ~200 cheap evaluations.
const STEP_MM = 2;

/** Signed height of p above the skin along its direction from the origin, mm (<0 inside). */
function aboveSkin(x: number, y: number, z: number): number {
  const r = Math.hypot(x, y, z);
  if (r < 1e-6) return -1;
  return r - skinRadius(x / r, y / r, z / r);
}

/**
 * Distance along a ray (unit `dir`) to where it first enters the skin, or null if it misses
 * the head (within `maxDistance`). Works on the model's analytic surface (headShape.ts), not
 * the triangles: the mesh is that surface to well under a millimetre, and this needs no GPU,
 * no mesh and no DOM.
 */
export function raySkinDistance(origin: Vector3, dir: Vector3, maxDistance = Infinity): number | null {
  // Clip the march to the sphere that holds the head.
  const b = origin.dot(dir);
  const c = origin.lengthSq() - HEAD_REACH_MM * HEAD_REACH_MM;
  const disc = b * b - c;
  if (disc <= 0) return null;
  const root = Math.sqrt(disc);
  let t = Math.max(0, -b - root);
  const end = Math.min(-b + root, maxDistance);
  if (t >= end) return null;
  let prevT = t;
  let prev = aboveSkin(origin.x + dir.x * t, origin.y + dir.y * t, origin.z + dir.z * t);
  if (prev <= 0) return t; // starts inside
  while (t < end) {
    t = Math.min(end, t + STEP_MM);
    const h = aboveSkin(origin.x + dir.x * t, origin.y + dir.y * t, origin.z + dir.z * t);
    if (h <= 0) {
      // Bisect between the last point outside and this one inside.
      let lo = prevT, hi = t;
      for (let i = 0; i < 24; i++) {
        const mid = 0.5 * (lo + hi);
        if (aboveSkin(origin.x + dir.x * mid, origin.y + dir.y * mid, origin.z + dir.z * mid) > 0) lo = mid;
        else hi = mid;
      }
      return hi;
    }
    prevT = t;
    prev = h;
  }
  return null;
}

const raycaster = new Raycaster();
const ndc = new Vector2();

/**
 * The skin point under a screen position: `ndcX`, `ndcY` in -1..1 (x right, y up), as three.js's
 * Raycaster takes them. Null when the ray misses the head.
 */
export function pickSkin(camera: Camera, ndcX: number, ndcY: number): SkinHit | null {
  camera.updateMatrixWorld();
  raycaster.setFromCamera(ndc.set(ndcX, ndcY), camera);
  const { origin, direction } = raycaster.ray;
  const distance = raySkinDistance(origin, direction);
  if (distance === null) return null;
  const point: Vec3 = [
    origin.x + direction.x * distance,
    origin.y + direction.y * distance,
    origin.z + direction.z * distance,
  ];
  const normal: Vec3 = [0, 0, 0];
  skinNormal(point[0], point[1], point[2], normal);
  return { point, normal, scalp: scalpWeight(point[0], point[1], point[2]), distance };
}

/** `pickSkin` for a pointer at CSS position (x, y) inside an element of the given CSS size. */
export function pickSkinAt(camera: Camera, x: number, y: number, width: number, height: number): SkinHit | null {
  if (width <= 0 || height <= 0) return null;
  return pickSkin(camera, (x / width) * 2 - 1, 1 - (y / height) * 2);
}
