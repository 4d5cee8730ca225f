/**
 * The hair-cycle simulation of science.md §7.2/§7.3: every follicle's phase changes over the
 * horizon, its calibre, and daily statistics per region and over the treated area.
 *
 * Random numbers: every draw comes from a hash of (seed, follicle id, day, purpose), so results
 * do not depend on follicle order and a sham run reuses the product run's draws (common random
 * numbers). Each phase has a clock: on entering a phase at day d the follicle draws a threshold
 * Λ ~ Exp(1) keyed by d; each day adds that day's hazard (taken from the state at the start of the
 * day); the phase ends once the sum reaches Λ. Per day this is exactly a transition with
 * probability 1 − e^(−hazard); and with constant hazards the end day is closed-form, so follicles
 * outside every site's 3σ footprint jump from event to event instead of stepping daily.
 */
import * as parameters from './parameters.ts';
import * as eventCodes from './events.ts';
import * as random from './random.ts';
import * as types from './types.ts';
import { siteHash, signalTimeCourse, treatedFootprintThreshold } from './signal.ts';
import type { DailySeries, FollicleField, SimulationResult, TreatmentPlan } from './types.ts';

// Module-local copies of what the daily loop uses: tools that keep ES live bindings (Vite's SSR
// transform, which Vitest runs) turn every imported name into a getter call, ~5× slower here.
const {
  ALPHA_S, ALPHA_V, AREATA_ARREST_DAYS, BETA_S, BETA_V, C_DETECT, CALIBRE_MAX, CALIBRE_MIN,
  DEFAULT_HORIZON_DAYS, E0, EMERGE_DAYS, EXPOSURE_MEMORY_DAYS, GAMMA_S, GAMMA_V, K_S, K_V,
  P_DIRECT_CAP, PRODUCTS, SIGNAL_CUTOFF_MM, SIGNAL_SIGMA_MM, RESPONSIVENESS_MEDIAN, RESPONSIVENESS_SIGMA_LN,
  TAU_CAL, TAU_V, TELOGEN_EXIT_BOOST_CAP, V_MAX, calibreMixFor, cycleFor,
} = parameters;
const { EVENT_SLOTS, NO_EVENT, encodeEvent } = eventCodes;
const { exponential, normal, uniform } = random;
const { FollicleState, REGION_COUNT } = types;
const { ANAGEN, CATAGEN, TELOGEN, KENOGEN } = types.Phase;

// Purposes of hashed draws.
const P_INIT_PHASE = 1;
const P_AGE = 2;
const P_CLOCK = 3;
const P_DIRECT = 4;
const P_RESPONSE = 5;
const P_MINI = 6;
const P_CAL = 7;

/** Start day recorded for a destroyed follicle's single slot (it has no cycle at all). */
const DESTROYED_SINCE = -1000;
/** Areata patches appeared within this many days before day 0 ([D], §3.3: sudden patches). */
const AREATA_ONSET_DAYS = 60;

/** Simulation inputs. */
export interface SimulationInput {
  /** The follicles. */
  field: FollicleField;
  /** FollicleState per follicle (applyPattern). */
  states: Uint8Array;
  /** The treatment plan. */
  plan: TreatmentPlan;
  /** Seed of every random draw. */
  seed: number;
  /** Last simulated day (default 365, §7.3 horizon of the durability data). */
  horizonDays?: number;
  /** Responsiveness band (§7.5): median r 0.3 / 1 / 1.8. */
  responsiveness?: 'low' | 'typical' | 'high';
  /**
   * Simulate only these follicles (others are left as NO_EVENT, calibre 0, excluded from every
   * statistic): e.g. the treated patch first for an immediate answer. Addition to CONTRACTS.md.
   */
  only?: Uint8Array;
}

/** Accumulator rows: one per (region, treated or not). */
const COMBOS = REGION_COUNT * 2;

/** Initial cSet from the state's two-part calibre mixture (parameters.ts, §7.4 calibration). */
function initialCalibre(state: number, seed: number, id: number): number {
  const mix = calibreMixFor(state);
  let c: number;
  if (uniform(seed, id, 0, P_MINI) < mix.miniShare) c = mix.miniMin + (mix.miniMax - mix.miniMin) * uniform(seed, id, 0, P_CAL);
  else c = mix.terminalMean + mix.terminalSd * normal(seed, id, 0, P_CAL);
  return Math.max(CALIBRE_MIN, Math.min(CALIBRE_MAX, c));
}

/** Runs the simulation (science.md §7.2) for one plan. */
export function simulate(input: SimulationInput): SimulationResult {
  const { field, states, plan, seed } = input;
  const H = Math.max(1, Math.round(input.horizonDays ?? DEFAULT_HORIZON_DAYS));
  const n = field.count;
  const rMedian = RESPONSIVENESS_MEDIAN[input.responsiveness ?? 'typical'] ?? 1;
  const only = input.only;

  // ---- signal: footprint per follicle × time course per day (§7.5 cost note)
  const T = new Float64Array(H + 1);
  for (let t = 0; t <= H; t++) T[t] = signalTimeCourse(plan, t);
  const footprint = new Float32Array(n);
  const treatedMask = new Uint8Array(n);
  if (plan.sites.length > 0) {
    const hash = siteHash(plan);
    const inv2s2 = 1 / (2 * SIGNAL_SIGMA_MM * SIGNAL_SIGMA_MM);
    const pos = field.positions;
    const threshold = treatedFootprintThreshold(plan.spacingMm);
    // bounding box of the sites grown by the cut-off: most of the scalp is skipped at once
    const lo = [Infinity, Infinity, Infinity], hi = [-Infinity, -Infinity, -Infinity];
    for (const site of plan.sites) {
      for (let k = 0; k < 3; k++) {
        lo[k] = Math.min(lo[k]!, site[k]! - SIGNAL_CUTOFF_MM);
        hi[k] = Math.max(hi[k]!, site[k]! + SIGNAL_CUTOFF_MM);
      }
    }
    let a = 0;
    const add = (_j: number, d2: number): void => { a += Math.exp(-d2 * inv2s2); };
    for (let f = 0; f < n; f++) {
      if (only && !only[f]) continue;
      const x = pos[f * 3]!, y = pos[f * 3 + 1]!, z = pos[f * 3 + 2]!;
      if (x < lo[0]! || x > hi[0]! || y < lo[1]! || y > hi[1]! || z < lo[2]! || z > hi[2]!) continue;
      a = 0;
      hash.forEachWithin(x, y, z, SIGNAL_CUTOFF_MM, add);
      footprint[f] = a;
      if (a >= threshold) treatedMask[f] = 1;
    }
  }

  // ---- per-follicle area share, for densities: a region's area over its follicle count
  const regionCount = new Float64Array(REGION_COUNT);
  for (let f = 0; f < n; f++) regionCount[field.region[f]!]! += 1;
  let treatedAreaCm2 = 0;
  for (let f = 0; f < n; f++) {
    if (treatedMask[f]) {
      const r = field.region[f]!;
      treatedAreaCm2 += field.regionAreaCm2[r]! / regionCount[r]!;
    }
  }

  // ---- accumulators: difference arrays (a change at day d adds to [d]; prefix sums give days),
  // one row per (region, treated?) combination so each change is written once
  const L = H + 2;
  const visD = new Float64Array(COMBOS * L);
  const anaD = new Float64Array(COMBOS * L);
  const calD = new Float64Array(COMBOS * L);
  const vasD = new Float64Array(COMBOS * L);
  const members = new Float64Array(COMBOS);

  const events = new Float32Array(n * EVENT_SLOTS).fill(NO_EVENT);
  const calibre = new Float32Array(n * 2);
  let overflowCount = 0;
  const buf = new Float64Array(64); // one follicle's events before they are packed into its slots

  const amplitudeNonZero = (PRODUCTS[plan.product]?.amplitude ?? 0) > 0 && plan.sessions.length > 0;
  const eE = Math.exp(-1 / EXPOSURE_MEMORY_DAYS);
  // V ← V + k_V·s − V/τ_V (≥ 0 since s ≥ 0, so only the cap needs a clamp)
  const vKeep = 1 - 1 / TAU_V;
  const invE0 = 1 / E0, invTauCal = 1 / TAU_CAL;

  const run: RunContext = { seed, H, T, visD, anaD, calD, vasD, buf, eE, vKeep, invE0, invTauCal };

  for (let f = 0; f < n; f++) {
    if (only && !only[f]) continue;
    const row = (field.region[f]! * 2 + treatedMask[f]!) * L;
    members[row / L]! += 1;
    const state = states[f]!;
    const base = f * EVENT_SLOTS;

    if (state === FollicleState.DESTROYED) {
      events[base] = encodeEvent(DESTROYED_SINCE, KENOGEN);
      calibre[f * 2] = -1;
      calibre[f * 2 + 1] = -1;
      continue;
    }

    // cycle parameters; an areata follicle cycles normally once it has regrown
    const cyc = cycleFor(state);
    const arrested = state === FollicleState.ARRESTED;
    const hA = 1 / cyc.tauA, hC = 1 / cyc.tauC, hT = 1 / cyc.tauT, hK = 1 / cyc.tauK;
    let cSet = initialCalibre(arrested ? FollicleState.NORMAL : state, seed, f);
    let c = cSet;

    // ---- day 0: the stationary distribution of this follicle's cycle (§7.5 / brief), so day 0
    // is not a transient; ages are exponential (constant hazards are memoryless)
    let phase: number;
    let start: number;
    if (arrested) {
      phase = KENOGEN;
      start = -Math.floor(AREATA_ONSET_DAYS * uniform(seed, f, 0, P_AGE));
    } else {
      const wA = cyc.tauA, wC = cyc.tauC, wT = cyc.tauT, wK = (1 - cyc.pDirect) * cyc.tauK;
      const u = uniform(seed, f, 0, P_INIT_PHASE) * (wA + wC + wT + wK);
      phase = u < wA ? ANAGEN : u < wA + wC ? CATAGEN : u < wA + wC + wT ? TELOGEN : KENOGEN;
      const tau = phase === ANAGEN ? cyc.tauA : phase === CATAGEN ? cyc.tauC : phase === TELOGEN ? cyc.tauT : cyc.tauK;
      start = -Math.floor(tau * exponential(seed, f, 0, P_AGE));
    }
    buf[0] = encodeEvent(start, phase as types.Phase);
    let nb = 1;
    calibre[f * 2] = c;
    // shaft state: when the current anagen began, and whether the current shaft has emerged
    let anagenStart = phase === ANAGEN ? start : -1e9;
    let emerged = phase === CATAGEN || phase === TELOGEN || (phase === ANAGEN && -start >= EMERGE_DAYS);
    let stillArrested = arrested;
    let clockStart = 0;
    let lambda = exponential(seed, f, 0, P_CLOCK);

    const F = footprint[f]!;
    const stepped = amplitudeNonZero && F > 0 && !arrested;

    if (!stepped) {
      // ---- event-to-event jumps: constant hazards, c stays at cSet
      let segStart = 0; // first day of the current phase within [0, H]
      for (;;) {
        const h = stillArrested ? 1 / AREATA_ARREST_DAYS
          : phase === ANAGEN ? hA : phase === CATAGEN ? hC : phase === TELOGEN ? hT : hK;
        const end = clockStart + Math.max(1, Math.ceil(lambda / h));
        const segEnd = Math.min(end, H + 1); // exclusive
        // statistics for days [segStart, segEnd)
        if (phase === ANAGEN) {
          anaD[row + segStart]! += 1; anaD[row + segEnd]! -= 1;
          const from = Math.max(segStart, anagenStart + EMERGE_DAYS);
          if (c >= C_DETECT && from < segEnd) {
            visD[row + from]! += 1; visD[row + segEnd]! -= 1;
            calD[row + from]! += c; calD[row + segEnd]! -= c;
          }
        } else if ((phase === CATAGEN || phase === TELOGEN) && emerged && c >= C_DETECT) {
          visD[row + segStart]! += 1; visD[row + segEnd]! -= 1;
          calD[row + segStart]! += c; calD[row + segEnd]! -= c;
        }
        if (end > H) break;
        // transition at day `end`
        if (phase === ANAGEN) {
          emerged = end - anagenStart >= EMERGE_DAYS;
          phase = CATAGEN;
        } else if (phase === CATAGEN) phase = TELOGEN;
        else if (phase === TELOGEN) {
          phase = uniform(seed, f, end, P_DIRECT) < Math.min(P_DIRECT_CAP, cyc.pDirect) ? ANAGEN : KENOGEN;
        } else {
          phase = ANAGEN;
          stillArrested = false;
        }
        if (phase === ANAGEN) {
          cSet = Math.max(CALIBRE_MIN, cSet - cyc.deltaMini);
          c = Math.min(c, cSet);
          anagenStart = end;
          emerged = false;
        }
        if (nb < buf.length) buf[nb++] = encodeEvent(end, phase as types.Phase);
        clockStart = end;
        segStart = end;
        lambda = exponential(seed, f, end, P_CLOCK);
      }
    } else {
      // ---- daily steps inside the signal footprint (§7.2)
      const r = rMedian * Math.exp(RESPONSIVENESS_SIGMA_LN * normal(seed, f, 0, P_RESPONSE));
      const st = stepState;
      st.phase = phase; st.c = c; st.cSet = cSet; st.anagenStart = anagenStart; st.emerged = emerged;
      st.lambda = lambda; st.nb = nb;
      stepDaily(run, st, f, row, F, r, cyc.pDirect, cyc.deltaMini, hA, hC, hT, hK);
      c = st.c; nb = st.nb;
    }
    if (!writeEvents(events, base, buf, nb)) overflowCount++;
    calibre[f * 2 + 1] = c;
  }

  // ---- prefix sums, then the series per region and over the treated area
  const rows = [visD, anaD, calD, vasD];
  for (const d of rows) {
    for (let k = 0; k < COMBOS; k++) {
      let acc = 0;
      for (let t = 0; t <= H; t++) { acc += d[k * L + t]!; d[k * L + t] = acc; }
    }
  }
  const series = (combos: number[], areaCm2: number): DailySeries => {
    const visiblePerCm2 = new Float32Array(H + 1);
    const changePct = new Float32Array(H + 1);
    const growingPct = new Float32Array(H + 1);
    const vascularBoostPct = new Float32Array(H + 1);
    const meanCalibre = new Float32Array(H + 1);
    let m = 0;
    for (const k of combos) m += members[k]!;
    const sum = (d: Float64Array, t: number): number => {
      let acc = 0;
      for (const k of combos) acc += d[k * L + t]!;
      return acc;
    };
    const v0 = sum(visD, 0);
    for (let t = 0; t <= H; t++) {
      const v = sum(visD, t);
      visiblePerCm2[t] = areaCm2 > 0 ? v / areaCm2 : 0;
      changePct[t] = v0 > 0 ? 100 * (v / v0 - 1) : 0;
      growingPct[t] = m > 0 ? (100 * sum(anaD, t)) / m : 0;
      vascularBoostPct[t] = m > 0 ? (100 * sum(vasD, t)) / m : 0;
      meanCalibre[t] = v > 0 ? sum(calD, t) / v : 0;
    }
    return { visiblePerCm2, changePct, growingPct, vascularBoostPct, meanCalibre };
  };
  const regions: DailySeries[] = [];
  for (let r = 0; r < REGION_COUNT; r++) {
    const simulated = members[r * 2]! + members[r * 2 + 1]!;
    const area = field.regionAreaCm2[r]! * (only ? simulated / Math.max(1, regionCount[r]!) : 1);
    regions.push(series([r * 2, r * 2 + 1], area));
  }
  const treatedCombos = Array.from({ length: REGION_COUNT }, (_, r) => r * 2 + 1);
  return {
    horizonDays: H,
    events,
    calibre,
    treatedMask,
    treated: series(treatedCombos, treatedAreaCm2),
    regions,
    treatedAreaCm2,
    overflowCount,
  };
}

/** What the daily steps of one run share. */
interface RunContext {
  seed: number;
  H: number;
  /** Signal time course per day. */
  T: Float64Array;
  visD: Float64Array;
  anaD: Float64Array;
  calD: Float64Array;
  vasD: Float64Array;
  /** Event buffer of the current follicle. */
  buf: Float64Array;
  eE: number;
  vKeep: number;
  invE0: number;
  invTauCal: number;
}

/** A stepped follicle's state, in and out of {@link stepDaily} (one shared object, no allocation). */
interface StepState {
  phase: number;
  c: number;
  cSet: number;
  anagenStart: number;
  emerged: boolean;
  lambda: number;
  nb: number;
}
const stepState: StepState = { phase: 0, c: 0, cSet: 0, anagenStart: 0, emerged: false, lambda: 0, nb: 0 };

/**
 * Daily steps of one follicle inside the signal footprint (§7.2), days 0..H−1, from the state in
 * `st`. Statistics change only when the follicle's contribution changes, so they go to the
 * difference arrays as deltas. A function of its own so that the engine optimises this hot loop
 * on its own terms.
 */
function stepDaily(
  run: RunContext, st: StepState, f: number, row: number, F: number, r: number,
  pDirect: number, deltaMini: number, hA: number, hC: number, hT: number, hK: number,
): void {
  const { seed, H, T, visD, anaD, calD, vasD, buf, eE, vKeep, invE0, invTauCal } = run;
  // constants as locals: module-level bindings cost a context load (and unboxing) per use
  const kS = K_S, kV = K_V, vMax = V_MAX, aS = ALPHA_S, aV = ALPHA_V, bS = BETA_S, bV = BETA_V;
  const gS = GAMMA_S, gV = GAMMA_V, cDetect = C_DETECT, emergeDays = EMERGE_DAYS;
  const boostCap = TELOGEN_EXIT_BOOST_CAP, pCap = P_DIRECT_CAP, cMin = CALIBRE_MIN, bufLen = buf.length;
  let phase = st.phase, c = st.c, cSet = st.cSet, anagenStart = st.anagenStart, emerged = st.emerged;
  let lambda = st.lambda, nb = st.nb;
  let E = 0, V = 0, cum = 0;
  let growing = phase === ANAGEN;
  let visible = c >= cDetect && (growing ? -anagenStart >= emergeDays : phase !== KENOGEN && emerged);
  let calShown = visible ? c : 0;
  if (growing) anaD[row]! += 1;
  if (visible) { visD[row]! += 1; calD[row]! += c; }
  for (let t = 0; t < H; t++) {
    // signal, exposure, vascular boost, activation from the state at the start of day t
    const S = F * T[t]!;
    const s = (r * S) / (S + kS);
    E = E * eE + s;
    let V1 = V * vKeep + kV * s;
    if (V1 > vMax) V1 = vMax;
    const day = t + 1;
    if (V1 !== V) { vasD[row + day]! += V1 - V; V = V1; }

    // calibre relaxes during anagen toward the intrinsic calibre plus a small thickening; phase
    // clock (growing ⇔ phase is anagen)
    if (growing) {
      c += (cSet + gS * Math.min(1, E * invE0) + gV * V - c) * invTauCal;
      cum += hA / (1 + bS * s + bV * V);
    } else if (phase === CATAGEN) cum += hC;
    else if (phase === TELOGEN) {
      const B = 1 + aS * s + aV * V1;
      cum += Math.min(B, boostCap) * hT;
    } else cum += (1 + aS * s + aV * V1) * hK;
    if (cum >= lambda) {
      if (phase === ANAGEN) {
        emerged = day - anagenStart >= emergeDays;
        phase = CATAGEN;
      } else if (phase === CATAGEN) phase = TELOGEN;
      else if (phase === TELOGEN) {
        const B = 1 + aS * s + aV * V1;
        phase = uniform(seed, f, day, P_DIRECT) < Math.min(pCap, pDirect * B) ? ANAGEN : KENOGEN;
      } else phase = ANAGEN;
      if (phase === ANAGEN) {
        cSet = Math.max(cMin, cSet - deltaMini);
        c = Math.min(c, cSet);
        anagenStart = day;
        emerged = false;
      }
      if (nb < bufLen) buf[nb++] = encodeEvent(day, phase as types.Phase);
      cum = 0;
      lambda = exponential(seed, f, day, P_CLOCK);
      const g = phase === ANAGEN;
      if (g !== growing) { anaD[row + day]! += g ? 1 : -1; growing = g; }
    } else if (!growing) continue; // outside anagen, without a change, the contribution is unchanged
    // the follicle's contribution on day t + 1
    const v = c >= cDetect && (growing ? day - anagenStart >= emergeDays : phase !== KENOGEN && emerged);
    if (v !== visible) { visD[row + day]! += v ? 1 : -1; visible = v; }
    const shown = v ? c : 0;
    if (shown !== calShown) { calD[row + day]! += shown - calShown; calShown = shown; }
  }
  st.c = c; st.nb = nb;
}

/**
 * Packs a follicle's events into its EVENT_SLOTS. If there are too many, catagen→telogen changes
 * are merged away, latest first: both phases are drawn as a resting club hair of constant length
 * (science.md §7.1 display classes), so the picture does not change. Returns false if the events
 * still do not fit (the first EVENT_SLOTS are kept).
 */
function writeEvents(events: Float32Array, base: number, buf: Float64Array, count: number): boolean {
  let nb = count;
  for (let j = nb - 1; j >= 1 && nb > EVENT_SLOTS; j--) {
    const phase = buf[j]! - Math.floor(buf[j]! / 4) * 4;
    const prev = buf[j - 1]! - Math.floor(buf[j - 1]! / 4) * 4;
    if (phase === TELOGEN && prev === CATAGEN) {
      buf.copyWithin(j, j + 1, nb);
      nb--;
    }
  }
  const m = Math.min(nb, EVENT_SLOTS);
  for (let k = 0; k < m; k++) events[base + k] = buf[k]!;
  return nb <= EVENT_SLOTS;
}
