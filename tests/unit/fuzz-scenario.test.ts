// Issue 7.1: fuzz the scenario parser beyond tests/unit/scenario-parsing.test.ts (which feeds
// it arbitrary JSON values and strings): scenario-SHAPED inputs with each field corrupted,
// hostile objects, absurd sizes and the JSON text of all of these. Properties: it never throws;
// it accepts only scenarios within SCENARIO_LIMITS; every error names a known field path.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parseScenario, SCENARIO_LIMITS } from '../../src/model/scenario.ts';
import type { ScenarioParse } from '../../src/model/scenario.ts';
import { PATTERN_NAMES, PRODUCT_NAMES, RESPONSIVENESS_LEVELS, TREATMENT_AREAS } from '../../src/model/vocabulary.ts';

const RUNS = 4000;

/** Paths an error may name: a field, an element of a list field, or the whole scenario. */
const PATH = /^(\(scenario\)|version|seed|pattern|responsiveness|horizonDays|treatment(\.(product|area|spacingMm|sessions|sites)(\[\d+\])?)?)$/;

/** Any value at all, hostile objects included. */
const junk = fc.oneof(
  fc.anything({ withNullPrototype: true, withBigInt: true, withMap: true, withSet: true, withDate: true, withTypedArray: true, withSparseArray: true, withBoxedValues: true }),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 1e308, -1, 2 ** 53, 0xffffffff + 1, 3.5, '10', '', '<img src=x onerror=alert(1)>'),
  fc.double(),
  fc.string(),
);

/** A value for each field: usually a plausible one, often junk. */
const field = <T>(good: fc.Arbitrary<T>) => fc.option(fc.oneof({ weight: 3, arbitrary: good }, { weight: 2, arbitrary: junk }), { nil: undefined });

const day = fc.oneof(fc.integer({ min: -10, max: 500 }), junk);
const site = fc.oneof(
  fc.tuple(fc.double({ min: -250, max: 250 }), fc.double({ min: -250, max: 250 }), fc.double({ min: -250, max: 250 })),
  fc.array(fc.oneof(fc.double(), junk), { maxLength: 4 }),
  junk,
);

const scenarioShaped = fc.record(
  {
    version: field(fc.constantFrom(1, 2, 0)),
    seed: field(fc.integer({ min: -5, max: 0xffffffff + 5 })),
    pattern: field(fc.constantFrom(...PATTERN_NAMES, 'norwood-9', 'NORWOOD-4', '')),
    responsiveness: field(fc.constantFrom(...RESPONSIVENESS_LEVELS, 'extreme')),
    horizonDays: field(fc.integer({ min: 0, max: 2000 })),
    treatment: field(
      fc.record(
        {
          product: field(fc.constantFrom(...PRODUCT_NAMES, 'snake-oil')),
          area: field(fc.constantFrom(...TREATMENT_AREAS, 'chin')),
          spacingMm: field(fc.double({ min: -10, max: 60 })),
          sessions: field(fc.array(day, { maxLength: 80 })),
          sites: field(fc.array(site, { maxLength: 30 })),
          extra: field(junk),
        },
        { requiredKeys: [] },
      ),
    ),
    extra: field(junk),
  },
  { requiredKeys: [] },
);

function parse(input: unknown): ScenarioParse {
  try {
    return parseScenario(input);
  } catch (error) {
    throw new Error(`parseScenario threw: ${String((error as Error)?.message ?? error)}`);
  }
}

/** The property every answer must have. */
function wellFormed(r: ScenarioParse): void {
  for (const w of r.warnings) {
    expect(typeof w.path).toBe('string');
    expect(typeof w.message).toBe('string');
  }
  if (!r.ok) {
    expect(r.errors.length).toBeGreaterThan(0);
    for (const e of r.errors) {
      expect(e.path, `error path ${e.path}`).toMatch(PATH);
      expect(e.message.length).toBeGreaterThan(0);
      // Messages quote bad values briefly (a 5 MB value must not make a 5 MB warning).
      expect(e.message.length).toBeLessThan(2000);
    }
    return;
  }
  const s = r.scenario;
  expect(s.version).toBe(1);
  expect(Number.isInteger(s.seed)).toBe(true);
  expect(s.seed).toBeGreaterThanOrEqual(SCENARIO_LIMITS.seed.min);
  expect(s.seed).toBeLessThanOrEqual(SCENARIO_LIMITS.seed.max);
  expect(PATTERN_NAMES).toContain(s.pattern);
  expect(RESPONSIVENESS_LEVELS).toContain(s.responsiveness);
  expect(Number.isInteger(s.horizonDays)).toBe(true);
  expect(s.horizonDays).toBeGreaterThanOrEqual(SCENARIO_LIMITS.horizonDays.min);
  expect(s.horizonDays).toBeLessThanOrEqual(SCENARIO_LIMITS.horizonDays.max);
  const t = s.treatment;
  expect(PRODUCT_NAMES).toContain(t.product);
  expect(TREATMENT_AREAS).toContain(t.area);
  expect(Number.isFinite(t.spacingMm)).toBe(true);
  expect(t.spacingMm).toBeGreaterThanOrEqual(SCENARIO_LIMITS.spacingMm.min);
  expect(t.spacingMm).toBeLessThanOrEqual(SCENARIO_LIMITS.spacingMm.max);
  expect(t.sessions.length).toBeGreaterThan(0);
  expect(t.sessions.length).toBeLessThanOrEqual(SCENARIO_LIMITS.maxSessions);
  t.sessions.forEach((d, i) => {
    expect(Number.isInteger(d)).toBe(true);
    expect(d).toBeGreaterThanOrEqual(0);
    expect(d).toBeLessThanOrEqual(s.horizonDays);
    if (i > 0) expect(d).toBeGreaterThan(t.sessions[i - 1]!);
  });
  if (t.sites) {
    expect(t.sites.length).toBeLessThanOrEqual(SCENARIO_LIMITS.maxSites);
    for (const p of t.sites) {
      expect(p).toHaveLength(3);
      for (const c of p) expect(Number.isFinite(c)).toBe(true);
      expect(Math.hypot(p[0], p[1], p[2])).toBeLessThanOrEqual(SCENARIO_LIMITS.maxSiteRadiusMm);
    }
  }
  // An accepted scenario is plain data: it survives JSON and parses to itself.
  const again = parseScenario(JSON.stringify(s));
  expect(again.ok && again.scenario).toEqual(s);
}

describe('fuzz: parseScenario', () => {
  it('scenario-shaped objects with corrupted fields: never throws, limits hold, errors name paths', () => {
    fc.assert(fc.property(scenarioShaped, (o) => wellFormed(parse(o))), { numRuns: RUNS });
  });

  it('the same as JSON text, and cut or spliced JSON text', () => {
    const text = scenarioShaped.map((o) => {
      try {
        return JSON.stringify(o) ?? 'null';
      } catch {
        return '{}'; // BigInt and the like have no JSON form
      }
    });
    fc.assert(
      fc.property(text, fc.nat(), fc.string(), (t, cut, splice) => {
        wellFormed(parse(t));
        const at = t.length ? cut % t.length : 0;
        wellFormed(parse(t.slice(0, at) + splice + t.slice(at)));
      }),
      { numRuns: RUNS },
    );
  });

  it('hostile objects: getters that throw, proxies, cycles, prototypes with fields', () => {
    const throwing = Object.defineProperty({}, 'pattern', { enumerable: true, get: () => { throw new Error('boom'); } });
    const trap = new Proxy({}, { ownKeys: () => { throw new Error('boom'); }, get: () => { throw new Error('boom'); } });
    const cyclic: Record<string, unknown> = { pattern: 'norwood-4' };
    cyclic.treatment = cyclic;
    const inherited = Object.create({ pattern: 'norwood-99', seed: -1 });
    const nullTreatment = { treatment: Object.assign(Object.create(null), { product: 'prp' }) };
    const throwingTreatment = { treatment: Object.defineProperty({}, 'sessions', { enumerable: true, get: () => { throw new Error('boom'); } }) };
    for (const input of [throwing, trap, cyclic, inherited, nullTreatment, throwingTreatment]) {
      let r: ScenarioParse | undefined;
      expect(() => (r = parseScenario(input)), 'never throws').not.toThrow();
      wellFormed(r!);
    }
  });

  it('absurd sizes are refused by count or size, fast', () => {
    const t0 = performance.now();
    const cases: [unknown, RegExp][] = [
      [{ treatment: { sessions: Array.from({ length: 10_000 }, (_, i) => i) } }, /at most 60 sessions/],
      [{ treatment: { sites: Array.from({ length: 100_000 }, () => [0, 90, 0]) } }, /at most 2000 sites/],
      [JSON.stringify({ pattern: 'none', padding: 'x'.repeat(5_000_000) }), /at most 1000000 characters/],
      ['['.repeat(200_000) + ']'.repeat(200_000), /characters|JSON object|valid JSON/],
      [{ pattern: 'x'.repeat(5_000_000) }, /must be one of/],
    ];
    for (const [input, message] of cases) {
      const r = parse(input);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors.map((e) => e.message).join(' ')).toMatch(message);
      wellFormed(r);
    }
    expect(performance.now() - t0, 'ms for all absurd inputs').toBeLessThan(3000);
  });
});
