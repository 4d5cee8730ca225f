// Issue 7.1: fuzz the element's attribute parsers. Property: for ANY input (attribute text or
// a property value of any type, hostile objects included) a parser never throws, returns
// either a value or a reason, and every accepted value is within the documented limits.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import * as A from '../../src/element/attributes.ts';
import type { Parsed } from '../../src/element/attributes.ts';
import { PATTERN_NAMES, PRODUCT_NAMES, RESPONSIVENESS_LEVELS, TREATMENT_AREAS } from '../../src/model/vocabulary.ts';
import { SCENARIO_LIMITS } from '../../src/model/scenario.ts';
import { parseCameraOrbit } from '../../src/element/cameraOrbit.ts';
import { parseTimeExpression } from '../../src/element/timeExpression.ts';
import { parseCompare } from '../../src/element/teachingHost.ts';

const RUNS = 3000;

/** Inputs a page can hand a property or an attribute: text of every kind, numbers, anything. */
const hostile = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    '', ' ', 'NaN', 'Infinity', '-Infinity', '1e308', '-0', '0x1F', '1_000', '٣', '1,2,,3', 'a,b', '-3', '3.5',
    '<img src=x onerror=alert(1)>', '"><script>alert(1)</script>', '{"__proto__":{"x":1}}', 'constructor',
    'toString', '__proto__', '\u0000', '\uFFFF', 'norwood-4\u0000', ' NORWOOD-4 ', 'week 12',
  ),
  fc.double(),
  fc.integer(),
  fc.bigInt(),
  fc.boolean(),
  fc.constant(undefined),
  fc.constant(null),
  fc.constant(Symbol('s')),
  fc.array(fc.oneof(fc.integer(), fc.string(), fc.double()), { maxLength: 80 }),
  fc.anything({ withNullPrototype: true, withBigInt: true, withMap: true, withSet: true, withDate: true, withTypedArray: true, withSparseArray: true }),
  // Objects whose conversion to text or number throws.
  fc.constant(Object.create(null)),
  fc.constant({ toString: () => { throw new Error('boom'); }, valueOf: () => { throw new Error('boom'); } }),
  fc.constant({ [Symbol.toPrimitive]: () => { throw new Error('boom'); } }),
);

/** Runs a parser on input; fails the property if it throws or returns something malformed. */
function check<T>(parse: (v: unknown) => Parsed<T>, input: unknown, accept: (value: T) => void): void {
  let result: Parsed<T>;
  try {
    result = parse(input);
  } catch (error) {
    throw new Error(`threw on ${describeInput(input)}: ${String((error as Error)?.message ?? error)}`);
  }
  expect(result).toBeTypeOf('object');
  if (result.ok) accept(result.value);
  else {
    expect(typeof result.reason).toBe('string');
    expect(result.reason.length).toBeGreaterThan(0);
    // A reason quotes the input at most briefly: a 5 MB attribute must not make a 5 MB warning.
    expect(result.reason.length).toBeLessThan(2000);
  }
}

function describeInput(v: unknown): string {
  try {
    return typeof v === 'string' ? JSON.stringify(v.slice(0, 60)) : typeof v;
  } catch {
    return typeof v;
  }
}

const within = (min: number, max: number) => (n: number) => {
  expect(Number.isFinite(n)).toBe(true);
  expect(n).toBeGreaterThanOrEqual(min);
  expect(n).toBeLessThanOrEqual(max);
};

describe('fuzz: attribute parsers never throw and accept only values within limits', () => {
  const words: [string, (v: unknown) => Parsed<string>, readonly string[]][] = [
    ['pattern', A.parsePattern, PATTERN_NAMES],
    ['product', A.parseProduct, PRODUCT_NAMES],
    ['area', A.parseArea, TREATMENT_AREAS],
    ['responsiveness', A.parseResponsiveness, RESPONSIVENESS_LEVELS],
  ];
  for (const [name, parse, list] of words) {
    it(`${name}: one of the known words`, () => {
      fc.assert(fc.property(hostile, (v) => check(parse, v, (w) => expect(list).toContain(w))), { numRuns: RUNS });
    });
  }

  for (const [name, parse, tokens] of [
    ['readout', A.parseReadout, A.READOUT_TOKENS],
    ['overlays', A.parseOverlays, A.OVERLAY_TOKENS],
  ] as const) {
    it(`${name}: known tokens only, normalised`, () => {
      fc.assert(
        fc.property(hostile, (v) =>
          check(parse, v, (text) => {
            const got = text === '' ? [] : text.split(' ');
            for (const t of got) expect(tokens as readonly string[]).toContain(t);
            expect(new Set(got).size).toBe(got.length);
          }),
        ),
        { numRuns: RUNS },
      );
    });
  }

  it('spacing: finite mm within the scenario limits', () => {
    const { min, max } = SCENARIO_LIMITS.spacingMm;
    fc.assert(fc.property(fc.oneof(hostile, fc.double().map(String)), (v) => check(A.parseSpacing, v, within(min, max))), {
      numRuns: RUNS,
    });
  });

  it('sessions: 1–60 whole days within the horizon, ascending, no duplicates', () => {
    const days = fc.oneof(
      hostile,
      fc.array(fc.integer({ min: -5, max: 500 }), { maxLength: 70 }).map((a) => a.join(',')),
      fc.array(fc.integer({ min: 0, max: 365 }), { minLength: 1, maxLength: 70 }),
    );
    fc.assert(
      fc.property(days, (v) =>
        check(A.parseSessions, v, (list) => {
          expect(list.length).toBeGreaterThan(0);
          expect(list.length).toBeLessThanOrEqual(A.MAX_SESSIONS);
          list.forEach((d, i) => {
            expect(Number.isInteger(d)).toBe(true);
            within(0, A.HORIZON_DAYS)(d);
            if (i > 0) expect(d).toBeGreaterThan(list[i - 1]!);
          });
        }),
      ),
      { numRuns: RUNS },
    );
  });

  it('speed: positive, at most a year per second', () => {
    fc.assert(fc.property(hostile, (v) => check(A.parseSpeed, v, (n) => {
      within(Number.MIN_VALUE, A.HORIZON_DAYS)(n);
      expect(n).toBeGreaterThan(0);
    })), { numRuns: RUNS });
  });

  it('time and week: finite numbers (the timeline clamps)', () => {
    fc.assert(fc.property(hostile, (v) => check(A.parseTime, v, (n) => expect(Number.isFinite(n)).toBe(true))), { numRuns: RUNS });
    if ('parseWeek' in A) {
      const parseWeek = (A as unknown as { parseWeek: (v: unknown) => Parsed<number> }).parseWeek;
      fc.assert(fc.property(hostile, (v) => check(parseWeek, v, (n) => {
        expect(Number.isFinite(n)).toBe(true);
        expect(n).toBeGreaterThanOrEqual(0);
      })), { numRuns: RUNS });
    }
  });

  it('duration: whole days within the scenario horizon limits', () => {
    if (!('parseDuration' in A)) return;
    const parseDuration = (A as unknown as { parseDuration: (v: unknown) => Parsed<number> }).parseDuration;
    const { min, max } = SCENARIO_LIMITS.horizonDays;
    fc.assert(fc.property(hostile, (v) => check(parseDuration, v, (n) => {
      expect(Number.isInteger(n)).toBe(true);
      within(min, max)(n);
    })), { numRuns: RUNS });
  });

  it('seed: a whole number; density-scale: within (0, 1]', () => {
    fc.assert(fc.property(hostile, (v) => check(A.parseSeed, v, (n) => expect(Number.isSafeInteger(n) || Number.isInteger(n)).toBe(true))), {
      numRuns: RUNS,
    });
    fc.assert(fc.property(hostile, (v) => check(A.parseDensityScale, v, (n) => {
      within(Number.MIN_VALUE, 1)(n);
    })), { numRuns: RUNS });
  });

  it('absurd sizes: a 5 MB attribute is refused quickly and the reason stays short', () => {
    const huge = '1,'.repeat(2_500_000);
    const t0 = performance.now();
    const parsers = [A.parsePattern, A.parseProduct, A.parseSpacing, A.parseSessions, A.parseSpeed, A.parseTime, A.parseSeed,
      A.parseDensityScale, A.parseReadout, A.parseOverlays] as ((v: unknown) => Parsed<unknown>)[];
    for (const parse of parsers) check(parse, huge, () => undefined);
    check(A.parseSessions, huge, () => expect.unreachable('5 MB of sessions accepted'));
    const ms = performance.now() - t0;
    expect(ms).toBeLessThan(2000);
  });

  it('camera-orbit, time expressions and compare quote any input without throwing, briefly', () => {
    const home = { theta: -150, phi: 40, radius: 1 };
    const context = { duration: 365, chapters: [] };
    const parsers: ((v: unknown) => Parsed<unknown>)[] = [
      (v) => parseCameraOrbit(v, home),
      (v) => parseTimeExpression(v, context),
      parseCompare,
    ];
    for (const parse of parsers) {
      fc.assert(fc.property(hostile, (v) => check(parse, v, () => undefined)), { numRuns: RUNS });
      check(parse, 'x'.repeat(5_000_000), () => expect.unreachable('5 MB accepted'));
    }
  });
});
