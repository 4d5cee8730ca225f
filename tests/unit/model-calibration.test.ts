/**
 * Issue 3's calibration, on the default scenario itself: "the default scenario shows its first
 * change at 4–8 weeks, +10–30 % visible hairs in the treated area at months 3 and 6, a sham curve
 * below it, and fading by month 12 (science.md §4.4)".
 *
 * model-simulate.test.ts checks the §7.4 table as a mean of three simulation seeds on one field
 * with `simulate`, and the sham at four checkpoints. What it leaves out, and this file checks: the
 * scenario the widget opens with (defaultScenario → runScenario, placement included, sham twin
 * from runScenario), each seed on its own rather than a mean, the sham below the product on every
 * day rather than at checkpoints, no change of either sign before week 4, and the peak within
 * the §4.4 window.
 */
import { describe, it, expect } from 'vitest';
import { runScenario } from '../../src/model/runScenario.ts';
import { defaultScenario } from '../../src/model/scenario.ts';
import { makeTreatmentPlan } from '../../src/model/index.ts';

const WEEK = 7;
const MONTH_3 = 91, MONTH_6 = 182, MONTH_12 = 365;
/** A change of at least this much is "measurable" (the §7.4 table's resolution, trichoscopy noise). */
const MEASURABLE_PCT = 5;

// Seed 1 is the default; two more seeds show the calibration is not one lucky draw. Each places
// its own full scalp (~100,000 follicles), as the widget does.
const runs = [1, 2, 3].map((seed) => {
  const scenario = { ...defaultScenario(), seed };
  return { seed, run: runScenario(scenario, { sham: true }) };
});

describe('calibration of the default scenario (science.md §4.4)', () => {
  it('is the §7.4 scenario A that model-simulate.test.ts calibrates: conditioned medium, 3 sessions 4 weeks apart, 1 cm grid, crown', () => {
    const { plan } = runs[0]!.run;
    expect(plan).toEqual(makeTreatmentPlan());
    expect(plan.product).toBe('conditioned-medium');
    expect(plan.sessions).toEqual([0, 28, 56]);
    expect(plan.spacingMm).toBe(10);
    expect(plan.area).toBe('vertex');
    expect(defaultScenario().horizonDays).toBeGreaterThanOrEqual(MONTH_12);
  });

  for (const { seed, run } of runs) {
    const product = run.result.treated.changePct;
    const sham = run.sham!.treated.changePct;
    const first = product.findIndex((c) => c >= MEASURABLE_PCT);

    it(`seed ${seed}: shows its first measurable change at 4–8 weeks, and none (gain or dip) before week 4`, () => {
      expect(first).toBeGreaterThanOrEqual(4 * WEEK);
      expect(first).toBeLessThanOrEqual(8 * WEEK);
      for (let t = 0; t < 4 * WEEK; t++) expect(Math.abs(product[t]!)).toBeLessThan(MEASURABLE_PCT);
    });

    it(`seed ${seed}: gains +10–30 % visible hairs in the treated area at months 3 and 6, peaking within months 2–7`, () => {
      for (const day of [MONTH_3, MONTH_6]) {
        expect(product[day]).toBeGreaterThan(10);
        expect(product[day]).toBeLessThan(30);
      }
      // §4.4: typical peak at 3–6 months; a month either side for one seed's noise
      const peak = product.indexOf(Math.max(...product));
      expect(peak).toBeGreaterThanOrEqual(61);
      expect(peak).toBeLessThanOrEqual(213);
    });

    it(`seed ${seed}: draws the sham curve below the product on every day from week 4, within the +0–10 % placebo band`, () => {
      for (let t = 4 * WEEK; t <= MONTH_12; t++) {
        if (!(sham[t]! < product[t]!)) expect.fail(`day ${t}: sham ${sham[t]!.toFixed(2)} % ≥ product ${product[t]!.toFixed(2)} %`);
      }
      for (const day of [MONTH_3, MONTH_6]) {
        expect(sham[day]).toBeGreaterThan(0);
        expect(sham[day]).toBeLessThan(10);
      }
    });

    it(`seed ${seed}: fades by month 12 without repeat sessions (STYLE: +16.6 at week 24 → +2.8 at week 52)`, () => {
      const peak = Math.max(...product);
      expect(product[MONTH_12]).toBeLessThan(peak / 2);
      expect(product[MONTH_12]).toBeLessThan(MEASURABLE_PCT + 1);
      // and it keeps fading through the last quarter
      expect(product[MONTH_12]).toBeLessThan(product[273]!);
    });
  }
});
