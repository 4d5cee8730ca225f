// The URL-hash form of the view: what is written reads back the same, and nothing else in
// the hash is disturbed.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { HASH_KEY, readViewState, withViewState } from '../../src/element/scenarioHash.ts';
import { defaultScenario } from '../../src/model/scenario.ts';

describe('view state in the URL hash', () => {
  it('round-trips the scenario, the day and the orbit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.integer({ min: 0, max: 40000 }).map((n) => n / 100),
        fc.option(fc.string(), { nil: undefined }),
        (seed, time, orbit) => {
          const scenario = { ...defaultScenario(), seed };
          const hash = withViewState('', { scenario, time, ...(orbit ? { orbit } : {}) });
          expect(readViewState(hash)).toEqual({ scenario, time, ...(orbit ? { orbit } : {}) });
        },
      ),
    );
  });

  it('keeps an anchor and other keys, and replaces its own entry instead of adding one', () => {
    const scenario = defaultScenario();
    const first = withViewState('#how-it-works&x=1', { scenario, time: 10 });
    expect(first.startsWith('#how-it-works&x=1&' + HASH_KEY + '=')).toBe(true);
    const second = withViewState(first, { scenario, time: 20 });
    expect(second.split('&')).toHaveLength(3);
    expect(readViewState(second)?.time).toBe(20);
  });

  it('a hash without it, or with a broken one, gives nothing', () => {
    expect(readViewState('')).toBeNull();
    expect(readViewState('#intro')).toBeNull();
    expect(readViewState(`#${HASH_KEY}=%7Bnot json`)).toBeNull();
    expect(readViewState(`#${HASH_KEY}=${encodeURIComponent('[1,2]')}`)).toBeNull();
    expect(readViewState(`#${HASH_KEY}=${encodeURIComponent('{"time":"soon"}')}`)).toEqual({});
  });
});
