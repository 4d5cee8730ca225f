// exportScenario() is scenarioOf(the element's inputs). What it gives must load back as a
// `scenario` and reproduce exactly what was shown: the same scenario, the same simulation.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { scenarioOf } from '../../src/element/buildModel.ts';
import type { ModelInputs } from '../../src/element/buildModel.ts';
import { parseScenario } from '../../src/model/scenario.ts';
import type { Scenario } from '../../src/model/scenario.ts';
import { runScenario } from '../../src/model/runScenario.ts';
import { PATTERN_NAMES, PRODUCT_NAMES, RESPONSIVENESS_LEVELS, TREATMENT_AREAS } from '../../src/model/vocabulary.ts';
import type { Vec3 } from '../../src/model/index.ts';
import { HORIZON_DAYS, MAX_SESSIONS, SPACING_RANGE_MM } from '../../src/element/attributes.ts';
import { SCENARIO_LIMITS } from '../../src/model/scenario.ts';

/** Any finite coordinate, -0 folded to 0 (JSON has no -0). */
const coordinate = fc.double({ min: -100, max: 100, noNaN: true }).map((x) => x + 0);

/**
 * Inputs the element can hold: every value its attribute parsers accept (attributes.ts: any
 * whole seed, sessions in 0–365) mixed with what a scenario may have set (horizon 28–400,
 * explicit sites).
 */
const elementInputs: fc.Arbitrary<ModelInputs> = fc.record({
  seed: fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.constantFrom(-1, 0, 2 ** 32, -(2 ** 40))),
  densityScale: fc.constant(0.05),
  pattern: fc.constantFrom(...PATTERN_NAMES),
  product: fc.constantFrom(...PRODUCT_NAMES),
  spacingMm: fc.double({ min: SPACING_RANGE_MM[0], max: SPACING_RANGE_MM[1], noNaN: true }),
  sessions: fc
    .uniqueArray(fc.integer({ min: 0, max: HORIZON_DAYS }), { minLength: 1, maxLength: MAX_SESSIONS })
    .map((days) => days.sort((a, b) => a - b)),
  area: fc.constantFrom(...TREATMENT_AREAS),
  responsiveness: fc.constantFrom(...RESPONSIVENESS_LEVELS),
  horizonDays: fc.integer({ min: SCENARIO_LIMITS.horizonDays.min, max: SCENARIO_LIMITS.horizonDays.max }),
  sham: fc.boolean(),
  band: fc.boolean(),
  sites: fc.option(fc.array(fc.tuple(coordinate, coordinate, coordinate), { maxLength: 20 }), { nil: undefined }),
}).map(({ sites, ...rest }): ModelInputs => (sites ? { ...rest, sites: sites as Vec3[] } : rest));

/** What the element does with a scenario it is given (ScalpViewer #applyScenario). */
function applied(scenario: Scenario, before: ModelInputs): ModelInputs {
  const t = scenario.treatment;
  const { sites: _dropped, ...rest } = before;
  return {
    ...rest,
    seed: scenario.seed,
    pattern: scenario.pattern,
    product: t.product,
    area: t.area,
    spacingMm: t.spacingMm,
    sessions: [...t.sessions],
    ...(t.sites ? { sites: t.sites.map((p): Vec3 => [p[0], p[1], p[2]]) } : {}),
    responsiveness: scenario.responsiveness,
    horizonDays: scenario.horizonDays,
  };
}

describe('exported scenarios load back', () => {
  it('every export of valid element inputs parses, unchanged, as a scenario', () => {
    fc.assert(
      fc.property(elementInputs, (inputs) => {
        const exported = scenarioOf(inputs);
        const parsed = parseScenario(JSON.stringify(exported));
        if (!parsed.ok) throw new Error(parsed.errors.map((e) => `${e.path}: ${e.message}`).join('; '));
        expect(parsed.warnings).toEqual([]);
        expect(parsed.scenario).toEqual(exported);
      }),
      { numRuns: 500 },
    );
  });

  it('export → set as scenario → export gives the same scenario', () => {
    fc.assert(
      fc.property(elementInputs, (inputs) => {
        const first = scenarioOf(inputs);
        const parsed = parseScenario(JSON.stringify(first));
        if (!parsed.ok) return expect.fail('the export did not parse');
        expect(scenarioOf(applied(parsed.scenario, inputs))).toEqual(first);
      }),
      { numRuns: 500 },
    );
  });

  it('a negative seed exports as the unsigned seed the random draws already used: the same simulation', () => {
    const base = scenarioOf({
      seed: -7, densityScale: 0.02, pattern: 'norwood-4', product: 'conditioned-medium', spacingMm: 10,
      sessions: [0, 28, 56], area: 'vertex', responsiveness: 'typical', horizonDays: 120, sham: false, band: false,
    });
    expect(base.seed).toBe(2 ** 32 - 7);
    const raw = runScenario({ ...base, seed: -7 }, { densityScale: 0.02 });
    const exported = runScenario(base, { densityScale: 0.02 });
    expect(Buffer.from(exported.result.events.buffer).equals(Buffer.from(raw.result.events.buffer))).toBe(true);
    expect(Buffer.from(exported.field.positions.buffer).equals(Buffer.from(raw.field.positions.buffer))).toBe(true);
    expect(Array.from(exported.result.treated.visiblePerCm2)).toEqual(Array.from(raw.result.treated.visiblePerCm2));
  });

  it('sessions after a shorter horizon are left out of the export, and the simulation is the same without them', () => {
    const inputs: ModelInputs = {
      seed: 3, densityScale: 0.02, pattern: 'norwood-3', product: 'exosomes', spacingMm: 12,
      sessions: [0, 28, 200], area: 'vertex', responsiveness: 'high', horizonDays: 90, sham: false, band: false,
    };
    const exported = scenarioOf(inputs);
    expect(exported.horizonDays).toBe(90);
    expect(exported.treatment.sessions).toEqual([0, 28]);
    expect(parseScenario(JSON.stringify(exported)).ok).toBe(true);
    // The day-200 session cannot change any day up to 90: leaving it out changes nothing shown.
    const withLate = runScenario({ ...exported, treatment: { ...exported.treatment, sessions: [0, 28, 200] } }, { densityScale: 0.02 });
    const shown = runScenario(exported, { densityScale: 0.02 });
    expect(Buffer.from(shown.result.events.buffer).equals(Buffer.from(withLate.result.events.buffer))).toBe(true);
    expect(Array.from(shown.result.treated.visiblePerCm2)).toEqual(Array.from(withLate.result.treated.visiblePerCm2));
  });

  it('when every session is after the horizon, the horizon stretches to the first one', () => {
    const exported = scenarioOf({
      seed: 1, densityScale: 0.02, pattern: 'norwood-4', product: 'prp', spacingMm: 10,
      sessions: [120, 150], area: 'vertex', responsiveness: 'typical', horizonDays: 60, sham: false, band: false,
    });
    expect(exported.treatment.sessions).toEqual([120]);
    expect(exported.horizonDays).toBe(120);
    expect(parseScenario(JSON.stringify(exported)).ok).toBe(true);
  });
});
