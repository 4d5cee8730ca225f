/**
 * The attributes and events of `<scalp-viewer>` as types, for framework typings (React JSX,
 * Vue templates). Type-only: this module has no runtime code.
 *
 * Keep in step with the element: tests/unit/package-typings.test.ts fails when an attribute or
 * event of the custom elements manifest (the element's JSDoc) is missing here.
 */
import type {
  ChapterChangeDetail, ScalpViewer, ScalpViewerErrorDetail, TimeUpdateDetail,
} from '../element/ScalpViewer.ts';
import type { IdleWarningDetail } from '../element/KioskController.ts';
import type { Controls, Loading, OVERLAY_TOKENS, READOUT_TOKENS, ReducedMotion, Theme } from '../element/attributes.ts';
import type { PatternName, Product, TreatmentArea } from '../model/types.ts';
import type { Responsiveness } from '../model/vocabulary.ts';
import type { Scenario } from '../model/scenario.ts';
import type { CompareMode } from '../element/compareMode.ts';
import type { PlanChangeDetail } from '../element/planChange.ts';

export type {
  PatternName, Product, TreatmentArea, Responsiveness, Scenario, Controls, Loading, ReducedMotion, Theme,
  TimeUpdateDetail, ChapterChangeDetail, ScalpViewerErrorDetail, IdleWarningDetail, CompareMode, PlanChangeDetail,
};

/** A number, or its text as an HTML attribute holds it (`"10"`, `"0.5"`). */
export type NumberLike = number | `${number}`;

/** Distinct tokens of `T`, space-separated, in any order (at least one). */
type Tokens<T extends string, All extends string = T> = T extends string
  ? T | `${T} ${Tokens<Exclude<All, T>>}`
  : never;

/** Space-separated distinct tokens of `T` in any order, or empty: `"signal vascular"`, `""`. */
export type TokenList<T extends string> = '' | Tokens<T>;

/** `overlays` values: tokens `signal`, `vascular`, `labels`, or empty for none. */
export type OverlaysValue = TokenList<(typeof OVERLAY_TOKENS)[number]>;

/** `readout` values: tokens `sham`, `band`, or empty. */
export type ReadoutValue = TokenList<(typeof READOUT_TOKENS)[number]>;

/**
 * The element's attributes with the values it accepts (HTML names; all optional). Numbers may be
 * given as numbers or numeric text. Values outside these types are rejected at run time too
 * (a console warning, and the last good value stays). See the README's API reference.
 */
export interface ScalpViewerAttributes {
  /** Hair-loss pattern. Default `norwood-4`. */
  pattern?: PatternName;
  /** What is injected. Default `conditioned-medium`. */
  product?: Product;
  /** Injection grid spacing in mm, 3–40. Default 10. */
  spacing?: NumberLike;
  /** Session days: comma-separated text (`"0,28,56"`), or an array when set as a property. */
  sessions?: string | readonly number[];
  /** The current day. */
  time?: NumberLike;
  /** The current week; setting it seeks. */
  week?: NumberLike;
  /** Length of the timeline in days, 28–400. Default 365. */
  duration?: NumberLike;
  /** Id of the current chapter; setting it seeks to the chapter. */
  chapter?: string;
  /** How much UI to draw. Default `full`. */
  controls?: Controls;
  /** Colour scheme. Default `light`. */
  theme?: Theme;
  /** Text alternative of the 3D view. */
  alt?: string;
  /** Language of the UI (`en`, `es`, `de`, regional tags match). */
  lang?: string;
  /** `lazy`: nothing is set up until the element nears the viewport. Default `eager`. */
  loading?: Loading;
  /** URL of an image shown until the first frame. */
  poster?: string;
  /** Camera position as "θ φ r": `"-150deg 40deg 80%"`. */
  'camera-orbit'?: string;
  /** `auto` follows the system's prefers-reduced-motion. Default `auto`. */
  'reduced-motion'?: ReducedMotion;
  /** Play once the first frame is drawn (not under reduced motion). */
  autoplay?: boolean;
  /** Start again at day 0 at the end. */
  loop?: boolean;
  /** Simulated days per second. Default 7. */
  speed?: NumberLike;
  /** Seed of the follicle layout and the simulation. Default 1. */
  seed?: NumberLike;
  /** Treatment area. Default `vertex`. */
  area?: TreatmentArea;
  /** Responder level. Default `typical`. */
  responsiveness?: Responsiveness;
  /** A scenario (version 1): inline JSON, a URL, or a scenario object when set as a property. */
  scenario?: string | Scenario;
  /** What the view shows besides the hair, space-separated. Default `signal vascular`. */
  overlays?: OverlaysValue;
  /** Extra readout figures, space-separated. Default empty. */
  readout?: ReadoutValue;
  /** Share of the real follicle count to place and draw, (0, 1]. Default 1. */
  'density-scale'?: NumberLike;
  /** Kiosk mode for an unattended touch screen (attract loop, idle reset). */
  kiosk?: boolean;
  /** Kiosk mode: seconds without input before the countdown to a reset. Default 60. */
  'idle-timeout'?: NumberLike;
  /** Keep the view (scenario, day, camera orbit) in the page URL's hash. */
  'url-state'?: boolean;
  /** Presenter mode: clicker keys step chapters from anywhere on the page; large captions. */
  presenter?: boolean;
  /** A comparison view: day 0 against now, treated against sham, or the responder band. */
  compare?: CompareMode;
  /** Show a to-scale section through the skin (layers, follicle depth, injection depth). */
  cutaway?: boolean;
  /** Clicking the scalp adds or removes injection sites; a panel sets spacing, product, sessions. */
  editable?: boolean;
}

/** `detail` of `ready`. */
export interface ReadyDetail {
  /** Length of the timeline in days. */
  duration: number;
}

/** `detail` of `play`, `pause` and `ended`. */
export interface PlaybackDetail {
  /** The day playback started or stopped at. */
  time: number;
}

/** `detail` of `loop`. */
export interface LoopDetail {
  /** Loops so far. */
  count: number;
}

/** The events `<scalp-viewer>` dispatches, by name (all `CustomEvent`s; all but `error` bubble). */
export interface ScalpViewerEventMap {
  /** The first frame with the model is drawn. */
  ready: CustomEvent<ReadyDetail>;
  /** The current day changed; at most once per frame. */
  timeupdate: CustomEvent<TimeUpdateDetail>;
  /** A seek has been shown; at most once per frame. */
  seeked: CustomEvent<TimeUpdateDetail>;
  /** The current day entered another chapter. */
  chapterchange: CustomEvent<ChapterChangeDetail>;
  /** Playback was requested. */
  play: CustomEvent<PlaybackDetail>;
  /** Playback stopped. */
  pause: CustomEvent<PlaybackDetail>;
  /** Playback reached the last day with `loop` off. */
  ended: CustomEvent<PlaybackDetail>;
  /** Playback wrapped from the last day back to day 0. */
  loop: CustomEvent<LoopDetail>;
  /** Kiosk mode: the attract loop started. */
  attractstart: CustomEvent<undefined>;
  /** Kiosk mode: the first touch (or key) ended the attract loop. */
  attractend: CustomEvent<undefined>;
  /** Kiosk mode: no input for `idle-timeout` seconds; the countdown to a reset shows. */
  idlewarning: CustomEvent<IdleWarningDetail>;
  /** Kiosk mode: the countdown ran out and the element is back at its start state. */
  sessionreset: CustomEvent<undefined>;
  /** The user edited the plan (`editable`): the sites (null: the area's grid), product, spacing, sessions. */
  planchange: CustomEvent<PlanChangeDetail>;
  /** No 3D view is possible, the model failed, or a scenario URL could not be loaded. */
  error: CustomEvent<ScalpViewerErrorDetail>;
}

/** A listener for one of the element's events; `currentTarget` is the element. */
export type ScalpViewerEventListener<K extends keyof ScalpViewerEventMap> = (
  event: ScalpViewerEventMap[K] & { currentTarget: ScalpViewer },
) => void;

/** `camelCase` of a kebab-case attribute name, as Vue templates and props use it. */
export type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : S;
