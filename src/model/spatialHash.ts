/**
 * A bucketed 3D spatial hash for points: cells of a fixed size hashed into a power-of-two table,
 * one linked list per bucket in flat typed arrays. Hash collisions only add distance checks.
 */
export class SpatialHash {
  private readonly inv: number;
  private readonly mask: number;
  private readonly head: Int32Array;
  private next: Int32Array;
  private xyz: Float64Array;
  /** Number of points inserted. */
  size = 0;

  /** cellMm: cell edge (≥ the query radius keeps queries to 27 cells); capacity: expected points. */
  constructor(cellMm: number, capacity: number) {
    this.inv = 1 / cellMm;
    let tableSize = 1024;
    while (tableSize < capacity * 2) tableSize *= 2;
    this.mask = tableSize - 1;
    this.head = new Int32Array(tableSize).fill(-1);
    this.next = new Int32Array(Math.max(16, capacity));
    this.xyz = new Float64Array(Math.max(16, capacity) * 3);
  }

  private static bucket(ix: number, iy: number, iz: number, mask: number): number {
    return (Math.imul(ix, 73856093) ^ Math.imul(iy, 19349663) ^ Math.imul(iz, 83492791)) & mask;
  }

  /** Stored coordinates, xyz per point (valid up to size; the buffer may be replaced on insert). */
  points(): Float64Array {
    return this.xyz;
  }

  /** Adds a point; returns its index (insertion order). */
  insert(x: number, y: number, z: number): number {
    const i = this.size++;
    if (i >= this.next.length) {
      const n = new Int32Array(this.next.length * 2);
      n.set(this.next);
      this.next = n;
      const p = new Float64Array(this.xyz.length * 2);
      p.set(this.xyz);
      this.xyz = p;
    }
    this.xyz[i * 3] = x; this.xyz[i * 3 + 1] = y; this.xyz[i * 3 + 2] = z;
    const b = SpatialHash.bucket(Math.floor(x * this.inv), Math.floor(y * this.inv), Math.floor(z * this.inv), this.mask);
    this.next[i] = this.head[b]!;
    this.head[b] = i;
    return i;
  }

  /** True if some stored point lies closer than r (r ≤ cell size) to (x, y, z). */
  hasWithin(x: number, y: number, z: number, r: number): boolean {
    const r2 = r * r;
    const cx = Math.floor(x * this.inv), cy = Math.floor(y * this.inv), cz = Math.floor(z * this.inv);
    const xyz = this.xyz, next = this.next, head = this.head, mask = this.mask;
    for (let ix = cx - 1; ix <= cx + 1; ix++) {
      for (let iy = cy - 1; iy <= cy + 1; iy++) {
        for (let iz = cz - 1; iz <= cz + 1; iz++) {
          for (let j = head[SpatialHash.bucket(ix, iy, iz, mask)]!; j >= 0; j = next[j]!) {
            const dx = xyz[j * 3]! - x, dy = xyz[j * 3 + 1]! - y, dz = xyz[j * 3 + 2]! - z;
            if (dx * dx + dy * dy + dz * dz < r2) return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * True if some stored point lies closer than r (r ≤ half the cell size) to (x, y, z). The
   * sphere then touches at most two cells per axis, so 8 cells are searched instead of 27.
   */
  hasWithinHalfCell(x: number, y: number, z: number, r: number): boolean {
    const r2 = r * r;
    const fx = x * this.inv, fy = y * this.inv, fz = z * this.inv;
    const cx = Math.floor(fx), cy = Math.floor(fy), cz = Math.floor(fz);
    const x0 = fx - cx < 0.5 ? cx - 1 : cx, y0 = fy - cy < 0.5 ? cy - 1 : cy, z0 = fz - cz < 0.5 ? cz - 1 : cz;
    const xyz = this.xyz, next = this.next, head = this.head, mask = this.mask;
    for (let ix = x0; ix <= x0 + 1; ix++) {
      for (let iy = y0; iy <= y0 + 1; iy++) {
        for (let iz = z0; iz <= z0 + 1; iz++) {
          for (let j = head[SpatialHash.bucket(ix, iy, iz, mask)]!; j >= 0; j = next[j]!) {
            const dx = xyz[j * 3]! - x, dy = xyz[j * 3 + 1]! - y, dz = xyz[j * 3 + 2]! - z;
            if (dx * dx + dy * dy + dz * dz < r2) return true;
          }
        }
      }
    }
    return false;
  }

  /** Calls visit(index, squaredDistance) for every stored point within r (r ≤ cell size). */
  forEachWithin(x: number, y: number, z: number, r: number, visit: (index: number, d2: number) => void): void {
    const r2 = r * r;
    const cx = Math.floor(x * this.inv), cy = Math.floor(y * this.inv), cz = Math.floor(z * this.inv);
    const xyz = this.xyz, next = this.next, head = this.head, mask = this.mask;
    for (let ix = cx - 1; ix <= cx + 1; ix++) {
      for (let iy = cy - 1; iy <= cy + 1; iy++) {
        for (let iz = cz - 1; iz <= cz + 1; iz++) {
          const b = SpatialHash.bucket(ix, iy, iz, mask);
          for (let j = head[b]!; j >= 0; j = next[j]!) {
            const px = xyz[j * 3]!, py = xyz[j * 3 + 1]!, pz = xyz[j * 3 + 2]!;
            // a bucket can hold other cells' points: check the cell itself to avoid double visits
            if (Math.floor(px * this.inv) !== ix || Math.floor(py * this.inv) !== iy || Math.floor(pz * this.inv) !== iz) continue;
            const dx = px - x, dy = py - y, dz = pz - z;
            const d2 = dx * dx + dy * dy + dz * dz;
            if (d2 <= r2) visit(j, d2);
          }
        }
      }
    }
  }
}
