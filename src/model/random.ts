/**
 * Random numbers. The simulation draws every number from a counter-based hash of
 * (seed, follicle id, day, purpose), never from a shared stream, so results do not depend
 * on the order follicles are processed in and a sham twin reuses the same draws.
 */

/** murmur3's 32-bit finaliser: a cheap bijective avalanche mix. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** 32-bit hash of (seed, id, day, purpose); day may be negative. */
export function hash4(seed: number, id: number, day: number, purpose: number): number {
  let h = fmix32((seed ^ 0x9e3779b9) >>> 0);
  h = fmix32((h ^ Math.imul(id + 1, 0x27d4eb2f)) >>> 0);
  h = fmix32((h ^ Math.imul(day + 0x40000, 0x165667b1)) >>> 0);
  h = fmix32((h ^ Math.imul(purpose + 1, 0x61c88647)) >>> 0);
  return h;
}

/** Uniform in [0, 1) from (seed, id, day, purpose). */
export function uniform(seed: number, id: number, day: number, purpose: number): number {
  return hash4(seed, id, day, purpose) / 4294967296;
}

/** Uniform in (0, 1]: safe under a logarithm. */
export function uniformOpen(seed: number, id: number, day: number, purpose: number): number {
  return (hash4(seed, id, day, purpose) + 1) / 4294967296;
}

/** Standard normal from (seed, id, day, purpose) by Box–Muller over two hashed uniforms. */
export function normal(seed: number, id: number, day: number, purpose: number): number {
  const u1 = uniformOpen(seed, id, day, purpose);
  const u2 = uniform(seed, id, day, purpose + 0x1000);
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}

/** Unit-mean exponential draw from (seed, id, day, purpose). */
export function exponential(seed: number, id: number, day: number, purpose: number): number {
  return -Math.log(uniformOpen(seed, id, day, purpose));
}

/**
 * A seeded sequential generator (mulberry32, science.md §7.5) for one-off geometric work such
 * as placing follicles, where the sequence itself defines the follicle ids.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
