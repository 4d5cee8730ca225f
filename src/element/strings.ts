import { en } from './i18n/en.ts';
import type { Strings } from './i18n/en.ts';
import { es } from './i18n/es.ts';
import { de } from './i18n/de.ts';

export type { Strings };

/**
 * The strings tables that ship, by language subtag. Add a language by adding a typed
 * `Strings` table under i18n/ and a line here; a page may also override any entry through
 * the element's `strings` property.
 */
export const LANGUAGES = { en, es, de } as const satisfies Record<string, Strings>;

/** A language the element ships. */
export type Language = keyof typeof LANGUAGES;

/** The English table: the default, and the fallback of every other language. */
export const strings: Strings = en;

/**
 * The shipped language for a BCP 47 tag: "es-MX" → "es", "de-AT" → "de", anything
 * unknown or empty → "en".
 */
export function languageOf(tag: string | null | undefined): Language {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return primary in LANGUAGES ? (primary as Language) : 'en';
}

/**
 * The table for `tag`, with the page's `overrides` on top. Overrides of the wrong kind (a
 * string where a function is expected, or an unknown key) are ignored with a warning, so a
 * typo cannot break the element.
 */
export function stringsFor(tag: string | null | undefined, overrides?: Partial<Strings> | null): Strings {
  const base = LANGUAGES[languageOf(tag)];
  if (!overrides) return base;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    const expected = typeof (base as Record<string, unknown>)[key];
    if (expected === 'undefined') {
      console.warn(`<scalp-viewer> ignored strings.${key}: not a known string key.`);
    } else if (typeof value !== expected) {
      console.warn(`<scalp-viewer> ignored strings.${key}: expected a ${expected}, got ${typeof value}.`);
    } else {
      merged[key] = value;
    }
  }
  return merged as Strings;
}
