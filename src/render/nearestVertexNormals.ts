import type { HeadMeshData } from '../model/index.ts';

const CELL_MM = 8;

/**
 * The skin normal at each point (xyz triples): the normal of the nearest head-mesh vertex,
 * found through a uniform grid so a few hundred sites cost a few milliseconds.
 */
export function nearestVertexNormals(head: HeadMeshData, points: Float32Array): Float32Array {
  const { positions, normals } = head;
  const cells = new Map<string, number[]>();
  const key = (x: number, y: number, z: number) => `${x},${y},${z}`;
  for (let v = 0; v < positions.length / 3; v++) {
    const k = key(
      Math.floor(positions[3 * v] / CELL_MM),
      Math.floor(positions[3 * v + 1] / CELL_MM),
      Math.floor(positions[3 * v + 2] / CELL_MM),
    );
    let list = cells.get(k);
    if (!list) cells.set(k, (list = []));
    list.push(v);
  }
  const out = new Float32Array(points.length);
  for (let i = 0; i < points.length / 3; i++) {
    const px = points[3 * i], py = points[3 * i + 1], pz = points[3 * i + 2];
    const cx = Math.floor(px / CELL_MM), cy = Math.floor(py / CELL_MM), cz = Math.floor(pz / CELL_MM);
    let best = -1;
    let bestD = Infinity;
    // Widen the search until something is found (points off the mesh still get a normal).
    for (let r = 1; best < 0 && r < 64; r *= 2) {
      for (let dx = -r; dx <= r; dx++)
        for (let dy = -r; dy <= r; dy++)
          for (let dz = -r; dz <= r; dz++) {
            const list = cells.get(key(cx + dx, cy + dy, cz + dz));
            if (!list) continue;
            for (const v of list) {
              const ex = positions[3 * v] - px, ey = positions[3 * v + 1] - py, ez = positions[3 * v + 2] - pz;
              const d = ex * ex + ey * ey + ez * ez;
              if (d < bestD) (bestD = d), (best = v);
            }
          }
    }
    if (best < 0) {
      const l = Math.hypot(px, py, pz) || 1;
      out.set([px / l, py / l, pz / l], 3 * i);
    } else {
      out.set([normals[3 * best], normals[3 * best + 1], normals[3 * best + 2]], 3 * i);
    }
  }
  return out;
}
