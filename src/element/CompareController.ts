import { html, nothing } from 'lit';
import { cssomStyle } from './cssomStyle.ts';
import type { ReactiveController } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { SimulationResult, TreatmentPlan } from '../model/index.ts';
import { ScalpScene } from '../render/index.ts';
import { copyView, fovForAspect } from '../render/CameraSync.ts';
import type { CompareMode, TeachingAccess, TeachingElement } from './teachingHost.ts';
import { weekOf } from './format.ts';

/** What a compare pane shows beside the main view. */
type PaneRole = 'day0' | 'sham' | 'low' | 'high';

/** The extra panes of each mode; the main view is the treated, current-day picture. */
const PANES: Record<Exclude<CompareMode, ''>, PaneRole[]> = {
  'before-after': ['day0'],
  sham: ['sham'],
  band: ['low', 'high'],
};

/** Keyboard steps of the before/after divider, percent of the view. */
const SPLIT_STEP = 2;
const SPLIT_PAGE = 10;

interface Pane {
  role: PaneRole;
  canvas: HTMLCanvasElement;
  scene: ScalpScene;
  resize: ResizeObserver;
  result?: SimulationResult;
  day: number;
  overlays: string;
  /** Drawn at all: on screen, with a model, and not hidden behind the divider. */
  visible: boolean;
}

/**
 * The `compare` views. Each extra pane is a ScalpScene of its own on its own canvas (all share
 * the page's one WebGL renderer), given its own simulation result and day, its camera kept in
 * step with the main view's: whichever view the user is turning leads, the others copy it.
 *
 * - `before-after`: a day-0 pane over the main view, clipped at a divider the user drags or
 *   moves with the arrow keys (a `role="slider"`). At 0 % the day-0 pane is not drawn.
 * - `sham`: the sham twin (same seed, same draws, a sham product) to the right of the treated view.
 * - `band`: low and high responders either side of the typical (main) view.
 */
export class CompareController implements ReactiveController {
  readonly #host: TeachingElement;
  readonly #access: TeachingAccess;
  readonly #panes = new Map<HTMLCanvasElement, Pane>();
  /** Share of the view, percent from the left, that shows day 0 in `before-after`. */
  #split = 50;
  #onScreen = true;
  #intersection?: IntersectionObserver;
  /** The pane whose camera the user is turning; null: the main view leads. */
  #leader: Pane | null = null;
  /** The main camera's own field of view, before any widening for narrow panes. */
  #baseFov?: number;

  constructor(host: TeachingElement, access: TeachingAccess) {
    this.#host = host;
    this.#access = access;
    host.addController(this);
  }

  /** Which extra simulations the model must carry for the current mode. */
  get needs(): { sham: boolean; band: boolean } {
    return { sham: this.#host.compare === 'sham', band: this.#host.compare === 'band' };
  }

  /** Share of the view showing day 0 (before/after), percent. */
  get split(): number {
    return this.#split;
  }
  set split(percent: number) {
    const next = Math.min(100, Math.max(0, Math.round(percent)));
    if (next === this.#split) return;
    this.#split = next;
    this.#host.requestUpdate();
  }

  /** The scenes of the extra panes (tests and snapshots). */
  get paneScenes(): ScalpScene[] {
    return [...this.#panes.values()].map((p) => p.scene);
  }

  /**
   * The extra panes a snapshot draws over the main view, in on-screen order: each visible
   * pane's scene and canvas, and the share of the view's width it shows from the left (the
   * before/after divider; 1 for side-by-side panes, which their canvas boxes place).
   */
  get snapshotPanes(): { scene: ScalpScene; canvas: HTMLCanvasElement; clipRight: number }[] {
    return [...this.#panes.values()]
      .filter((p) => p.visible && !p.scene.contextLost)
      .map((p) => ({ scene: p.scene, canvas: p.canvas, clipRight: p.role === 'day0' ? this.#split / 100 : 1 }));
  }

  hostConnected(): void {
    // As the main scene: off-screen viewers must not take frame time (no margin, threshold 0).
    this.#intersection = new IntersectionObserver((entries) => {
      this.#onScreen = entries[entries.length - 1]!.isIntersecting;
      this.#syncPanes();
    }, { threshold: 0 });
    this.#intersection.observe(this.#host);
    // Re-inserted: the panes were dropped on removal; the next update makes them again.
    if (this.#host.compare) this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#intersection?.disconnect();
    this.#intersection = undefined;
    for (const pane of [...this.#panes.values()]) this.#drop(pane);
  }

  hostUpdated(): void {
    this.#syncPanes();
  }

  /** The main view drew a frame: panes follow its camera unless one of them leads. */
  mainFrameDrawn(): void {
    const main = this.#access.scene();
    if (!main) return;
    this.#fitFieldOfView(main);
    if (this.#panes.size === 0) return;
    if (this.#leader && !this.#leader.scene.cameraRig.active) this.#leader = null;
    if (this.#leader) return;
    for (const pane of this.#panes.values()) {
      if (copyView(main.cameraRig, pane.scene.cameraRig)) pane.scene.invalidate();
    }
  }

  /** Renders every shown pane now (snapshots, tests); hidden ones stay undrawn. */
  renderNow(): void {
    this.mainFrameDrawn();
    for (const pane of this.#panes.values()) if (pane.visible) pane.scene.renderNow();
  }

  /** The panes, labels and divider; goes inside the stage, over the main canvas. */
  render() {
    const mode = this.#host.compare;
    if (!mode) return nothing;
    const text = this.#access.text();
    const model = this.#access.model();
    const day = this.#access.day();
    const duration = model?.result.horizonDays ?? 365;
    const integer = (n: number) => this.#access.formatInteger(n);
    const now = text.week(integer(weekOf(day)), integer(weekOf(duration)));
    const missing = (role: PaneRole) =>
      (role === 'sham' && !model?.sham) || ((role === 'low' || role === 'high') && !model?.band);
    // Each label carries its view's change in the treated area at this day: the model's figure.
    const index = Math.max(0, Math.floor(day));
    const change = (result: SimulationResult | undefined) => {
      const series = result?.treated.changePct;
      return series ? ` · ${this.#access.formatChange(series[Math.min(index, series.length - 1)]!)}` : '';
    };
    const labels: Record<PaneRole | 'main', string> = {
      main: (mode === 'before-after' ? now : mode === 'sham' ? text.compareTreated : text.compareTypical) + change(model?.result),
      day0: text.compareDay0,
      sham: text.compareSham + change(model?.sham),
      low: text.compareLow + change(model?.band?.low),
      high: text.compareHigh + change(model?.band?.high),
    };
    const roles = PANES[mode];
    // New canvases (and scenes) per mode: a pane never changes role.
    return keyed(
      mode,
      html`<div class="compare" data-mode=${mode} style=${cssomStyle({ '--split': `${this.#split}%` })}>
        ${roles.map(
          (role) => html`<canvas
            class="pane"
            data-pane=${role}
            part="compare-pane"
            role="img"
            aria-label=${labels[role]}
          ></canvas>`,
        )}
        <div class="compare-labels" aria-hidden="true">
          ${this.#labelOrder(mode).map(
            (role) => html`<span class="compare-label" data-for=${role} part="compare-label"
              >${labels[role]}${role !== 'main' && missing(role) ? html` · ${text.comparePreparing}` : nothing}</span
            >`,
          )}
        </div>
        ${mode === 'before-after' ? this.#divider(text) : nothing}
      </div>`,
    );
  }

  #labelOrder(mode: Exclude<CompareMode, ''>): (PaneRole | 'main')[] {
    if (mode === 'before-after') return ['day0', 'main'];
    if (mode === 'sham') return ['main', 'sham'];
    return ['low', 'main', 'high'];
  }

  #divider(text: ReturnType<TeachingAccess['text']>) {
    return html`<div
      class="divider"
      part="compare-divider"
      role="slider"
      tabindex="0"
      aria-orientation="horizontal"
      aria-label=${text.compareDivider}
      aria-valuemin="0"
      aria-valuemax="100"
      aria-valuenow=${this.#split}
      aria-valuetext=${text.compareDividerValue(`${this.#split} %`)}
      @keydown=${this.#onDividerKey}
      @pointerdown=${this.#onDividerDown}
      @pointermove=${this.#onDividerMove}
      @pointerup=${this.#onDividerUp}
      @pointercancel=${this.#onDividerUp}
    ><span class="divider-handle"></span></div>`;
  }

  #onDividerKey = (event: KeyboardEvent): void => {
    const moves: Record<string, number> = {
      ArrowLeft: -SPLIT_STEP, ArrowDown: -SPLIT_STEP, ArrowRight: SPLIT_STEP, ArrowUp: SPLIT_STEP,
      PageDown: -SPLIT_PAGE, PageUp: SPLIT_PAGE, Home: -100, End: 100,
    };
    const move = moves[event.key];
    if (move === undefined) return;
    // The slider's keys are its own: not the timeline's or the presenter's.
    event.preventDefault();
    event.stopPropagation();
    this.split = this.#split + move;
  };

  #dragging = false;
  #onDividerDown = (event: PointerEvent): void => {
    if (event.button !== 0) return;
    this.#dragging = true;
    (event.currentTarget as HTMLElement).setPointerCapture?.(event.pointerId);
    event.preventDefault();
  };
  #onDividerMove = (event: PointerEvent): void => {
    if (!this.#dragging) return;
    const box = (event.currentTarget as HTMLElement).parentElement!.getBoundingClientRect();
    if (box.width > 0) this.split = ((event.clientX - box.left) / box.width) * 100;
  };
  #onDividerUp = (): void => {
    this.#dragging = false;
  };

  /** Makes a scene for each new pane canvas, drops gone ones, and hands each its model and day. */
  #syncPanes(): void {
    const main = this.#access.scene();
    const root = this.#host.renderRoot;
    const canvases = main ? [...root.querySelectorAll<HTMLCanvasElement>('.compare canvas[data-pane]')] : [];
    for (const pane of [...this.#panes.values()]) {
      if (!canvases.includes(pane.canvas)) this.#drop(pane);
    }
    if (!main) return;
    this.#fitFieldOfView(main);
    for (const canvas of canvases) {
      if (!this.#panes.has(canvas)) this.#add(canvas, canvas.dataset.pane as PaneRole, main);
    }
    const model = this.#access.model();
    const day = this.#access.day();
    const overlays = this.#host.overlays;
    for (const pane of this.#panes.values()) {
      const result = this.#resultFor(pane.role);
      if (model && result && result !== pane.result) {
        pane.result = result;
        const plan: TreatmentPlan = pane.role === 'sham' ? { ...model.plan, product: 'sham' } : model.plan;
        pane.scene.setModel({ head: model.head, field: model.field, result, plan });
        copyView(main.cameraRig, pane.scene.cameraRig);
      }
      const paneDay = pane.role === 'day0' ? 0 : day;
      if (paneDay !== pane.day) {
        pane.day = paneDay;
        pane.scene.setTime(paneDay);
      }
      if (overlays !== pane.overlays) {
        pane.overlays = overlays;
        const on = overlays.split(' ');
        pane.scene.setOverlays({ signal: on.includes('signal'), vascular: on.includes('vascular') });
      }
      // Hidden halves are not drawn: off-screen, no model yet, or the divider all the way left.
      const visible = this.#onScreen && pane.result !== undefined && !(pane.role === 'day0' && this.#split <= 0);
      if (visible !== pane.visible) {
        pane.visible = visible;
        pane.scene.setVisible(visible);
      }
    }
  }

  /** Widens every view's field of view while the panes are narrow; restores it without compare. */
  #fitFieldOfView(main: ScalpScene): void {
    const camera = main.cameraRig.camera;
    if (this.#baseFov === undefined) {
      if (!this.#host.compare) return;
      this.#baseFov = camera.fov;
    }
    const fov = this.#host.compare ? fovForAspect(this.#baseFov, camera.aspect) : this.#baseFov;
    if (!this.#host.compare) this.#baseFov = undefined;
    if (Math.abs(camera.fov - fov) < 1e-3) return;
    for (const scene of [main, ...this.paneScenes]) {
      scene.cameraRig.camera.fov = fov;
      scene.cameraRig.camera.updateProjectionMatrix();
      scene.invalidate();
    }
  }

  #resultFor(role: PaneRole): SimulationResult | undefined {
    const model = this.#access.model();
    if (!model) return undefined;
    if (role === 'day0') return model.result;
    if (role === 'sham') return model.sham;
    return model.band?.[role];
  }

  #add(canvas: HTMLCanvasElement, role: PaneRole, main: ScalpScene): void {
    const scene = new ScalpScene(canvas);
    const pane: Pane = {
      role, canvas, scene, day: Number.NaN, overlays: '', visible: true,
      resize: new ResizeObserver(([entry]) => {
        const { width, height } = entry!.contentRect;
        if (width > 0 && height > 0) scene.setSize(width, height, window.devicePixelRatio || 1);
      }),
    };
    pane.resize.observe(canvas);
    copyView(main.cameraRig, scene.cameraRig);
    scene.cameraRig.camera.fov = main.cameraRig.camera.fov;
    // The view the user touches leads until its motion settles.
    const lead = () => (this.#leader = pane);
    canvas.addEventListener('pointerdown', lead);
    canvas.addEventListener('wheel', lead, { passive: true });
    scene.onrender = () => this.#paneFrameDrawn(pane);
    this.#panes.set(canvas, pane);
  }

  #paneFrameDrawn(pane: Pane): void {
    const main = this.#access.scene();
    if (!main || this.#leader !== pane) return;
    if (copyView(pane.scene.cameraRig, main.cameraRig)) main.invalidate();
    for (const other of this.#panes.values()) {
      if (other !== pane && copyView(pane.scene.cameraRig, other.scene.cameraRig)) other.scene.invalidate();
    }
  }

  #drop(pane: Pane): void {
    pane.resize.disconnect();
    pane.scene.dispose();
    this.#panes.delete(pane.canvas);
    if (this.#leader === pane) this.#leader = null;
  }
}
