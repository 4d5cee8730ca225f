import { describe, it, expect } from 'vitest';
import { SimulationJobs, signalReach, transferables } from '../../src/model/simulationJob.ts';
import type { SimulationMessage, SimulationRequest } from '../../src/model/simulationJob.ts';
import { runScenario } from '../../src/model/runScenario.ts';
import { defaultScenario } from '../../src/model/scenario.ts';
import type { Scenario } from '../../src/model/scenario.ts';
import { EVENT_SLOTS } from '../../src/model/index.ts';

const DENSITY = 0.05;
const scenario: Scenario = { ...defaultScenario(), seed: 5 };

/** Runs one request to its end and returns what it posted. */
async function collect(jobs: SimulationJobs, request: SimulationRequest, isCurrent = () => true): Promise<SimulationMessage[]> {
  const out: SimulationMessage[] = [];
  await jobs.run(request, isCurrent, (m) => out.push(m));
  return out;
}
const immediate = { yieldNow: () => Promise.resolve(), copyField: false };

/** Deep equality with typed arrays compared byte for byte (toEqual walks them element by element, slowly). */
function expectSame(actual: unknown, expected: unknown, path = 'run'): void {
  if (ArrayBuffer.isView(expected)) {
    expect(ArrayBuffer.isView(actual), path).toBe(true);
    const a = actual as ArrayBufferView;
    expect(Buffer.compare(Buffer.from(a.buffer, a.byteOffset, a.byteLength), Buffer.from(expected.buffer, expected.byteOffset, expected.byteLength)), path).toBe(0);
    expect(a.constructor, path).toBe(expected.constructor);
  } else if (expected && typeof expected === 'object') {
    expect(Object.keys(actual as object).sort(), path).toEqual(Object.keys(expected).sort());
    for (const [k, v] of Object.entries(expected)) expectSame((actual as Record<string, unknown>)[k], v, `${path}.${k}`);
  } else {
    expect(actual, path).toEqual(expected);
  }
}

describe('simulation job (the Worker and its main-thread fallback)', () => {
  it('answers exactly what runScenario answers, sham and band included', async () => {
    const jobs = new SimulationJobs(immediate);
    const [done] = await collect(jobs, { id: 1, scenario, densityScale: DENSITY, sham: true, band: true, sendField: true });
    const reference = runScenario(scenario, { densityScale: DENSITY, sham: true, band: true });
    expect(done?.type).toBe('done');
    if (done?.type !== 'done') return;
    expectSame(done.run, reference);
    expect(done.timings.placeMs).toBeGreaterThan(0);
    // the second request reuses the field and pattern (no placement) and still agrees
    const [again] = await collect(jobs, { id: 2, scenario, densityScale: DENSITY, sham: true, sendField: false });
    if (again?.type !== 'done') return expect.fail('no answer');
    expect(again.timings.placeMs).toBe(0);
    expect(again.run.field).toBeUndefined();
    expectSame(again.run.result, reference.result);
  });

  it('sends first a patch whose treated-area series and histories are already the final ones', async () => {
    const jobs = new SimulationJobs(immediate);
    const messages = await collect(jobs, { id: 1, scenario, densityScale: DENSITY, patch: true, sendField: true });
    expect(messages.map((m) => m.type)).toEqual(['patch', 'done']);
    const [patch, done] = messages;
    if (patch?.type !== 'patch' || done?.type !== 'done') return;
    // the field travels once, with the first message
    expect(patch.patch.field).toBeDefined();
    expect(done.run.field).toBeUndefined();
    const { mask, result } = patch.patch;
    const final = done.run.result;
    expectSame(result.treated, final.treated);
    let inMask = 0;
    for (let f = 0; f < mask.length; f++) {
      if (final.treatedMask[f]) expect(mask[f]).toBe(1);
      if (!mask[f]) continue;
      inMask++;
      for (let k = 0; k < EVENT_SLOTS; k++) expect(result.events[f * EVENT_SLOTS + k]).toBe(final.events[f * EVENT_SLOTS + k]);
    }
    // a crown patch is a small share of the scalp
    expect(inMask).toBeGreaterThan(0);
    expect(inMask / mask.length).toBeLessThan(0.2);
  });

  it('skips the patch when the plan reaches most of the scalp', async () => {
    const whole: Scenario = { ...scenario, treatment: { ...scenario.treatment, area: 'whole' } };
    const messages = await collect(new SimulationJobs(immediate), { id: 1, scenario: whole, densityScale: DENSITY, patch: true });
    expect(messages.map((m) => m.type)).toEqual(['done']);
  });

  it('masks exactly the follicles the plan can change: outside the reach, product and no treatment agree', async () => {
    const treated = runScenario(scenario, { densityScale: DENSITY });
    const none = runScenario({ ...scenario, treatment: { ...scenario.treatment, product: 'none' } }, { field: treated.field });
    const mask = signalReach(treated.field, treated.plan);
    let differInside = 0;
    for (let f = 0; f < mask.length; f++) {
      let same = true;
      for (let k = 0; k < EVENT_SLOTS; k++) same &&= treated.result.events[f * EVENT_SLOTS + k] === none.result.events[f * EVENT_SLOTS + k];
      if (!mask[f]) expect(same).toBe(true);
      else if (!same) differInside++;
    }
    expect(differInside).toBeGreaterThan(0);
  });

  it('stops a request that is no longer current and posts nothing for it', async () => {
    let current = true;
    let stages = 0;
    const jobs = new SimulationJobs({
      yieldNow: async () => { if (++stages === 3) current = false; },
      copyField: false,
    });
    const messages = await collect(jobs, { id: 1, scenario, densityScale: DENSITY, sham: true, band: true, patch: true }, () => current);
    expect(messages.map((m) => m.type)).toEqual(['patch']);
  });

  it('reports a failure as an error message', async () => {
    const broken = { ...scenario, treatment: null } as unknown as Scenario;
    const messages = await collect(new SimulationJobs(immediate), { id: 7, scenario: broken, densityScale: DENSITY });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ type: 'error', id: 7, name: 'TypeError' });
  });

  it('lists every buffer of an answer once for transfer', async () => {
    const jobs = new SimulationJobs({ ...immediate, copyField: true });
    const [done] = await collect(jobs, { id: 1, scenario, densityScale: DENSITY, sham: true, band: true, sendField: true });
    const list = transferables(done);
    expect(new Set(list).size).toBe(list.length);
    // field 5, states 1, and per result: events, calibre, mask and 6 series × 5 arrays
    expect(list.length).toBe(5 + 1 + 4 * (3 + 6 * 5));
  });
});
