/**
 * Smooth, low-frequency noise on the head: a sum of a few random plane waves in 3D. Used to give
 * bald areas irregular, spatially coherent edges instead of salt-and-pepper loss.
 */
import { uniform } from './random.ts';

/** A seeded smooth scalar field in 3D with values in about [−1, 1]. */
export type SmoothNoise = (x: number, y: number, z: number) => number;

/** Builds noise with the given wavelength (mm) from `waves` plane waves, deterministic for a seed. */
export function smoothNoise(seed: number, wavelengthMm: number, waves = 6): SmoothNoise {
  const k = new Float64Array(waves * 3);
  const phase = new Float64Array(waves);
  for (let i = 0; i < waves; i++) {
    // random unit direction, wavelength within ±30 % of the nominal one
    const u = 2 * uniform(seed, i, 0, 11) - 1;
    const a = 2 * Math.PI * uniform(seed, i, 0, 12);
    const s = Math.sqrt(1 - u * u);
    const f = (2 * Math.PI) / (wavelengthMm * (0.7 + 0.6 * uniform(seed, i, 0, 13)));
    k[i * 3] = s * Math.cos(a) * f;
    k[i * 3 + 1] = s * Math.sin(a) * f;
    k[i * 3 + 2] = u * f;
    phase[i] = 2 * Math.PI * uniform(seed, i, 0, 14);
  }
  const norm = Math.sqrt(2 / waves);
  return (x, y, z) => {
    let v = 0;
    for (let i = 0; i < waves; i++) v += Math.sin(k[i * 3]! * x + k[i * 3 + 1]! * y + k[i * 3 + 2]! * z + phase[i]!);
    return v * norm;
  };
}
