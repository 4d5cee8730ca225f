import { html, nothing } from 'lit';
import type { ReactiveController } from 'lit';
import type { TeachingAccess, TeachingElement } from './teachingHost.ts';

/**
 * Keys of presentation clickers and slide software: most clickers send PageDown / PageUp
 * (some ArrowRight / ArrowLeft) for next / previous, and "." or "b" for a black screen
 * (PowerPoint, Keynote, Google Slides).
 */
const NEXT_KEYS = new Set(['PageDown', 'ArrowRight', 'ArrowDown']);
const PREVIOUS_KEYS = new Set(['PageUp', 'ArrowLeft', 'ArrowUp']);
const BLANK_KEYS = new Set(['.', 'b', 'B']);

/**
 * The `presenter` mode: a clicker or the keyboard steps chapter by chapter from anywhere on
 * the page (a presenter's focus is rarely inside the element), the camera flies to each
 * chapter's view (a cut under reduced motion), the caption is shown large (styles), and
 * "." or "b" blanks the view as slide software does.
 *
 * Keys are taken in the capture phase on the window, before the element's own shortcuts (a
 * slider's PageUp means "more", a clicker's means "back"), but never from a text field,
 * a select, or a slider (the timeline, the compare divider): those keep their keys.
 */
export class PresenterController implements ReactiveController {
  readonly #host: TeachingElement;
  readonly #access: TeachingAccess;
  #listening = false;
  #blank = false;
  #chapterId?: string;

  constructor(host: TeachingElement, access: TeachingAccess) {
    this.#host = host;
    this.#access = access;
    host.addController(this);
  }

  /** True while the view is blanked ("." or "b"). */
  get blank(): boolean {
    return this.#blank;
  }

  hostConnected(): void {
    this.#sync();
  }

  hostDisconnected(): void {
    this.#listen(false);
  }

  hostUpdated(): void {
    this.#sync();
  }

  /** The black screen, when blanked; goes inside the stage. */
  render() {
    if (!this.#host.presenter || !this.#blank) return nothing;
    return html`<div class="blank" part="blank" role="status">${this.#access.text().presenterBlank}</div>`;
  }

  #sync(): void {
    const on = this.#host.presenter && this.#host.isConnected;
    this.#listen(on);
    if (!on && this.#blank) {
      this.#blank = false;
      this.#host.requestUpdate();
    }
    // Fly to the view of a new chapter, however it was reached (keys, the buttons, a seek).
    const chapter = this.#access.chapter?.();
    if (chapter?.id === this.#chapterId) return;
    const first = this.#chapterId === undefined;
    this.#chapterId = chapter?.id;
    if (!on || first || !chapter?.view) return;
    this.#access.scene()?.cameraRig.flyTo(chapter.view, { animate: !this.#access.reducedMotion() });
  }

  #listen(on: boolean): void {
    if (on === this.#listening) return;
    this.#listening = on;
    if (on) window.addEventListener('keydown', this.#onKey, { capture: true });
    else window.removeEventListener('keydown', this.#onKey, { capture: true });
  }

  #onKey = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    if (ownsKey(event.composedPath(), event.key)) return;
    const key = event.key;
    let handled = true;
    if (BLANK_KEYS.has(key)) {
      this.#blank = !this.#blank;
      this.#host.requestUpdate();
    } else if (NEXT_KEYS.has(key) && !event.shiftKey) {
      this.#host.nextChapter?.();
    } else if (PREVIOUS_KEYS.has(key) && !event.shiftKey) {
      this.#host.previousChapter?.();
    } else {
      handled = false;
    }
    if (!handled) return;
    // Ours alone: the page must not scroll, and the element's week steps must not run too.
    event.preventDefault();
    event.stopPropagation();
  };
}

const ARROWS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown']);
// Inputs that take no arrow or page keys: a presenter who ticked a box keeps the clicker.
const KEYLESS_INPUTS = new Set(['checkbox', 'button', 'submit', 'reset', 'image', 'color', 'file']);

/** True when `key` belongs to what has focus: text entry, a list, a slider, a radio group's arrows. */
function ownsKey(path: EventTarget[], key: string): boolean {
  const target = path[0];
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    if (target.type === 'radio') return ARROWS.has(key);
    return !KEYLESS_INPUTS.has(target.type);
  }
  return target.getAttribute('role') === 'slider';
}
