// Shared by the element's browser tests: make viewers, wait for their events, clean up.
import type { ScalpViewer } from '../../src/element/ScalpViewer.ts';

/** Small follicle counts keep SwiftShader frames and the simulations short. */
export const LIGHT = 0.04;

/** Viewers made by {@link createViewer}, for the tests' cleanup. */
export const made: HTMLElement[] = [];

/** A light `<scalp-viewer>` with these attributes, appended to the page. */
export function createViewer(
  attributes: Record<string, string> = {},
  size = { width: 480, height: 320 },
): ScalpViewer {
  const el = document.createElement('scalp-viewer');
  el.setAttribute('density-scale', String(LIGHT));
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.style.width = `${size.width}px`;
  el.style.height = `${size.height}px`;
  document.body.append(el);
  made.push(el);
  return el;
}

/** The next `type` event of `target`, or a rejection after `timeoutMs`. */
export function once<T = Event>(target: EventTarget, type: string, timeoutMs = 60_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${type} event within ${timeoutMs} ms`)), timeoutMs);
    target.addEventListener(
      type,
      (event) => {
        clearTimeout(timer);
        resolve(event as T);
      },
      { once: true },
    );
  });
}

/** Resolves once the viewer has drawn its first frame with the model. */
export async function ready(el: ScalpViewer): Promise<ScalpViewer> {
  if (!el.hasAttribute('data-ready')) await once(el, 'ready');
  return el;
}

export const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Collects console warnings until `restore()` (the element warns instead of throwing). */
export function captureWarnings(): { messages: string[]; restore: () => void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  return { messages, restore: () => (console.warn = original) };
}
