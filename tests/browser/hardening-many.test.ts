// Issue 7.5: many viewers. 24 viewers on one page all draw a picture through ONE WebGL
// context, and viewers scrolled out of view draw nothing until they come back.
import { expect } from '@esm-bundle/chai';
import { installGlCounter, contexts } from './gl-counter.ts';
import '../../src/index.ts';
import type { ScalpViewer } from '../../src/element/ScalpViewer.ts';
import { $scene, DISPOSAL_DELAY_MS } from '../../src/element/ScalpViewer.ts';
import { SharedRenderer, sharedRendererStats } from '../../src/render/SharedRenderer.ts';
import { made, createViewer, ready, wait } from './viewer-fixture.ts';

installGlCounter();

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const PATTERNS = ['norwood-3', 'norwood-4', 'norwood-5', 'ludwig-2', 'areata', 'norwood-6'];
const PRODUCTS = ['conditioned-medium', 'exosomes', 'prp', 'cells'];

afterEach(async () => {
  for (const el of made.splice(0)) el.remove();
  await wait(DISPOSAL_DELAY_MS + 50);
  window.scrollTo(0, 0);
});

/** Share of the canvas's pixels the scene painted (the scene clears to transparent). */
function paintedShare(el: ScalpViewer): number {
  const canvas = el.shadowRoot!.querySelector('canvas')!;
  const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
  let painted = 0;
  for (let i = 3; i < data.length; i += 4) if (data[i] > 200) painted++;
  return painted / (data.length / 4);
}

describe('<scalp-viewer> hardening: many viewers', function () {
  this.timeout(180_000);

  it('24 viewers all render through one shared WebGL context; off-screen ones draw nothing', async () => {
    const createdBefore = sharedRendererStats.created;
    const contextsBefore = contexts.webgl;
    const box = document.createElement('div');
    box.style.cssText = 'position: relative; height: 4000px;';
    document.body.append(box);
    try {
      const viewers: ScalpViewer[] = [];
      for (let i = 0; i < 24; i++) {
        const el = createViewer(
          {
            'density-scale': '0.02',
            seed: String(i + 1),
            pattern: PATTERNS[i % PATTERNS.length]!,
            product: PRODUCTS[i % PRODUCTS.length]!,
          },
          { width: 128, height: 100 },
        );
        // 6 × 4 in the 800 × 600 test viewport.
        el.style.cssText += `position: absolute; min-height: 0; left: ${(i % 6) * 132}px; top: ${Math.floor(i / 6) * 104}px;`;
        box.append(el);
        viewers.push(el);
      }
      const started = performance.now();
      await Promise.all(viewers.map((el) => ready(el)));
      const seconds = (performance.now() - started) / 1000;
      const shares = viewers.map(paintedShare);
      const shared = SharedRenderer.current!;
      console.log(
        `24 viewers ready in ${seconds.toFixed(1)} s; renderers made ${sharedRendererStats.created - createdBefore}, ` +
          `WebGL contexts made ${contexts.webgl - contextsBefore} (page total ${contexts.webgl}); ` +
          `references ${shared.references}; painted share min ${Math.min(...shares).toFixed(3)}, max ${Math.max(...shares).toFixed(3)}`,
      );
      // Every canvas shows a head: at least 5 % of it painted (the head fills ~30–60 %).
      for (const [i, share] of shares.entries()) expect(share, `viewer ${i} painted`).to.be.greaterThan(0.05);
      // One renderer and one WebGL context for all of them: the webglAvailable probe's context
      // becomes the renderer's.
      expect(sharedRendererStats.created - createdBefore).to.equal(1);
      expect(contexts.webgl).to.equal(1);
      expect(shared.references).to.equal(24);

      // Count the frames each scene draws from here on.
      const drawn = viewers.map(() => 0);
      viewers.forEach((el, i) => {
        const scene = el[$scene]!;
        const onrender = scene.onrender;
        scene.onrender = (info) => {
          drawn[i]!++;
          onrender?.(info);
        };
      });
      // Idle: nothing changes, nothing is drawn.
      await wait(500);
      expect(drawn.reduce((a, b) => a + b, 0), 'frames drawn while idle').to.equal(0);

      // Move the second half far below the viewport; seek everyone.
      const away = viewers.slice(12);
      for (const el of away) el.style.top = `${3000 + Number.parseFloat(el.style.top)}px`;
      await wait(300); // IntersectionObserver reports asynchronously
      for (const el of viewers) el.seek(200);
      for (let i = 0; i < 10; i++) await frame();
      await wait(300);
      const onScreen = drawn.slice(0, 12);
      const offScreen = drawn.slice(12);
      console.log(`after a seek: frames on-screen ${onScreen.join(',')}; off-screen ${offScreen.join(',')}`);
      for (const [i, n] of onScreen.entries()) expect(n, `on-screen viewer ${i} drew`).to.be.greaterThan(0);
      expect(offScreen.reduce((a, b) => a + b, 0), 'frames drawn by off-screen viewers').to.equal(0);

      // Scrolled into view, they draw the current day once.
      window.scrollTo(0, 3000);
      const deadline = performance.now() + 20_000;
      while (drawn.slice(12).some((n) => n === 0) && performance.now() < deadline) await frame();
      const back = drawn.slice(12);
      console.log(`scrolled into view: frames ${back.join(',')}`);
      for (const [i, n] of back.entries()) expect(n, `viewer ${12 + i} drew once visible`).to.be.greaterThan(0);
      for (const el of away) expect(paintedShare(el)).to.be.greaterThan(0.05);
    } finally {
      box.remove();
    }
  });
});
