/**
 * Scenario JSON, version 1: the one format shared by the element's `scenario` attribute,
 * export/import, the URL state and the CLI. Every field is optional; parsing fills the
 * documented defaults and names the field and the reason for anything it rejects.
 * The JSON Schema twin of this file is scenario.schema.json (a test keeps them in step).
 */
import type { PatternName, Product, TreatmentArea, Vec3 } from './types.ts';
import {
  PATTERN_NAMES, PRODUCT_NAMES, RESPONSIVENESS_LEVELS, TREATMENT_AREAS, isOneOf,
} from './vocabulary.ts';
import type { Responsiveness } from './vocabulary.ts';
import { DEFAULT_SESSIONS_ACELLULAR, DEFAULT_SESSIONS_CELLS, DEFAULT_SPACING_MM } from './parameters.ts';

/** A complete scenario: what `parseScenario` returns, with every default filled in. */
export interface Scenario {
  version: 1;
  /** Seed of every random draw (placement, pattern, simulation). */
  seed: number;
  pattern: PatternName;
  treatment: {
    product: Product;
    area: TreatmentArea;
    /** Grid spacing between injection sites, mm. */
    spacingMm: number;
    /** Session days, ascending (maintenance sessions included). */
    sessions: number[];
    /** Explicit injection points on the skin (mm, head frame); when present they replace the grid. */
    sites?: Vec3[];
  };
  responsiveness: Responsiveness;
  /** Last simulated day. */
  horizonDays: number;
}

/** One rejected field: `path` as in `treatment.spacingMm`, and why. */
export interface ScenarioIssue {
  path: string;
  message: string;
}

/** Outcome of {@link parseScenario}: a scenario, or the reasons there is none. */
export type ScenarioParse =
  | { ok: true; scenario: Scenario; warnings: ScenarioIssue[] }
  | { ok: false; errors: ScenarioIssue[]; warnings: ScenarioIssue[] };

/** Limits that keep a hostile or mistyped scenario from freezing a page. */
export const SCENARIO_LIMITS = {
  /** Largest scenario text accepted, characters (a real one is well under 100 kB). */
  maxChars: 1_000_000,
  spacingMm: { min: 3, max: 40 },
  // Eight phase changes per follicle fit ~13 months (overflow 0.03 % at 365 d, ~1 % at 730 d).
  horizonDays: { min: 28, max: 400 },
  /** Weekly sessions for three years is already absurd; more is a mistake. */
  maxSessions: 60,
  maxSites: 2000,
  /** A site farther than this from the head centre is not on a head. */
  maxSiteRadiusMm: 200,
  seed: { min: 0, max: 0xffffffff },
} as const;

/** Default responder band and horizon (science.md §7.4 default scenario). */
export const DEFAULT_RESPONSIVENESS: Responsiveness = 'typical';
export const DEFAULT_HORIZON_DAYS = 365;
export const DEFAULT_SEED = 1;
export const DEFAULT_PATTERN: PatternName = 'norwood-4';
export const DEFAULT_PRODUCT: Product = 'conditioned-medium';
export const DEFAULT_AREA: TreatmentArea = 'vertex';

/** Default sessions for a product (science.md §4.3: acellular 3 every 4 weeks, cells 1). */
export function defaultSessionsFor(product: Product): number[] {
  return product === 'cells' ? [...DEFAULT_SESSIONS_CELLS] : [...DEFAULT_SESSIONS_ACELLULAR];
}

/** The default scenario (science.md §7.4 scenario A on a Norwood IV scalp). */
export function defaultScenario(): Scenario {
  return {
    version: 1,
    seed: DEFAULT_SEED,
    pattern: DEFAULT_PATTERN,
    treatment: {
      product: DEFAULT_PRODUCT,
      area: DEFAULT_AREA,
      spacingMm: DEFAULT_SPACING_MM,
      sessions: defaultSessionsFor(DEFAULT_PRODUCT),
    },
    responsiveness: DEFAULT_RESPONSIVENESS,
    horizonDays: DEFAULT_HORIZON_DAYS,
  };
}

const TOP_KEYS = ['version', 'seed', 'pattern', 'treatment', 'responsiveness', 'horizonDays', '$schema'];
const TREATMENT_KEYS = ['product', 'area', 'spacingMm', 'sessions', 'sites'];

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value);
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  return String(value);
}

function listWords(words: readonly string[]): string {
  return words.join(', ');
}

/**
 * Parses and validates a scenario given as JSON text or as an object. Never throws.
 * Missing fields take their defaults; every rejected field is reported by path.
 */
export function parseScenario(input: unknown): ScenarioParse {
  const errors: ScenarioIssue[] = [];
  const warnings: ScenarioIssue[] = [];
  let raw: unknown = input;
  if (typeof input === 'string') {
    if (input.length > SCENARIO_LIMITS.maxChars) {
      return {
        ok: false,
        errors: [{ path: '(scenario)', message: `must be at most ${SCENARIO_LIMITS.maxChars} characters, got ${input.length}` }],
        warnings,
      };
    }
    try {
      raw = JSON.parse(input);
    } catch (e) {
      const hint = /^\s*</.test(input) ? ' (this looks like HTML, not JSON)' : '';
      return { ok: false, errors: [{ path: '(scenario)', message: `is not valid JSON${hint}: ${(e as Error).message}` }], warnings };
    }
  } else if (input !== null && typeof input === 'object') {
    // A page's object may be anything: a cycle, a BigInt, a getter or proxy that throws. Only
    // its plain-data (JSON) form is read, so nothing of it runs while the fields are checked.
    try {
      raw = JSON.parse(JSON.stringify(input) ?? 'null');
    } catch (e) {
      return { ok: false, errors: [{ path: '(scenario)', message: `could not be read as JSON data${e instanceof Error ? `: ${e.message}` : ''}` }], warnings };
    }
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, errors: [{ path: '(scenario)', message: `must be a JSON object, got ${describe(raw)}` }], warnings };
  }
  const o = raw as Record<string, unknown>;
  const out = defaultScenario();

  for (const key of Object.keys(o)) {
    if (!TOP_KEYS.includes(key)) warnings.push({ path: key, message: 'is not a scenario field and was ignored' });
  }
  if (o.version !== undefined && o.version !== 1) {
    errors.push({ path: 'version', message: `must be 1, got ${describe(o.version)}` });
  }
  if (o.seed !== undefined) {
    const s = o.seed;
    if (typeof s !== 'number' || !Number.isInteger(s) || s < SCENARIO_LIMITS.seed.min || s > SCENARIO_LIMITS.seed.max) {
      errors.push({ path: 'seed', message: `must be a whole number from 0 to ${SCENARIO_LIMITS.seed.max}, got ${describe(s)}` });
    } else out.seed = s;
  }
  if (o.pattern !== undefined) {
    if (isOneOf(PATTERN_NAMES, o.pattern)) out.pattern = o.pattern;
    else errors.push({ path: 'pattern', message: `must be one of ${listWords(PATTERN_NAMES)}, got ${describe(o.pattern)}` });
  }
  if (o.responsiveness !== undefined) {
    if (isOneOf(RESPONSIVENESS_LEVELS, o.responsiveness)) out.responsiveness = o.responsiveness;
    else errors.push({ path: 'responsiveness', message: `must be one of ${listWords(RESPONSIVENESS_LEVELS)}, got ${describe(o.responsiveness)}` });
  }
  if (o.horizonDays !== undefined) {
    const h = o.horizonDays;
    const { min, max } = SCENARIO_LIMITS.horizonDays;
    if (typeof h !== 'number' || !Number.isInteger(h) || h < min || h > max) {
      errors.push({ path: 'horizonDays', message: `must be a whole number of days from ${min} to ${max}, got ${describe(h)}` });
    } else out.horizonDays = h;
  }
  if (o.treatment !== undefined) {
    const t = o.treatment;
    if (t === null || typeof t !== 'object' || Array.isArray(t)) {
      errors.push({ path: 'treatment', message: `must be an object, got ${describe(t)}` });
    } else {
      parseTreatment(t as Record<string, unknown>, out, errors, warnings);
    }
  }
  // Sessions past the horizon can never show; they are an error, not a silent drop.
  const late = out.treatment.sessions.find((d) => d > out.horizonDays);
  if (late !== undefined && !errors.some((e) => e.path.startsWith('treatment.sessions') || e.path === 'horizonDays')) {
    errors.push({ path: 'treatment.sessions', message: `day ${late} is after horizonDays (${out.horizonDays})` });
  }
  return errors.length ? { ok: false, errors, warnings } : { ok: true, scenario: out, warnings };
}

function parseTreatment(
  t: Record<string, unknown>, out: Scenario, errors: ScenarioIssue[], warnings: ScenarioIssue[],
): void {
  for (const key of Object.keys(t)) {
    if (!TREATMENT_KEYS.includes(key)) warnings.push({ path: `treatment.${key}`, message: 'is not a treatment field and was ignored' });
  }
  if (t.product !== undefined) {
    if (isOneOf(PRODUCT_NAMES, t.product)) {
      out.treatment.product = t.product;
      out.treatment.sessions = defaultSessionsFor(t.product);
    } else errors.push({ path: 'treatment.product', message: `must be one of ${listWords(PRODUCT_NAMES)}, got ${describe(t.product)}` });
  }
  if (t.area !== undefined) {
    if (isOneOf(TREATMENT_AREAS, t.area)) out.treatment.area = t.area;
    else errors.push({ path: 'treatment.area', message: `must be one of ${listWords(TREATMENT_AREAS)}, got ${describe(t.area)}` });
  }
  if (t.spacingMm !== undefined) {
    const s = t.spacingMm;
    const { min, max } = SCENARIO_LIMITS.spacingMm;
    if (typeof s !== 'number' || !Number.isFinite(s) || s < min || s > max) {
      errors.push({ path: 'treatment.spacingMm', message: `must be between ${min} and ${max}, got ${describe(s)}` });
    } else out.treatment.spacingMm = s;
  }
  if (t.sessions !== undefined) {
    const r = parseSessions(t.sessions);
    if (typeof r === 'string') errors.push({ path: 'treatment.sessions', message: r });
    else out.treatment.sessions = r;
  }
  if (t.sites !== undefined) {
    const r = parseSites(t.sites);
    if (typeof r === 'string') errors.push({ path: 'treatment.sites', message: r });
    else out.treatment.sites = r;
  }
}

/** Session days: whole, non-negative, at most `maxSessions`; sorted, duplicates merged. */
export function parseSessions(value: unknown): number[] | string {
  if (!Array.isArray(value)) return `must be an array of days, got ${describe(value)}`;
  if (value.length === 0) return 'must list at least one session day';
  if (value.length > SCENARIO_LIMITS.maxSessions) {
    return `must have at most ${SCENARIO_LIMITS.maxSessions} sessions, got ${value.length}`;
  }
  for (let i = 0; i < value.length; i++) {
    const d = value[i];
    if (typeof d !== 'number' || !Number.isInteger(d) || d < 0) {
      return `[${i}] must be a whole number of days ≥ 0, got ${describe(d)}`;
    }
  }
  return [...new Set(value as number[])].sort((a, b) => a - b);
}

function parseSites(value: unknown): Vec3[] | string {
  if (!Array.isArray(value)) return `must be an array of [x, y, z] points in mm, got ${describe(value)}`;
  if (value.length > SCENARIO_LIMITS.maxSites) return `must have at most ${SCENARIO_LIMITS.maxSites} sites, got ${value.length}`;
  const sites: Vec3[] = [];
  for (let i = 0; i < value.length; i++) {
    const p = value[i];
    if (!Array.isArray(p) || p.length !== 3 || !p.every((c) => typeof c === 'number' && Number.isFinite(c))) {
      return `[${i}] must be [x, y, z] with three finite numbers (mm), got ${describe(p)}`;
    }
    if (Math.hypot(p[0], p[1], p[2]) > SCENARIO_LIMITS.maxSiteRadiusMm) {
      return `[${i}] is ${Math.round(Math.hypot(p[0], p[1], p[2]))} mm from the head centre; sites must lie on the scalp`;
    }
    sites.push([p[0], p[1], p[2]]);
  }
  return sites;
}

/** A compact, stable JSON text of a scenario (what export and the URL hash carry). */
export function stringifyScenario(s: Scenario): string {
  return JSON.stringify(s);
}
