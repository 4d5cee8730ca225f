import { buildHeadMesh } from '../model/index.ts';
import type {
  FollicleField,
  HeadMeshData,
  PatternName,
  Product,
  SimulationResult,
  TreatmentArea,
  TreatmentPlan,
  Vec3,
} from '../model/index.ts';
import type { Responsiveness } from '../model/vocabulary.ts';
import type { Scenario } from '../model/scenario.ts';
import type { SimulationClient } from './SimulationClient.ts';

/** Everything the model needs from the element's attributes. */
export interface ModelInputs {
  seed: number;
  densityScale: number;
  pattern: PatternName;
  product: Product;
  spacingMm: number;
  sessions: readonly number[];
  area: TreatmentArea;
  responsiveness: Responsiveness;
  /** Explicit injection points from a scenario; when present they replace the grid. */
  sites?: readonly Vec3[];
  horizonDays: number;
  /** Also simulate the sham twin (the `readout` token `sham`). */
  sham: boolean;
  /** Also simulate the low and high responders (the `readout` token `band`). */
  band: boolean;
}

/** What `ScalpScene.setModel` takes, plus the inputs it was built from. */
export interface BuiltModel {
  head: HeadMeshData;
  field: FollicleField;
  result: SimulationResult;
  plan: TreatmentPlan;
  inputs: ModelInputs;
  /** The same plan with a sham product, when `inputs.sham`. */
  sham?: SimulationResult;
  /** Low and high responders, when `inputs.band`. */
  band?: { low: SimulationResult; high: SimulationResult };
}

/** Share of the work done, 0..1, after each step. */
export type ProgressCallback = (done: number) => void;

// The head depends on nothing, so every viewer on the page shares it. The follicle field is
// cached per seed and density by each SimulationClient (placement runs with the simulation).
let head: HeadMeshData | undefined;

function cachedHead(): HeadMeshData {
  head ??= buildHeadMesh();
  return head;
}

/**
 * The scenario (version 1) the inputs describe: what the simulation runs and what export gives.
 * Always one `parseScenario` accepts, so an export loads back to the same picture: the seed is
 * taken as the unsigned 32-bit number every random draw already reduces it to (random.ts), and
 * sessions after the horizon (the `sessions` attribute allows day 365 with a shorter `duration`
 * or scenario horizon) are left out: they cannot change a day on the timeline. Only when every
 * session is after the horizon does the horizon stretch to the first, since a scenario needs one.
 */
export function scenarioOf(inputs: ModelInputs): Scenario {
  const within = inputs.sessions.filter((day) => day <= inputs.horizonDays);
  const sessions = within.length ? within : inputs.sessions.slice(0, 1);
  const horizonDays = Math.max(inputs.horizonDays, ...sessions);
  return {
    version: 1,
    seed: inputs.seed >>> 0,
    pattern: inputs.pattern,
    treatment: {
      product: inputs.product,
      area: inputs.area,
      spacingMm: inputs.spacingMm,
      sessions,
      ...(inputs.sites ? { sites: inputs.sites.map((p): Vec3 => [p[0], p[1], p[2]]) } : {}),
    },
    responsiveness: inputs.responsiveness,
    horizonDays,
  };
}

/**
 * Build the model: the head here, the field and the simulation through `client` (a Worker, or
 * the main thread in stages where no Worker can run), so the page stays responsive.
 * Rejects with an `AbortError` DOMException when `signal` aborts or a newer run supersedes it.
 */
export async function buildModel(
  inputs: ModelInputs,
  options: { client: SimulationClient; signal?: AbortSignal; onProgress?: ProgressCallback },
): Promise<BuiltModel> {
  const { client, signal, onProgress } = options;
  onProgress?.(0);
  // The simulation first: the Worker works while this thread builds the head when idle.
  const running = client.run(scenarioOf(inputs), {
    densityScale: inputs.densityScale,
    sham: inputs.sham,
    band: inputs.band,
    ...(signal ? { signal } : {}),
  });
  // An abort during the wait below rejects `running` too; it is awaited (or dropped) here.
  running.catch(() => {});
  await idle();
  signal?.throwIfAborted();
  const headMesh = cachedHead();
  onProgress?.(0.2);
  const run = await running;
  signal?.throwIfAborted();
  onProgress?.(1);
  const built: BuiltModel = { head: headMesh, field: run.field, result: run.result, plan: run.plan, inputs };
  if (run.sham) built.sham = run.sham;
  if (run.band) built.band = run.band;
  return built;
}

/** Resolve when the page is idle (or soon, where requestIdleCallback is missing). */
function idle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 100 });
    else setTimeout(resolve, 0);
  });
}
