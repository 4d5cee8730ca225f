import { expect } from '@esm-bundle/chai';
import type { ScalpViewerErrorDetail } from '../../src/element/ScalpViewer.ts';
import { made, createViewer, once, wait } from './viewer-fixture.ts';

// A browser without WebGL: every WebGL context request fails. This must happen before the
// element is loaded, since webglAvailable() asks once and remembers (hence the dynamic import).
const getContext = HTMLCanvasElement.prototype.getContext;
HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
  if (/webgl/i.test(type)) return null;
  return (getContext as (...args: unknown[]) => RenderingContext | null).call(this, type, ...rest);
} as typeof HTMLCanvasElement.prototype.getContext;
await import('../../src/index.ts');

afterEach(() => {
  for (const el of made.splice(0)) el.remove();
});

describe('<scalp-viewer> without WebGL', () => {
  it('fires error (type webgl), shows the poster and a message, never a blank box', async () => {
    const el = createViewer();
    const error = await once<CustomEvent<ScalpViewerErrorDetail>>(el, 'error');
    expect(error.detail.type).to.equal('webgl');
    expect(error.detail.message).to.match(/WebGL/);
    await el.updateComplete;
    const cover = el.shadowRoot!.querySelector<HTMLElement>('.cover[role="alert"]')!;
    expect(cover).to.not.equal(null);
    expect(cover.checkVisibility()).to.equal(true);
    expect(cover.textContent).to.match(/WebGL/);
    const art = cover.querySelector('slot[name="poster"] svg')!;
    expect(art).to.not.equal(null);
    expect(art.getBoundingClientRect().width).to.be.greaterThan(50);
    expect(el.hasAttribute('data-ready')).to.equal(false);
  });

  it('still shows the model figures and keeps the caveat and the controls working', async () => {
    const el = createViewer();
    await once(el, 'error');
    // The model builds without WebGL: the readout gets its figures.
    const deadline = performance.now() + 30_000;
    const density = () => el.shadowRoot!.querySelector('.density')?.textContent ?? '';
    while (!/\d/.test(density()) && performance.now() < deadline) await wait(50);
    expect(density()).to.match(/\d/);
    el.seek(84);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('input[type="range"]')!.getAttribute('aria-valuetext')).to.equal(
      'Week 12 of 52 — Visible regrowth',
    );
    expect(el.shadowRoot!.querySelector('[part="disclaimer"]')!.textContent).to.contain(
      'Teaching model, not a prediction of individual results',
    );
  });
});
