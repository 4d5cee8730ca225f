/**
 * Hair-loss patterns (science.md §3) turned into a state per follicle.
 *
 * Each pattern affects zones of the scalp to a degree m ∈ [0, 1] (the §3.1 involvement table).
 * Within a zone, follicles are ranked by closeness to the zone's core (the hairline for the front,
 * the whorl for the crown, the top for the fringe), with smooth low-frequency noise added, and the
 * closest fraction m is affected: bald areas are coherent and spread from where they start, with
 * irregular edges, never salt-and-pepper. Involved follicles are AFFECTED, or LONG_BALD in the core
 * when m ≥ 0.9 (§3.1). AFFECTED are 90 % viable, LONG_BALD 50 % (§2.4, §7.3); the rest DESTROYED.
 */
import { VIABLE_AFFECTED, VIABLE_LONG_BALD } from './parameters.ts';
import { EAR_CANAL_Z } from './headShape.ts';
import { WHORL, hairlineDistanceMm } from './scalpMap.ts';
import { smoothNoise } from './noise.ts';
import { uniform } from './random.ts';
import { FollicleState, Region } from './types.ts';
import type { FollicleField, PatternName } from './types.ts';

// Purposes of the hashed random draws (one number per follicle and purpose).
const P_EDGE = 101;
const P_VIABLE = 102;
const P_DIFFUSE = 103;
const P_PATCH = 104;

/** Involvement per zone: hairline & temples, frontal/mid-scalp, vertex, parietal sides, occipital. */
type Involvement = readonly [number, number, number, number, number];

/** science.md §3.1 suggested region involvement per Norwood stage [D]. */
const NORWOOD: Readonly<Record<string, Involvement>> = {
  'norwood-1': [0, 0, 0, 0, 0],
  'norwood-2': [0.3, 0, 0, 0, 0],
  'norwood-3': [0.6, 0.1, 0, 0, 0],
  'norwood-3v': [0.3, 0.1, 0.5, 0, 0],
  'norwood-4': [0.8, 0.3, 0.6, 0, 0],
  'norwood-5': [0.9, 0.6, 0.8, 0.1, 0],
  'norwood-6': [1.0, 0.9, 0.9, 0.3, 0.05],
  'norwood-7': [1.0, 1.0, 1.0, 0.6, 0.15],
};

/**
 * Ludwig grades (§3.2 [S]): diffuse crown and mid-scalp thinning, frontal hairline kept.
 * Share of the central zone involved [D], a visual reading of the grade descriptions.
 */
const LUDWIG: Readonly<Record<string, number>> = { 'ludwig-1': 0.35, 'ludwig-2': 0.6, 'ludwig-3': 0.85 };
/** In female pattern loss a share of follicles inside the thinning zone stays normal ([D]: diffuse, §3.2). */
const LUDWIG_SPARED = 0.15;
/** Width of the hairline rim that Ludwig patterns keep, mm (§3.2: frontal hairline preserved; [D]). */
const LUDWIG_RIM_MM = 12;

/** Long-bald share of the involved zone's core when involvement m ≥ 0.9 ([D] reading of §3.1). */
const LONG_BALD_CORE = 0.6;
/** Fraction of a zone's rank over which an edge is dithered ([D]: a soft, not sharp, border). */
const EDGE_DITHER = 0.05;
/** Amplitude of the edge noise, mm, and its wavelength ([D]). */
const EDGE_NOISE_MM = 8;
const EDGE_NOISE_WAVELENGTH_MM = 45;

/** Reach of the crown zone from the whorl, mm: beyond any crown a Norwood VII can bare ([D]). */
const CROWN_ZONE_MM = 90;
/** The crown's edge is rounder than the hairline's: a smaller share of the edge noise ([D]). */
const CROWN_NOISE_SHARE = 0.6;

/** Hairline zone depth, mm: the strip where frontotemporal recession happens ([D]). */
const HAIRLINE_ZONE_MM = 45;

/**
 * Marks the follicles nearest a zone's core (lowest key), as many as the fraction m of `reference`
 * follicles (default: the members themselves): AFFECTED, or LONG_BALD in the core when m ≥ 0.9.
 * The reference lets a bald crown grow as a disc past its region's borders while still covering
 * the share m of the region's area. States only ever worsen (a follicle in two zones keeps the worse).
 */
function involve(
  states: Uint8Array, members: number[], key: Float64Array, m: number, seed: number,
  reference = members.length, spared = 0,
): void {
  if (m <= 0 || members.length === 0 || reference <= 0) return;
  const order = Int32Array.from(members).sort((a, b) => key[a]! - key[b]! || a - b);
  for (let i = 0; i < order.length; i++) {
    const f = order[i]!;
    const q = (i + 0.5) / reference + EDGE_DITHER * (uniform(seed, f, 0, P_EDGE) - 0.5);
    if (q >= m) continue;
    if (spared > 0 && uniform(seed, f, 0, P_DIFFUSE) < spared) continue;
    const s = m >= 0.9 && q < LONG_BALD_CORE * m ? FollicleState.LONG_BALD : FollicleState.AFFECTED;
    if (states[f]! < s) states[f] = s;
  }
}

/** Round patches (alopecia areata or scars): centres, radii and the state inside. */
function patches(field: FollicleField, states: Uint8Array, seed: number, centres: number[][], radii: number[], state: FollicleState, rimMm: number): void {
  const noise = smoothNoise(seed ^ 0x51ab, 20);
  const pos = field.positions;
  for (let f = 0; f < field.count; f++) {
    const x = pos[f * 3]!, y = pos[f * 3 + 1]!, z = pos[f * 3 + 2]!;
    for (let c = 0; c < centres.length; c++) {
      const p = centres[c]!;
      const d = Math.hypot(x - p[0]!, y - p[1]!, z - p[2]!) + 0.15 * radii[c]! * noise(x, y, z);
      if (d < radii[c]!) { states[f] = state; break; }
      if (d < radii[c]! + rimMm && states[f] === FollicleState.NORMAL) states[f] = FollicleState.AFFECTED;
    }
  }
}

/** A follicle position picked by hash among those satisfying `ok` (deterministic for a seed). */
function pickFollicle(field: FollicleField, seed: number, n: number, ok: (f: number) => boolean): number[] {
  for (let attempt = 0; attempt < 10_000; attempt++) {
    const f = Math.floor(uniform(seed, n, attempt, P_PATCH) * field.count);
    if (ok(f)) return [field.positions[f * 3]!, field.positions[f * 3 + 1]!, field.positions[f * 3 + 2]!];
  }
  return [WHORL[0], WHORL[1], WHORL[2]];
}

/**
 * Per-follicle FollicleState for a hair-loss pattern (science.md §3.1 Norwood, §3.2 Ludwig,
 * §3.3 alopecia areata as ARRESTED patches, §3.4 scarring as a DESTROYED patch). Deterministic
 * for (field, pattern, seed).
 */
export function applyPattern(field: FollicleField, pattern: PatternName, seed: number): Uint8Array {
  const n = field.count;
  const states = new Uint8Array(n); // NORMAL
  const pos = field.positions;
  const noise = smoothNoise(seed, EDGE_NOISE_WAVELENGTH_MM);
  const nz = (f: number): number => EDGE_NOISE_MM * noise(pos[f * 3]!, pos[f * 3 + 1]!, pos[f * 3 + 2]!);
  const hairline = new Float64Array(n);
  for (let f = 0; f < n; f++) hairline[f] = hairlineDistanceMm(pos[f * 3]!, pos[f * 3 + 1]!, pos[f * 3 + 2]!);

  const norwood = NORWOOD[pattern];
  if (norwood) {
    const [mH, mF, mV, mP, mO] = norwood;
    const key = new Float64Array(n);
    // hairline & temples: deepest recession at the frontotemporal angles (the Norwood "M")
    const zH: number[] = [];
    for (let f = 0; f < n; f++) {
      const y = pos[f * 3 + 1]!, z = pos[f * 3 + 2]!;
      if (hairline[f]! < HAIRLINE_ZONE_MM && z > EAR_CANAL_Z && y > 15) {
        const az = Math.abs(Math.atan2(pos[f * 3]!, z)) * (180 / Math.PI);
        const corner = Math.exp(-0.5 * ((az - 45) / 15) ** 2);
        key[f] = hairline[f]! * (1 - 0.5 * corner) + nz(f);
        zH.push(f);
      }
    }
    involve(states, zH, key, mH, seed);
    // frontal and mid-scalp: from the front backward
    const zF: number[] = [];
    for (let f = 0; f < n; f++) {
      const r = field.region[f];
      if (r === Region.FRONTAL || r === Region.MID_SCALP) { key[f] = hairline[f]! + nz(f); zF.push(f); }
    }
    involve(states, zF, key, mF, seed);
    // vertex: a disc growing outward from the whorl, covering the share mV of the vertex region
    const zV: number[] = [];
    let vertexCount = 0;
    for (let f = 0; f < n; f++) {
      if (field.region[f] === Region.VERTEX) vertexCount++;
      const d = Math.hypot(pos[f * 3]! - WHORL[0], pos[f * 3 + 1]! - WHORL[1], pos[f * 3 + 2]! - WHORL[2]);
      if (d < CROWN_ZONE_MM && field.region[f] !== Region.FRONTAL) {
        key[f] = d + CROWN_NOISE_SHARE * nz(f);
        zV.push(f);
      }
    }
    involve(states, zV, key, mV, seed, vertexCount);
    // parietal sides and occiput: the fringe shrinks from the top down
    const zP: number[] = [];
    const zO: number[] = [];
    for (let f = 0; f < n; f++) {
      const r = field.region[f];
      if (r === Region.TEMPORAL) { key[f] = -pos[f * 3 + 1]! + nz(f); zP.push(f); }
      else if (r === Region.OCCIPITAL) { key[f] = -pos[f * 3 + 1]! + nz(f); zO.push(f); }
    }
    involve(states, zP, key, mP, seed);
    involve(states, zO, key, mO, seed);
  } else if (LUDWIG[pattern] !== undefined) {
    // a central zone around the parting, longer front-to-back than wide
    const cz = (WHORL[2] + 40) / 2;
    const key = new Float64Array(n);
    const zone: number[] = [];
    for (let f = 0; f < n; f++) {
      const r = field.region[f];
      if (hairline[f]! < LUDWIG_RIM_MM || r === Region.OCCIPITAL) continue;
      const x = pos[f * 3]!, y = pos[f * 3 + 1]!, z = pos[f * 3 + 2]!;
      if (r === Region.TEMPORAL && y < 40) continue;
      key[f] = Math.hypot(x, (110 - y) * 0.8, (z - cz) / 1.8) + 0.5 * nz(f);
      zone.push(f);
    }
    involve(states, zone, key, LUDWIG[pattern]!, seed, zone.length, LUDWIG_SPARED);
  } else if (pattern === 'areata') {
    // §3.3: 1–3 round or oval patches, 12–25 mm radius [D]; follicles alive but arrested
    const count = 1 + Math.floor(uniform(seed, 0, 0, P_PATCH + 1) * 3);
    const centres: number[][] = [];
    const radii: number[] = [];
    for (let i = 0; i < count; i++) {
      centres.push(pickFollicle(field, seed, i, (f) => hairline[f]! > 25));
      radii.push(12 + 13 * uniform(seed, i, 1, P_PATCH + 2));
    }
    patches(field, states, seed, centres, radii, FollicleState.ARRESTED, 0);
  } else if (pattern === 'scarring') {
    // §3.4: one scarred patch on the crown (as in central centrifugal cicatricial alopecia),
    // 22–30 mm radius [D], with a thin inflamed, thinning margin [D]
    const centre = pickFollicle(field, seed, 0, (f) => {
      const d = Math.hypot(pos[f * 3]! - WHORL[0], pos[f * 3 + 1]! - WHORL[1], pos[f * 3 + 2]! - WHORL[2]);
      return d > 10 && d < 35;
    });
    patches(field, states, seed, [centre], [22 + 8 * uniform(seed, 0, 2, P_PATCH + 2)], FollicleState.DESTROYED, 4);
  }

  // viability (§2.4, §7.3): a share of affected and long-bald follicles is already lost
  for (let f = 0; f < n; f++) {
    const s = states[f];
    if (s === FollicleState.AFFECTED && uniform(seed, f, 0, P_VIABLE) >= VIABLE_AFFECTED) states[f] = FollicleState.DESTROYED;
    else if (s === FollicleState.LONG_BALD && uniform(seed, f, 0, P_VIABLE) >= VIABLE_LONG_BALD) states[f] = FollicleState.DESTROYED;
  }
  return states;
}
