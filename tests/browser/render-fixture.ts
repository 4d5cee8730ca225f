// A small synthetic model for render tests and the render scratch page, built to the
// src/model contract: an ellipsoid head, follicles on its scalp, hand-made events, a plan.
import type { FollicleField, HeadMeshData, SimulationResult, TreatmentPlan, Vec3, Phase } from '../../src/render/model.ts';
import { encodeEvent, EVENT_SLOTS, NO_EVENT, Phase as P } from '../../src/render/model.ts';

const RX = 76, RY = 100, RZ = 96;   // mm semi-axes; the head frame of CONTRACTS.md
const HORIZON = 365;

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function scalpWeight(x: number, y: number, z: number): number {
  // Hairline high at the front, low at the back; ears bare.
  const front = Math.max(0, z / RZ);
  const line = 5 + 55 * front * front - 25 * Math.max(0, -z / RZ);
  const ear = Math.abs(x) > RX * 0.85 && y < 25 && Math.abs(z) < 30 ? 0 : 1;
  return ear * Math.min(1, Math.max(0, (y - line) / 8));
}

function normalAt(x: number, y: number, z: number): Vec3 {
  const n: Vec3 = [x / (RX * RX), y / (RY * RY), z / (RZ * RZ)];
  const l = Math.hypot(...n);
  return [n[0] / l, n[1] / l, n[2] / l];
}

/** The ellipsoid head as HeadMeshData. */
export function fixtureHead(rings = 96, segments = 128): HeadMeshData {
  const nv = (rings + 1) * (segments + 1);
  const positions = new Float32Array(nv * 3);
  const normals = new Float32Array(nv * 3);
  const scalp = new Float32Array(nv);
  const region = new Uint8Array(nv);
  let v = 0;
  for (let r = 0; r <= rings; r++) {
    const th = (Math.PI * r) / rings;
    for (let s = 0; s <= segments; s++, v++) {
      const ph = (2 * Math.PI * s) / segments;
      const x = RX * Math.sin(th) * Math.cos(ph), y = RY * Math.cos(th), z = RZ * Math.sin(th) * Math.sin(ph);
      positions.set([x, y, z], 3 * v);
      normals.set(normalAt(x, y, z), 3 * v);
      scalp[v] = scalpWeight(x, y, z);
      region[v] = z > 30 ? 0 : y > 60 ? 2 : z < -40 ? 4 : 1;
    }
  }
  const indices = new Uint32Array(rings * segments * 6);
  let k = 0;
  for (let r = 0; r < rings; r++)
    for (let s = 0; s < segments; s++) {
      const a = r * (segments + 1) + s, b = a + segments + 1;
      indices.set([a, a + 1, b, b, a + 1, b + 1], k);
      k += 6;
    }
  return { positions, normals, indices, scalp, region };
}

/** The treated patch of the fixture: the crown, inside this distance of its centre. */
export const CROWN: Vec3 = [0, RY * 0.82, -RZ * 0.55];
const CROWN_RADIUS = 45;

function onSurface(x: number, z: number): Vec3 | null {
  const q = 1 - (x * x) / (RX * RX) - (z * z) / (RZ * RZ);
  return q <= 0 ? null : [x, RY * Math.sqrt(q), z];
}

function dist(a: Vec3, b: Vec3) {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

/** A field of `count` follicles on the scalp with directions lying back and down. */
export function fixtureField(count: number, seed = 1): FollicleField {
  const rand = rng(seed);
  const positions = new Float32Array(count * 3);
  const normals = new Float32Array(count * 3);
  const directions = new Float32Array(count * 3);
  const region = new Uint8Array(count);
  let i = 0;
  while (i < count) {
    // Uniform direction, projected to the ellipsoid; keep if on the scalp.
    const u = 2 * rand() - 1, a = 2 * Math.PI * rand(), s = Math.sqrt(1 - u * u);
    const d: Vec3 = [s * Math.cos(a), u, s * Math.sin(a)];
    const t = 1 / Math.sqrt((d[0] / RX) ** 2 + (d[1] / RY) ** 2 + (d[2] / RZ) ** 2);
    const p: Vec3 = [d[0] * t, d[1] * t, d[2] * t];
    if (rand() > scalpWeight(...p)) continue;
    const n = normalAt(...p);
    // Flow: forward on top, down at the back and sides; exit angle ~30 degrees.
    const flow: Vec3 = [0, -0.4, p[2] > -20 ? 1 : -0.6];
    const fn = flow[0] * n[0] + flow[1] * n[1] + flow[2] * n[2];
    let tx = flow[0] - fn * n[0], ty = flow[1] - fn * n[1], tz = flow[2] - fn * n[2];
    const tl = Math.hypot(tx, ty, tz) || 1;
    (tx /= tl), (ty /= tl), (tz /= tl);
    const ex = (30 * Math.PI) / 180;
    positions.set(p, 3 * i);
    normals.set(n, 3 * i);
    directions.set(
      [tx * Math.cos(ex) + n[0] * Math.sin(ex), ty * Math.cos(ex) + n[1] * Math.sin(ex), tz * Math.cos(ex) + n[2] * Math.sin(ex)],
      3 * i,
    );
    region[i] = p[2] > 30 ? 0 : p[1] > 60 ? 2 : p[2] < -40 ? 4 : 1;
    i++;
  }
  return { count, positions, normals, directions, region, regionAreaCm2: new Float64Array(5).fill(100), scalpAreaCm2: 500 };
}

/** A 10 mm grid of sites over the crown, three monthly sessions. */
export function fixturePlan(): TreatmentPlan {
  const sites: Vec3[] = [];
  for (let x = -40; x <= 40; x += 10)
    for (let z = CROWN[2] - 40; z <= CROWN[2] + 40; z += 10) {
      const p = onSurface(x, z);
      if (p && dist(p, CROWN) < CROWN_RADIUS - 5) sites.push(p);
    }
  return { product: 'conditioned-medium', area: 'vertex', spacingMm: 10, sessions: [0, 28, 56], sites };
}

/**
 * Hand-made events: outside the crown a healthy coat; in the crown a thinned one where
 * many follicles are empty or miniaturised at day 0, and about half the empty ones wake
 * between day 20 and 100 (so day 180 shows more dark hair there than day 0).
 */
export function fixtureResult(field: FollicleField, seed = 2): SimulationResult {
  const rand = rng(seed);
  const n = field.count;
  const events = new Float32Array(n * EVENT_SLOTS).fill(NO_EVENT);
  const calibre = new Float32Array(n * 2);
  const treatedMask = new Uint8Array(n);
  const put = (i: number, list: [number, Phase][]) =>
    list.forEach(([d, ph], k) => (events[i * EVENT_SLOTS + k] = encodeEvent(d, ph)));
  for (let i = 0; i < n; i++) {
    const p: Vec3 = [field.positions[3 * i], field.positions[3 * i + 1], field.positions[3 * i + 2]];
    const inCrown = dist(p, CROWN) < CROWN_RADIUS;
    treatedMask[i] = inCrown ? 1 : 0;
    const r = rand();
    let c0 = 0.9 + 0.2 * rand();
    let c1 = c0;
    if (inCrown) {
      if (r < 0.05) {
        c0 = c1 = -1; // destroyed
        put(i, [[-1000, P.KENOGEN]]);
      } else if (r < 0.55) {
        c0 = 0.5 + 0.3 * rand();
        c1 = c0 + 0.15;
        if (rand() < 0.6) put(i, [[-60, P.KENOGEN], [Math.floor(20 + 80 * rand()), P.ANAGEN]]);
        else put(i, [[-60, P.KENOGEN]]);
      } else if (r < 0.7) {
        c0 = c1 = 0.25; // miniaturised
        put(i, [[-100, P.ANAGEN]]);
      } else if (r < 0.8) {
        put(i, [[-20, P.TELOGEN], [Math.floor(30 * rand()), P.KENOGEN], [Math.floor(60 + 60 * rand()), P.ANAGEN]]);
      } else {
        put(i, [[-400, P.ANAGEN], [200 + Math.floor(100 * rand()), P.CATAGEN], [320, P.TELOGEN]]);
      }
    } else if (r < 0.08) {
      put(i, [[-30, P.TELOGEN], [40, P.ANAGEN]]);
    } else if (r < 0.1) {
      put(i, [[-10, P.KENOGEN], [50, P.ANAGEN]]);
    } else {
      put(i, [[-600, P.ANAGEN]]);
    }
    calibre[2 * i] = c0;
    calibre[2 * i + 1] = c1;
  }
  const series = () => new Float32Array(HORIZON + 1);
  const vascular = series();
  for (let d = 0; d <= HORIZON; d++) vascular[d] = 30 * (1 - Math.exp(-d / 10)) * Math.exp(-Math.max(0, d - 60) / 45);
  const treated = { visiblePerCm2: series(), changePct: series(), growingPct: series(), vascularBoostPct: vascular, meanCalibre: series() };
  return { horizonDays: HORIZON, events, calibre, treatedMask, treated, regions: [] };
}

/** Everything ScalpScene.setModel takes, at a given follicle count. */
export function fixtureModel(count: number) {
  const head = fixtureHead();
  const field = fixtureField(count);
  return { head, field, result: fixtureResult(field), plan: fixturePlan() };
}
