/**
 * The head as a triangle mesh: a subdivided icosahedron (even vertex spread, no poles) pushed
 * out to the skin along each vertex direction.
 */
import { projectToSkin, skinNormal } from './headShape.ts';
import { regionAt, scalpWeight } from './scalpMap.ts';
import type { HeadMeshData } from './types.ts';

/** A unit icosphere: `level` midpoint subdivisions of an icosahedron. */
export function unitIcosphere(level: number): { dirs: Float64Array; indices: Uint32Array } {
  const t = (1 + Math.sqrt(5)) / 2;
  const verts: number[] = [
    -1, t, 0, 1, t, 0, -1, -t, 0, 1, -t, 0,
    0, -1, t, 0, 1, t, 0, -1, -t, 0, 1, -t,
    t, 0, -1, t, 0, 1, -t, 0, -1, -t, 0, 1,
  ];
  for (let i = 0; i < verts.length; i += 3) {
    const l = Math.hypot(verts[i]!, verts[i + 1]!, verts[i + 2]!);
    verts[i]! /= l; verts[i + 1]! /= l; verts[i + 2]! /= l;
  }
  let faces: number[] = [
    0, 11, 5, 0, 5, 1, 0, 1, 7, 0, 7, 10, 0, 10, 11,
    1, 5, 9, 5, 11, 4, 11, 10, 2, 10, 7, 6, 7, 1, 8,
    3, 9, 4, 3, 4, 2, 3, 2, 6, 3, 6, 8, 3, 8, 9,
    4, 9, 5, 2, 4, 11, 6, 2, 10, 8, 6, 7, 9, 8, 1,
  ];
  for (let s = 0; s < level; s++) {
    const cache = new Map<number, number>();
    const mid = (a: number, b: number): number => {
      const key = a < b ? a * 0x200000 + b : b * 0x200000 + a;
      const hit = cache.get(key);
      if (hit !== undefined) return hit;
      const x = verts[a * 3]! + verts[b * 3]!, y = verts[a * 3 + 1]! + verts[b * 3 + 1]!, z = verts[a * 3 + 2]! + verts[b * 3 + 2]!;
      const l = Math.hypot(x, y, z);
      const index = verts.length / 3;
      verts.push(x / l, y / l, z / l);
      cache.set(key, index);
      return index;
    };
    const next: number[] = [];
    for (let f = 0; f < faces.length; f += 3) {
      const a = faces[f]!, b = faces[f + 1]!, c = faces[f + 2]!;
      const ab = mid(a, b), bc = mid(b, c), ca = mid(c, a);
      next.push(a, ab, ca, b, bc, ab, c, ca, bc, ab, bc, ca);
    }
    faces = next;
  }
  return { dirs: Float64Array.from(verts), indices: Uint32Array.from(faces) };
}

/**
 * Builds the skin mesh. `detail` is the subdivision level (default 5: 10,242 vertices,
 * 20,480 triangles, ≈3 mm edges; each level ×4 triangles).
 */
export function buildHeadMesh(detail = 5): HeadMeshData {
  const level = Math.max(0, Math.min(8, Math.round(detail)));
  const { dirs, indices } = unitIcosphere(level);
  const n = dirs.length / 3;
  const positions = new Float32Array(n * 3);
  const normals = new Float32Array(n * 3);
  const scalp = new Float32Array(n);
  const region = new Uint8Array(n);
  const p = new Float64Array(3);
  for (let i = 0; i < n; i++) {
    projectToSkin(dirs[i * 3]!, dirs[i * 3 + 1]!, dirs[i * 3 + 2]!, p);
    positions[i * 3] = p[0]!; positions[i * 3 + 1] = p[1]!; positions[i * 3 + 2] = p[2]!;
    skinNormal(p[0]!, p[1]!, p[2]!, normals, i * 3);
    scalp[i] = scalpWeight(p[0]!, p[1]!, p[2]!);
    region[i] = regionAt(p[0]!, p[1]!, p[2]!);
  }
  return { positions, normals, indices, scalp, region };
}
