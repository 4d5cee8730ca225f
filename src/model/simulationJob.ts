/**
 * One simulation request of the widget, as the Worker (simulation.worker.ts) and the main-thread
 * fallback of the element's SimulationClient both run it: the same numbers as runScenario, in
 * stages, with a first answer for the treated patch when asked, and a way to drop a request that
 * a newer one has replaced (DESIGN.md: "immediate for the treated patch, within a second for the
 * whole scalp, the old picture kept until the new one is ready").
 *
 * Plain data in, plain data out (messages), so that a Worker can carry it: no DOM here.
 */
import { placeFollicles, applyPattern, makeTreatmentPlan, simulate } from './index.ts';
import { siteHash, SIGNAL_CUTOFF_MM } from './signal.ts';
import type { FollicleField, SimulationResult, TreatmentPlan } from './types.ts';
import type { Scenario } from './scenario.ts';
import type { ScenarioRun } from './runScenario.ts';

/** What the client asks for. */
export interface SimulationRequest {
  /** Increasing request number; a request with a higher id replaces every earlier one. */
  id: number;
  scenario: Scenario;
  /** Fraction of the real follicle density (1 = the real ~100,000). */
  densityScale: number;
  /** Also simulate the sham twin (runScenario `sham`). */
  sham?: boolean;
  /** Also simulate the low and high responders (runScenario `band`). */
  band?: boolean;
  /** Send a first, fast answer for the follicles the plan can change. */
  patch?: boolean;
  /**
   * Send the follicle field. The client keeps the field of its last seed and density, so that
   * the same field comes back as the same object (the renderer keeps its buffers), and 4 MB are
   * not copied for nothing.
   */
  sendField?: boolean;
}

/** The first answer: the plan's reach simulated alone. */
export interface PatchPayload {
  /** Present when the request asked for the field; then the final answer does not repeat it. */
  field?: FollicleField;
  plan: TreatmentPlan;
  /**
   * `simulate({ ..., only: mask })`: exact histories for the follicles of `mask` (NO_EVENT and
   * calibre 0 elsewhere); `treated` is already the final treated-area series (mask contains the
   * treated area); `regions` cover only the masked follicles.
   */
  result: SimulationResult;
  /** 1 for every follicle within the signal's reach of a site: all the plan can change. */
  mask: Uint8Array;
}

/** The final answer: what runScenario returns, the field only when it was asked for. */
export type DonePayload = Omit<ScenarioRun, 'field'> & { field?: FollicleField };

/** Where the time of one request went, ms. */
export interface JobTimings {
  /** Placing the follicle field (0 when it was cached for this seed and density). */
  placeMs: number;
  /** The pattern, the plan and every whole-scalp simulation (product, sham, band). */
  simulateMs: number;
  /** The patch-only simulation, when a patch was sent. */
  patchMs?: number;
  /** From the start of the request to the final answer, patch and yields included. */
  totalMs: number;
}

/** Messages from the runner (the Worker) to the client. */
export type SimulationMessage =
  | { type: 'ready' }
  /** The worker took request `id` and is working on it (the page may start its own heavy work). */
  | { type: 'started'; id: number }
  | { type: 'patch'; id: number; fieldKey: string; patch: PatchPayload; timings: { placeMs: number; patchMs: number } }
  | { type: 'done'; id: number; fieldKey: string; run: DonePayload; timings: JobTimings }
  | { type: 'error'; id: number; name: string; message: string };

/** Messages from the client to the runner. */
export type ClientMessage =
  | { type: 'run'; request: SimulationRequest }
  /** Drop this request at its next stage (the client gave up on it). */
  | { type: 'cancel'; id: number };

/**
 * A patch is worth a message of its own only while it is clearly smaller than the scalp: a
 * whole-scalp plan would simulate almost everything twice.
 */
export const PATCH_MAX_SHARE = 0.5;

/** Cache key of a follicle field: placement depends on the seed and the density only. */
export function fieldKey(seed: number, densityScale: number): string {
  return `${seed}:${densityScale}`;
}

/** The plan a scenario resolves to, exactly as runScenario resolves it. */
export function scenarioPlan(scenario: Scenario): TreatmentPlan {
  const t = scenario.treatment;
  return makeTreatmentPlan({
    product: t.product, area: t.area, spacingMm: t.spacingMm, sessions: t.sessions,
    ...(t.sites ? { sites: t.sites } : {}),
  });
}

/**
 * Follicles within the signal's cut-off (3σ, science.md §5) of a site: the only ones whose
 * history depends on the plan (simulate.ts steps exactly these; the others follow their
 * untreated cycle), and a superset of the treated area.
 */
export function signalReach(field: FollicleField, plan: TreatmentPlan): Uint8Array {
  const mask = new Uint8Array(field.count);
  if (plan.sites.length === 0) return mask;
  const hash = siteHash(plan);
  const pos = field.positions;
  let hit = false;
  const mark = (): void => { hit = true; };
  for (let f = 0; f < field.count; f++) {
    hit = false;
    hash.forEachWithin(pos[f * 3]!, pos[f * 3 + 1]!, pos[f * 3 + 2]!, SIGNAL_CUTOFF_MM, mark);
    if (hit) mask[f] = 1;
  }
  return mask;
}

/** A copy of a field with buffers of its own (a cached field must survive a transfer). */
function copyField(field: FollicleField): FollicleField {
  return {
    count: field.count,
    positions: field.positions.slice(),
    normals: field.normals.slice(),
    directions: field.directions.slice(),
    region: field.region.slice(),
    regionAreaCm2: field.regionAreaCm2.slice(),
    scalpAreaCm2: field.scalpAreaCm2,
  };
}

/** Every ArrayBuffer inside a message, once each: the transfer list for zero-copy posting. */
export function transferables(value: unknown, out = new Set<ArrayBuffer>()): ArrayBuffer[] {
  if (ArrayBuffer.isView(value)) {
    if (value.buffer instanceof ArrayBuffer) out.add(value.buffer);
  } else if (Array.isArray(value)) {
    for (const v of value) transferables(v, out);
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) transferables(v, out);
  }
  return [...out];
}

/** Options of {@link SimulationJobs}. */
export interface SimulationJobsOptions {
  /** Lets other work in (a newer request) between stages. */
  yieldNow: () => Promise<void>;
  /**
   * Send copies of the cached field (true in a Worker, whose messages transfer their buffers
   * away); on the main thread the cached field itself goes out, so that it stays one object.
   */
  copyField: boolean;
}

/** Fields and pattern states kept between requests (a few MB each at full density). */
const MAX_FIELDS = 2;
const MAX_STATES = 4;

function remember<T>(cache: Map<string, T>, key: string, value: T, max: number): void {
  if (cache.size >= max) cache.delete(cache.keys().next().value!);
  cache.set(key, value);
}

/**
 * Runs requests with the follicle field (per seed and density) and the pattern's states (per
 * seed, density and pattern) cached between them. Stages: place (or reuse) the field; the patch,
 * if asked for; the product; the sham; the band. Before each stage it yields and drops the
 * request if it is no longer current.
 */
export class SimulationJobs {
  readonly #fields = new Map<string, FollicleField>();
  readonly #states = new Map<string, Uint8Array>();
  readonly #options: SimulationJobsOptions;

  constructor(options: SimulationJobsOptions) {
    this.#options = options;
  }

  /**
   * Runs one request, posting a patch (if asked for and worth it) and then the final answer, or
   * an error. Posts nothing more once `isCurrent()` turns false.
   */
  async run(request: SimulationRequest, isCurrent: () => boolean, post: (message: SimulationMessage) => void): Promise<void> {
    try {
      await this.#run(request, isCurrent, post);
    } catch (error) {
      if (!isCurrent()) return;
      const e = error instanceof Error ? error : new Error(String(error));
      post({ type: 'error', id: request.id, name: e.name, message: e.message });
    }
  }

  async #run(request: SimulationRequest, isCurrent: () => boolean, post: (message: SimulationMessage) => void): Promise<void> {
    const { id, scenario } = request;
    const started = performance.now();
    const stage = async (): Promise<boolean> => {
      await this.#options.yieldNow();
      return isCurrent();
    };
    if (!(await stage())) return;

    // ---- the field, then the states and the plan (as runScenario builds them)
    const key = fieldKey(scenario.seed, request.densityScale);
    let placeMs = 0;
    let cachedField = this.#fields.get(key);
    if (!cachedField) {
      const t = performance.now();
      cachedField = placeFollicles({ seed: scenario.seed, densityScale: request.densityScale });
      placeMs = performance.now() - t;
      remember(this.#fields, key, cachedField, MAX_FIELDS);
      if (!(await stage())) return;
    }
    const field = cachedField;
    let fieldToSend = request.sendField ? (this.#options.copyField ? copyField(field) : field) : undefined;

    let simulateMs = 0;
    const timed = <T>(work: () => T): T => {
      const t0 = performance.now();
      const value = work();
      simulateMs += performance.now() - t0;
      return value;
    };
    const statesKey = `${key}:${scenario.pattern}`;
    const states = this.#states.get(statesKey) ?? timed(() => {
      const fresh = applyPattern(field, scenario.pattern, scenario.seed);
      remember(this.#states, statesKey, fresh, MAX_STATES);
      return fresh;
    });
    const plan = timed(() => scenarioPlan(scenario));
    const base = { field, states, seed: scenario.seed, horizonDays: scenario.horizonDays };

    // ---- the patch: every follicle the plan can change, alone
    let patchMs: number | undefined;
    if (request.patch) {
      const t0 = performance.now();
      const mask = signalReach(field, plan);
      let inside = 0;
      for (let f = 0; f < field.count; f++) inside += mask[f]!;
      if (inside > 0 && inside <= PATCH_MAX_SHARE * field.count) {
        const result = simulate({ ...base, plan, responsiveness: scenario.responsiveness, only: mask });
        patchMs = performance.now() - t0;
        post({
          type: 'patch', id, fieldKey: key,
          patch: { ...(fieldToSend ? { field: fieldToSend } : {}), plan, result, mask },
          timings: { placeMs, patchMs },
        });
        fieldToSend = undefined;
      }
      if (!(await stage())) return;
    }

    // ---- the whole scalp: product, sham twin, band (runScenario's order and inputs)
    const result = timed(() => simulate({ ...base, plan, responsiveness: scenario.responsiveness }));
    const run: DonePayload = { states: states.slice(), plan, result };
    if (request.sham) {
      if (!(await stage())) return;
      run.sham = timed(() => simulate({ ...base, plan: { ...plan, product: 'sham' }, responsiveness: scenario.responsiveness }));
    }
    if (request.band) {
      if (!(await stage())) return;
      const low = timed(() => simulate({ ...base, plan, responsiveness: 'low' }));
      if (!(await stage())) return;
      const high = timed(() => simulate({ ...base, plan, responsiveness: 'high' }));
      run.band = { low, high };
    }
    if (!isCurrent()) return;
    if (fieldToSend) run.field = fieldToSend;
    const timings: JobTimings = { placeMs, simulateMs, totalMs: performance.now() - started };
    if (patchMs !== undefined) timings.patchMs = patchMs;
    post({ type: 'done', id, fieldKey: key, run, timings });
  }
}

