import { html, nothing } from 'lit';
import type { ReactiveController } from 'lit';
import type { Product, Vec3 } from '../model/index.ts';
import { toggleSite } from '../model/siteEditing.ts';
import { pickSkin, pickSkinAt } from '../render/ScalpPicker.ts';
import type { TeachingAccess, TeachingElement } from './teachingHost.ts';
import type { TeachingStrings } from './i18n/teaching.ts';
import type { PlanChangeDetail } from './planChange.ts';
export type { PlanChangeDetail };

/** What the plan editor reads and sets on the element, besides the teaching properties. */
type EditableElement = TeachingElement & {
  product: Product | string;
  spacing: number | string;
  sessions: readonly number[] | string;
};

// A press that moves farther than this, or lasts longer, is a drag of the view, not a click.
const CLICK_SLOP_PX = 6;
const CLICK_MAX_MS = 700;

const SPACINGS_MM = [5, 7.5, 10, 15, 20];
const PRODUCTS: { value: Product; label: keyof TeachingStrings }[] = [
  { value: 'cells', label: 'productCells' },
  { value: 'conditioned-medium', label: 'productConditionedMedium' },
  { value: 'exosomes', label: 'productExosomes' },
  { value: 'prp', label: 'productPrp' },
  { value: 'sham', label: 'productSham' },
];
// Schedules of science.md §4.3: one session (cells), three monthly (acellular default), six
// monthly (the upper range), and three plus a maintenance session at six months.
const SCHEDULES: { days: string; label: keyof TeachingStrings }[] = [
  { days: '0', label: 'sessionsOne' },
  { days: '0,28,56', label: 'sessionsThreeMonthly' },
  { days: '0,28,56,84,112,140', label: 'sessionsSixMonthly' },
  { days: '0,28,56,182', label: 'sessionsMaintenance' },
];

/**
 * The `editable` plan: a click or tap on the scalp adds an injection site there, a click on a
 * site removes it; a small panel chooses spacing, product and sessions, and has a button that
 * adds a site at the centre of the view (the keyboard way). Every change goes through the
 * element's own build path (its explicit `sites`, or its `spacing`/`product`/`sessions`), so the
 * old picture stays until the new one is ready and the current day is kept. Fires `planchange`.
 */
export class PlanEditor implements ReactiveController {
  readonly #host: EditableElement;
  readonly #access: TeachingAccess;
  #canvas?: HTMLCanvasElement;
  #press?: { x: number; y: number; t: number; id: number };
  #status = '';

  constructor(host: EditableElement, access: TeachingAccess) {
    this.#host = host;
    this.#access = access;
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.#listen(undefined);
  }

  hostUpdated(): void {
    const canvas = this.#host.editable
      ? this.#host.renderRoot.querySelector<HTMLCanvasElement>('canvas[part~="canvas"]') ?? undefined
      : undefined;
    this.#listen(canvas);
  }

  /** The sites the next edit starts from: the ones asked for, else the plan on screen. */
  get sites(): readonly Vec3[] {
    return this.#access.sites() ?? this.#access.model()?.plan.sites ?? [];
  }

  /**
   * Adds a site at the skin point under CSS position (x, y) of the main view, or removes the
   * site there. Returns what happened (`null`: the point misses the head).
   */
  toggleAt(x: number, y: number): 'added' | 'removed' | 'refused' | null {
    const scene = this.#access.scene();
    const canvas = this.#canvas ?? this.#host.renderRoot.querySelector<HTMLCanvasElement>('canvas[part~="canvas"]');
    if (!scene || !canvas) return null;
    const hit = pickSkinAt(scene.cameraRig.camera, x, y, canvas.clientWidth, canvas.clientHeight);
    return hit ? this.#toggle(hit.point) : null;
  }

  /** Adds (or removes) the site at the centre of the view: the keyboard alternative to a click. */
  toggleAtCentre(): 'added' | 'removed' | 'refused' | null {
    const scene = this.#access.scene();
    const hit = scene ? pickSkin(scene.cameraRig.camera, 0, 0) : null;
    return hit ? this.#toggle(hit.point) : null;
  }

  /** The small plan panel; goes inside the stage. */
  render() {
    if (!this.#host.editable) return nothing;
    const t = this.#access.text();
    const product = String(this.#host.product);
    const spacing = Number(this.#host.spacing);
    const sessions = ([...(this.#host.sessions as readonly number[])]).join(',');
    const known = SCHEDULES.some((s) => s.days === sessions);
    const explicit = this.#access.sites() !== undefined;
    return html`<form class="plan" part="plan-panel" aria-label=${t.planTitle} @submit=${(e: Event) => e.preventDefault()}
      @keydown=${(e: KeyboardEvent) => e.stopPropagation() /* the fields' keys are theirs, not the timeline's */}>
      <strong class="plan-title">${t.planTitle}</strong>
      <span class="plan-hint">${t.planHint}</span>
      <label>${t.planProduct}
        <select @change=${(e: Event) => this.#set('product', (e.target as HTMLSelectElement).value)}>
          ${PRODUCTS.map((p) => html`<option value=${p.value} ?selected=${p.value === product}>${t[p.label] as string}</option>`)}
        </select>
      </label>
      <label>${t.planSpacing}
        <select @change=${(e: Event) => this.#set('spacing', (e.target as HTMLSelectElement).value)}>
          ${SPACINGS_MM.map((s) => html`<option value=${s} ?selected=${s === spacing}>${s} mm</option>`)}
          ${SPACINGS_MM.includes(spacing) ? nothing : html`<option value=${spacing} selected>${spacing} mm</option>`}
        </select>
      </label>
      <label>${t.planSessions}
        <select @change=${(e: Event) => this.#set('sessions', (e.target as HTMLSelectElement).value)}>
          ${SCHEDULES.map((s) => html`<option value=${s.days} ?selected=${s.days === sessions}>${t[s.label] as string}</option>`)}
          ${known ? nothing : html`<option value=${sessions} selected>${sessions}</option>`}
        </select>
      </label>
      <div class="plan-buttons">
        <button type="button" class="text-button" part="plan-add" @click=${() => this.toggleAtCentre()}>${t.planAddCentre}</button>
        <button type="button" class="text-button" part="plan-grid" ?disabled=${!explicit} @click=${this.#backToGrid}>${t.planGrid}</button>
      </div>
      <span class="plan-count">${t.planSites(this.#access.formatInteger(this.sites.length))}</span>
      <span class="plan-status" role="status">${this.#status}</span>
    </form>`;
  }

  #toggle(point: Vec3): 'added' | 'removed' | 'refused' {
    const edit = toggleSite(this.sites, point);
    const t = this.#access.text();
    if (edit.kind === 'refused') {
      // As for any bad input: a clear warning, and the plan stays as it was.
      console.warn(
        edit.reason === 'off-scalp'
          ? `<scalp-viewer> no site added at ${point.map((v) => v.toFixed(0)).join(' ')}: not on the hair-bearing scalp.`
          : '<scalp-viewer> no site added: the plan already has the most sites a scenario allows.',
      );
      this.#status = t.planNotScalp;
      this.#host.requestUpdate();
      return 'refused';
    }
    this.#status = edit.kind === 'added' ? t.planAdded : t.planRemoved;
    this.#access.setSites(Object.freeze(edit.sites));
    this.#announce(edit.sites);
    return edit.kind;
  }

  #set(key: 'product' | 'spacing' | 'sessions', value: string): void {
    // The element's setters check the value and warn on a bad one, as for attributes.
    if (key === 'product') this.#host.product = value;
    else if (key === 'spacing') this.#host.spacing = value;
    else this.#host.sessions = value;
    this.#announce(key === 'spacing' ? null : this.#access.sites() ? [...this.sites] : null);
  }

  #backToGrid = (): void => {
    this.#access.setSites(undefined);
    this.#status = '';
    this.#announce(null);
  };

  #announce(sites: Vec3[] | null): void {
    const detail: PlanChangeDetail = {
      sites: sites ? sites.map((p): Vec3 => [p[0], p[1], p[2]]) : null,
      product: this.#host.product as Product,
      spacingMm: Number(this.#host.spacing),
      sessions: [...(this.#host.sessions as readonly number[])],
    };
    this.#host.dispatchEvent(new CustomEvent('planchange', { detail, bubbles: true, composed: true }));
    this.#host.requestUpdate();
  }

  #listen(canvas: HTMLCanvasElement | undefined): void {
    if (canvas === this.#canvas) return;
    if (this.#canvas) {
      this.#canvas.removeEventListener('pointerdown', this.#onDown);
      this.#canvas.removeEventListener('pointerup', this.#onUp);
      this.#canvas.classList.remove('editable');
    }
    this.#canvas = canvas;
    if (canvas) {
      canvas.addEventListener('pointerdown', this.#onDown);
      canvas.addEventListener('pointerup', this.#onUp);
      canvas.classList.add('editable');
    }
  }

  #onDown = (event: PointerEvent): void => {
    if (event.button !== 0 || !event.isPrimary) return;
    this.#press = { x: event.clientX, y: event.clientY, t: performance.now(), id: event.pointerId };
  };

  #onUp = (event: PointerEvent): void => {
    const press = this.#press;
    this.#press = undefined;
    if (!press || press.id !== event.pointerId || !this.#canvas) return;
    const moved = Math.hypot(event.clientX - press.x, event.clientY - press.y);
    if (moved > CLICK_SLOP_PX || performance.now() - press.t > CLICK_MAX_MS) return;
    const box = this.#canvas.getBoundingClientRect();
    this.toggleAt(event.clientX - box.left, event.clientY - box.top);
  };
}
