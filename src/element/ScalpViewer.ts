import { LitElement, html, nothing } from 'lit';
import { cssomStyle } from './cssomStyle.ts';
import type { PropertyValues } from 'lit';
import type { PatternName, Product, TreatmentArea, Vec3 } from '../model/index.ts';
import type { Responsiveness } from '../model/vocabulary.ts';
import { parseScenario } from '../model/scenario.ts';
import type { Scenario } from '../model/scenario.ts';
import { ScalpScene, webglAvailable } from '../render/index.ts';
import { HOME_ORBIT } from '../render/CameraRig.ts';
import type { CameraOrbit } from '../render/CameraOrbit.ts';
import { PlaybackTimeline } from '../timeline/index.ts';
import {
  DEFAULTS,
  HORIZON_DAYS,
  parseArea,
  parseControls,
  parseDensityScale,
  parseDuration,
  parseLoading,
  parseReducedMotion,
  parseTheme,
  parseWeek,
  parsePattern,
  parseProduct,
  parseReadout,
  parseOverlays,
  parseResponsiveness,
  parseSeed,
  parseSessions,
  parseSpacing,
  parseSpeed,
  parseTime,
  sameDays,
  quote,
} from './attributes.ts';
import type { Controls, Loading, Parsed, ReducedMotion, Theme } from './attributes.ts';
import { chapterIndexAt, chaptersWithin, defaultChapters, parseChapters } from './chapters.ts';
import type { Chapter } from './chapters.ts';
import { orbitText, parseCameraOrbit } from './cameraOrbit.ts';
import { ARIA_KEYSHORTCUTS, shortcutFor } from './keyboardShortcuts.ts';
import type { ShortcutAction } from './keyboardShortcuts.ts';
import { parseTimeExpression } from './timeExpression.ts';
import { buildModel, scenarioOf } from './buildModel.ts';
import { SimulationClient } from './SimulationClient.ts';
import type { BuiltModel, ModelInputs } from './buildModel.ts';
import { Figures, weekOf } from './format.ts';
import { posterArt } from './poster.ts';
import { strings, stringsFor } from './strings.ts';
import type { Strings } from './strings.ts';
import { styles } from './styles.ts';
import { teachingStyles } from './teachingStyles.ts';
import { TeachingController } from './TeachingController.ts';
import { parseCompare } from './teachingHost.ts';
import type { CompareMode } from './compareMode.ts';
import { kioskStyles } from './kioskStyles.ts';
import { KioskMode } from './kioskMode.ts';
import { DEFAULT_IDLE_TIMEOUT_S } from './KioskController.ts';
import { UrlStateController, viewerStateAccess } from './scenarioHash.ts';
import { snapshotOf } from './snapshot.ts';
import type { SnapshotOptions } from './snapshotOptions.ts';
import { downloadButton } from './scenarioDownload.ts';
import { LABEL_MIN_FACING, LABEL_OBSTACLES, sceneLabels, uncluttered } from './sceneLabels.ts';
import type { SceneLabel } from './sceneLabels.ts';
import { projectAnchor } from '../render/AnchorProjector.ts';

/**
 * Key of the element's scene, for tests and tools in this repository (not public API).
 * @internal
 */
export const $scene = Symbol('scene');

/** Removal waits this long before freeing the GPU; re-insertion within it costs nothing (as `<model-viewer>` does). */
export const DISPOSAL_DELAY_MS = 100;

/** While playing or dragging, the `time` attribute is written at most this often (never every frame). */
const TIME_REFLECT_INTERVAL_MS = 1000;

/** How far before the viewport a `loading="lazy"` element starts to set up. */
const LAZY_MARGIN = '200px';
/**
 * At most this long (ms) the WebGL start waits for the simulation Worker to start: a dedicated
 * Worker boots only while the main thread is free now and then, and starting WebGL (the first
 * context and frame take ~1 s of main-thread and GPU-process time on software WebGL) before it
 * has booted puts the whole simulation after it.
 */
const WEBGL_WAITS_FOR_WORKER_MS = 300;

/** Degrees a rotate button turns the view; factor a zoom button moves it. */
const ROTATE_STEP_DEG = 30;
const ZOOM_STEP = 0.8;

/** `detail` of the `timeupdate` and `seeked` events. */
export interface TimeUpdateDetail {
  /** The current day (may be fractional while playing). */
  time: number;
  /** Whole weeks since day 0. */
  week: number;
  /** Id of the chapter the day falls in. */
  chapter: string;
}

/** `detail` of the `chapterchange` event. */
export interface ChapterChangeDetail {
  /** Id of the chapter now shown. */
  chapter: string;
  /** Its position in `chapters`, from 0. */
  index: number;
  /** Its title, in the element's language. */
  title: string;
  /** Id of the chapter before the change. */
  previous: string;
}

export type { Chapter } from './chapters.ts';
export type { Strings } from './strings.ts';
export type { CameraOrbit } from '../render/CameraOrbit.ts';

/** `detail` of the `error` event. */
export interface ScalpViewerErrorDetail {
  /**
   * `webgl`: no 3D view is possible; `model`: the simulation failed; `scenario`: the scenario
   * URL could not be loaded (the last good state is kept).
   */
  type: 'webgl' | 'model' | 'scenario';
  message: string;
}

/** Attribute text reaches the checked setters unconverted, so a warning can quote it. */
const asText = {
  fromAttribute: (value: string | null) => value,
  // null/undefined remove the attribute rather than writing the text "null".
  toAttribute: (value: unknown) => (value === null || value === undefined ? null : String(value)),
};

/**
 * `<scalp-viewer>`: a scalp with its follicles, the injection sites of a
 * treatment plan, and dormant follicles waking into growth along a timeline
 * of days. A teaching model, not a prediction.
 *
 * @element scalp-viewer
 *
 * @attr pattern - Hair-loss pattern: `none`, `norwood-1` … `norwood-7`, `norwood-3v`, `ludwig-1` … `ludwig-3`, `areata`, `scarring`. Default `norwood-4`.
 * @attr product - What is injected: `cells`, `conditioned-medium`, `exosomes`, `prp`, `sham`, `none`. Default `conditioned-medium`.
 * @attr spacing - Injection grid spacing in mm, 3–40 (as in a scenario). Default 10 (science.md §4).
 * @attr sessions - Session days, comma-separated, within 0–365. Default `0,28,56` (science.md §4).
 * @attr time - The current day. Written back at once on a seek, pause or the end; at most once a second while playing or dragging the slider.
 * @attr week - The current week (day ÷ 7); setting it seeks. Kept in step with `time` when present.
 * @attr duration - Length of the timeline in days, 28–400 (the simulation horizon). Default 365.
 * @attr chapter - Id of the current chapter; setting it seeks to the chapter's first day. Kept in step with `time` when present.
 * @attr presenter - Presenter mode: a clicker or the keyboard steps chapter by chapter from anywhere on the page (PageDown/ArrowRight/ArrowDown next, PageUp/ArrowLeft/ArrowUp previous; "." or "b" blanks the view), the camera flies to each chapter's view (a cut under reduced motion), and the caption is shown large.
 * @attr compare - A comparison view: `before-after` (day 0 and the current day split by a divider the user drags or moves with the arrow keys), `sham` (the same scalp treated and sham-treated side by side, same camera and day), `band` (low, typical and high responders side by side). Empty or absent: one view.
 * @attr cutaway - Show a section through the skin drawn to scale: epidermis, dermis, subcutaneous fat, the follicles' depth and the depth where injections go (science.md §1.3, §4), tied to a point of the view.
 * @attr editable - Let the user edit the plan: a click or tap on the scalp adds an injection site, a click on a site removes it; a panel chooses spacing, product and sessions. The simulation re-runs and the current day is kept. Fires `planchange`.
 * @attr controls - How much UI to draw: `full` (default: playback, chapters, readout, view buttons, legend, caption), `minimal` (play button, timeline and caption), `none` (the page's own UI; a pause button still shows while it plays).
 * @attr theme - Colour scheme: `light` (default), `dark`, `high-contrast`. The colour custom properties override `light` and `dark`; `high-contrast` keeps its black, white and yellow whatever the page sets.
 * @attr alt - Text alternative of the 3D view. Default: a description of what it shows, in the element's language.
 * @attr lang - Language of the UI: `en`, `es`, `de` (regional tags like `es-MX` match). Without it, the nearest ancestor's `lang`, then English.
 * @attr loading - `eager` (default) sets up at once; `lazy` makes no renderer, worker or model until the element nears the viewport.
 * @attr poster - URL of an image shown until the first frame (instead of the drawn head).
 * @attr camera-orbit - Camera position as "θ φ r", like `<model-viewer>`: `"-150deg 40deg 80%"` (θ about the vertical from the face, φ from straight above, r as a share of the home distance; `auto` keeps the home value). The camera flies there (cuts with reduced motion).
 * @attr reduced-motion - `auto` (default: follow the system's prefers-reduced-motion), `on` or `off`. Reduced: no autoplay, no automatic camera motion, cuts instead of camera flights.
 * @attr autoplay - Start playing once the first frame is drawn (not when the user prefers reduced motion).
 * @attr loop - Start again at day 0 at the end instead of stopping.
 * @attr speed - Playback rate in simulated days per second. Default 7 (a year in about 52 s).
 * @attr seed - Seed of the follicle layout and the simulation's random draws. Default 1.
 * @attr area - Treatment area: `frontal`, `mid-scalp`, `vertex`, `temporal`, `occipital`, `whole`. Default `vertex`.
 * @attr responsiveness - How strongly this scalp answers the signal: `low`, `typical`, `high`. Default `typical`.
 * @attr scenario - A scenario (version 1, see scenario.schema.json): inline JSON starting with `{`, or a URL the element fetches. A valid one sets pattern, product, area, spacing, sessions, seed, responsiveness and horizon at once; a bad one warns and the last good state stays.
 * @attr overlays - What the view shows besides the hair, space-separated: `signal` (the growth-factor signal as spreading rings and heat), `vascular` (the blood-supply boost as a reddening capillary network; illustrative) and `labels` (names on the picture: the injection sites, crown, frontal hairline, temples and back of the head, each while its skin faces the camera and no more important label is in its place). Default `signal vascular`; empty shows none. The legend's toggle buttons change it.
 * @attr readout - Extra figures, space-separated tokens: `sham` (the sham twin's change, "Sham: +N%") and `band` (the low–high responder range, "Range: +a% to +b%"). Default empty.
 * @attr density-scale - Share of the real follicle count to place, simulate and draw, (0, 1]; for weak devices and tests. Densities shown are scaled back to the whole scalp. Default 1.
 * @attr data-ready - Read-only: present once the first frame with the model is drawn.
 * @attr kiosk - Kiosk mode for an unattended touch screen: fills the window, large type and touch targets (64 px or more), no text input; an attract loop (the timeline loops, the camera turns slowly; still chapters with reduced motion) with a "Touch to explore" call until the first touch; after `idle-timeout` seconds without input a visible countdown, then a reset to the start state (day 0, home view, the page's attributes, paused) and the loop again.
 * @attr idle-timeout - Kiosk mode: seconds without input (pointer, touch, key, wheel) before the countdown to a reset. The countdown lasts 10 s, or the timeout when shorter. Default 60.
 * @attr kiosk-state - Read-only: `attract`, `active` or `warning` (the countdown) in kiosk mode, for page CSS.
 * @attr url-state - Keep the view (scenario, day, camera orbit) in the page URL's hash, so a link reproduces it: read when the element connects and on `hashchange`, written with `history.replaceState` (no history entries) at most twice a second. Only viewers with this attribute touch the URL.
 *
 * @fires ready - The first frame with the model is drawn. `detail: { duration }`.
 * @fires timeupdate - The current day changed; at most once per frame. `detail: { time, week, chapter }`.
 * @fires seeked - A seek (method, attribute, slider, keyboard, chapter) has been shown; at most once per frame. `detail: { time, week, chapter }`.
 * @fires chapterchange - The current day entered another chapter, by playback or a seek. `detail: { chapter, index, title, previous }`.
 * @fires planchange - The user edited the plan (`editable`). `detail: { sites, product, spacingMm, sessions }`; `sites` is null when the plan is the area's grid.
 * @fires play - Playback was requested (`play()`, the button or a key). `detail: { time }`.
 * @fires pause - Playback stopped (`pause()`, the button, a key, the end, or removal from the page). `detail: { time }`.
 * @fires ended - Playback reached the last day with `loop` off. `detail: { time }`.
 * @fires loop - Playback wrapped from the last day back to day 0 (`loop` on). `detail: { count }`, loops so far.
 * @fires attractstart - Kiosk mode: the attract loop started (on load, and after each session reset).
 * @fires attractend - Kiosk mode: the first touch (or key) ended the attract loop.
 * @fires idlewarning - Kiosk mode: no input for `idle-timeout` seconds; the countdown to a reset shows. `detail: { seconds }`.
 * @fires sessionreset - Kiosk mode: the countdown ran out and the element is back at its start state.
 * @fires error - No 3D view is possible (no WebGL), the model failed, or the `scenario` URL could not be loaded. `detail: { type, message }`. Does not bubble (like `<video>`'s). The element stays usable.
 *
 * @slot disclaimer - The caveat line. Default: "Teaching model, not a prediction of individual results".
 * @slot poster - What shows while the model is built and when there is no WebGL. Default: the `poster` image, else a drawn head.
 * @slot caption - Replaces the chapter caption under the view. Default: the current chapter's title and caption.
 * @slot annotation-* - Notes anchored to the scalp: `data-position="x y z"` (head frame, mm) or `data-structure` (`crown`, `vertex`, `hairline`, `frontal`, `mid-scalp`, `temporal-left`, `temporal-right`, `occipital`). Placed over the view as the camera moves; hidden, inert and aria-hidden while the head hides them; Enter or a click turns the view to face them.
 *
 * @csspart stage - The box holding the 3D view.
 * @csspart canvas - The 3D view.
 * @csspart controls - The control bar (also named `toolbar`).
 * @csspart toolbar - The control bar.
 * @csspart play-button - The play/pause button.
 * @csspart chapter-button - The previous/next chapter buttons.
 * @csspart scrubber - The timeline slider (a native range input, in days).
 * @csspart chapter-marks - The row of chapter marks along the slider.
 * @csspart chapter-mark - One chapter mark.
 * @csspart week - The "Week 12 of 52" text.
 * @csspart readout - Visible hairs/cm² and change in the treated area.
 * @csspart caption - The chapter caption box.
 * @csspart compare-pane - Each extra view of `compare` (day 0, sham, low or high responder).
 * @csspart compare-label - The label over each compared view.
 * @csspart compare-divider - The before/after divider (a slider).
 * @csspart annotation - The box each `annotation-*` note is placed in.
 * @csspart cutaway - The skin section of `cutaway`.
 * @csspart plan-panel - The plan panel of `editable`.
 * @csspart plan-add - Its "add a site at the view centre" button.
 * @csspart plan-grid - Its "back to a grid" button.
 * @csspart blank - The black screen of presenter mode.
 * @csspart legend - The overlay legend with its toggle buttons.
 * @csspart legend-toggle - One overlay toggle button of the legend.
 * @csspart view-buttons - The rotate, zoom and reset-view buttons.
 * @csspart view-button - One of those buttons.
 * @csspart label - A text label on the scene (`overlays="labels"`).
 * @csspart disclaimer - The caveat line.
 * @csspart kiosk-call - Kiosk mode: the "Touch to explore" call of the attract loop.
 * @csspart kiosk-countdown - Kiosk mode: the "Starting over in 10 s" countdown.
 * @csspart download-button - Teaching mode (`presenter`): saves the scenario as a JSON file.
 *
 * @cssprop --scalp-viewer-accent - Colour of buttons, slider and injection sites. Default `#0f766e`.
 * @cssprop --scalp-viewer-on-accent - Colour of icons on the accent. Default `#fff`.
 * @cssprop --scalp-viewer-background - Background of the element. Default `#f3efeb`.
 * @cssprop --scalp-viewer-color - Text colour. Default `#1f2933`.
 * @cssprop --scalp-viewer-font - Font family. Default the system UI font.
 * @cssprop --scalp-viewer-font-size - Base font size. Default `15px`.
 * @cssprop --scalp-viewer-radius - Corner radius. Default `12px`.
 * @cssprop --scalp-viewer-focus - Focus ring colour. Default `#2563eb`.
 * @cssprop --scalp-viewer-surface - Background of the caption, legend and labels. Default a near-white (theme dependent).
 * @cssprop --scalp-viewer-signal - Legend swatch of the growth-factor signal. Default `#d97706`.
 * @cssprop --scalp-viewer-vascular - Legend swatch of the blood-supply boost. Default `#dc2626`.
 * @cssprop --scalp-viewer-target-size - Size of buttons and other touch targets. Default `44px`.
 * @cssprop --scalp-viewer-caption-font-size - Caption text size. Default `0.93em`.
 * @cssprop --scalp-viewer-kiosk-font-size - Base font size in kiosk mode. Default `24px`.
 */
export class ScalpViewer extends LitElement {
  static override styles = [styles, kioskStyles, teachingStyles];

  static override properties = {
    pattern: { converter: asText, reflect: true },
    product: { converter: asText, reflect: true },
    spacing: { converter: asText, reflect: true },
    sessions: { converter: asText, reflect: true },
    time: { converter: asText },
    speed: { converter: asText, reflect: true },
    seed: { converter: asText, reflect: true },
    densityScale: { attribute: 'density-scale', converter: asText },
    area: { converter: asText, reflect: true },
    responsiveness: { converter: asText },
    scenario: { converter: asText },
    readout: { converter: asText },
    overlays: { converter: asText, reflect: true },
    autoplay: { type: Boolean, reflect: true },
    loop: { type: Boolean, reflect: true },
    week: { converter: asText },
    duration: { converter: asText, reflect: true },
    chapter: { converter: asText },
    controls: { converter: asText, reflect: true },
    theme: { converter: asText, reflect: true },
    alt: { converter: asText, reflect: true },
    loading: { converter: asText, reflect: true },
    poster: { converter: asText, reflect: true },
    cameraOrbit: { attribute: 'camera-orbit', converter: asText, reflect: true },
    reducedMotion: { attribute: 'reduced-motion', converter: asText, reflect: true },
    kiosk: { type: Boolean, reflect: true },
    idleTimeout: { attribute: 'idle-timeout', type: Number },
    urlState: { attribute: 'url-state', type: Boolean },
    strings: { attribute: false },
    chapters: { attribute: false },
    presenter: { type: Boolean, reflect: true },
    compare: { converter: asText, reflect: true },
    cutaway: { type: Boolean, reflect: true },
    editable: { type: Boolean, reflect: true },
  };

  // `lang` is a global attribute with a native property: watched, not redeclared.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** Start playing once the first frame is drawn, unless the user prefers reduced motion. */
  declare autoplay: boolean;
  /** Start again at day 0 at the end instead of stopping. */
  declare loop: boolean;
  /** Presenter mode (see the `presenter` attribute). */
  declare presenter: boolean;
  /** Show the skin section (see the `cutaway` attribute). */
  declare cutaway: boolean;
  /** Let the user edit the plan by clicking the scalp (see the `editable` attribute). */
  declare editable: boolean;
  /** Kiosk mode (see the `kiosk` attribute). */
  declare kiosk: boolean;
  /** Kiosk mode: seconds without input before the countdown to a reset (see `idle-timeout`). */
  declare idleTimeout: number;
  /** Keep the view in the URL hash (see `url-state`). */
  declare urlState: boolean;

  /** Kiosk mode: attract loop, idle countdown and reset, caption swipe. */
  #kioskMode = new KioskMode(this, { scene: () => this.#scene, text: () => this.#text, integer: (n) => this.#figures.integer(n) });

  #pattern: PatternName = DEFAULTS.pattern;
  #product: Product = DEFAULTS.product;
  #spacing: number = DEFAULTS.spacing;
  #sessions: readonly number[] = DEFAULTS.sessions;
  #speed: number = DEFAULTS.speed;
  #seed: number = DEFAULTS.seed;
  #densityScale: number = DEFAULTS.densityScale;
  #area: TreatmentArea = DEFAULTS.area;
  #responsiveness: Responsiveness = DEFAULTS.responsiveness;
  #readout: string = DEFAULTS.readout;
  #overlays: string = DEFAULTS.overlays;
  /** Explicit sites of the last scenario; a later `area` or `spacing` goes back to the grid. */
  #sites?: readonly Vec3[];
  #horizon = HORIZON_DAYS;
  #scenarioSource: string | Scenario | null = null;
  #scenarioFetch?: AbortController;
  #day = 0;

  #alive = false;
  #timeline?: PlaybackTimeline;
  #scene?: ScalpScene;
  #resizeObserver?: ResizeObserver;
  #intersectionObserver?: IntersectionObserver;
  #disposeTimer?: ReturnType<typeof setTimeout>;

  #client?: SimulationClient;
  #built?: BuiltModel;
  #shownModel?: BuiltModel;
  #requestedKey?: string;
  #buildAbort?: AbortController;
  #progress = 0;
  #failure?: ScalpViewerErrorDetail;
  #readyFired = false;
  /** The page's WebGL context is lost: a notice shows until it is back (it comes back by itself). */
  #contextLost = false;

  #wantsPlay = false;
  #scrubbing = false;
  #frameRequest = 0;
  #lastReportedDay = Number.NaN;
  #reflectingTime = false;
  #lastTimeReflect = -Infinity;
  #timeReflectTimer?: ReturnType<typeof setTimeout>;
  #figures = new Figures(undefined);

  #controls: Controls = DEFAULTS.controls;
  #theme: Theme = DEFAULTS.theme;
  #loading: Loading = DEFAULTS.loading;
  #reducedMotion: ReducedMotion = DEFAULTS.reducedMotion;
  #alt: string | null = null;
  #poster: string | null = null;
  #cameraOrbit: string | null = null;
  #orbitGoal?: CameraOrbit;
  #stringOverrides: Partial<Strings> | null = null;
  #chapterList: readonly Chapter[] | null = null;
  /** Strings in the element's language, with the page's overrides. */
  #text: Strings = strings;
  /** The default chapters in the element's language (made once per language). */
  #defaultChapters: readonly Chapter[] = Object.freeze(defaultChapters(strings));
  #lang = '';
  /** A lazy element has made nothing yet; eager ones are active from the start. */
  #activated = false;
  #lazyObserver?: IntersectionObserver;
  #langObserver?: MutationObserver;
  #seekPending = false;
  #chapterShown?: string;
  #announcement = '';
  #loops = 0;
  /** The scene has had its first model (which frames the head and resets the camera). */
  #sceneFramed = false;
  /** Counts set-ups, so a scene start still waiting when the element was torn down is dropped. */
  #setUps = 0;
  #compare: CompareMode = '';
  /** The teaching parts (presenter, compare views, annotations, cutaway, plan editing), lent what they read. */
  #teaching = new TeachingController(this, {
    scene: () => this.#scene,
    model: () => this.#shownModel,
    day: () => this.#day,
    text: () => this.#text,
    reducedMotion: () => this.motionReduced,
    sites: () => this.#sites,
    setSites: (sites) => {
      this.#sites = sites;
      this.requestUpdate();
    },
    formatChange: (percent) => this.#figures.change(percent),
    formatInteger: (n) => this.#figures.integer(n),
    chapter: () => this.#chapters()[chapterIndexAt(this.#chapters(), this.#day)],
  });

  constructor() {
    super();
    this.autoplay = false;
    this.loop = false;
    this.presenter = false;
    this.cutaway = false;
    this.editable = false;
    this.kiosk = false;
    this.idleTimeout = DEFAULT_IDLE_TIMEOUT_S;
    this.urlState = false;
    // Held by the element's controller list; reads and writes the hash while `url-state` is on.
    new UrlStateController(
      this,
      viewerStateAccess(this, () => (this.#scene ? orbitText(this.#scene.cameraRig.getOrbit()) : undefined)),
    );
  }

  // ---- attributes and properties -------------------------------------------

  /** Hair-loss pattern (see the `pattern` attribute). Bad values warn and are ignored. */
  get pattern(): PatternName {
    return this.#pattern;
  }
  set pattern(value: PatternName | string | null) {
    this.#pattern = this.#checked('pattern', value, parsePattern, DEFAULTS.pattern, this.#pattern);
  }

  /** Injected product (see the `product` attribute). Bad values warn and are ignored. */
  get product(): Product {
    return this.#product;
  }
  set product(value: Product | string | null) {
    this.#product = this.#checked('product', value, parseProduct, DEFAULTS.product, this.#product);
  }

  /** Injection grid spacing in mm, 3–40 (as in a scenario). Bad values warn and are ignored. */
  get spacing(): number {
    return this.#spacing;
  }
  set spacing(value: number | string | null) {
    const next = this.#checked('spacing', value, parseSpacing, DEFAULTS.spacing, this.#spacing);
    // A page that sets a spacing wants a grid, not the explicit sites of an earlier scenario.
    if (next !== this.#spacing) this.#sites = undefined;
    this.#spacing = next;
  }

  /** Session days, ascending (set an array or "0,28,56"). Bad values warn and are ignored. */
  get sessions(): readonly number[] {
    return this.#sessions;
  }
  set sessions(value: readonly number[] | string | null) {
    const next = this.#checked('sessions', value, parseSessions, DEFAULTS.sessions, this.#sessions);
    // Keep the same array when the days are the same, so Lit sees no change.
    if (!sameDays(next, this.#sessions)) this.#sessions = Object.freeze([...next]);
  }

  /** The current day, 0–`duration`. Setting it seeks. */
  get time(): number {
    return this.#day;
  }
  set time(value: number | string | null) {
    if (value === null) return; // removing the attribute leaves the playhead where it is
    const parsed = parseTime(value);
    if (!parsed.ok) {
      this.#warn('time', value, parsed.reason, this.#day);
      return;
    }
    this.#seekTo(parsed.value);
  }

  /** Playback rate in simulated days per second. Default 7. */
  get speed(): number {
    return this.#speed;
  }
  set speed(value: number | string | null) {
    this.#speed = this.#checked('speed', value, parseSpeed, DEFAULTS.speed, this.#speed);
  }

  /** Seed of the follicle layout and of the simulation. Default 1. */
  get seed(): number {
    return this.#seed;
  }
  set seed(value: number | string | null) {
    this.#seed = this.#checked('seed', value, parseSeed, DEFAULTS.seed, this.#seed);
  }

  /** Share of the real follicle count to place and draw, (0, 1]. Default 1. */
  get densityScale(): number {
    return this.#densityScale;
  }
  set densityScale(value: number | string | null) {
    this.#densityScale = this.#checked('density-scale', value, parseDensityScale, DEFAULTS.densityScale, this.#densityScale);
  }

  /** Treatment area (see the `area` attribute). Bad values warn and are ignored. */
  get area(): TreatmentArea {
    return this.#area;
  }
  set area(value: TreatmentArea | string | null) {
    const next = this.#checked('area', value, parseArea, DEFAULTS.area, this.#area);
    if (next !== this.#area) this.#sites = undefined; // as for spacing: back to the grid
    this.#area = next;
  }

  /** Responder level (see the `responsiveness` attribute). Bad values warn and are ignored. */
  get responsiveness(): Responsiveness {
    return this.#responsiveness;
  }
  set responsiveness(value: Responsiveness | string | null) {
    this.#responsiveness = this.#checked(
      'responsiveness', value, parseResponsiveness, DEFAULTS.responsiveness, this.#responsiveness,
    );
  }

  /** Skin overlays shown, normalised tokens: `""`, `"signal"`, `"vascular"` or `"signal vascular"`. */
  get overlays(): string {
    return this.#overlays;
  }
  set overlays(value: string | null) {
    this.#overlays = this.#checked('overlays', value, parseOverlays, DEFAULTS.overlays, this.#overlays);
  }

  /** Extra readout figures, normalised tokens: `""`, `"sham"`, `"band"` or `"sham band"`. */
  get readout(): string {
    return this.#readout;
  }
  set readout(value: string | null) {
    this.#readout = this.#checked('readout', value, parseReadout, DEFAULTS.readout, this.#readout);
  }

  /**
   * The scenario as last given: JSON text, a URL, or a scenario object. Setting it applies a
   * valid scenario at once (a URL once fetched); a bad one warns and changes nothing. Removing
   * the attribute keeps what is shown.
   */
  get scenario(): string | Scenario | null {
    return this.#scenarioSource;
  }
  set scenario(value: string | Scenario | null) {
    this.#scenarioSource = value;
    this.#scenarioFetch?.abort(); // a newer scenario replaces one still loading
    this.#scenarioFetch = undefined;
    if (value === null || value === undefined) return;
    if (typeof value === 'string' && !value.trim().startsWith('{')) {
      if (value.trim() !== '') this.#loadScenario(value.trim());
      return;
    }
    this.#applyScenario(value, 'inline');
  }

  /**
   * Length of the timeline in days: the simulation horizon, 28–400 (365 unless set here or by
   * a scenario). Setting it re-runs the simulation; the shown timeline follows when it is done.
   */
  get duration(): number {
    return this.#horizon;
  }
  set duration(value: number | string | null) {
    this.#horizon = this.#checked('duration', value, parseDuration, HORIZON_DAYS, this.#horizon);
  }

  /** The current week (day ÷ 7, whole weeks). Setting it seeks to that week's first day. */
  get week(): number {
    return weekOf(this.#day);
  }
  set week(value: number | string | null) {
    if (value === null) return; // as for `time`: removing the attribute leaves the playhead
    const parsed = parseWeek(value);
    if (!parsed.ok) {
      this.#warn('week', value, parsed.reason, weekOf(this.#day));
      return;
    }
    this.#seekTo(parsed.value * 7);
  }

  /** Id of the chapter the current day falls in. Setting an id seeks to its first day. */
  get chapter(): string {
    return this.#currentChapter().id;
  }
  set chapter(value: string | null) {
    if (value === null || value === undefined) return;
    // Only text can name a chapter; anything else (a null-prototype object, a Symbol, an object
    // whose toString throws) must warn rather than throw out of the setter.
    const id = typeof value === 'string' ? value.trim().toLowerCase() : null;
    const found = id === null ? undefined : this.#chapters().find((c) => c.id === id);
    if (!found) {
      this.#warn('chapter', value, `no chapter has this id; use one of ${this.#chapters().map((c) => c.id).join(', ')}`, this.chapter);
      return;
    }
    this.#seekTo(found.start);
  }

  /**
   * The chapters of the timeline, in order. Default: seven chapters from the injection day to
   * the fading gain (see chapters.ts), in the element's language. Set an array of
   * `{ id, start, title, caption, view? }` to replace them, or null for the default; a bad list
   * warns and the last good one stays.
   */
  get chapters(): readonly Chapter[] {
    return this.#chapterList ?? this.#defaultChapters;
  }
  set chapters(value: readonly Chapter[] | string | null) {
    if (value === null || value === undefined) {
      this.#chapterList = null;
      return;
    }
    const parsed = parseChapters(value);
    if (!parsed.ok) {
      this.#warn('chapters', Array.isArray(value) ? '[…]' : value, parsed.reason, this.chapters.map((c) => c.id));
      return;
    }
    this.#chapterList = Object.freeze(parsed.value);
  }

  /** How much UI to draw: `full`, `minimal` or `none` (see the `controls` attribute). */
  get controls(): Controls {
    return this.#controls;
  }
  set controls(value: Controls | string | null) {
    this.#controls = this.#checked('controls', value, parseControls, DEFAULTS.controls, this.#controls);
  }

  /** Colour scheme: `light`, `dark` or `high-contrast`. */
  get theme(): Theme {
    return this.#theme;
  }
  set theme(value: Theme | string | null) {
    this.#theme = this.#checked('theme', value, parseTheme, DEFAULTS.theme, this.#theme);
  }

  /** Text alternative of the 3D view; null for the default description in the element's language. */
  get alt(): string | null {
    return this.#alt;
  }
  set alt(value: string | null) {
    const text = this.#asText('alt', value, this.#alt);
    if (text !== undefined) this.#alt = text === null || text.trim() === '' ? null : text;
  }

  /** `eager` or `lazy` (see the `loading` attribute). Switching to `eager` sets up at once. */
  get loading(): Loading {
    return this.#loading;
  }
  set loading(value: Loading | string | null) {
    this.#loading = this.#checked('loading', value, parseLoading, DEFAULTS.loading, this.#loading);
    if (this.#loading === 'eager' && this.isConnected) this.#activate();
  }

  /** URL of the image shown until the first frame; null for the drawn head. */
  get poster(): string | null {
    return this.#poster;
  }
  set poster(value: string | null) {
    const text = this.#asText('poster', value, this.#poster);
    if (text !== undefined) this.#poster = text === null || text.trim() === '' ? null : text.trim();
  }

  /**
   * The camera position last asked for, as "θ φ r" text (see the `camera-orbit` attribute);
   * null for the home view. A drag moves the camera but does not change this.
   */
  get cameraOrbit(): string | null {
    return this.#cameraOrbit;
  }
  set cameraOrbit(value: string | null) {
    if (value === null || value === undefined) {
      this.#cameraOrbit = null;
      this.#orbitGoal = undefined;
      return;
    }
    const parsed = parseCameraOrbit(value, HOME_ORBIT);
    if (!parsed.ok) {
      this.#warn('camera-orbit', value, parsed.reason, this.#cameraOrbit ?? 'the current view');
      return;
    }
    this.#orbitGoal = parsed.value;
    this.#cameraOrbit = orbitText(parsed.value);
    this.#scene?.cameraRig.flyTo(parsed.value, { animate: !this.motionReduced });
  }

  /** Compare view (see the `compare` attribute): `""`, `"before-after"`, `"sham"` or `"band"`. Bad values warn and are ignored. */
  get compare(): CompareMode {
    return this.#compare;
  }
  set compare(value: CompareMode | string | null) {
    this.#compare = this.#checked('compare', value, parseCompare, '', this.#compare);
  }

  /** `auto`, `on` or `off` (see the `reduced-motion` attribute). */
  get reducedMotion(): ReducedMotion {
    return this.#reducedMotion;
  }
  set reducedMotion(value: ReducedMotion | string | null) {
    this.#reducedMotion = this.#checked('reduced-motion', value, parseReducedMotion, DEFAULTS.reducedMotion, this.#reducedMotion);
  }

  /** Read-only: whether motion is reduced now (the `reduced-motion` setting, or the system's for `auto`). */
  get motionReduced(): boolean {
    if (this.#reducedMotion !== 'auto') return this.#reducedMotion === 'on';
    return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  }

  /**
   * Replacements for any UI strings, by key (see `Strings`); the rest come from the table of
   * the element's language. Keys of the wrong kind warn and are ignored.
   */
  get strings(): Partial<Strings> | null {
    return this.#stringOverrides;
  }
  set strings(value: Partial<Strings> | null) {
    if (value !== null && value !== undefined && typeof value !== 'object') {
      this.#warn('strings', value, 'it is not an object of strings by key', '');
      return;
    }
    this.#stringOverrides = value ?? null;
    this.#updateLanguage();
  }

  /** Read-only: true unless playing or waiting to play. */
  get paused(): boolean {
    return !this.#wantsPlay;
  }

  /**
   * The scene, for tests and tools in this repository.
   * @internal
   */
  get [$scene](): ScalpScene | undefined {
    return this.#scene;
  }

  // ---- methods ---------------------------------------------------------------

  /** Play from the current day (from day 0 after the end). Before the model is ready, playing starts when it is. */
  play(): void {
    if (this.#wantsPlay) return;
    this.#wantsPlay = true;
    this.#emit('play', { time: this.#day });
    this.#startIfReady();
    this.requestUpdate();
  }

  /** Stop playback at the current day. */
  pause(): void {
    if (!this.#wantsPlay) return;
    this.#wantsPlay = false;
    this.#timeline?.pause();
    this.#emit('pause', { time: this.#day });
    this.#reflectTime(true);
    this.requestUpdate();
  }

  /**
   * Jump to a point on the timeline: days (`84`), `"week 12"`, `"month 3"`, a share (`"50%"`)
   * or a chapter id (`"visible"`). Keeps playing if it was. Bad values warn and are ignored.
   */
  seek(to: number | string): void {
    const parsed = parseTimeExpression(to, { duration: this.#timelineDays, chapters: this.#chapters() });
    if (!parsed.ok) {
      this.#warn('seek()', to, parsed.reason, this.#day);
      return;
    }
    this.#seekTo(parsed.value);
  }

  /** Jump to the next chapter's first day (nothing after the last chapter starts). */
  nextChapter(): void {
    const next = this.#chapters().find((c) => c.start > this.#day + 1e-6);
    if (next) this.#seekTo(next.start);
  }

  /**
   * Jump to the start of the current chapter, or to the previous chapter's when already at
   * (or within half a day of) the start, as a media player's "previous track" does.
   */
  previousChapter(): void {
    const earlier = this.#chapters().filter((c) => c.start < this.#day - 0.5);
    this.#seekTo(earlier.length ? earlier[earlier.length - 1].start : 0);
  }

  /** Back to the home camera view: a short flight, or a cut when motion is reduced. */
  resetView(): void {
    this.#scene?.cameraRig.reset({ animate: !this.motionReduced });
  }

  /**
   * The scenario (version 1) of what the attributes ask for; setting it back as `scenario`
   * reproduces the same model. The density scale and the current day are not part of it.
   */
  exportScenario(): Scenario {
    return scenarioOf(this.#inputs());
  }

  /**
   * An image of the current view: `{ type, quality, width, height, caption, timestamp }`, all
   * optional. Rendered at `width` × `height` pixels (default the view's own) through the shared
   * renderer, not scaled from the screen; `timestamp: true` draws "Week 12 of 52 · chapter" and
   * `caption: true` the chapter's caption (or pass the text) in a band at the foot. PNG unless
   * `type` is `image/jpeg` or `image/webp`. Rejects without a 3D view (no WebGL, not set up).
   */
  toBlob(options: SnapshotOptions = {}): Promise<Blob> {
    return snapshotOf(this, this.#scene, options, this.#teaching.compare.snapshotPanes);
  }

  /** Draw the current frame now (for snapshots and tests); does nothing without a scene. */
  renderNow(): void {
    this.#scene?.renderNow();
    this.#teaching.compare.renderNow();
  }

  // ---- lifecycle -------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    clearTimeout(this.#disposeTimer);
    this.#disposeTimer = undefined;
    this.#updateLanguage();
    // A page that switches language sets `lang` on <html> or a section: follow it. Only `lang`
    // changes are reported, so this costs nothing otherwise.
    this.#langObserver ??= new MutationObserver(() => this.#updateLanguage());
    this.#langObserver.observe(this.ownerDocument.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    if (this.#loading === 'eager') this.#activated = true;
    else if (!this.#activated) this.#watchForViewport();
    // The shadow DOM survives removal; re-insertion after disposal sets up again.
    if (this.hasUpdated && !this.#alive && this.#activated) {
      this.#setUp();
      this.requestUpdate(); // picks up a build that removal aborted
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#langObserver?.disconnect();
    this.#lazyObserver?.disconnect();
    this.#lazyObserver = undefined;
    clearTimeout(this.#disposeTimer);
    this.#disposeTimer = setTimeout(() => this.#tearDown(), DISPOSAL_DELAY_MS);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    // Our own writes of `time`, `week` and `chapter` must not seek back to a rounded day.
    if ((name === 'time' || name === 'week' || name === 'chapter') && this.#reflectingTime) return;
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.#updateLanguage();
  }

  protected override firstUpdated(): void {
    if (this.#activated) this.#setUp();
  }

  protected override willUpdate(): void {
    // A lazy element makes nothing (no WebGL probe, no worker, no model) until it nears the viewport.
    if (!this.#activated) return;
    // Starting the build here lets this very render show its progress or the "updating" note,
    // and the Worker simulate while the main thread starts WebGL (#setUp).
    const inputs = this.#inputs();
    const key = JSON.stringify(inputs);
    if (key !== this.#requestedKey) this.#build(inputs, key);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!this.#alive) return;
    if (changed.has('speed') && this.#timeline) this.#timeline.speed = this.#speed;
    if (changed.has('loop') && this.#timeline) this.#timeline.loop = this.loop;
    if (changed.has('overlays')) this.#applyOverlays();
    // Labels just rendered (overlay switched on, a model or language arrived) are placed now,
    // not at the next frame, which may be a while off when nothing moves.
    if (this.renderRoot.querySelector('.scene-label:not([style])')) this.#placeLabels();
    if (changed.has('time') || changed.has('week') || changed.has('chapter')) {
      this.#scene?.setTime(this.#day);
      this.#queueFrame();
    }
  }

  // ---- rendering -------------------------------------------------------------

  protected override render() {
    const t = this.#text;
    const duration = this.#timelineDays;
    const day = this.#day;
    const weekText = this.#figures.weekLabel(day, duration);
    const chapters = this.#chapters();
    const chapter = chapters[chapterIndexAt(chapters, day)];
    const bar = this.#controls !== 'none';
    const full = this.#controls === 'full';
    // Until the first frame the cover hides the view: nothing under it may take focus (WCAG 2.4.11).
    const shown = this.#readyFired && this.#shownModel !== undefined;
    return html`
      <div class="frame" @keydown=${this.#onKey}>
        <div class="stage" part="stage">
          <canvas
            part="canvas"
            role="img"
            tabindex=${shown ? '0' : '-1'}
            aria-label=${this.#alt ?? t.sceneLabel}
            aria-keyshortcuts=${ARIA_KEYSHORTCUTS}
          ></canvas>
          ${this.#renderLabels()}
          ${this.#teaching.stage()}
          ${full && shown ? this.#renderViewButtons() : nothing} ${full && shown ? this.#renderLegend() : nothing}
          ${!bar && this.#wantsPlay
            ? // Motion that starts by itself always has a visible pause (WCAG 2.2.2), even without controls.
              html`<button type="button" class="corner-pause" part="play-button" aria-label=${t.pause} @click=${this.#togglePlay}>
                ${pauseIcon}
              </button>`
            : nothing}
          ${this.#renderCover()}
          ${this.#buildAbort && this.#shownModel
            ? html`<div class="updating" role="status">${t.updating}</div>`
            : nothing}
          ${this.#contextLost ? html`<div class="interrupted" role="status">${t.contextLost}</div>` : nothing}
          ${this.#kioskMode.overlay()}
        </div>
        ${bar
          ? html`<div class="caption" part="caption">
              <div class="caption-body">
                <slot name="caption"
                  ><strong class="caption-title">${chapter.title}</strong>
                  <span class="caption-text">${chapter.caption}</span></slot
                >
              </div>
            </div>`
          : nothing}
        ${bar ? this.#renderToolbar(weekText, chapters, chapter, duration, full) : nothing}
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.#announcement}</div>
        <p class="disclaimer" part="disclaimer"><slot name="disclaimer">${t.caveat}</slot></p>
      </div>
    `;
  }

  #renderToolbar(weekText: string, chapters: readonly Chapter[], chapter: Chapter, duration: number, full: boolean) {
    const t = this.#text;
    const day = this.#day;
    const button = (label: string, icon: unknown, onClick: () => void) =>
      html`<button type="button" part="chapter-button" aria-label=${label} @click=${onClick}>${icon}</button>`;
    return html`<div class="controls" part="controls toolbar" role="group" aria-label=${t.toolbarLabel}>
      ${full ? button(t.previousChapter, previousIcon, () => this.previousChapter()) : nothing}
      <button type="button" part="play-button" aria-label=${this.#wantsPlay ? t.pause : t.play} @click=${this.#togglePlay}>
        ${this.#wantsPlay ? pauseIcon : playIcon}
      </button>
      ${full ? button(t.nextChapter, nextIcon, () => this.nextChapter()) : nothing}
      <div class="scrub">
        <span class="week" part="week" aria-hidden="true">${weekText}</span>
        <div class="track">
          <input
            type="range"
            part="scrubber"
            min="0"
            max=${duration}
            step="1"
            .value=${String(Math.round(day))}
            aria-label=${t.timelineLabel}
            aria-valuetext=${t.sliderValue(weekText, chapter.title)}
            aria-keyshortcuts=${ARIA_KEYSHORTCUTS}
            @input=${this.#onScrubInput}
            @pointerdown=${this.#onScrubStart}
            @pointerup=${this.#onScrubEnd}
            @pointercancel=${this.#onScrubEnd}
          />
          <div class="marks" part="chapter-marks" aria-hidden="true">
            ${chapters.map(
              (c) =>
                html`<span
                  class="mark ${c === chapter ? 'current' : ''}"
                  part="chapter-mark"
                  data-chapter=${c.id}
                  title=${c.title}
                  style=${cssomStyle({ '--at': String(Math.min(1, c.start / duration)) })}
                ></span>`,
            )}
          </div>
        </div>
      </div>
      ${full ? this.#renderReadout() : nothing} ${downloadButton(this, t.downloadScenario)}
    </div>`;
  }

  #renderReadout() {
    const t = this.#text;
    const treated = this.#shownModel?.result.treated;
    const index = Math.min(Math.max(Math.floor(this.#day), 0), (treated?.visiblePerCm2.length ?? 1) - 1);
    // A thinned field (density-scale < 1) samples the scalp: scale its density back to the
    // real scalp's, so the figure shown is the model's estimate for a whole head.
    const sampled = this.#shownModel?.inputs.densityScale ?? 1;
    const density = treated ? this.#figures.density(treated.visiblePerCm2[index] / sampled) : t.noFigure;
    const change = treated ? this.#figures.change(treated.changePct[index]) : t.noFigure;
    return html`<div class="readout" part="readout">
      <span class="label">${t.treatedArea}</span>
      <span class="figures"
        ><span class="density">${density}</span> ${t.hairsPerCm2} · <span class="change">${change}</span>
        ${t.change}</span
      ><span class="extras">${this.#readoutExtras(index)}</span>
    </div>`;
  }

  /** Rotate, zoom and reset: a button for everything a drag does (WCAG 2.5.7). */
  #renderViewButtons() {
    const t = this.#text;
    const animate = () => ({ animate: !this.motionReduced });
    const rig = () => this.#scene?.cameraRig;
    const button = (label: string, icon: unknown, act: () => void) =>
      html`<button type="button" part="view-button" aria-label=${label} title=${label} @click=${act}>${icon}</button>`;
    return html`<div class="view-buttons" part="view-buttons" role="group" aria-label=${t.viewLabel}>
      ${button(t.rotateLeft, rotateLeftIcon, () => rig()?.rotateBy(-ROTATE_STEP_DEG, animate()))}
      ${button(t.rotateRight, rotateRightIcon, () => rig()?.rotateBy(ROTATE_STEP_DEG, animate()))}
      ${button(t.zoomIn, zoomInIcon, () => rig()?.zoomBy(ZOOM_STEP, animate()))}
      ${button(t.zoomOut, zoomOutIcon, () => rig()?.zoomBy(1 / ZOOM_STEP, animate()))}
      ${button(t.resetView, resetIcon, () => this.resetView())}
    </div>`;
  }

  /** What each overlay shows, with a toggle for each (they change `overlays`). */
  #renderLegend() {
    const t = this.#text;
    const on = this.#overlays.split(' ');
    const entries: [string, string][] = [
      ['signal', t.overlaySignal],
      ['vascular', t.overlayVascular],
      ['labels', t.overlayLabels],
    ];
    return html`<div class="legend" part="legend" role="group" aria-label=${t.legendLabel}>
      ${entries.map(
        ([token, label]) =>
          html`<button
            type="button"
            class="toggle"
            part="legend-toggle"
            data-overlay=${token}
            aria-pressed=${on.includes(token) ? 'true' : 'false'}
            @click=${() => this.#toggleOverlay(token)}
          >
            <span class="swatch ${token}" aria-hidden="true"></span><span class="toggle-text">${label}</span>
          </button>`,
      )}
    </div>`;
  }

  #toggleOverlay(token: string): void {
    const on = new Set(this.#overlays.split(' ').filter(Boolean));
    if (on.has(token)) on.delete(token);
    else on.add(token);
    this.overlays = [...on].join(' ');
  }

  /**
   * Text labels on the scene: the injection sites and the scalp's regions, placed after each
   * frame by #placeLabels. Hidden from AT: the alt and the caption say it.
   */
  #renderLabels() {
    if (!this.#overlays.split(' ').includes('labels') || !this.#shownModel) return nothing;
    const labels = this.#labelSet(this.#shownModel.plan.sites).labels;
    return html`<div class="scene-labels" aria-hidden="true">
      ${labels.map((l) => html`<span class="scene-label" part="label" data-label=${l.id}>${l.text}</span>`)}
    </div>`;
  }

  /** The labels for these sites in the current language and their anchors by id, made again only when either changes (read every frame). */
  #labelSet(sites: readonly Vec3[]): { labels: SceneLabel[]; anchors: Map<string, Vec3> } {
    const cached = this.#labelCache;
    if (cached?.sites === sites && cached.text === this.#text) return cached;
    const labels = sceneLabels(sites, this.#text);
    this.#labelCache = { sites, text: this.#text, labels, anchors: new Map(labels.map((l) => [l.id, l.point])) };
    return this.#labelCache;
  }

  #labelCache?: { sites: readonly Vec3[]; text: Strings; labels: SceneLabel[]; anchors: Map<string, Vec3> };

  /**
   * Moves the labels to where their anchors show in the frame just drawn, hiding those the head
   * hides and those that would cover a more important one. Written to the labels' style
   * directly: it changes every camera frame and must not re-render the template.
   */
  #placeLabels(): void {
    const layer = this.renderRoot.querySelector<HTMLElement>('.scene-labels');
    const canvas = this.renderRoot.querySelector<HTMLElement>('canvas[part~="canvas"]');
    const rig = this.#scene?.cameraRig;
    const model = this.#shownModel;
    if (!layer || !canvas || !rig || !model) return;
    const { anchors } = this.#labelSet(model.plan.sites);
    const elements = [...layer.querySelectorAll<HTMLElement>('.scene-label')];
    // Reads first, then writes: reads after writes would lay the page out once per label.
    // (Nowrap text: a label's width does not depend on where it is.)
    const sizes = elements.map((label) => [label.offsetWidth, label.offsetHeight] as const);
    const origin = layer.getBoundingClientRect();
    const boxOf = (r: DOMRect) => ({ id: '', left: r.left - origin.left, right: r.right - origin.left, top: r.top - origin.top, bottom: r.bottom - origin.top });
    // The labels name the main view: the whole stage, or its pane in a side-by-side compare.
    const view = boxOf(canvas.getBoundingClientRect());
    const width = view.right - view.left;
    const height = view.bottom - view.top;
    // What sits over the picture (buttons, legend, notes, panels, compare labels): a label
    // under it would be cut off or hide it.
    const occupied = [...this.renderRoot.querySelectorAll<HTMLElement>(LABEL_OBSTACLES)].map((ui) => boxOf(ui.getBoundingClientRect()));
    const boxes = elements.map((label, i) => {
      const point = anchors.get(label.dataset.label ?? '');
      if (!point || width < 1 || height < 1) return null;
      const at = projectAnchor(rig.camera, point, width, height, LABEL_MIN_FACING);
      if (!at.inView || at.occluded) return null;
      const x = view.left + at.x;
      const y = view.top + at.y;
      label.style.left = `${x.toFixed(1)}px`;
      label.style.top = `${y.toFixed(1)}px`;
      // The label sits above its anchor, centred, over a 10 px stem (styles.ts).
      const [w, h] = sizes[i]!;
      const box = { id: label.dataset.label!, left: x - w / 2, right: x + w / 2, top: y - 10 - h, bottom: y };
      // Cut by the view's edge: hidden rather than half shown.
      return box.left < view.left || box.top < view.top || box.right > view.right || box.bottom > view.bottom ? null : box;
    });
    const shown = uncluttered(boxes, occupied);
    for (const label of elements) {
      label.classList.toggle('hidden-label', !shown.has(label.dataset.label ?? ''));
      if (!label.hasAttribute('style')) label.style.left = '-999px'; // placed, if out of sight
    }
  }

  #applyOverlays(): void {
    const on = this.#overlays.split(' ');
    this.#scene?.setOverlays({ signal: on.includes('signal'), vascular: on.includes('vascular') });
  }

  /** The figures the `readout` tokens ask for, from the shown model (a dash until it has them). */
  #readoutExtras(index: number) {
    if (!this.#readout) return nothing;
    const t = this.#text;
    const model = this.#shownModel;
    const at = (series: Float32Array | undefined) =>
      series ? this.#figures.change(series[Math.min(index, series.length - 1)]!) : t.noFigure;
    const sham = this.#readout.includes('sham')
      ? html` · <span class="sham">${t.sham(at(model?.sham?.treated.changePct))}</span>`
      : nothing;
    let range: unknown = nothing;
    if (this.#readout.includes('band')) {
      const low = model?.band?.low.treated.changePct;
      const high = model?.band?.high.treated.changePct;
      // Low responders can gain more than high ones on a given day (cycle timing): show min to max.
      const a = low?.[Math.min(index, low.length - 1)];
      const b = high?.[Math.min(index, high.length - 1)];
      const [lo, hi] = a !== undefined && b !== undefined ? [Math.min(a, b), Math.max(a, b)] : [Number.NaN, Number.NaN];
      range = html` · <span class="range">${t.range(this.#figures.change(lo), this.#figures.change(hi))}</span>`;
    }
    return html`${sham}${range}`;
  }

  #renderCover() {
    const t = this.#text;
    const poster = html`<slot name="poster"
      >${this.#poster ? html`<img class="poster-image" src=${this.#poster} alt="" />` : posterArt}</slot
    >`;
    if (this.#failure?.type === 'webgl' || (!this.#shownModel && this.#failure)) {
      return html`<div class="cover" role="alert">
        ${poster}
        <p class="message">${this.#failure.type === 'webgl' ? t.noWebgl : t.buildFailed}</p>
      </div>`;
    }
    if (this.#shownModel && this.#readyFired) return nothing;
    // A lazy element not yet near the viewport shows only its poster.
    if (!this.#activated) return html`<div class="cover">${poster}</div>`;
    const percent = Math.round(this.#progress * 100);
    return html`<div class="cover">
      ${poster}
      <div
        class="progress"
        role="progressbar"
        aria-label=${t.preparing}
        aria-valuemin="0"
        aria-valuemax="100"
        aria-valuenow=${percent}
      >
        <div style=${cssomStyle({ width: `${percent}%` })}></div>
      </div>
      <p class="message">${t.preparing}</p>
    </div>`;
  }

  // ---- set-up and tear-down --------------------------------------------------

  #setUp(): void {
    this.#alive = true;
    this.#sceneFramed = false;
    this.#timeline = new PlaybackTimeline({
      duration: this.#timelineDays,
      speed: this.#speed,
      loop: this.loop,
      onUpdate: (day) => this.#onDay(day),
      onEnded: () => this.#onEnded(),
      onLoop: () => this.#emit('loop', { count: ++this.#loops }),
    });
    this.#timeline.seek(this.#day);

    // WebGL once the simulation Worker runs (or soon): see WEBGL_WAITS_FOR_WORKER_MS.
    const setUp = ++this.#setUps;
    const start = () => {
      if (this.#alive && setUp === this.#setUps && !this.#scene) this.#startScene();
    };
    const client = this.#client;
    if (client?.mode === 'worker') {
      void Promise.race([client.started(), new Promise((resolve) => setTimeout(resolve, WEBGL_WAITS_FOR_WORKER_MS))]).then(start);
    } else {
      start();
    }
  }

  /** The WebGL part of set-up: the scene, its observers, and the model if one is built. */
  #startScene(): void {
    const canvas = this.renderRoot.querySelector('canvas')!;
    if (webglAvailable()) {
      const scene = new ScalpScene(canvas);
      scene.onrender = () => {
        this.#onFrameDrawn();
        if (this.#overlays.includes('labels')) this.#placeLabels();
        this.#teaching.frameDrawn();
      };
      // The scene redraws by itself at the same day and view once the context is back.
      this.#contextLost = scene.contextLost;
      scene.oncontextchange = (lost) => {
        this.#contextLost = lost;
        this.requestUpdate();
      };
      this.#scene = scene;
      this.#applyOverlays();
      this.#resizeObserver = new ResizeObserver(([entry]) => {
        const { width, height } = entry.contentRect;
        if (width > 0 && height > 0) scene.setSize(width, height, window.devicePixelRatio || 1);
      });
      // The canvas, not the stage: a compare view makes the canvas one pane of the stage.
      this.#resizeObserver.observe(canvas);
      // No margin, near-zero threshold: off-screen viewers must not take frame time.
      this.#intersectionObserver = new IntersectionObserver(
        (entries) => scene.setVisible(entries[entries.length - 1].isIntersecting),
        { threshold: 0 },
      );
      this.#intersectionObserver.observe(this);
    } else {
      this.#fail(this.#failure?.type === 'webgl' ? this.#failure : { type: 'webgl', message: strings.noWebgl });
    }
    if (this.#built) this.#show(this.#built);
    this.requestUpdate();
  }

  #tearDown(): void {
    this.#disposeTimer = undefined;
    if (!this.#alive) return;
    this.pause();
    this.#alive = false;
    this.#buildAbort?.abort();
    this.#buildAbort = undefined;
    this.#client?.dispose(); // ends its Worker; a re-insertion makes a new client
    this.#client = undefined;
    // An aborted build must run again on re-insertion.
    this.#requestedKey = this.#built ? JSON.stringify(this.#built.inputs) : undefined;
    cancelAnimationFrame(this.#frameRequest);
    this.#frameRequest = 0;
    clearTimeout(this.#timeReflectTimer);
    this.#resizeObserver?.disconnect();
    this.#intersectionObserver?.disconnect();
    this.#resizeObserver = this.#intersectionObserver = undefined;
    this.#timeline?.dispose();
    this.#timeline = undefined;
    this.#scene?.dispose();
    this.#scene = undefined;
    this.#shownModel = undefined;
    this.#readyFired = false;
    this.#contextLost = false;
    this.removeAttribute('data-ready');
    if (this.#failure?.type === 'webgl') this.#failure = undefined;
  }

  // ---- the model -------------------------------------------------------------

  #inputs(): ModelInputs {
    return {
      seed: this.#seed,
      densityScale: this.#densityScale,
      pattern: this.#pattern,
      product: this.#product,
      spacingMm: this.#spacing,
      sessions: this.#sessions,
      area: this.#area,
      responsiveness: this.#responsiveness,
      ...(this.#sites ? { sites: this.#sites } : {}),
      horizonDays: this.#horizon,
      sham: this.#readout.includes('sham') || this.#teaching.needs.sham,
      band: this.#readout.includes('band') || this.#teaching.needs.band,
    };
  }

  /**
   * Apply a scenario (text or object) at once, or warn with every `path: message` parseScenario
   * gave and change nothing. Never throws: a page's typo must not break the element.
   */
  #applyScenario(input: unknown, source: string): boolean {
    const parsed = parseScenario(input);
    const named = source === 'inline' ? 'scenario' : `scenario="${source}"`;
    const list = (issues: readonly { path: string; message: string }[]) =>
      issues.map((i) => `${i.path}: ${i.message}`).join('; ');
    if (!parsed.ok) {
      console.warn(`<scalp-viewer> ignored ${named}: ${list(parsed.errors)}. Keeping the last good scenario.`);
      return false;
    }
    if (parsed.warnings.length) console.warn(`<scalp-viewer> ${named}: ${list(parsed.warnings)}.`);
    const { scenario } = parsed;
    const t = scenario.treatment;
    this.#seed = scenario.seed;
    this.#pattern = scenario.pattern;
    this.#product = t.product;
    this.#area = t.area;
    this.#spacing = t.spacingMm;
    if (!sameDays(t.sessions, this.#sessions)) this.#sessions = Object.freeze([...t.sessions]);
    this.#sites = t.sites ? Object.freeze(t.sites.map((p): Vec3 => [p[0], p[1], p[2]])) : undefined;
    this.#responsiveness = scenario.responsiveness;
    this.#horizon = scenario.horizonDays;
    this.requestUpdate();
    return true;
  }

  /**
   * Fetch a scenario URL (only ever one the page set). A failed request, an error status, an
   * HTML page (a missing file behind an SPA fallback) or a bad scenario fires `error`, warns,
   * and keeps the last good state.
   */
  #loadScenario(url: string): void {
    const abort = new AbortController();
    this.#scenarioFetch = abort;
    const refuse = (reason: string, warn = true) => {
      if (abort.signal.aborted) return;
      this.#scenarioFetch = undefined;
      // quote(): a page may set a megabyte of text; the warning shows only its start.
      if (warn) console.warn(`<scalp-viewer> ignored scenario="${quote(url)}": ${reason}. Keeping the last good scenario.`);
      const detail: ScalpViewerErrorDetail = { type: 'scenario', message: `scenario "${quote(url)}": ${reason}` };
      this.dispatchEvent(new CustomEvent('error', { detail }));
    };
    fetch(url, { signal: abort.signal })
      .then(async (response) => {
        if (!response.ok) return refuse(`the server answered ${response.status} ${response.statusText}`.trim());
        const type = response.headers.get('content-type') ?? '';
        const text = await response.text();
        if (abort.signal.aborted) return;
        if (/html/i.test(type) || /^\s*</.test(text)) return refuse('the response is an HTML page, not scenario JSON');
        this.#scenarioFetch = undefined;
        if (!this.#applyScenario(text, url)) refuse('it is not a valid scenario', false);
      })
      .catch((error: unknown) => {
        refuse(`it could not be fetched (${error instanceof Error ? error.message : String(error)})`);
      });
  }

  /** Build in the background; the old picture stays until the new one is ready. */
  #build(inputs: ModelInputs, key: string): void {
    this.#buildAbort?.abort();
    const abort = new AbortController();
    this.#buildAbort = abort;
    this.#requestedKey = key;
    this.#progress = 0;
    const run = async () => {
      // No wait for a first paint: the run posts to the Worker at once (or, without one, works
      // on the main thread in stages that yield), so the placeholder paints meanwhile.
      // One client per element: its Worker keeps this element's field between runs, and a
      // newer run supersedes the one in flight.
      this.#client ??= new SimulationClient();
      return buildModel(inputs, {
        client: this.#client,
        signal: abort.signal,
        onProgress: (done) => {
          if (abort.signal.aborted) return;
          this.#progress = done;
          this.requestUpdate();
        },
      });
    };
    run().then(
      (built) => {
        if (abort.signal.aborted) return;
        this.#buildAbort = undefined;
        this.#built = built;
        if (this.#failure?.type === 'model') this.#failure = undefined;
        this.#show(built);
      },
      (error: unknown) => {
        // Superseded or aborted runs are expected as attributes change: not an error to show.
        if (abort.signal.aborted) return;
        this.#buildAbort = undefined;
        if (error instanceof DOMException && error.name === 'AbortError') {
          this.#requestedKey = undefined; // the next update asks again
          this.requestUpdate();
          return;
        }
        const message = error instanceof Error ? error.message : String(error);
        console.error('<scalp-viewer>: the model could not be built;', error);
        this.#fail({ type: 'model', message });
      },
    );
  }

  /** Hand a built model to the scene at the current day. */
  #show(built: BuiltModel): void {
    this.#shownModel = built;
    if (this.#timeline && this.#timeline.duration !== built.result.horizonDays) {
      this.#timeline.duration = built.result.horizonDays;
      // A shorter horizon (a scenario's) brings the playhead in; otherwise the day is kept.
      if (this.#day > built.result.horizonDays) this.#timeline.seek(built.result.horizonDays);
    }
    if (this.#scene) {
      const firstModel = !this.#sceneFramed;
      this.#sceneFramed = true;
      this.#scene.setModel({ head: built.head, field: built.field, result: built.result, plan: built.plan });
      this.#scene.setTime(this.#day);
      // The first model frames the head (home view); a camera-orbit given before applies now.
      if (firstModel && this.#orbitGoal) this.#scene.cameraRig.setOrbit(this.#orbitGoal);
    }
    this.#startIfReady();
    this.requestUpdate();
  }

  #onFrameDrawn(): void {
    if (this.#readyFired || !this.#shownModel) return;
    this.#readyFired = true;
    this.setAttribute('data-ready', '');
    this.requestUpdate();
    this.#emit('ready', { duration: this.#timelineDays });
    // Reduced motion: nothing starts moving by itself (WCAG 2.3.3, 2.2.2).
    if (this.autoplay && !this.motionReduced) this.play();
    this.#startIfReady();
  }

  #fail(detail: ScalpViewerErrorDetail): void {
    if (this.#failure !== detail) {
      this.#failure = detail;
      this.requestUpdate();
    }
    // Not bubbling, like <img> and <video>: an `error` reaching window reads as an uncaught error.
    this.dispatchEvent(new CustomEvent('error', { detail }));
  }

  // ---- playback --------------------------------------------------------------

  /** Start the timeline once playing was asked for and there is a model to show. */
  #startIfReady(): void {
    const drawn = this.#readyFired || (!this.#scene && this.#shownModel);
    if (this.#wantsPlay && drawn && !this.#scrubbing && this.#timeline && !this.#timeline.playing) {
      this.#timeline.play();
    }
  }

  #seekTo(day: number): void {
    if (this.#timeline) {
      this.#timeline.seek(day); // clamps, then reports through #onDay
    } else {
      const old = this.#day;
      this.#day = Math.min(Math.max(day, 0), this.#timelineDays);
      this.requestUpdate('time', old);
    }
    this.#seekPending = true;
    this.#queueFrame();
  }

  #onDay(day: number): void {
    const old = this.#day;
    this.#day = day;
    this.requestUpdate('time', old);
  }

  #onEnded(): void {
    this.#wantsPlay = false;
    this.#emit('pause', { time: this.#day });
    this.#emit('ended', { time: this.#day });
    this.#reflectTime(true);
    this.requestUpdate();
  }

  #togglePlay = (): void => {
    if (this.#wantsPlay) this.pause();
    else this.play();
  };

  #onScrubInput = (event: Event): void => {
    this.seek(Number((event.target as HTMLInputElement).value));
  };

  /** The keyboard shortcuts (keyboardShortcuts.ts), anywhere inside the element. */
  #onKey = (event: KeyboardEvent): void => {
    if (event.defaultPrevented) return;
    const target = event.composedPath()[0] as Element | undefined;
    const tag = target?.tagName;
    const onSlider = tag === 'INPUT' && (target as HTMLInputElement).type === 'range';
    // Text fields a page slots in keep their keys.
    if ((tag === 'INPUT' && !onSlider) || tag === 'TEXTAREA' || tag === 'SELECT' || (target as HTMLElement)?.isContentEditable) return;
    const action = shortcutFor(event, { onButton: tag === 'BUTTON' || tag === 'A', onSlider });
    if (!action) return;
    event.preventDefault();
    this.#perform(action);
  };

  #perform(action: ShortcutAction): void {
    const days = this.#timelineDays;
    switch (action.kind) {
      case 'toggle-play':
        return this.#togglePlay();
      case 'step-weeks':
        // Whole weeks, so the slider reads "Week 13" after "Week 12", not a fractional day.
        return this.#seekTo(Math.max(0, Math.min(days, (weekOf(this.#day) + action.weeks) * 7)));
      case 'step-chapters':
        return action.chapters > 0 ? this.nextChapter() : this.previousChapter();
      case 'start':
        return this.#seekTo(0);
      case 'end':
        return this.#seekTo(days);
      case 'fraction':
        return this.#seekTo(Math.round(action.share * days));
    }
  }

  // Dragging the thumb holds playback, so the thumb does not run from the pointer.
  #onScrubStart = (): void => {
    this.#scrubbing = true;
    this.#timeline?.pause();
  };

  #onScrubEnd = (): void => {
    if (!this.#scrubbing) return;
    this.#scrubbing = false;
    if (this.#wantsPlay && this.#day >= this.#timelineDays && !this.loop) this.#onEnded();
    else this.#startIfReady();
  };

  // ---- per-frame reporting ---------------------------------------------------

  /** One `timeupdate` per frame at most, however often the day changed in it. */
  #queueFrame(): void {
    if (this.#frameRequest) return;
    this.#frameRequest = requestAnimationFrame(() => {
      this.#frameRequest = 0;
      const chapter = this.#currentChapter();
      const detail: TimeUpdateDetail = { time: this.#day, week: weekOf(this.#day), chapter: chapter.id };
      if (chapter.id !== this.#chapterShown) this.#enterChapter(chapter);
      if (this.#seekPending) {
        this.#seekPending = false;
        this.#emit('seeked', detail);
      }
      if (this.#day === this.#lastReportedDay) return;
      this.#lastReportedDay = this.#day;
      this.#emit('timeupdate', detail);
      // At once for a seek; throttled while playing or dragging (the last write trails).
      this.#reflectTime(!this.#timeline?.playing && !this.#scrubbing);
    });
  }

  /** Announce a new chapter (polite live region) and fire `chapterchange`; the first is silent. */
  #enterChapter(chapter: Chapter): void {
    const previous = this.#chapterShown;
    this.#chapterShown = chapter.id;
    if (previous === undefined) return;
    const list = this.#chapters();
    const index = list.findIndex((c) => c.id === chapter.id);
    const f = this.#figures;
    this.#announcement = this.#text.chapterAnnouncement(f.integer(index + 1), f.integer(list.length), chapter.title);
    this.requestUpdate();
    this.#emit('chapterchange', { chapter: chapter.id, index, title: chapter.title, previous } satisfies ChapterChangeDetail);
  }

  /** Write the `time` attribute: at once when `now`, else at most once per interval. */
  #reflectTime(now: boolean): void {
    const since = performance.now() - this.#lastTimeReflect;
    clearTimeout(this.#timeReflectTimer);
    if (!now && since < TIME_REFLECT_INTERVAL_MS) {
      this.#timeReflectTimer = setTimeout(() => this.#reflectTime(true), TIME_REFLECT_INTERVAL_MS - since);
      return;
    }
    this.#lastTimeReflect = performance.now();
    const text = String(Math.round(this.#day * 100) / 100);
    // `week` and `chapter` follow too when the page uses them, so they never disagree with `time`.
    const writes: [string, string][] = [['time', text]];
    if (this.hasAttribute('week')) writes.push(['week', String(weekOf(this.#day))]);
    if (this.hasAttribute('chapter')) writes.push(['chapter', this.chapter]);
    this.#reflectingTime = true;
    try {
      for (const [name, value] of writes) if (this.getAttribute(name) !== value) this.setAttribute(name, value);
    } finally {
      this.#reflectingTime = false;
    }
  }

  // ---- language, chapters, loading -------------------------------------------

  /** The language from `lang` here or on the nearest ancestor, and the strings for it. */
  #updateLanguage(): void {
    const lang = (this.isConnected ? this.closest('[lang]')?.getAttribute('lang') : this.getAttribute('lang')) || '';
    const text = stringsFor(lang, this.#stringOverrides);
    if (lang === this.#lang && text === this.#text) return;
    this.#lang = lang;
    this.#text = text;
    this.#figures = new Figures(lang || undefined, text);
    this.#defaultChapters = Object.freeze(defaultChapters(text));
    // Chapter titles and captions follow the language, so the slider text does too.
    this.requestUpdate();
  }

  /** The chapters on the shown timeline (a short horizon drops the late ones). */
  #chapters(): readonly Chapter[] {
    return chaptersWithin(this.chapters, this.#timelineDays);
  }

  #currentChapter(): Chapter {
    const list = this.#chapters();
    return list[chapterIndexAt(list, this.#day)];
  }

  /** Length of the timeline as shown: the shown model's horizon, else the one asked for. */
  get #timelineDays(): number {
    return this.#shownModel?.result.horizonDays ?? this.#built?.result.horizonDays ?? this.#horizon;
  }

  /** For `loading="lazy"`: set up once the element is within {@link LAZY_MARGIN} of the viewport. */
  #watchForViewport(): void {
    if (this.#lazyObserver || typeof IntersectionObserver === 'undefined') return;
    this.#lazyObserver = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) this.#activate();
      },
      { rootMargin: LAZY_MARGIN },
    );
    this.#lazyObserver.observe(this);
  }

  #activate(): void {
    this.#lazyObserver?.disconnect();
    this.#lazyObserver = undefined;
    if (this.#activated) return;
    this.#activated = true;
    if (this.hasUpdated && !this.#alive && this.isConnected) this.#setUp();
    this.requestUpdate();
  }

  // ---- helpers ---------------------------------------------------------------

  #checked<T>(attribute: string, value: unknown, parse: (v: unknown) => Parsed<T>, fallback: T, current: T): T {
    if (value === null || value === undefined) return fallback;
    const parsed = parse(value);
    if (parsed.ok) return parsed.value;
    this.#warn(attribute, value, parsed.reason, current);
    return current;
  }

  /**
   * A free-text property's value as text: null for null/undefined, the text of a string,
   * number or boolean; anything else (an object, a Symbol) warns and gives undefined, so the
   * setter keeps its last value instead of throwing from a hostile `toString`.
   */
  #asText(property: string, value: unknown, current: unknown): string | null | undefined {
    if (value === null || value === undefined) return null;
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    this.#warn(property, value, 'it is not text', current);
    return undefined;
  }

  #warn(attribute: string, value: unknown, reason: string, kept: unknown): void {
    const shown = Array.isArray(kept) ? kept.join(',') : quote(kept);
    console.warn(`<scalp-viewer> ignored ${attribute}="${quote(value)}": ${reason}. Keeping ${shown}.`);
  }

  #emit(type: string, detail?: unknown): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}

const icon = (d: string) => html`<svg viewBox="0 0 24 24" aria-hidden="true"><path d=${d} /></svg>`;
const previousIcon = icon('M6 5h2.5v14H6zM19 5.5v13L9.5 12z');
const nextIcon = icon('M15.5 5H18v14h-2.5zM5 5.5v13l9.5-6.5z');
const rotateLeftIcon = icon('M12 5a7 7 0 1 1-6.7 9h2.1A5 5 0 1 0 12 7v3L7.5 6 12 2z');
const rotateRightIcon = icon('M12 5a7 7 0 1 0 6.7 9h-2.1A5 5 0 1 1 12 7v3l4.5-4L12 2z');
const zoomInIcon = icon('M10.5 4a6.5 6.5 0 0 1 5.2 10.4l4.4 4.4-1.4 1.4-4.4-4.4A6.5 6.5 0 1 1 10.5 4zm0 2a4.5 4.5 0 1 0 0 9 4.5 4.5 0 0 0 0-9zM9.5 7.5h2v2h2v2h-2v2h-2v-2h-2v-2h2z');
const zoomOutIcon = icon('M10.5 4a6.5 6.5 0 0 1 5.2 10.4l4.4 4.4-1.4 1.4-4.4-4.4A6.5 6.5 0 1 1 10.5 4zm0 2a4.5 4.5 0 1 0 0 9 4.5 4.5 0 0 0 0-9zM7.5 9.5h6v2h-6z');
const resetIcon = icon('M12 3 3 10h2.5v10h5v-6h3v6h5V10H21z');
const playIcon = html`<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M8 5.5v13l10.5-6.5z" /></svg>`;
const pauseIcon = html`<svg viewBox="0 0 24 24" aria-hidden="true">
  <path d="M7 5h3.5v14H7zM13.5 5H17v14h-3.5z" />
</svg>`;

declare global {
  interface HTMLElementTagNameMap {
    'scalp-viewer': ScalpViewer;
  }
}
