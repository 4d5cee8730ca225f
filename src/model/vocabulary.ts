/**
 * The words a scenario, an attribute or the CLI may use, as runtime lists (the types in
 * types.ts are compile-time only). Validation and the JSON Schema read these.
 */
import type { PatternName, Product, TreatmentArea } from './types.ts';

/** Every hair-loss pattern (science.md §3). */
export const PATTERN_NAMES = [
  'none',
  'norwood-1', 'norwood-2', 'norwood-3', 'norwood-3v', 'norwood-4', 'norwood-5', 'norwood-6', 'norwood-7',
  'ludwig-1', 'ludwig-2', 'ludwig-3',
  'areata', 'scarring',
] as const satisfies readonly PatternName[];

/** Every product (science.md §4.1), plus sham and no treatment. */
export const PRODUCT_NAMES = [
  'cells', 'conditioned-medium', 'exosomes', 'prp', 'sham', 'none',
] as const satisfies readonly Product[];

/** Every treatment area. */
export const TREATMENT_AREAS = [
  'frontal', 'mid-scalp', 'vertex', 'temporal', 'occipital', 'whole',
] as const satisfies readonly TreatmentArea[];

/** Responder band (science.md §7.5: non-responder / typical / best case). */
export const RESPONSIVENESS_LEVELS = ['low', 'typical', 'high'] as const;
/** One of {@link RESPONSIVENESS_LEVELS}. */
export type Responsiveness = (typeof RESPONSIVENESS_LEVELS)[number];

/** True when `value` is one of `words`. */
export function isOneOf<T extends string>(words: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (words as readonly string[]).includes(value);
}
