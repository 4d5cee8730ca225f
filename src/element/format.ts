import { strings } from './strings.ts';

/** Week number of a day, as clinicians count it: days 0–6 are week 0, day 84 is week 12. */
export function weekOf(day: number): number {
  return Math.floor(Math.max(0, day) / 7);
}

/** Number formatting for one locale (undefined: the browser's), made once per locale. */
export class Figures {
  readonly #integer: Intl.NumberFormat;
  readonly #percentChange: Intl.NumberFormat;

  constructor(readonly locale: string | undefined) {
    this.#integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    this.#percentChange = new Intl.NumberFormat(locale, {
      style: 'percent',
      maximumFractionDigits: 0,
      signDisplay: 'exceptZero',
    });
  }

  /** "Week 12 of 52". */
  weekLabel(day: number, durationDays: number): string {
    return strings.week(this.#integer.format(weekOf(day)), this.#integer.format(weekOf(durationDays)));
  }

  /** A density in hairs/cm², whole hairs. */
  density(perCm2: number): string {
    return Number.isFinite(perCm2) ? this.#integer.format(perCm2) : strings.noFigure;
  }

  /** A change given in percent (12.4 → "+12%"). */
  change(percent: number): string {
    return Number.isFinite(percent) ? this.#percentChange.format(percent / 100) : strings.noFigure;
  }
}
