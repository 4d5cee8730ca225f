import type { CameraOrbit } from '../render/CameraOrbit.ts';
import { strings as english } from './strings.ts';
import type { Strings } from './strings.ts';

/**
 * A chapter of the timeline: a named stretch of days with a caption, and optionally the
 * camera view that shows it best (presenter mode flies there; reduced motion cuts).
 */
export interface Chapter {
  /** Stable id, usable in `seek("<id>")` and the `chapter` attribute: lowercase, digits, dashes. */
  id: string;
  /** First day of the chapter; it lasts until the next chapter's start. */
  start: number;
  /** Short title, spoken in the slider's value ("Week 12 of 52 — visible regrowth"). */
  title: string;
  /** One or two sentences shown under the view while the chapter plays. */
  caption: string;
  /** Camera view for this chapter: degrees, and distance as a multiple of the home view's. */
  view?: CameraOrbit;
}

/** Ids of the default chapters, in order. */
export const DEFAULT_CHAPTER_IDS = ['injection', 'signal', 'vascular', 'below-skin', 'visible', 'peak', 'fading'] as const;

// The home view looks at the crown from above-behind (theta ≈ -158°, phi ≈ 39°).
const CROWN = { theta: -158, phi: 39 };

/**
 * The default chapters in the language of `text`. Start days follow science.md: the signal
 * fades within days (§5, τ_S 5 d); the vascular boost builds over weeks 2–6 (§5, τ_V 45 d);
 * first measurable change at 4–8 weeks, hairs emerging ≈25 days into growth (§2.2, §4.4);
 * cosmetically noticeable at ≈3 months (week 12, day 84); peak at 3–6 months; gains fading
 * over 6–12 months without repeat sessions (§4.4 durability, §7.4).
 */
export function defaultChapters(text: Strings): Chapter[] {
  return [
    { id: 'injection', start: 0, title: text.chapterInjection, caption: text.captionInjection, view: { ...CROWN, radius: 1 } },
    { id: 'signal', start: 1, title: text.chapterSignal, caption: text.captionSignal, view: { ...CROWN, radius: 0.75 } },
    { id: 'vascular', start: 14, title: text.chapterVascular, caption: text.captionVascular, view: { theta: -170, phi: 30, radius: 0.75 } },
    { id: 'below-skin', start: 35, title: text.chapterBelowSkin, caption: text.captionBelowSkin, view: { theta: -140, phi: 55, radius: 0.6 } },
    { id: 'visible', start: 84, title: text.chapterVisible, caption: text.captionVisible, view: { ...CROWN, radius: 0.85 } },
    { id: 'peak', start: 112, title: text.chapterPeak, caption: text.captionPeak, view: { ...CROWN, radius: 1 } },
    { id: 'fading', start: 224, title: text.chapterFading, caption: text.captionFading, view: { theta: -180, phi: 45, radius: 1.15 } },
  ];
}

/**
 * The chapters a page gave (an array or JSON text), checked: each needs an id, a finite start
 * day, a title and a caption; sorted by start; duplicate ids refused. Returns the reason for
 * the first problem, so the element can warn and keep its last good list.
 */
export function parseChapters(input: unknown): { ok: true; value: Chapter[] } | { ok: false; reason: string } {
  let list = input;
  if (typeof input === 'string') {
    try {
      list = JSON.parse(input);
    } catch {
      return { ok: false, reason: 'it is not JSON' };
    }
  }
  if (!Array.isArray(list) || list.length === 0) return { ok: false, reason: 'it is not a non-empty array of chapters' };
  const seen = new Set<string>();
  const out: Chapter[] = [];
  for (const [i, c] of list.entries()) {
    const where = `chapter ${i}`;
    if (typeof c !== 'object' || c === null) return { ok: false, reason: `${where} is not an object` };
    const { id, start, title, caption, view } = c as Record<string, unknown>;
    if (typeof id !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(id)) return { ok: false, reason: `${where}: id must be lowercase letters, digits and dashes` };
    if (seen.has(id)) return { ok: false, reason: `${where}: id "${id}" is used twice` };
    if (typeof start !== 'number' || !Number.isFinite(start) || start < 0) return { ok: false, reason: `${where}: start must be a day ≥ 0` };
    if (typeof title !== 'string' || typeof caption !== 'string') return { ok: false, reason: `${where}: title and caption must be text` };
    let checkedView: CameraOrbit | undefined;
    if (view !== undefined) {
      const v = view as Record<string, unknown>;
      if (![v.theta, v.phi, v.radius].every((n) => typeof n === 'number' && Number.isFinite(n)) || (v.radius as number) <= 0) {
        return { ok: false, reason: `${where}: view needs numbers theta, phi and a radius > 0` };
      }
      checkedView = { theta: v.theta as number, phi: v.phi as number, radius: v.radius as number };
    }
    seen.add(id);
    out.push({ id, start, title, caption, ...(checkedView ? { view: checkedView } : {}) });
  }
  return { ok: true, value: out.sort((a, b) => a.start - b.start) };
}

/** Index of the chapter that contains `day` (the last whose start ≤ day); 0 before the first. */
export function chapterIndexAt(chapters: readonly Chapter[], day: number): number {
  let index = 0;
  for (let i = 0; i < chapters.length; i++) if (chapters[i].start <= day + 1e-9) index = i;
  return index;
}

/** Chapters whose start falls on the timeline (a short horizon drops the late ones). */
export function chaptersWithin(chapters: readonly Chapter[], duration: number): Chapter[] {
  const within = chapters.filter((c) => c.start <= duration);
  return within.length ? within : chapters.slice(0, 1);
}

/** The default chapters in English (see {@link defaultChapters} for another language's). */
export const DEFAULT_CHAPTERS: readonly Chapter[] = Object.freeze(defaultChapters(english));
