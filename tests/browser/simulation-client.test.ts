import { expect } from '@esm-bundle/chai';
import { SimulationClient } from '../../src/element/SimulationClient.ts';
import type { SimulationPatch } from '../../src/element/SimulationClient.ts';
import { runScenario } from '../../src/model/runScenario.ts';
import { defaultScenario } from '../../src/model/scenario.ts';
import type { Scenario } from '../../src/model/scenario.ts';
import type { SimulationResult } from '../../src/model/index.ts';

/** Small fields keep the functional tests quick; the timing test runs the real ~100,000. */
const LIGHT = 0.05;
const scenario: Scenario = { ...defaultScenario(), seed: 3 };
const withProduct = (product: Scenario['treatment']['product']): Scenario => ({ ...scenario, treatment: { ...scenario.treatment, product } });

function sameArray(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}
function expectSameSeries(actual: SimulationResult, expected: SimulationResult): void {
  for (const key of ['visiblePerCm2', 'changePct', 'growingPct', 'vascularBoostPct', 'meanCalibre'] as const) {
    expect(sameArray(actual.treated[key], expected.treated[key]), `treated.${key}`).to.equal(true);
  }
  expect(sameArray(actual.events, expected.events), 'events').to.equal(true);
}
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

/** Replaces the global Worker for one test (the client looks it up when it starts its worker). */
function withWorker(replacement: unknown): () => void {
  const original = globalThis.Worker;
  (globalThis as { Worker: unknown }).Worker = replacement;
  return () => { globalThis.Worker = original; };
}

const clients: SimulationClient[] = [];
function client(): SimulationClient {
  const c = new SimulationClient();
  clients.push(c);
  return c;
}
afterEach(() => {
  for (const c of clients.splice(0)) c.dispose();
});

describe('SimulationClient', () => {
  it('returns from its worker the same treated-area series as runScenario on the main thread', async () => {
    const c = client();
    expect(c.mode).to.equal('idle');
    const run = await c.run(scenario, { densityScale: LIGHT, sham: true });
    const reference = runScenario(scenario, { densityScale: LIGHT, sham: true });
    expect(c.mode).to.equal('worker');
    expect(run.timings.where).to.equal('worker');
    expectSameSeries(run.result, reference.result);
    expectSameSeries(run.sham!, reference.sham!);
    expect(run.plan).to.deep.equal(reference.plan);
    expect(sameArray(run.states, reference.states)).to.equal(true);
    expect(sameArray(run.field.positions, reference.field.positions)).to.equal(true);
  });

  it('says when its worker has started, before the run answers (the element starts WebGL then)', async () => {
    const c = client();
    let started = false;
    await c.started(); // no worker yet: at once
    const run = c.run(scenario, { densityScale: LIGHT });
    const whenStarted = c.started().then(() => (started = true));
    let answered = false;
    void run.then(() => (answered = true));
    await whenStarted;
    expect(started).to.equal(true);
    expect(answered, 'the worker started before it answered').to.equal(false);
    await run;
  });

  it('gives back the same field object for the same seed and density', async () => {
    const c = client();
    const first = await c.run(scenario, { densityScale: LIGHT });
    const second = await c.run(withProduct('exosomes'), { densityScale: LIGHT });
    expect(second.field).to.equal(first.field);
    expect(second.timings.placeMs).to.equal(0);
  });

  it('supersedes a run in flight: the older rejects with an AbortError, the newer answers for its own scenario', async () => {
    const c = client();
    const patches: string[] = [];
    c.onPatch = (p) => patches.push(p.plan.product);
    const older = c.run(withProduct('cells'), { densityScale: LIGHT });
    const newer = c.run(withProduct('prp'), { densityScale: LIGHT });
    const error = await rejection(older);
    expect((error as DOMException).name).to.equal('AbortError');
    const run = await newer;
    expect(run.plan.product).to.equal('prp');
    expect(patches).to.deep.equal(['prp']);
    expectSameSeries(run.result, runScenario(withProduct('prp'), { densityScale: LIGHT }).result);
  });

  it('delivers the treated patch first, with the final treated-area series', async () => {
    const c = client();
    let patch: SimulationPatch | undefined;
    c.onPatch = (p) => { patch = p; };
    const run = await c.run(scenario, { densityScale: LIGHT });
    expect(patch).to.not.equal(undefined);
    expect(patch!.field).to.equal(run.field);
    expectSameSeries({ ...run.result, events: new Float32Array(0) }, { ...patch!.result, events: new Float32Array(0) });
    const inPatch = patch!.mask.reduce((a, b) => a + b, 0);
    expect(inPatch).to.be.greaterThan(0);
    expect(inPatch).to.be.lessThan(run.field.count / 2);
  });

  it('stops a run when its signal aborts', async () => {
    const c = client();
    const controller = new AbortController();
    const running = c.run(scenario, { densityScale: LIGHT, signal: controller.signal });
    controller.abort();
    expect((await rejection(running) as DOMException).name).to.equal('AbortError');
    // and the worker still serves the next run
    const run = await c.run(scenario, { densityScale: LIGHT });
    expect(run.timings.where).to.equal('worker');
  });

  it('terminates its worker on dispose and rejects the run in flight', async () => {
    let terminated = 0;
    const Real = Worker;
    const restore = withWorker(class extends Real {
      override terminate(): void {
        terminated++;
        super.terminate();
      }
    });
    try {
      const c = client();
      await c.run(scenario, { densityScale: LIGHT });
      const running = c.run(withProduct('cells'), { densityScale: LIGHT });
      c.dispose();
      expect(terminated).to.equal(1);
      expect((await rejection(running) as DOMException).name).to.equal('AbortError');
      expect((await rejection(c.run(scenario)) as DOMException).name).to.equal('InvalidStateError');
    } finally {
      restore();
    }
  });

  it('runs on the main thread, quietly and with the same numbers, when no Worker can be made', async () => {
    const restore = withWorker(class {
      constructor() {
        throw new DOMException('Refused by the Content-Security-Policy', 'SecurityError');
      }
    });
    const noisy: unknown[] = [];
    const { warn, error } = console;
    console.warn = (...args: unknown[]) => noisy.push(args);
    console.error = (...args: unknown[]) => noisy.push(args);
    try {
      const c = client();
      let patched = false;
      c.onPatch = () => { patched = true; };
      const run = await c.run(scenario, { densityScale: LIGHT, sham: true });
      expect(c.mode).to.equal('main-thread');
      expect(run.timings.where).to.equal('main-thread');
      expect(patched).to.equal(true);
      const reference = runScenario(scenario, { densityScale: LIGHT, sham: true });
      expectSameSeries(run.result, reference.result);
      expectSameSeries(run.sham!, reference.sham!);
      expect(noisy).to.deep.equal([]);
    } finally {
      console.warn = warn;
      console.error = error;
      restore();
    }
  });

  it('falls back to the main thread when the worker fails to load', async () => {
    // a worker script that cannot run (as a bundle built wrongly would be): the browser reports
    // it with an error event, after the constructor has returned
    const Real = Worker;
    const restore = withWorker(class extends Real {
      constructor(_url: string | URL, options?: WorkerOptions) {
        super('data:text/javascript,export %%% not javascript', options);
      }
    });
    try {
      const c = client();
      const run = await c.run(scenario, { densityScale: LIGHT });
      expect(run.timings.where).to.equal('main-thread');
      expectSameSeries(run.result, runScenario(scenario, { densityScale: LIGHT }).result);
    } finally {
      restore();
    }
  });

  it('measures the whole scalp (~100,000 follicles) and the patch in the worker (printed, not asserted)', async () => {
    const c = client();
    const cold = await c.run(scenario, { densityScale: 1 });
    // a second plan on the same scalp: the field is cached, and a patch comes first
    let patch: SimulationPatch | undefined;
    c.onPatch = (p) => { patch = p; };
    const edited = await c.run({ ...scenario, treatment: { ...scenario.treatment, spacingMm: 8 } }, { densityScale: 1 });
    const withSham = await c.run(scenario, { densityScale: 1, sham: true, band: true });
    const t0 = performance.now();
    runScenario(scenario, { field: cold.field });
    const mainThreadMs = performance.now() - t0;
    const f = (ms: number | undefined): string => (ms === undefined ? '–' : ms.toFixed(0));
    console.log(
      `[simulation timings] ${cold.field.count} follicles × ${scenario.horizonDays} d, Chromium worker:\n` +
      `  first run:   place ${f(cold.timings.placeMs)} ms + simulate ${f(cold.timings.simulateMs)} ms; answer after ${f(cold.timings.elapsedMs)} ms\n` +
      `  edited plan: patch (${patch?.mask.reduce((a, b) => a + b, 0)} follicles) ${f(patch?.timings.patchMs)} ms, answered after ${f(patch?.timings.elapsedMs)} ms; ` +
      `whole scalp ${f(edited.timings.simulateMs)} ms, answered after ${f(edited.timings.elapsedMs)} ms\n` +
      `  product + sham + band: simulate ${f(withSham.timings.simulateMs)} ms, answered after ${f(withSham.timings.elapsedMs)} ms\n` +
      `  (main thread, same field, product only: ${mainThreadMs.toFixed(0)} ms)`,
    );
    expect(cold.field.count).to.be.greaterThan(90_000);
    expect(patch).to.not.equal(undefined);
  });
});
