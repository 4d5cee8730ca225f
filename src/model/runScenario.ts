/**
 * A scenario in, everything the widget and the CLI show out: the follicle field, the
 * pattern's states, the resolved plan, the simulation, and on request the sham twin and the
 * low/high responder band (science.md §6 text rules: a band and a sham curve).
 */
import { placeFollicles, applyPattern, makeTreatmentPlan, simulate } from './index.ts';
import type { FollicleField, SimulationResult, TreatmentPlan } from './types.ts';
import type { Scenario } from './scenario.ts';

/** What {@link runScenario} computes. */
export interface ScenarioRun {
  field: FollicleField;
  states: Uint8Array;
  plan: TreatmentPlan;
  result: SimulationResult;
  /** The same plan with a sham product, same seed and draws (common random numbers). */
  sham?: SimulationResult;
  /** Non-responder and best-case runs (science.md §7.5: responsiveness medians 0.3 / 1.8). */
  band?: { low: SimulationResult; high: SimulationResult };
}

/** Options of {@link runScenario}. */
export interface RunOptions {
  /** Fraction of the real follicle density to place (1 = the real ~100,000). */
  densityScale?: number;
  sham?: boolean;
  band?: boolean;
  /** A field already placed for this seed and density (placement is the same for every plan). */
  field?: FollicleField;
}

/** Runs a scenario. Deterministic: the same scenario and options give the same numbers. */
export function runScenario(scenario: Scenario, options: RunOptions = {}): ScenarioRun {
  const field = options.field ?? placeFollicles({ seed: scenario.seed, densityScale: options.densityScale ?? 1 });
  const states = applyPattern(field, scenario.pattern, scenario.seed);
  const t = scenario.treatment;
  const plan = makeTreatmentPlan({
    product: t.product, area: t.area, spacingMm: t.spacingMm, sessions: t.sessions,
    ...(t.sites ? { sites: t.sites } : {}),
  });
  const base = { field, states, seed: scenario.seed, horizonDays: scenario.horizonDays };
  const result = simulate({ ...base, plan, responsiveness: scenario.responsiveness });
  const run: ScenarioRun = { field, states, plan, result };
  if (options.sham) {
    const shamPlan = { ...plan, product: 'sham' as const };
    run.sham = simulate({ ...base, plan: shamPlan, responsiveness: scenario.responsiveness });
  }
  if (options.band) {
    run.band = {
      low: simulate({ ...base, plan, responsiveness: 'low' }),
      high: simulate({ ...base, plan, responsiveness: 'high' }),
    };
  }
  return run;
}
