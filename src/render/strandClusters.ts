import { strandOrder } from './follicleTexture.ts';

/**
 * A run of texture slots whose follicles share one patch of the scalp, drawn as one draw
 * call so that three.js can skip it when its bounding sphere is out of view.
 */
export interface StrandCluster {
  /** First texture slot of the run. */
  start: number;
  /** Follicles in the run. */
  count: number;
  /** Bounding sphere of the roots and of every strand they can grow, head frame, mm. */
  center: [number, number, number];
  radius: number;
  /** The roots' own bounding radius about `center`, mm (no strand reach). */
  rootRadius: number;
  /** Mean direction of the roots from the head centre (unit), and the widest angle of a root from it, radians. */
  axis: [number, number, number];
  coneAngle: number;
}

/** The texture order of the follicles, grouped into patches, and the patches. */
export interface ClusteredOrder {
  /** order[slot] = follicle index. */
  order: Uint32Array;
  clusters: StrandCluster[];
}

/**
 * Cells per cube-face side: 6 × 8 × 8 = 384 cells of about 11°, some 210 of which hold scalp
 * follicles, each a patch drawn by one draw. A close-up runs the vertex shader only for the
 * patches in view (66 of 212 in the render test's crown close-up), not for all 100,000
 * follicles (on software WebGL every vertex run costs, even one culled in the shader).
 */
export const CELLS_PER_FACE = 8;

/**
 * Follicles grouped by the patch of scalp their root is on (the cube-map cell of its direction
 * from the head centre), each patch in the seeded random order of {@link strandOrder}: so a
 * prefix of every patch is an even sample of that patch, and the same prefix share of every
 * patch an even sample of the head. `reachMm` pads the bounding spheres by the longest strand.
 */
export function clusteredStrandOrder(
  positions: Float32Array, count: number, reachMm: number, cellsPerFace = CELLS_PER_FACE,
): ClusteredOrder {
  const random = strandOrder(count);
  const cells = 6 * cellsPerFace * cellsPerFace;
  const cellOf = new Uint16Array(count);
  const sizes = new Uint32Array(cells);
  for (let i = 0; i < count; i++) {
    const c = cubeCell(positions[3 * i]!, positions[3 * i + 1]!, positions[3 * i + 2]!, cellsPerFace);
    cellOf[i] = c;
    sizes[c]!++;
  }
  // Counting sort of the random order by cell: stable, so each cell keeps the random order.
  const starts = new Uint32Array(cells);
  for (let c = 1; c < cells; c++) starts[c] = starts[c - 1]! + sizes[c - 1]!;
  const next = starts.slice();
  const order = new Uint32Array(count);
  for (let k = 0; k < count; k++) {
    const i = random[k]!;
    order[next[cellOf[i]!]!++] = i;
  }
  const clusters: StrandCluster[] = [];
  for (let c = 0; c < cells; c++) {
    const n = sizes[c]!;
    if (n === 0) continue;
    const start = starts[c]!;
    let cx = 0, cy = 0, cz = 0;
    for (let s = start; s < start + n; s++) {
      const i = order[s]!;
      cx += positions[3 * i]!;
      cy += positions[3 * i + 1]!;
      cz += positions[3 * i + 2]!;
    }
    cx /= n;
    cy /= n;
    cz /= n;
    let r2 = 0;
    let ax = 0, ay = 0, az = 0;
    for (let s = start; s < start + n; s++) {
      const i = order[s]!;
      const x = positions[3 * i]!, y = positions[3 * i + 1]!, z = positions[3 * i + 2]!;
      r2 = Math.max(r2, (x - cx) ** 2 + (y - cy) ** 2 + (z - cz) ** 2);
      const l = Math.hypot(x, y, z) || 1;
      ax += x / l;
      ay += y / l;
      az += z / l;
    }
    const al = Math.hypot(ax, ay, az) || 1;
    const axis: [number, number, number] = [ax / al, ay / al, az / al];
    let minCos = 1;
    for (let s = start; s < start + n; s++) {
      const i = order[s]!;
      const x = positions[3 * i]!, y = positions[3 * i + 1]!, z = positions[3 * i + 2]!;
      const l = Math.hypot(x, y, z) || 1;
      minCos = Math.min(minCos, (x * axis[0] + y * axis[1] + z * axis[2]) / l);
    }
    const rootRadius = Math.sqrt(r2);
    clusters.push({
      start, count: n, center: [cx, cy, cz], radius: rootRadius + reachMm, rootRadius, axis,
      coneAngle: Math.acos(Math.max(-1, Math.min(1, minCos))),
    });
  }
  return { order, clusters };
}

/** The cube-map cell (face × cells × cells) of the direction (x, y, z). */
export function cubeCell(x: number, y: number, z: number, cellsPerFace: number): number {
  const ax = Math.abs(x), ay = Math.abs(y), az = Math.abs(z);
  let face: number, u: number, v: number;
  if (ax >= ay && ax >= az) {
    face = x >= 0 ? 0 : 1;
    u = y / (ax || 1);
    v = z / (ax || 1);
  } else if (ay >= az) {
    face = y >= 0 ? 2 : 3;
    u = x / ay;
    v = z / ay;
  } else {
    face = z >= 0 ? 4 : 5;
    u = x / az;
    v = y / az;
  }
  const cell = (t: number) => Math.min(cellsPerFace - 1, Math.max(0, Math.floor(((t + 1) / 2) * cellsPerFace)));
  return (face * cellsPerFace + cell(v)) * cellsPerFace + cell(u);
}

/**
 * The strand shader skips a follicle whose root faces away from the camera by more than this
 * (the cosine between its direction from the head centre and the direction to the camera; a
 * shaft there can still poke over the silhouette). The shader gets it as a define (FollicleStrands).
 */
export const FAR_SIDE_COS = -0.45;
const FAR_SIDE_ANGLE = Math.acos(FAR_SIDE_COS);

/**
 * Whether any root of the patch can pass the shader's far-side test seen from `camera` (head
 * frame, mm): conservative, from the patch's cone of root directions and the spread of the
 * sight lines to its roots. A patch that cannot is not drawn at all, sparing its vertex runs.
 */
export function patchFacesCamera(cluster: StrandCluster, camera: readonly [number, number, number]): boolean {
  const dx = camera[0] - cluster.center[0], dy = camera[1] - cluster.center[1], dz = camera[2] - cluster.center[2];
  const d = Math.hypot(dx, dy, dz);
  if (d <= cluster.rootRadius) return true;
  const cosPhi = (dx * cluster.axis[0] + dy * cluster.axis[1] + dz * cluster.axis[2]) / d;
  const phi = Math.acos(Math.max(-1, Math.min(1, cosPhi)));
  return phi - cluster.coneAngle - Math.asin(cluster.rootRadius / d) <= FAR_SIDE_ANGLE;
}
