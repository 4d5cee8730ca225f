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

/**
 * The input as the page gave it, for a warning: never throws (objects without a prototype, or
 * whose conversion to text throws, are a page's bug, not ours) and at most 80 characters, so a
 * 5 MB attribute does not make a 5 MB warning.
 */
export function quote(input: unknown): string {
  let text: string;
  try {
    text = typeof input === 'string' ? input : String(input);
  } catch {
    try {
      text = Object.prototype.toString.call(input);
    } catch {
      text = typeof input;
    }
  }
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

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
  controls: 'full' as Controls,
  theme: 'light' as Theme,
  loading: 'eager' as Loading,
  reducedMotion: 'auto' as ReducedMotion,
} as const;

/** How much UI the element draws: everything, play and timeline only, or nothing (the page's own). */
export type Controls = 'full' | 'minimal' | 'none';
export const Controls = { FULL: 'full', MINIMAL: 'minimal', NONE: 'none' } as const;
/** Colour scheme. */
export type Theme = 'light' | 'dark' | 'high-contrast';
export const Theme = { LIGHT: 'light', DARK: 'dark', HIGH_CONTRAST: 'high-contrast' } as const;
/** When the 3D view is made: at once, or when the element nears the viewport. */
export type Loading = 'eager' | 'lazy';
export const Loading = { EAGER: 'eager', LAZY: 'lazy' } as const;
/** Whether motion is reduced: as the user's system asks (`auto`), always, or never. */
export type ReducedMotion = 'auto' | 'on' | 'off';
export const ReducedMotion = { AUTO: 'auto', ON: 'on', OFF: 'off' } as const;

export const parseControls = oneOf(Object.values(Controls), 'controls mode');
export const parseTheme = oneOf(Object.values(Theme), 'theme');
export const parseLoading = oneOf(Object.values(Loading), 'loading mode');
export const parseReducedMotion = oneOf(Object.values(ReducedMotion), 'reduced-motion setting');

/** Allowed injection-grid spacing in mm, as for scenarios (science.md §4.3: ≈3.3 mm to ≈2 cm grids). */
export const SPACING_RANGE_MM = [SCENARIO_LIMITS.spacingMm.min, SCENARIO_LIMITS.spacingMm.max] as const;

/** At most this many sessions in a plan, as for scenarios. */
export const MAX_SESSIONS = SCENARIO_LIMITS.maxSessions;

function oneOf<T extends string>(list: readonly T[], what: string) {
  return (input: unknown): Parsed<T> => {
    const text = typeof input === 'string' ? input.trim().toLowerCase() : input;
    return (list as readonly unknown[]).includes(text)
      ? ok(text as T)
      : refuse(`"${quote(input)}" is not a known ${what}; use one of ${list.join(', ')}`);
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

/** Overlays: the growth-factor signal, the (illustrative) vascular boost, and text labels on the scene. */
export const OVERLAY_TOKENS = ['signal', 'vascular', 'labels'] as const;

/** A parser of space-separated tokens from `words`, normalised to their order, duplicates dropped. */
function tokenList(words: readonly string[], what: string) {
  return (input: unknown): Parsed<string> => {
    if (typeof input !== 'string') return refuse(`"${quote(input)}" is not a list of ${what} tokens`);
    const tokens = input.trim().toLowerCase().split(/\s+/).filter((t) => t !== '');
    const unknown = tokens.filter((t) => !words.includes(t));
    if (unknown.length) return refuse(`"${quote(unknown.join(' '))}" is not a ${what} token; use ${words.join(', ')}`);
    return ok(words.filter((t) => tokens.includes(t)).join(' '));
  };
}

/** The `readout` tokens ("sham band"). */
export const parseReadout = tokenList(READOUT_TOKENS, 'readout');
/** The `overlays` tokens ("signal vascular labels"); empty shows none. */
export const parseOverlays = tokenList(OVERLAY_TOKENS, 'overlay');

export function parseSpacing(input: unknown): Parsed<number> {
  const mm = toNumber(input);
  const [min, max] = SPACING_RANGE_MM;
  if (!Number.isFinite(mm)) return refuse(`"${quote(input)}" is not a number of millimetres`);
  if (mm < min || mm > max) return refuse(`${mm} mm is outside ${min}–${max} mm`);
  return ok(mm);
}

/** Longest `sessions` text looked at (far more than 60 days need, even padded with spaces). */
const MAX_SESSIONS_TEXT = 4096;

/** Session days: "0,28,56" or [0, 28, 56]; whole days in [0, horizon], sorted, duplicates dropped. */
export function parseSessions(input: unknown): Parsed<number[]> {
  // 60 days of up to 3 digits fit in a few hundred characters; a megabyte is not split.
  if (typeof input === 'string' && input.length > MAX_SESSIONS_TEXT) {
    return refuse(`${input.length} characters is too long for at most ${MAX_SESSIONS} session days`);
  }
  const parts: unknown[] =
    typeof input === 'string' ? input.split(',').map((s) => s.trim()).filter((s) => s !== '') : Array.isArray(input) ? input : [];
  if (parts.length === 0) return refuse(`"${quote(input)}" lists no session days; give days like "0,28,56"`);
  if (parts.length > MAX_SESSIONS) return refuse(`${parts.length} sessions is more than ${MAX_SESSIONS}`);
  const days: number[] = [];
  for (const part of parts) {
    const day = toNumber(part);
    if (!Number.isInteger(day)) return refuse(`"${quote(part)}" is not a whole number of days`);
    if (day < 0 || day > HORIZON_DAYS) return refuse(`day ${day} is outside 0–${HORIZON_DAYS}`);
    days.push(day);
  }
  return ok([...new Set(days)].sort((a, b) => a - b));
}

/** Playback rate in days per second: positive, at most a year per second. */
export function parseSpeed(input: unknown): Parsed<number> {
  const rate = toNumber(input);
  if (!Number.isFinite(rate) || rate <= 0) return refuse(`"${quote(input)}" is not a positive number of days per second`);
  if (rate > HORIZON_DAYS) return refuse(`${rate} days per second is faster than a year per second`);
  return ok(rate);
}

/** A day on the timeline; clamped into [0, horizon] by the timeline itself. */
export function parseTime(input: unknown): Parsed<number> {
  const day = toNumber(input);
  return Number.isFinite(day) ? ok(day) : refuse(`"${quote(input)}" is not a number of days`);
}

/** Length of the timeline in days: whole days within the scenario limits. */
export function parseDuration(input: unknown): Parsed<number> {
  const days = toNumber(input);
  const { min, max } = SCENARIO_LIMITS.horizonDays;
  if (!Number.isInteger(days)) return refuse(`"${quote(input)}" is not a whole number of days`);
  if (days < min || days > max) return refuse(`${days} days is outside ${min}–${max}`);
  return ok(days);
}

/** A week on the timeline: a number ≥ 0 (fractions allowed). */
export function parseWeek(input: unknown): Parsed<number> {
  const week = toNumber(input);
  return Number.isFinite(week) && week >= 0 ? ok(week) : refuse(`"${quote(input)}" is not a number of weeks`);
}

/** A random seed: a whole number. */
export function parseSeed(input: unknown): Parsed<number> {
  const seed = toNumber(input);
  return Number.isInteger(seed) ? ok(seed) : refuse(`"${quote(input)}" is not a whole number`);
}

/** Share of the real follicle count to place, (0, 1]. */
export function parseDensityScale(input: unknown): Parsed<number> {
  const scale = toNumber(input);
  return Number.isFinite(scale) && scale > 0 && scale <= 1 ? ok(scale) : refuse(`"${quote(input)}" is not a number in (0, 1]`);
}

/** Same session days, in the same order. */
export function sameDays(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}
