// Shared by the teaching tests: light viewers, pixel counts, waiting for panes.
import type { ScalpViewer } from '../../src/element/ScalpViewer.ts';
import { createViewer, ready } from './viewer-fixture.ts';

/** The brief's density for teaching tests: light enough for SwiftShader with 2–3 panes. */
export const TEACHING_DENSITY = '0.05';

/** A ready viewer with these attributes (reduced motion on: camera moves are cuts). */
export async function teachingViewer(attributes: Record<string, string>, size = { width: 560, height: 380 }) {
  const el = createViewer({ 'density-scale': TEACHING_DENSITY, 'reduced-motion': 'on', ...attributes }, size);
  await ready(el);
  return el;
}

/** The element's shadow-root element for `selector`, or a thrown error naming it. */
export function part<T extends Element>(el: ScalpViewer, selector: string): T {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in the shadow root`);
  return found;
}

/** Drawn (non-transparent) pixels of a 2D canvas. */
export function drawnPixels(canvas: HTMLCanvasElement): number {
  const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
  let n = 0;
  for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
  return n;
}

export const frames = (n: number) =>
  new Promise<void>((resolve) => {
    const step = () => (--n <= 0 ? resolve() : requestAnimationFrame(step));
    requestAnimationFrame(step);
  });

/** Polls `test` each frame until it is true, or rejects after `timeoutMs`. */
export async function until(test: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const end = performance.now() + timeoutMs;
  while (!test()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await frames(1);
  }
}

/** Waits until no rebuild is in flight (the "updating" note is gone) for a few frames. */
export async function settled(el: ScalpViewer): Promise<void> {
  await frames(2);
  await until(() => !el.shadowRoot!.querySelector('.updating'), 'the rebuild to finish');
  await frames(2);
}
