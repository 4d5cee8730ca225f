import {
  applyPattern,
  buildHeadMesh,
  makeTreatmentPlan,
  placeFollicles,
  simulate,
} from '../model/index.ts';
import type {
  FollicleField,
  HeadMeshData,
  PatternName,
  Product,
  SimulationResult,
  TreatmentPlan,
} from '../model/index.ts';

/** Everything the model needs from the element's attributes. */
export interface ModelInputs {
  seed: number;
  densityScale: number;
  pattern: PatternName;
  product: Product;
  spacingMm: number;
  sessions: readonly number[];
  horizonDays: number;
}

/** What `ScalpScene.setModel` takes, plus the inputs it was built from. */
export interface BuiltModel {
  head: HeadMeshData;
  field: FollicleField;
  result: SimulationResult;
  plan: TreatmentPlan;
  inputs: ModelInputs;
}

/** Share of the work done, 0..1, after each step. */
export type ProgressCallback = (done: number) => void;

// The head and the follicle field depend only on the seed and density, so
// every viewer on the page shares them (placing 100,000 follicles is the
// costliest step after the simulation).
let head: HeadMeshData | undefined;
const fields = new Map<string, FollicleField>();
const MAX_CACHED_FIELDS = 4;

function cachedHead(): HeadMeshData {
  head ??= buildHeadMesh();
  return head;
}

function cachedField(seed: number, densityScale: number): FollicleField {
  const key = `${seed}:${densityScale}`;
  let field = fields.get(key);
  if (!field) {
    field = placeFollicles({ seed, densityScale });
    if (fields.size >= MAX_CACHED_FIELDS) fields.delete(fields.keys().next().value!);
    fields.set(key, field);
  }
  return field;
}

/**
 * Build the model in steps, yielding to the page between them so the first
 * paint, the placeholder and input stay responsive (a Worker comes later).
 * Rejects with an `AbortError` DOMException when `signal` aborts.
 */
export async function buildModel(
  inputs: ModelInputs,
  options: { signal?: AbortSignal; onProgress?: ProgressCallback } = {},
): Promise<BuiltModel> {
  const { signal, onProgress } = options;
  const step = async (done: number) => {
    onProgress?.(done);
    await idle();
    signal?.throwIfAborted();
  };
  await step(0);
  const headMesh = cachedHead();
  await step(0.1);
  const field = cachedField(inputs.seed, inputs.densityScale);
  await step(0.35);
  const states = applyPattern(field, inputs.pattern, inputs.seed);
  const plan = makeTreatmentPlan({
    product: inputs.product,
    spacingMm: inputs.spacingMm,
    sessions: [...inputs.sessions],
  });
  await step(0.45);
  const result = simulate({ field, states, plan, seed: inputs.seed, horizonDays: inputs.horizonDays });
  onProgress?.(1);
  return { head: headMesh, field, result, plan, inputs };
}

/** Resolve when the page is idle (or soon, where requestIdleCallback is missing). */
function idle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 100 });
    else setTimeout(resolve, 0);
  });
}
