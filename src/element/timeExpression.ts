import type { Chapter } from './chapters.ts';
import { quote, type Parsed } from './attributes.ts';

/** Days in an average month (365.25 / 12), for "month 3". */
export const DAYS_PER_MONTH = 365.25 / 12;

/** What a time expression is read against. */
export interface TimeContext {
  /** Length of the timeline in days, for "50%". */
  duration: number;
  /** Chapters, for a chapter id. */
  chapters: readonly Chapter[];
}

/**
 * A point on the timeline as a page may write it, to a day:
 * a number of days (`84`, `"84"`, `"day 84"`, `"84 days"`), `"week 12"`, `"month 3"` (whole
 * days, month = 365.25/12 d), a share of the timeline (`"50%"`), or a chapter id
 * (`"visible"`: its first day). Not clamped; the timeline clamps.
 */
export function parseTimeExpression(input: unknown, context: TimeContext): Parsed<number> {
  if (typeof input === 'number') {
    return Number.isFinite(input) ? { ok: true, value: input } : refuse(input);
  }
  if (typeof input !== 'string') return refuse(input);
  const text = input.trim().toLowerCase();
  const number = '([+-]?\\d+(?:\\.\\d+)?)';
  let m: RegExpExecArray | null;
  if ((m = new RegExp(`^${number}$`).exec(text)) || (m = new RegExp(`^day\\s*${number}$`).exec(text)) || (m = new RegExp(`^${number}\\s*(?:d|days?)$`).exec(text))) {
    return { ok: true, value: Number(m[1]) };
  }
  if ((m = new RegExp(`^week\\s*${number}$`).exec(text)) || (m = new RegExp(`^${number}\\s*(?:w|weeks?)$`).exec(text))) {
    return { ok: true, value: Number(m[1]) * 7 };
  }
  if ((m = new RegExp(`^month\\s*${number}$`).exec(text)) || (m = new RegExp(`^${number}\\s*(?:mo|months?)$`).exec(text))) {
    return { ok: true, value: Math.round(Number(m[1]) * DAYS_PER_MONTH) };
  }
  if ((m = new RegExp(`^${number}\\s*%$`).exec(text))) {
    return { ok: true, value: (Number(m[1]) / 100) * context.duration };
  }
  const chapter = context.chapters.find((c) => c.id === text);
  if (chapter) return { ok: true, value: chapter.start };
  return refuse(input, context);
}

function refuse(input: unknown, context?: TimeContext): Parsed<number> {
  const ids = context?.chapters.map((c) => c.id).join(', ');
  return {
    ok: false,
    reason:
      `"${quote(input)}" is not a time; use days (84), "week 12", "month 3", "50%"` +
      (ids ? ` or a chapter id (${ids})` : ''),
  };
}
