import { strings as english } from './strings.ts';
import type { Strings } from './strings.ts';

/** Week number of a day, as clinicians count it: days 0–6 are week 0, day 84 is week 12. */
export function weekOf(day: number): number {
  return Math.floor(Math.max(0, day) / 7);
}

/** True for a locale tag Intl knows; false (never a throw) for one it does not or cannot parse ("<b>", "en_US!"). */
function supported(locale: string): boolean {
  try {
    return Intl.NumberFormat.supportedLocalesOf([locale]).length > 0;
  } catch {
    return false;
  }
}

/** Number formatting for one locale (undefined: the browser's) and strings table, made once per pair. */
export class Figures {
  readonly #integer: Intl.NumberFormat;
  readonly #percentChange: Intl.NumberFormat;

  constructor(
    readonly locale: string | undefined,
    readonly text: Strings = english,
  ) {
    // A tag Intl does not know (a typo in `lang`) must not throw out of the element.
    const known = locale && supported(locale) ? locale : undefined;
    this.#integer = new Intl.NumberFormat(known, { maximumFractionDigits: 0 });
    this.#percentChange = new Intl.NumberFormat(known, {
      style: 'percent',
      maximumFractionDigits: 0,
      signDisplay: 'exceptZero',
    });
  }

  /** A whole number in this locale. */
  integer(n: number): string {
    return this.#integer.format(n);
  }

  /** "Week 12 of 52". */
  weekLabel(day: number, durationDays: number): string {
    return this.text.week(this.#integer.format(weekOf(day)), this.#integer.format(weekOf(durationDays)));
  }

  /** A density in hairs/cm², whole hairs. */
  density(perCm2: number): string {
    return Number.isFinite(perCm2) ? this.#integer.format(perCm2) : this.text.noFigure;
  }

  /** A change given in percent (12.4 → "+12%"). */
  change(percent: number): string {
    return Number.isFinite(percent) ? this.#percentChange.format(percent / 100) : this.text.noFigure;
  }
}
