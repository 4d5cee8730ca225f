import type { PatternName, Product, TreatmentArea } from '../model/index.ts';
import { PATTERN_NAMES, PRODUCT_NAMES, RESPONSIVENESS_LEVELS, TREATMENT_AREAS } from '../model/vocabulary.ts';
import { SCENARIO_LIMITS } from '../model/scenario.ts';
import type { Responsiveness } from '../model/vocabulary.ts';

/**
 * Parsing and checking of the element's attribute values. Each parser takes
 * what a page may give (attribute text or a property value) and returns either
 * the value to use or the reason it was refused; the element warns with the
 * reason and keeps its last good value.
 */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const refuse = <T>(reason: string): Parsed<T> => ({ ok: false, reason });

/** The simulation horizon: one year of days (science.md §7; durability is judged at 12 months). */
export const HORIZON_DAYS = 365;

// One vocabulary and one set of limits for attributes, scenarios and the CLI: what a
// scenario accepts, an attribute accepts too.
/** Hair-loss patterns the model knows. */
export const PATTERNS = PATTERN_NAMES;
/** Products the model knows. */
export const PRODUCTS = PRODUCT_NAMES;

/** Defaults; science.md §7.4 scenario A: conditioned medium, 3 sessions 4 weeks apart, 1 cm grid, early–moderate AGA. */
export const DEFAULTS = {
  pattern: 'norwood-4' as PatternName,
  product: 'conditioned-medium' as Product,
  spacing: 10,
  sessions: [0, 28, 56] as readonly number[],
  speed: 7,
  seed: 1,
  densityScale: 1,
  // The scenario defaults (scenario.ts): the crown, a typical responder.
  area: 'vertex' as TreatmentArea,
  responsiveness: 'typical' as Responsiveness,
  readout: '',
  overlays: 'signal vascular',
} as const;

/** Allowed injection-grid spacing in mm, as for scenarios (science.md §4.3: ≈3.3 mm to ≈2 cm grids). */
export const SPACING_RANGE_MM = [SCENARIO_LIMITS.spacingMm.min, SCENARIO_LIMITS.spacingMm.max] as const;

/** At most this many sessions in a plan, as for scenarios. */
export const MAX_SESSIONS = SCENARIO_LIMITS.maxSessions;

function oneOf<T extends string>(list: readonly T[], what: string) {
  return (input: unknown): Parsed<T> => {
    const text = typeof input === 'string' ? input.trim().toLowerCase() : input;
    return (list as readonly unknown[]).includes(text)
      ? ok(text as T)
      : refuse(`"${String(input)}" is not a known ${what}; use one of ${list.join(', ')}`);
  };
}

function toNumber(input: unknown): number {
  if (typeof input === 'number') return input;
  if (typeof input === 'string' && input.trim() !== '') return Number(input);
  return Number.NaN;
}

export const parsePattern = oneOf(PATTERNS, 'hair-loss pattern');
export const parseProduct = oneOf(PRODUCTS, 'product');
export const parseArea = oneOf(TREATMENT_AREAS, 'treatment area');
export const parseResponsiveness = oneOf(RESPONSIVENESS_LEVELS, 'responsiveness');

/** Extra figures the readout can show: the sham twin and the low–high responder range. */
export const READOUT_TOKENS = ['sham', 'band'] as const;

/** Overlays the skin can show: the growth-factor signal and the (illustrative) vascular boost. */
export const OVERLAY_TOKENS = ['signal', 'vascular'] as const;

/** A parser of space-separated tokens from `words`, normalised to their order, duplicates dropped. */
function tokenList(words: readonly string[], what: string) {
  return (input: unknown): Parsed<string> => {
    if (typeof input !== 'string') return refuse(`"${String(input)}" is not a list of ${what} tokens`);
    const tokens = input.trim().toLowerCase().split(/\s+/).filter((t) => t !== '');
    const unknown = tokens.filter((t) => !words.includes(t));
    if (unknown.length) return refuse(`"${unknown.join(' ')}" is not a ${what} token; use ${words.join(', ')}`);
    return ok(words.filter((t) => tokens.includes(t)).join(' '));
  };
}

/** The `readout` tokens ("sham band"). */
export const parseReadout = tokenList(READOUT_TOKENS, 'readout');
/** The `overlays` tokens ("signal vascular"); empty shows neither. */
export const parseOverlays = tokenList(OVERLAY_TOKENS, 'overlay');

export function parseSpacing(input: unknown): Parsed<number> {
  const mm = toNumber(input);
  const [min, max] = SPACING_RANGE_MM;
  if (!Number.isFinite(mm)) return refuse(`"${String(input)}" is not a number of millimetres`);
  if (mm < min || mm > max) return refuse(`${mm} mm is outside ${min}–${max} mm`);
  return ok(mm);
}

/** Session days: "0,28,56" or [0, 28, 56]; whole days in [0, horizon], sorted, duplicates dropped. */
export function parseSessions(input: unknown): Parsed<number[]> {
  const parts: unknown[] =
    typeof input === 'string' ? input.split(',').map((s) => s.trim()).filter((s) => s !== '') : Array.isArray(input) ? input : [];
  if (parts.length === 0) return refuse(`"${String(input)}" lists no session days; give days like "0,28,56"`);
  if (parts.length > MAX_SESSIONS) return refuse(`${parts.length} sessions is more than ${MAX_SESSIONS}`);
  const days: number[] = [];
  for (const part of parts) {
    const day = toNumber(part);
    if (!Number.isInteger(day)) return refuse(`"${String(part)}" is not a whole number of days`);
    if (day < 0 || day > HORIZON_DAYS) return refuse(`day ${day} is outside 0–${HORIZON_DAYS}`);
    days.push(day);
  }
  return ok([...new Set(days)].sort((a, b) => a - b));
}

/** Playback rate in days per second: positive, at most a year per second. */
export function parseSpeed(input: unknown): Parsed<number> {
  const rate = toNumber(input);
  if (!Number.isFinite(rate) || rate <= 0) return refuse(`"${String(input)}" is not a positive number of days per second`);
  if (rate > HORIZON_DAYS) return refuse(`${rate} days per second is faster than a year per second`);
  return ok(rate);
}

/** A day on the timeline; clamped into [0, horizon] by the timeline itself. */
export function parseTime(input: unknown): Parsed<number> {
  const day = toNumber(input);
  return Number.isFinite(day) ? ok(day) : refuse(`"${String(input)}" is not a number of days`);
}

/** A random seed: a whole number. */
export function parseSeed(input: unknown): Parsed<number> {
  const seed = toNumber(input);
  return Number.isInteger(seed) ? ok(seed) : refuse(`"${String(input)}" is not a whole number`);
}

/** Share of the real follicle count to place, (0, 1]. */
export function parseDensityScale(input: unknown): Parsed<number> {
  const scale = toNumber(input);
  return Number.isFinite(scale) && scale > 0 && scale <= 1 ? ok(scale) : refuse(`"${String(input)}" is not a number in (0, 1]`);
}

/** Same session days, in the same order. */
export function sameDays(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}
