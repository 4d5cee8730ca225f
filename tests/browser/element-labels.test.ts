// The `labels` overlay: the injection sites and the scalp's regions named on the picture,
// following the view, hidden where the head hides them, never on top of each other.
import { expect } from '@esm-bundle/chai';
import '../../src/index.ts';
import type { ScalpViewer } from '../../src/element/ScalpViewer.ts';
import { made, createViewer, ready } from './viewer-fixture.ts';

const frames = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
};

/** The labels on screen (placed, not hidden), by id, with their boxes. */
function visibleLabels(el: ScalpViewer): Map<string, DOMRect> {
  const out = new Map<string, DOMRect>();
  const stage = el.shadowRoot!.querySelector('.scene-labels')!.getBoundingClientRect();
  for (const label of el.shadowRoot!.querySelectorAll<HTMLElement>('.scene-label')) {
    if (label.classList.contains('hidden-label')) continue;
    const r = label.getBoundingClientRect();
    // On the stage: a label left at its parking place (-999px) is not shown.
    if (r.right <= stage.left || r.left >= stage.right) continue;
    out.set(label.dataset.label!, r);
  }
  return out;
}

async function settledView(el: ScalpViewer, orbit: string): Promise<Map<string, DOMRect>> {
  el.setAttribute('camera-orbit', orbit);
  await frames(6);
  return visibleLabels(el);
}

describe('<scalp-viewer> labels overlay', function () {
  this.timeout(60_000);
  afterEach(() => made.splice(0).forEach((el) => el.remove()));

  it('names the sites and the regions in view, hides what the head hides, and turns with the view', async () => {
    const el = await ready(createViewer({ overlays: 'labels', 'reduced-motion': 'on' }, { width: 800, height: 560 }));
    // From behind: the back of the head shows, the frontal hairline is on the far side.
    const back = await settledView(el, '180deg 70deg 100%');
    expect([...back.keys()]).to.include('occipital');
    expect([...back.keys()]).to.not.include('hairline');
    // From the front: the other way round.
    const front = await settledView(el, '0deg 70deg 100%');
    expect([...front.keys()]).to.include('hairline');
    expect([...front.keys()]).to.not.include('occipital');
    // From above and behind (the home view): the sites over the crown are named.
    const home = await settledView(el, '-150deg 40deg 100%');
    expect([...home.keys()]).to.include('sites');
  });

  it('never draws one label over another, over the controls, or past the picture\'s edge', async () => {
    const el = await ready(createViewer({ overlays: 'labels', 'reduced-motion': 'on' }, { width: 640, height: 480 }));
    const stage = el.shadowRoot!.querySelector('.scene-labels')!.getBoundingClientRect();
    let seen = 0;
    // Zoomed in (40 %) the labels crowd the buttons and the edges.
    for (const orbit of ['-150deg 40deg 100%', '90deg 60deg 100%', '-90deg 60deg 100%', '180deg 20deg 100%', '0deg 10deg 100%', '0deg 60deg 40%', '60deg 70deg 40%']) {
      const labels = await settledView(el, orbit);
      seen += labels.size;
      const controls = [...el.shadowRoot!.querySelectorAll('[part~="view-button"], [part~="legend-toggle"]')].map((c) => ['controls', c.getBoundingClientRect()] as const);
      for (const [id, r] of labels) {
        expect(r.left >= stage.left && r.right <= stage.right && r.top >= stage.top - 1 && r.bottom <= stage.bottom, `${orbit}: ${id} past the edge`).to.equal(true);
      }
      const boxes = [...labels.entries(), ...controls];
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, ra] = boxes[i]!;
          const [b, rb] = boxes[j]!;
          const apart = ra.right <= rb.left || rb.right <= ra.left || ra.bottom <= rb.top || rb.bottom <= ra.top;
          expect(apart, `${orbit}: ${a} overlaps ${b}`).to.equal(true);
        }
      }
    }
    expect(seen, 'labels shown over all views').to.be.greaterThan(4);
  });

  it('in compare views, names places on the main view only, clear of the panes\' labels and the divider', async () => {
    const el = await ready(createViewer({ overlays: 'labels', 'reduced-motion': 'on', time: '120' }, { width: 900, height: 560 }));
    el.setAttribute('compare', 'sham');
    const labels = await settledView(el, '180deg 60deg 100%');
    const main = el.shadowRoot!.querySelector('canvas[part~="canvas"]')!.getBoundingClientRect();
    expect(main.width, 'the main view is the left pane').to.be.lessThan(500);
    expect(labels.size).to.be.greaterThan(0);
    for (const [id, r] of labels) {
      expect(r.left >= main.left && r.right <= main.right, `${id} on the treated pane`).to.equal(true);
    }
    el.setAttribute('compare', 'before-after');
    const split = await settledView(el, '180deg 61deg 100%');
    expect(split.size).to.be.greaterThan(0);
    const handle = el.shadowRoot!.querySelector('.divider-handle')!.getBoundingClientRect();
    for (const [id, r] of split) {
      const apart = r.right <= handle.left || handle.right <= r.left || r.bottom <= handle.top || handle.bottom <= r.top;
      expect(apart, `${id} clear of the divider handle`).to.equal(true);
    }
  });

  it('shows no label when the overlay is off, and labels in the page language', async () => {
    const el = await ready(createViewer({ overlays: 'signal', lang: 'de', 'reduced-motion': 'on' }, { width: 800, height: 560 }));
    expect(el.shadowRoot!.querySelectorAll('.scene-label').length).to.equal(0);
    el.overlays = 'signal labels';
    await el.updateComplete;
    const texts = [...el.shadowRoot!.querySelectorAll('.scene-label')].map((l) => l.textContent);
    expect(texts).to.include('Hinterkopf');
    expect(texts).to.include('Injektionsstellen');
    // Placed as soon as they appear, without waiting for the view to move.
    expect(visibleLabels(el).size).to.be.greaterThan(0);
  });
});
