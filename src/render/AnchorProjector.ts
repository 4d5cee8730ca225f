import { Vector3 } from 'three';
import type { Camera } from 'three';
import { skinNormal, skinRadius } from '../model/index.ts';
import type { Vec3 } from '../model/index.ts';
import { raySkinDistance } from './ScalpPicker.ts';

/** Where a head-frame point shows on screen, and whether it can be seen. */
export interface ScreenAnchor {
  /** CSS pixels from the view's left edge. */
  x: number;
  /** CSS pixels from the view's top edge. */
  y: number;
  /** In front of the camera and inside the view. */
  inView: boolean;
  /** The head is between the camera and the point (or the point faces away). */
  occluded: boolean;
}

// A point on the skin counts as seen while the first skin the sight line meets is within this
// of it, mm: the mesh and the analytic surface differ by well under 1 mm; hair is not a wall.
const SIGHT_TOLERANCE_MM = 3;
// Grazing points (normal almost across the sight line) flicker between seen and hidden; a note
// there is unreadable anyway.
const MIN_FACING = 0.05;

const world = new Vector3();
const toPoint = new Vector3();
const camPos = new Vector3();
const normal: Vec3 = [0, 0, 0];

/**
 * Projects a head-frame point into a view of `width` × `height` CSS pixels and tests whether
 * the head hides it: the skin normal must face the camera and the sight line must not enter
 * the skin before the point. For points off the skin (a note floating above it) only the
 * sight-line test counts. `minFacing` (the cosine between the skin normal and the sight line)
 * hides points nearer the silhouette than that.
 */
export function projectAnchor(camera: Camera, point: Vec3, width: number, height: number, minFacing = MIN_FACING): ScreenAnchor {
  camera.updateMatrixWorld();
  world.set(point[0], point[1], point[2]);
  camPos.setFromMatrixPosition(camera.matrixWorld);
  const ndc = world.clone().project(camera);
  const inFront = ndc.z > -1 && ndc.z < 1;
  const x = ((ndc.x + 1) / 2) * width;
  const y = ((1 - ndc.y) / 2) * height;
  const inView = inFront && ndc.x >= -1 && ndc.x <= 1 && ndc.y >= -1 && ndc.y <= 1;

  toPoint.subVectors(world, camPos);
  const distance = toPoint.length();
  toPoint.divideScalar(distance || 1);
  skinNormal(point[0], point[1], point[2], normal);
  const facing = -(normal[0] * toPoint.x + normal[1] * toPoint.y + normal[2] * toPoint.z);
  const onSkin = Math.abs(world.length() - skinSurfaceDistance(point)) < SIGHT_TOLERANCE_MM;
  let occluded = onSkin && facing < minFacing;
  if (!occluded) {
    const hit = raySkinDistance(camPos, toPoint, distance);
    occluded = hit !== null && hit < distance - SIGHT_TOLERANCE_MM;
  }
  return { x, y, inView, occluded: occluded || !inFront };
}

/** Distance from the origin to the skin along the point's direction, mm. */
function skinSurfaceDistance(point: Vec3): number {
  const r = Math.hypot(point[0], point[1], point[2]);
  return r < 1e-6 ? 0 : skinRadius(point[0] / r, point[1] / r, point[2] / r);
}
