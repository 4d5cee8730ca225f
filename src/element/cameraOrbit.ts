import type { CameraOrbit } from '../render/CameraOrbit.ts';
import { quote, type Parsed } from './attributes.ts';

/**
 * The `camera-orbit` attribute, as `<model-viewer>` writes it: "θ φ r", e.g.
 * `"-150deg 40deg 80%"`. Angles in `deg` (the default unit) or `rad`; the distance as a
 * percentage of the home view's (`100%`) or a bare multiple (`0.8`). `auto` keeps the home
 * view's value for that part.
 */
export function parseCameraOrbit(input: unknown, home: CameraOrbit): Parsed<CameraOrbit> {
  if (typeof input !== 'string') return refuse(input);
  const parts = input.trim().toLowerCase().split(/\s+/);
  if (parts.length !== 3) return refuse(input);
  const angle = (p: string, fallback: number) => {
    if (p === 'auto') return fallback;
    const m = /^([+-]?\d+(?:\.\d+)?)(deg|rad)?$/.exec(p);
    if (!m) return Number.NaN;
    return m[2] === 'rad' ? (Number(m[1]) * 180) / Math.PI : Number(m[1]);
  };
  const theta = angle(parts[0], home.theta);
  const phi = angle(parts[1], home.phi);
  let radius = Number.NaN;
  if (parts[2] === 'auto') radius = home.radius;
  else {
    const m = /^(\d+(?:\.\d+)?)(%)?$/.exec(parts[2]);
    if (m) radius = m[2] ? Number(m[1]) / 100 : Number(m[1]);
  }
  if (![theta, phi, radius].every(Number.isFinite) || radius <= 0) return refuse(input);
  return { ok: true, value: { theta, phi, radius } };
}

/** An orbit as `camera-orbit` text, rounded: "-158deg 39deg 100%". */
export function orbitText(orbit: CameraOrbit): string {
  const r = (n: number, digits = 1) => String(Math.round(n * 10 ** digits) / 10 ** digits);
  return `${r(orbit.theta)}deg ${r(orbit.phi)}deg ${r(orbit.radius * 100)}%`;
}

function refuse(input: unknown): Parsed<CameraOrbit> {
  return { ok: false, reason: `"${quote(input)}" is not "θ φ r" like "-150deg 40deg 80%"` };
}
