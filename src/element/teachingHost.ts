import { quote } from './attributes.ts';
import type { ReactiveControllerHost } from 'lit';
import type { Vec3 } from '../model/index.ts';
import type { ScalpScene } from '../render/index.ts';
import type { CameraOrbit } from '../render/CameraOrbit.ts';
import type { BuiltModel } from './buildModel.ts';
import type { TeachingStrings } from './i18n/teaching.ts';
import { CompareMode } from './compareMode.ts';
export { CompareMode };

/** The element as the teaching parts see it: its reflected teaching properties. */
export type TeachingElement = ReactiveControllerHost &
  HTMLElement & {
    readonly renderRoot: HTMLElement | DocumentFragment;
    compare: CompareMode;
    presenter: boolean;
    cutaway: boolean;
    editable: boolean;
    /** Skin overlays as the element normalises them (`"signal vascular"`). */
    readonly overlays: string;
    nextChapter?(): void;
    previousChapter?(): void;
  };

/**
 * What the element lends its teaching parts: accessors to its private state, so the parts
 * read what they need without the element exposing it publicly. One-way: parts change the
 * element only through `setSites` and its public properties.
 */
export interface TeachingAccess {
  /** The main scene (undefined before set-up, after removal, without WebGL). */
  scene(): ScalpScene | undefined;
  /** The model on screen. */
  model(): BuiltModel | undefined;
  /** The current day. */
  day(): number;
  /** The element's strings table (teaching keys included). */
  text(): TeachingStrings & { week: (week: string, total: string) => string };
  /** True when motion is reduced (attribute or the user's setting): camera moves cut. */
  reducedMotion(): boolean;
  /** The explicit sites asked for (undefined: the area's grid). */
  sites(): readonly Vec3[] | undefined;
  /** Replace the plan's sites (undefined: back to the grid); the model rebuilds, the day stays. */
  setSites(sites: readonly Vec3[] | undefined): void;
  /** A change in percent as the element's readout writes it (12.4 → "+12%"). */
  formatChange(percent: number): string;
  /** A whole number in the element's language (Intl: "1,234", "1.234", "٣"). */
  formatInteger(n: number): string;
  /** The current chapter's id and camera view, when the element has chapters. */
  chapter?(): { id: string; view?: CameraOrbit } | undefined;
}

/** Reads a `compare` value: empty, `before-after`, `sham` or `band` (case and spaces ignored). */
export function parseCompare(input: unknown): { ok: true; value: CompareMode } | { ok: false; reason: string } {
  const text = typeof input === 'string' ? input.trim().toLowerCase() : input;
  const modes: readonly string[] = Object.values(CompareMode);
  return typeof text === 'string' && modes.includes(text)
    ? { ok: true, value: text as CompareMode }
    : { ok: false, reason: `"${quote(input)}" is not a compare view; use before-after, sham, band or nothing` };
}
