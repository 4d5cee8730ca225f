import { html, nothing } from 'lit';
import type { ReactiveController } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Vec3 } from '../model/index.ts';
import { structurePoint } from '../model/landmarks.ts';
import { projectAnchor } from '../render/AnchorProjector.ts';
import { orbitFacing } from '../render/CameraSync.ts';
import type { TeachingAccess, TeachingElement } from './teachingHost.ts';

/** Slot names of annotations start with this: `<div slot="annotation-crown">`. */
export const ANNOTATION_SLOT_PREFIX = 'annotation-';

interface Annotation {
  slot: string;
  element: HTMLElement;
  point: Vec3 | null;
  /** We made it focusable (it was not): undone when it leaves. */
  addedTabIndex: boolean;
  shown?: boolean;
}

/**
 * Notes a page anchors to the scalp: light-DOM children with `slot="annotation-<name>"` and
 * `data-position="x y z"` (head frame, mm) or `data-structure="crown"` (see landmarks.ts).
 * Each is placed over the view after every frame the main view draws (the camera moved, the
 * view resized), and hidden when the head is in front of its anchor or it is out of view:
 * `visibility: hidden` on its box, `inert` and `aria-hidden` on the note, so it is neither
 * seen, read nor focused. A shown note is focusable; Enter or a click turns the view to face it.
 */
export class AnnotationLayer implements ReactiveController {
  readonly #host: TeachingElement;
  readonly #access: TeachingAccess;
  #notes: Annotation[] = [];
  #observer?: MutationObserver;

  constructor(host: TeachingElement, access: TeachingAccess) {
    this.#host = host;
    this.#access = access;
    host.addController(this);
  }

  hostConnected(): void {
    this.#collect();
    this.#observer = new MutationObserver(() => this.#collect());
    this.#observer.observe(this.#host, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['slot', 'data-position', 'data-structure'],
    });
    this.#host.addEventListener('keydown', this.#onKey);
    this.#host.addEventListener('click', this.#onClick);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#host.removeEventListener('keydown', this.#onKey);
    this.#host.removeEventListener('click', this.#onClick);
  }

  /** The boxes the notes are slotted into; goes inside the stage, over the canvas. */
  render() {
    if (this.#notes.length === 0) return nothing;
    return html`<div class="annotations">
      ${repeat(
        this.#notes,
        (n) => n.slot,
        (n) => html`<div class="annotation" data-slot=${n.slot} part="annotation"><slot name=${n.slot}></slot></div>`,
      )}
    </div>`;
  }

  /** The main view drew a frame: move every note to its anchor, hide the occluded. */
  place(): void {
    const scene = this.#access.scene();
    const canvas = this.#host.renderRoot.querySelector<HTMLCanvasElement>('canvas[part~="canvas"]');
    if (!scene || !canvas) return;
    const width = canvas.clientWidth, height = canvas.clientHeight;
    const camera = scene.cameraRig.camera;
    for (const note of this.#notes) {
      const box = this.#host.renderRoot.querySelector<HTMLElement>(`.annotation[data-slot="${note.slot}"]`);
      if (!box) continue;
      const anchor = note.point ? projectAnchor(camera, note.point, width, height) : null;
      const shown = !!anchor && anchor.inView && !anchor.occluded && width > 0;
      if (anchor) {
        // Direct style writes: this runs per frame while the camera moves; a Lit render would
        // diff the whole template for two numbers. The canvas may be a pane (compare views):
        // offset by its place in the stage.
        box.style.transform = `translate(${(canvas.offsetLeft + anchor.x).toFixed(1)}px, ${(canvas.offsetTop + anchor.y).toFixed(1)}px)`;
      }
      if (shown !== note.shown) {
        note.shown = shown;
        box.style.visibility = shown ? 'visible' : 'hidden';
        note.element.toggleAttribute('inert', !shown);
        if (shown) note.element.removeAttribute('aria-hidden');
        else note.element.setAttribute('aria-hidden', 'true');
        note.element.toggleAttribute('data-visible', shown);
      }
    }
  }

  /** Turns the view to face a note's anchor (a flight, or a cut under reduced motion). */
  flyTo(element: Element): boolean {
    const note = this.#notes.find((n) => n.element === element);
    const rig = this.#access.scene()?.cameraRig;
    if (!note?.point || !rig) return false;
    rig.flyTo(orbitFacing(rig, note.point), { animate: !this.#access.reducedMotion() });
    return true;
  }

  #collect(): void {
    const found: Annotation[] = [];
    for (const element of this.#host.children) {
      const slot = element.getAttribute('slot') ?? '';
      if (!slot.startsWith(ANNOTATION_SLOT_PREFIX) || !(element instanceof HTMLElement)) continue;
      const old = this.#notes.find((n) => n.element === element);
      const note: Annotation = old ?? { slot, element, point: null, addedTabIndex: false };
      note.slot = slot;
      note.point = anchorOf(element);
      if (!old && element.tabIndex < 0 && !element.hasAttribute('tabindex')) {
        element.tabIndex = 0;
        note.addedTabIndex = true;
      }
      if (!old) element.setAttribute('aria-description', this.#access.text().annotationFly);
      found.push(note);
    }
    for (const gone of this.#notes.filter((n) => !found.includes(n))) {
      if (gone.addedTabIndex) gone.element.removeAttribute('tabindex');
      for (const a of ['inert', 'aria-hidden', 'data-visible', 'aria-description']) gone.element.removeAttribute(a);
    }
    const changed = found.length !== this.#notes.length || found.some((n, i) => n !== this.#notes[i]);
    this.#notes = found;
    if (changed) this.#host.requestUpdate();
    // New anchors must be placed even if the camera does not move.
    this.#access.scene()?.invalidate();
  }

  #noteOf(event: Event): Annotation | undefined {
    return this.#notes.find((n) => event.composedPath().includes(n.element));
  }

  #onKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter' || event.defaultPrevented) return;
    const note = this.#noteOf(event);
    // Only the note itself: a link or button inside it keeps its own Enter.
    if (!note || event.composedPath()[0] !== note.element) return;
    if (this.flyTo(note.element)) event.preventDefault();
  };

  #onClick = (event: MouseEvent): void => {
    const note = this.#noteOf(event);
    if (!note || event.defaultPrevented) return;
    const target = event.composedPath()[0];
    if (target instanceof HTMLElement && target !== note.element && target.closest('a, button, input, select, textarea')) return;
    this.flyTo(note.element);
  };
}

/** `data-position="x y z"` (mm, head frame) or `data-structure="crown"`; null if neither parses. */
export function anchorOf(element: Element): Vec3 | null {
  const position = element.getAttribute('data-position');
  if (position !== null) {
    const parts = position.trim().split(/[\s,]+/).map(Number);
    if (parts.length === 3 && parts.every(Number.isFinite)) return [parts[0]!, parts[1]!, parts[2]!];
    console.warn(`<scalp-viewer> ignored data-position="${position}": expected three numbers "x y z" in mm.`);
    return null;
  }
  const structure = element.getAttribute('data-structure');
  if (structure !== null) {
    const point = structurePoint(structure);
    if (!point) console.warn(`<scalp-viewer> ignored data-structure="${structure}": not a known structure.`);
    return point ?? null;
  }
  return null;
}
