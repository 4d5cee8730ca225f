/**
 * Runs scenarios off the main thread: a module Worker (src/model/simulation.worker.ts), started
 * on the first run, that keeps the follicle field between runs. Where no Worker can be made (a
 * strict Content-Security-Policy without `worker-src 'self'`, an old browser, a bundle whose
 * worker file is missing) the same staged job runs on the main thread instead, yielding before
 * each heavy stage. Either way the answers are the numbers `runScenario` gives.
 */
import { SimulationJobs, fieldKey } from '../model/simulationJob.ts';
import type {
  ClientMessage, JobTimings, PatchPayload, SimulationMessage, SimulationRequest,
} from '../model/simulationJob.ts';
import type { FollicleField } from '../model/index.ts';
import type { ScenarioRun } from '../model/runScenario.ts';
import type { Scenario } from '../model/scenario.ts';

/** Options of {@link SimulationClient.run}. */
export interface SimulationRunOptions {
  /** Fraction of the real follicle density (default 1: the real ~100,000). */
  densityScale?: number;
  /** Also simulate the sham twin. */
  sham?: boolean;
  /** Also simulate the low and high responders. */
  band?: boolean;
  /** Gives up on this run: its promise rejects with the signal's reason. */
  signal?: AbortSignal;
}

/** Where a run's time went, ms. */
export interface SimulationTimings extends JobTimings {
  /** Where it ran. */
  where: 'worker' | 'main-thread';
  /** From `run()` to the answer on the main thread: waiting, messaging and transfer included. */
  elapsedMs: number;
}

/** A finished run: runScenario's answer plus timings. */
export type SimulationRun = ScenarioRun & { timings: SimulationTimings };

/**
 * The first, fast answer of a run: the follicles the plan can change (within the signal's reach of
 * a site), simulated alone. `result.treated` is already final; `result` holds exact histories where
 * `mask` is 1 (NO_EVENT and calibre 0 elsewhere), and its `regions` cover the masked follicles only.
 */
export interface SimulationPatch extends Omit<PatchPayload, 'field'> {
  field: FollicleField;
  timings: { placeMs: number; patchMs: number; where: 'worker' | 'main-thread'; elapsedMs: number };
}

/** Which way runs go: not started yet, through the Worker, or on the main thread. */
export type SimulationMode = 'idle' | 'worker' | 'main-thread';

interface Pending {
  request: SimulationRequest;
  key: string;
  started: number;
  resolve: (run: SimulationRun) => void;
  reject: (reason: unknown) => void;
  onPatch?: (patch: SimulationPatch) => void;
  signal?: AbortSignal;
  onAbort?: () => void;
}

/** Rejection of a run that a newer run or dispose() replaced: an `AbortError` like fetch's. */
function abortError(message: string): DOMException {
  return new DOMException(message, 'AbortError');
}

/**
 * Runs scenarios in a Worker, one at a time.
 *
 * - `run()` starts a run and returns its promise. Starting another run **supersedes** the one in
 *   flight: the older promise rejects with a `DOMException` named `AbortError` ("Superseded by a
 *   newer run") and its patch is not delivered. Callers that start runs as the user edits should
 *   ignore `AbortError`s.
 * - `onPatch`, when set at the time of `run()`, receives a first answer for the follicles the plan
 *   can change, before the whole scalp (skipped when that is most of the scalp).
 * - Fields come back as the same object for the same seed and density, run after run.
 * - `dispose()` terminates the Worker and rejects the run in flight with an `AbortError`; later
 *   runs reject with an `InvalidStateError`.
 */
export class SimulationClient {
  /** Receives the patch of the current run (see {@link SimulationPatch}). */
  onPatch?: (patch: SimulationPatch) => void;

  #worker: Worker | undefined;
  #workerReady = false;
  #started: { promise: Promise<void>; resolve: () => void } | undefined;
  #mode: SimulationMode = 'idle';
  #local: SimulationJobs | undefined;
  #current: Pending | undefined;
  #nextId = 1;
  #field: { key: string; field: FollicleField } | undefined;
  #disposed = false;

  /**
   * Resolves once the Worker has loaded and taken the run in flight (at once without a
   * Worker, or when it failed). A page can start its own heavy start-up work after
   * this: a dedicated Worker boots only while the page's main thread is free now and then.
   */
  started(): Promise<void> {
    return this.#started?.promise ?? Promise.resolve();
  }

  /** How runs go now: 'idle' before the first, then 'worker' or 'main-thread'. */
  get mode(): SimulationMode {
    return this.#mode;
  }

  /** Runs a scenario (see the class notes for superseding). */
  run(scenario: Scenario, options: SimulationRunOptions = {}): Promise<SimulationRun> {
    if (this.#disposed) return Promise.reject(new DOMException('SimulationClient was disposed', 'InvalidStateError'));
    const { signal } = options;
    if (signal?.aborted) return Promise.reject(signal.reason);
    this.#settle(undefined, abortError('Superseded by a newer run'));

    const densityScale = options.densityScale ?? 1;
    const key = fieldKey(scenario.seed, densityScale);
    const onPatch = this.onPatch;
    const request: SimulationRequest = {
      id: this.#nextId++,
      scenario,
      densityScale,
      sham: options.sham ?? false,
      band: options.band ?? false,
      patch: onPatch !== undefined,
      sendField: this.#field?.key !== key,
    };
    return new Promise<SimulationRun>((resolve, reject) => {
      const pending: Pending = { request, key, started: performance.now(), resolve, reject };
      if (onPatch) pending.onPatch = onPatch;
      if (signal) {
        pending.signal = signal;
        pending.onAbort = () => {
          if (this.#current !== pending) return;
          this.#worker?.postMessage({ type: 'cancel', id: request.id } satisfies ClientMessage);
          this.#settle(undefined, signal.reason);
        };
        signal.addEventListener('abort', pending.onAbort, { once: true });
      }
      this.#current = pending;
      this.#dispatch(request);
    });
  }

  /** Terminates the Worker; the run in flight rejects with an `AbortError`. */
  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    this.#started?.resolve();
    this.#settle(undefined, abortError('SimulationClient was disposed'));
    this.#worker?.terminate();
    this.#worker = undefined;
    this.#local = undefined;
    this.#field = undefined;
  }

  #dispatch(request: SimulationRequest): void {
    const worker = this.#mode === 'main-thread' ? undefined : this.#ensureWorker();
    if (worker) worker.postMessage({ type: 'run', request } satisfies ClientMessage);
    else this.#runLocally(request);
  }

  #ensureWorker(): Worker | undefined {
    if (this.#worker) return this.#worker;
    let worker: Worker;
    try {
      // The literal `new Worker(new URL(…, import.meta.url))` form is what bundlers recognise.
      worker = new Worker(new URL('../model/simulation.worker.ts', import.meta.url), {
        type: 'module',
        name: 'scalp-viewer simulation',
      });
    } catch {
      // No Worker constructor, or the page's CSP forbids this worker: run on the main thread.
      return undefined;
    }
    worker.onmessage = (event: MessageEvent<SimulationMessage>) => this.#receive(event.data, 'worker');
    worker.onerror = (event) => this.#workerFailed(event);
    worker.onmessageerror = () => this.#workerFailed(undefined);
    this.#worker = worker;
    this.#workerReady = false;
    this.#started?.resolve();
    let resolve = () => {};
    const promise = new Promise<void>((r) => (resolve = r));
    this.#started = { promise, resolve };
    this.#mode = 'worker';
    return worker;
  }

  /**
   * A worker that never said `ready` could not load (CSP reported late, a missing file, a
   * module the browser cannot run as a worker): run this and later requests on the main thread.
   * One that fails later rejects its run; the next run starts a fresh worker.
   */
  #workerFailed(event: ErrorEvent | undefined): void {
    event?.preventDefault();
    const loaded = this.#workerReady;
    this.#started?.resolve();
    this.#worker?.terminate();
    this.#worker = undefined;
    const pending = this.#current;
    if (!loaded) {
      this.#mode = 'main-thread';
      if (pending) {
        pending.request.sendField = this.#field?.key !== pending.key;
        this.#runLocally(pending.request);
      }
    } else if (pending) {
      this.#settle(undefined, new Error(`The simulation worker failed: ${event?.message ?? 'a message could not be read'}`));
    }
  }

  #runLocally(request: SimulationRequest): void {
    this.#mode = 'main-thread';
    this.#local ??= new SimulationJobs({
      // Before each heavy stage, let the page paint and handle input (and a newer run arrive).
      yieldNow: () => new Promise((resolve) => setTimeout(resolve, 0)),
      copyField: false,
    });
    const id = request.id;
    void this.#local.run(request, () => this.#current?.request.id === id, (message) => this.#receive(message, 'main-thread'));
  }

  #receive(message: SimulationMessage, where: 'worker' | 'main-thread'): void {
    if (message.type === 'ready') {
      this.#workerReady = true;
      return;
    }
    if (message.type === 'started') {
      this.#started?.resolve();
      return;
    }
    const pending = this.#current;
    if (!pending || message.id !== pending.request.id) return; // a superseded run's late answer
    const elapsedMs = performance.now() - pending.started;
    if (message.type === 'error') {
      const error = new Error(message.message);
      error.name = message.name;
      this.#settle(undefined, error);
      return;
    }
    // Keep only the current run's field: a request sent without one relies on it (sendField).
    const sent = message.type === 'patch' ? message.patch.field : message.run.field;
    if (sent) this.#field = { key: message.fieldKey, field: sent };
    const field = this.#field?.key === message.fieldKey ? this.#field.field : undefined;
    if (!field) {
      this.#settle(undefined, new Error('The simulation answered without the follicle field'));
      return;
    }
    if (message.type === 'patch') {
      const { plan, result, mask } = message.patch;
      pending.onPatch?.({ field, plan, result, mask, timings: { ...message.timings, where, elapsedMs } });
      return;
    }
    const { field: _sent, ...run } = message.run;
    this.#settle({ ...run, field, timings: { ...message.timings, where, elapsedMs } }, undefined);
  }

  /** Ends the current run with a value or a reason, and forgets it. */
  #settle(run: SimulationRun | undefined, reason: unknown): void {
    const pending = this.#current;
    if (!pending) return;
    this.#current = undefined;
    if (pending.onAbort) pending.signal?.removeEventListener('abort', pending.onAbort);
    if (run) pending.resolve(run);
    else pending.reject(reason);
  }
}
