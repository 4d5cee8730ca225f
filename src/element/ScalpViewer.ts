import { LitElement, html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import type { PatternName, Product, TreatmentArea, Vec3 } from '../model/index.ts';
import type { Responsiveness } from '../model/vocabulary.ts';
import { parseScenario } from '../model/scenario.ts';
import type { Scenario } from '../model/scenario.ts';
import { ScalpScene, webglAvailable } from '../render/index.ts';
import { PlaybackTimeline } from '../timeline/index.ts';
import {
  DEFAULTS,
  HORIZON_DAYS,
  parseArea,
  parseDensityScale,
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
} from './attributes.ts';
import type { Parsed } from './attributes.ts';
import { buildModel, scenarioOf } from './buildModel.ts';
import { SimulationClient } from './SimulationClient.ts';
import type { BuiltModel, ModelInputs } from './buildModel.ts';
import { Figures, weekOf } from './format.ts';
import { posterArt } from './poster.ts';
import { strings } from './strings.ts';
import { styles } from './styles.ts';

/** Key of the element's scene, for tests and tools in this repository (not public API). */
export const $scene = Symbol('scene');

/** Removal waits this long before freeing the GPU; re-insertion within it costs nothing (as `<model-viewer>` does). */
export const DISPOSAL_DELAY_MS = 100;

/** While playing or dragging, the `time` attribute is written at most this often (never every frame). */
const TIME_REFLECT_INTERVAL_MS = 1000;

/** `detail` of the `timeupdate` event. */
export interface TimeUpdateDetail {
  /** The current day (may be fractional while playing). */
  time: number;
  /** Whole weeks since day 0. */
  week: number;
}

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
  toAttribute: (value: unknown) => String(value),
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
 * @attr autoplay - Start playing once the first frame is drawn (not when the user prefers reduced motion).
 * @attr loop - Start again at day 0 at the end instead of stopping.
 * @attr speed - Playback rate in simulated days per second. Default 7 (a year in about 52 s).
 * @attr seed - Seed of the follicle layout and the simulation's random draws. Default 1.
 * @attr area - Treatment area: `frontal`, `mid-scalp`, `vertex`, `temporal`, `occipital`, `whole`. Default `vertex`.
 * @attr responsiveness - How strongly this scalp answers the signal: `low`, `typical`, `high`. Default `typical`.
 * @attr scenario - A scenario (version 1, see scenario.schema.json): inline JSON starting with `{`, or a URL the element fetches. A valid one sets pattern, product, area, spacing, sessions, seed, responsiveness and horizon at once; a bad one warns and the last good state stays.
 * @attr overlays - What the skin shows besides the hair, space-separated: `signal` (the growth-factor signal as spreading rings and heat) and `vascular` (the blood-supply boost as a reddening capillary network; illustrative). Default `signal vascular`; empty shows neither.
 * @attr readout - Extra figures, space-separated tokens: `sham` (the sham twin's change, "Sham: +N%") and `band` (the low–high responder range, "Range: +a% to +b%"). Default empty.
 * @attr density-scale - Share of the real follicle count to place, simulate and draw, (0, 1]; for weak devices and tests. Densities shown are scaled back to the whole scalp. Default 1.
 * @attr data-ready - Read-only: present once the first frame with the model is drawn.
 *
 * @fires ready - The first frame with the model is drawn.
 * @fires timeupdate - The current day changed; at most once per frame. `detail: { time, week }`.
 * @fires play - Playback was requested (`play()` or the play button).
 * @fires pause - Playback stopped (`pause()`, the button, the end, or removal from the page).
 * @fires ended - Playback reached the last day with `loop` off.
 * @fires error - No 3D view is possible (no WebGL), the model failed, or the `scenario` URL could not be loaded. `detail: { type, message }`. Does not bubble (like `<video>`'s). The element stays usable.
 *
 * @slot disclaimer - The caveat line. Default: "Teaching model, not a prediction of individual results".
 * @slot poster - What shows while the model is built and when there is no WebGL. Default: a drawn head.
 *
 * @csspart stage - The box holding the 3D view.
 * @csspart canvas - The 3D view.
 * @csspart controls - The control bar.
 * @csspart play-button - The play/pause button.
 * @csspart scrubber - The timeline slider (a native range input, in days).
 * @csspart week - The "Week 12 of 52" text.
 * @csspart readout - Visible hairs/cm² and change in the treated area.
 * @csspart disclaimer - The caveat line.
 *
 * @cssprop --scalp-viewer-accent - Colour of buttons, slider and injection sites. Default `#0f766e`.
 * @cssprop --scalp-viewer-on-accent - Colour of icons on the accent. Default `#fff`.
 * @cssprop --scalp-viewer-background - Background of the element. Default `#f3efeb`.
 * @cssprop --scalp-viewer-color - Text colour. Default `#1f2933`.
 * @cssprop --scalp-viewer-font - Font family. Default the system UI font.
 * @cssprop --scalp-viewer-font-size - Base font size. Default `15px`.
 * @cssprop --scalp-viewer-radius - Corner radius. Default `12px`.
 * @cssprop --scalp-viewer-focus - Focus ring colour. Default `#2563eb`.
 */
export class ScalpViewer extends LitElement {
  static override styles = styles;

  static override properties = {
    pattern: { converter: asText },
    product: { converter: asText },
    spacing: { converter: asText },
    sessions: { converter: asText },
    time: { converter: asText },
    speed: { converter: asText },
    seed: { converter: asText },
    densityScale: { attribute: 'density-scale', converter: asText },
    area: { converter: asText },
    responsiveness: { converter: asText },
    scenario: { converter: asText },
    readout: { converter: asText },
    overlays: { converter: asText },
    autoplay: { type: Boolean },
    loop: { type: Boolean },
  };

  /** Start playing once the first frame is drawn, unless the user prefers reduced motion. */
  declare autoplay: boolean;
  /** Start again at day 0 at the end instead of stopping. */
  declare loop: boolean;

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

  #wantsPlay = false;
  #scrubbing = false;
  #frameRequest = 0;
  #lastReportedDay = Number.NaN;
  #reflectingTime = false;
  #lastTimeReflect = -Infinity;
  #timeReflectTimer?: ReturnType<typeof setTimeout>;
  #figures = new Figures(undefined);

  constructor() {
    super();
    this.autoplay = false;
    this.loop = false;
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

  /** Read-only: length of the timeline in days (the simulation horizon, 365 unless a scenario sets it). */
  get duration(): number {
    return this.#built?.result.horizonDays ?? this.#horizon;
  }

  /** Read-only: true unless playing or waiting to play. */
  get paused(): boolean {
    return !this.#wantsPlay;
  }

  /** The scene, for tests and tools in this repository. */
  get [$scene](): ScalpScene | undefined {
    return this.#scene;
  }

  // ---- methods ---------------------------------------------------------------

  /** Play from the current day (from day 0 after the end). Before the model is ready, playing starts when it is. */
  play(): void {
    if (this.#wantsPlay) return;
    this.#wantsPlay = true;
    this.#emit('play');
    this.#startIfReady();
    this.requestUpdate();
  }

  /** Stop playback at the current day. */
  pause(): void {
    if (!this.#wantsPlay) return;
    this.#wantsPlay = false;
    this.#timeline?.pause();
    this.#emit('pause');
    this.#reflectTime(true);
    this.requestUpdate();
  }

  /**
   * Jump to a day: a number of days, or text like `"84"` or `"week 12"`.
   * Bad values warn and are ignored.
   */
  seek(to: number | string): void {
    const week = typeof to === 'string' ? /^\s*week\s+(\d+(?:\.\d+)?)\s*$/i.exec(to) : null;
    const parsed = week ? parseTime(Number(week[1]) * 7) : parseTime(to);
    if (!parsed.ok) {
      this.#warn('seek()', to, parsed.reason, this.#day);
      return;
    }
    this.#seekTo(parsed.value);
  }

  /**
   * The scenario (version 1) of what the attributes ask for; setting it back as `scenario`
   * reproduces the same model. The density scale and the current day are not part of it.
   */
  exportScenario(): Scenario {
    return scenarioOf(this.#inputs());
  }

  /** Draw the current frame now (for snapshots and tests); does nothing without a scene. */
  renderNow(): void {
    this.#scene?.renderNow();
  }

  // ---- lifecycle -------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    clearTimeout(this.#disposeTimer);
    this.#disposeTimer = undefined;
    const lang = this.closest('[lang]')?.getAttribute('lang') || undefined;
    if (lang !== this.#figures.locale) this.#figures = new Figures(lang);
    // The shadow DOM survives removal; re-insertion after disposal sets up again.
    if (this.hasUpdated && !this.#alive) {
      this.#setUp();
      this.requestUpdate(); // picks up a build that removal aborted
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#disposeTimer);
    this.#disposeTimer = setTimeout(() => this.#tearDown(), DISPOSAL_DELAY_MS);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    // Our own write of the `time` attribute must not seek back to a rounded day.
    if (name === 'time' && this.#reflectingTime) return;
    super.attributeChangedCallback(name, old, value);
  }

  protected override firstUpdated(): void {
    this.#setUp();
  }

  protected override willUpdate(): void {
    // Known before the first render, so that render already shows the no-WebGL cover.
    if (!this.#alive && !this.#failure && !webglAvailable()) this.#failure = { type: 'webgl', message: strings.noWebgl };
    // Starting the build here (it runs later, off this task) lets this very
    // render show its progress or the "updating" note.
    const inputs = this.#inputs();
    const key = JSON.stringify(inputs);
    if (key !== this.#requestedKey) this.#build(inputs, key);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!this.#alive) return;
    if (changed.has('speed') && this.#timeline) this.#timeline.speed = this.#speed;
    if (changed.has('loop') && this.#timeline) this.#timeline.loop = this.loop;
    if (changed.has('overlays')) this.#applyOverlays();
    if (changed.has('time')) {
      this.#scene?.setTime(this.#day);
      this.#queueFrame();
    }
  }

  // ---- rendering -------------------------------------------------------------

  protected override render() {
    const duration = this.duration;
    const day = this.#day;
    const weekText = this.#figures.weekLabel(day, duration);
    const treated = this.#shownModel?.result.treated;
    const index = Math.min(Math.max(Math.floor(day), 0), (treated?.visiblePerCm2.length ?? 1) - 1);
    // A thinned field (density-scale < 1) samples the scalp: scale its density back to the
    // real scalp's, so the figure shown is the model's estimate for a whole head.
    const sampled = this.#shownModel?.inputs.densityScale ?? 1;
    const density = treated ? this.#figures.density(treated.visiblePerCm2[index] / sampled) : strings.noFigure;
    const change = treated ? this.#figures.change(treated.changePct[index]) : strings.noFigure;
    const extras = this.#readoutExtras(index);
    const playLabel = this.#wantsPlay ? strings.pause : strings.play;
    return html`
      <div class="frame">
        <div class="stage" part="stage">
          <canvas part="canvas" role="img" aria-label=${strings.sceneLabel}></canvas>
          ${this.#renderCover()}
          ${this.#buildAbort && this.#shownModel
            ? html`<div class="updating" role="status">${strings.updating}</div>`
            : nothing}
        </div>
        <div class="controls" part="controls">
          <button type="button" part="play-button" aria-label=${playLabel} @click=${this.#togglePlay}>
            ${this.#wantsPlay ? pauseIcon : playIcon}
          </button>
          <div class="scrub">
            <span class="week" part="week" aria-hidden="true">${weekText}</span>
            <input
              type="range"
              part="scrubber"
              min="0"
              max=${duration}
              step="1"
              .value=${String(Math.round(day))}
              aria-label=${strings.timelineLabel}
              aria-valuetext=${weekText}
              @input=${this.#onScrubInput}
              @keydown=${this.#onScrubKey}
              @pointerdown=${this.#onScrubStart}
              @pointerup=${this.#onScrubEnd}
              @pointercancel=${this.#onScrubEnd}
            />
          </div>
          <div class="readout" part="readout">
            <span class="label">${strings.treatedArea}</span>
            <span class="figures"
              ><span class="density">${density}</span> ${strings.hairsPerCm2} ·
              <span class="change">${change}</span> ${strings.change}</span
            >${extras}
          </div>
        </div>
        <p class="disclaimer" part="disclaimer"><slot name="disclaimer">${strings.caveat}</slot></p>
      </div>
    `;
  }

  #applyOverlays(): void {
    const on = this.#overlays.split(' ');
    this.#scene?.setOverlays({ signal: on.includes('signal'), vascular: on.includes('vascular') });
  }

  /** The figures the `readout` tokens ask for, from the shown model (a dash until it has them). */
  #readoutExtras(index: number) {
    if (!this.#readout) return nothing;
    const model = this.#shownModel;
    const at = (series: Float32Array | undefined) =>
      series ? this.#figures.change(series[Math.min(index, series.length - 1)]!) : strings.noFigure;
    const sham = this.#readout.includes('sham')
      ? html` · <span class="sham">${strings.sham(at(model?.sham?.treated.changePct))}</span>`
      : nothing;
    let range: unknown = nothing;
    if (this.#readout.includes('band')) {
      const low = model?.band?.low.treated.changePct;
      const high = model?.band?.high.treated.changePct;
      // Low responders can gain more than high ones on a given day (cycle timing): show min to max.
      const a = low?.[Math.min(index, low.length - 1)];
      const b = high?.[Math.min(index, high.length - 1)];
      const [lo, hi] = a !== undefined && b !== undefined ? [Math.min(a, b), Math.max(a, b)] : [Number.NaN, Number.NaN];
      range = html` · <span class="range">${strings.range(this.#figures.change(lo), this.#figures.change(hi))}</span>`;
    }
    return html`${sham}${range}`;
  }

  #renderCover() {
    if (this.#failure?.type === 'webgl' || (!this.#shownModel && this.#failure)) {
      return html`<div class="cover" role="alert">
        <slot name="poster">${posterArt}</slot>
        <p class="message">${this.#failure.type === 'webgl' ? strings.noWebgl : strings.buildFailed}</p>
      </div>`;
    }
    if (this.#shownModel && this.#readyFired) return nothing;
    const percent = Math.round(this.#progress * 100);
    return html`<div class="cover">
      <slot name="poster">${posterArt}</slot>
      <div
        class="progress"
        role="progressbar"
        aria-label=${strings.preparing}
        aria-valuemin="0"
        aria-valuemax="100"
        aria-valuenow=${percent}
      >
        <div style="width: ${percent}%"></div>
      </div>
      <p class="message">${strings.preparing}</p>
    </div>`;
  }

  // ---- set-up and tear-down --------------------------------------------------

  #setUp(): void {
    this.#alive = true;
    this.#timeline = new PlaybackTimeline({
      duration: this.duration,
      speed: this.#speed,
      loop: this.loop,
      onUpdate: (day) => this.#onDay(day),
      onEnded: () => this.#onEnded(),
    });
    this.#timeline.seek(this.#day);

    const canvas = this.renderRoot.querySelector('canvas')!;
    const stage = this.renderRoot.querySelector('.stage')!;
    if (webglAvailable()) {
      const scene = new ScalpScene(canvas);
      scene.onrender = () => this.#onFrameDrawn();
      this.#scene = scene;
      this.#applyOverlays();
      this.#resizeObserver = new ResizeObserver(([entry]) => {
        const { width, height } = entry.contentRect;
        if (width > 0 && height > 0) scene.setSize(width, height, window.devicePixelRatio || 1);
      });
      this.#resizeObserver.observe(stage);
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
      sham: this.#readout.includes('sham'),
      band: this.#readout.includes('band'),
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
      if (warn) console.warn(`<scalp-viewer> ignored scenario="${url}": ${reason}. Keeping the last good scenario.`);
      const detail: ScalpViewerErrorDetail = { type: 'scenario', message: `scenario "${url}": ${reason}` };
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
    const firstBuild = !this.#built;
    const run = async () => {
      // The first build waits for a frame, so the placeholder paints first.
      if (firstBuild) await new Promise((resolve) => requestAnimationFrame(resolve));
      abort.signal.throwIfAborted();
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
      this.#scene.setModel({ head: built.head, field: built.field, result: built.result, plan: built.plan });
      this.#scene.setTime(this.#day);
    }
    this.#startIfReady();
    this.requestUpdate();
  }

  #onFrameDrawn(): void {
    if (this.#readyFired || !this.#shownModel) return;
    this.#readyFired = true;
    this.setAttribute('data-ready', '');
    this.requestUpdate();
    this.#emit('ready');
    const reducedMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    if (this.autoplay && !reducedMotion) this.play();
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
      this.#day = Math.min(Math.max(day, 0), this.duration);
      this.requestUpdate('time', old);
    }
  }

  #onDay(day: number): void {
    const old = this.#day;
    this.#day = day;
    this.requestUpdate('time', old);
  }

  #onEnded(): void {
    this.#wantsPlay = false;
    this.#emit('pause');
    this.#emit('ended');
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

  /** Arrows step a day (native); PageUp/PageDown a week; Home/End the ends. */
  #onScrubKey = (event: KeyboardEvent): void => {
    const moves: Record<string, number> = {
      PageUp: this.#day + 7,
      PageDown: this.#day - 7,
      Home: 0,
      End: this.duration,
    };
    if (!(event.key in moves)) return;
    event.preventDefault();
    this.seek(Math.round(moves[event.key]));
  };

  // Dragging the thumb holds playback, so the thumb does not run from the pointer.
  #onScrubStart = (): void => {
    this.#scrubbing = true;
    this.#timeline?.pause();
  };

  #onScrubEnd = (): void => {
    if (!this.#scrubbing) return;
    this.#scrubbing = false;
    if (this.#wantsPlay && this.#day >= this.duration && !this.loop) this.#onEnded();
    else this.#startIfReady();
  };

  // ---- per-frame reporting ---------------------------------------------------

  /** One `timeupdate` per frame at most, however often the day changed in it. */
  #queueFrame(): void {
    if (this.#frameRequest) return;
    this.#frameRequest = requestAnimationFrame(() => {
      this.#frameRequest = 0;
      if (this.#day === this.#lastReportedDay) return;
      this.#lastReportedDay = this.#day;
      this.#emit('timeupdate', { time: this.#day, week: weekOf(this.#day) } satisfies TimeUpdateDetail);
      // At once for a seek; throttled while playing or dragging (the last write trails).
      this.#reflectTime(!this.#timeline?.playing && !this.#scrubbing);
    });
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
    if (this.getAttribute('time') === text) return;
    this.#reflectingTime = true;
    try {
      this.setAttribute('time', text);
    } finally {
      this.#reflectingTime = false;
    }
  }

  // ---- helpers ---------------------------------------------------------------

  #checked<T>(attribute: string, value: unknown, parse: (v: unknown) => Parsed<T>, fallback: T, current: T): T {
    if (value === null || value === undefined) return fallback;
    const parsed = parse(value);
    if (parsed.ok) return parsed.value;
    this.#warn(attribute, value, parsed.reason, current);
    return current;
  }

  #warn(attribute: string, value: unknown, reason: string, kept: unknown): void {
    const shown = Array.isArray(kept) ? kept.join(',') : String(kept);
    console.warn(`<scalp-viewer> ignored ${attribute}="${String(value)}": ${reason}. Keeping ${shown}.`);
  }

  #emit(type: string, detail?: unknown): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}

const playIcon = html`<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M8 5.5v13l10.5-6.5z" /></svg>`;
const pauseIcon = html`<svg viewBox="0 0 24 24" aria-hidden="true">
  <path d="M7 5h3.5v14H7zM13.5 5H17v14h-3.5z" />
</svg>`;

declare global {
  interface HTMLElementTagNameMap {
    'scalp-viewer': ScalpViewer;
  }
}
