import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { parseScenario, defaultScenario, SCENARIO_LIMITS } from '../../src/model/scenario.ts';
import { PATTERN_NAMES, PRODUCT_NAMES, TREATMENT_AREAS, RESPONSIVENESS_LEVELS } from '../../src/model/vocabulary.ts';

const schema = JSON.parse(readFileSync(new URL('../../src/model/scenario.schema.json', import.meta.url), 'utf8'));

describe('scenario JSON, version 1', () => {
  it('an empty object is the documented default scenario', () => {
    const r = parseScenario('{}');
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.scenario).toEqual(defaultScenario());
  });

  it('reads the example of the issue exactly', () => {
    const text = `{ "version": 1, "seed": 7, "pattern": "norwood-4",
      "treatment": { "product": "conditioned-medium", "area": "vertex", "spacingMm": 10, "sessions": [0, 28, 56] },
      "responsiveness": "typical", "horizonDays": 365 }`;
    const r = parseScenario(text);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.scenario.seed).toBe(7);
      expect(r.scenario.treatment.sessions).toEqual([0, 28, 56]);
    }
  });

  it('names the field and the reason for a bad spacing', () => {
    const r = parseScenario({ treatment: { spacingMm: -2 } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toEqual({ path: 'treatment.spacingMm', message: 'must be between 3 and 40, got -2' });
  });

  it('rejects an unknown pattern, listing the known ones', () => {
    const r = parseScenario({ pattern: 'norwood-9' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors[0].path).toBe('pattern');
      expect(r.errors[0].message).toContain('norwood-4');
    }
  });

  it('rejects 10,000 sessions without building them', () => {
    const r = parseScenario({ treatment: { sessions: Array.from({ length: 10_000 }, (_, i) => i) } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0].message).toBe('must have at most 60 sessions, got 10000');
  });

  it('rejects a 5 MB scenario by its size, before parsing', () => {
    const big = JSON.stringify({ pattern: 'none', padding: 'x'.repeat(5_000_000) });
    const r = parseScenario(big);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0].message).toContain(`at most ${SCENARIO_LIMITS.maxChars} characters`);
  });

  it('says when a scenario URL returned HTML instead of JSON', () => {
    const r = parseScenario('<!doctype html><title>404</title>');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0].message).toContain('looks like HTML');
  });

  it('rejects sessions after the horizon', () => {
    const r = parseScenario({ horizonDays: 100, treatment: { sessions: [0, 150] } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0].path).toBe('treatment.sessions');
  });

  it('sorts sessions and merges duplicates', () => {
    const r = parseScenario({ treatment: { sessions: [56, 0, 28, 28] } });
    expect(r.ok && r.scenario.treatment.sessions).toEqual([0, 28, 56]);
  });

  it('defaults a cell product to one session (science.md §4.3)', () => {
    const r = parseScenario({ treatment: { product: 'cells' } });
    expect(r.ok && r.scenario.treatment.sessions).toEqual([0]);
  });

  it('warns about, and ignores, unknown fields', () => {
    const r = parseScenario({ colour: 'red' });
    expect(r.ok).toBe(true);
    expect(r.warnings[0].path).toBe('colour');
  });

  it('never throws, and accepts only what it can use, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const r = parseScenario(v);
        if (r.ok) {
          expect(PATTERN_NAMES).toContain(r.scenario.pattern);
          expect(r.scenario.treatment.spacingMm).toBeGreaterThanOrEqual(3);
          expect(r.scenario.treatment.sessions.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws for any text, and round-trips any valid scenario', () => {
    fc.assert(fc.property(fc.string(), (s) => { parseScenario(s); }), { numRuns: 2000 });
    const arb = fc.record({
      seed: fc.integer({ min: 0, max: 0xffffffff }),
      pattern: fc.constantFrom(...PATTERN_NAMES),
      responsiveness: fc.constantFrom(...RESPONSIVENESS_LEVELS),
      horizonDays: fc.integer({ min: 200, max: 400 }),
      treatment: fc.record({
        product: fc.constantFrom(...PRODUCT_NAMES),
        area: fc.constantFrom(...TREATMENT_AREAS),
        spacingMm: fc.double({ min: 3, max: 40, noNaN: true }),
        sessions: fc.uniqueArray(fc.integer({ min: 0, max: 200 }), { minLength: 1, maxLength: 10 }),
      }),
    });
    fc.assert(
      fc.property(arb, (s) => {
        const first = parseScenario(JSON.stringify(s));
        expect(first.ok).toBe(true);
        if (!first.ok) return;
        const again = parseScenario(JSON.stringify(first.scenario));
        expect(again.ok && again.scenario).toEqual(first.scenario);
      }),
      { numRuns: 500 },
    );
  });

  it('the JSON Schema lists the same words and limits as the parser', () => {
    expect(schema.properties.pattern.enum).toEqual([...PATTERN_NAMES]);
    expect(schema.properties.treatment.properties.product.enum).toEqual([...PRODUCT_NAMES]);
    expect(schema.properties.treatment.properties.area.enum).toEqual([...TREATMENT_AREAS]);
    expect(schema.properties.responsiveness.enum).toEqual([...RESPONSIVENESS_LEVELS]);
    expect(schema.properties.treatment.properties.spacingMm.minimum).toBe(SCENARIO_LIMITS.spacingMm.min);
    expect(schema.properties.treatment.properties.spacingMm.maximum).toBe(SCENARIO_LIMITS.spacingMm.max);
    expect(schema.properties.treatment.properties.sessions.maxItems).toBe(SCENARIO_LIMITS.maxSessions);
    expect(schema.properties.horizonDays.minimum).toBe(SCENARIO_LIMITS.horizonDays.min);
    expect(schema.properties.horizonDays.maximum).toBe(SCENARIO_LIMITS.horizonDays.max);
  });
});
