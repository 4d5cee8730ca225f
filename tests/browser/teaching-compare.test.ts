import { expect } from '@esm-bundle/chai';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/index.ts';
import type { ScalpViewer } from '../../src/element/ScalpViewer.ts';
import { $scene } from '../../src/element/ScalpViewer.ts';
import { made } from './viewer-fixture.ts';
import { drawnPixels, frames, part, teachingViewer, until } from './teaching-fixture.ts';

function panes(el: ScalpViewer): HTMLCanvasElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLCanvasElement>('canvas[data-pane]')];
}

/** Waits until every pane has its model, then draws all views now. */
async function drawAll(el: ScalpViewer, count: number) {
  await until(() => panes(el).length === count, `${count} panes`);
  await until(() => {
    el.renderNow();
    return panes(el).every((c) => drawnPixels(c) > 500);
  }, 'every pane to draw');
  el.renderNow();
}

describe('compare views', function () {
  this.timeout(60_000);
  afterEach(() => made.splice(0).forEach((el) => el.remove()));

  it('sham: the treated and the sham-treated scalp both draw, side by side, in step', async () => {
    const el = await teachingViewer({ compare: 'sham', time: '150' });
    await drawAll(el, 1);
    const main = part<HTMLCanvasElement>(el, 'canvas[part~="canvas"]');
    const [sham] = panes(el);
    expect(drawnPixels(main)).to.be.greaterThan(500);
    const a = main.getBoundingClientRect(), b = sham!.getBoundingClientRect();
    expect(b.left).to.be.closeTo(a.right, 3);
    expect(b.width).to.be.closeTo(a.width, 3);
    expect(part(el, '.compare').textContent).to.match(/Sham/);
  });

  it('band: low, typical and high responders all draw', async () => {
    const el = await teachingViewer({ compare: 'band', time: '150' });
    await drawAll(el, 2);
    const main = part<HTMLCanvasElement>(el, 'canvas[part~="canvas"]');
    expect(drawnPixels(main)).to.be.greaterThan(500);
    const [low, high] = panes(el).map((c) => c.getBoundingClientRect());
    const mid = main.getBoundingClientRect();
    expect(low!.right).to.be.at.most(mid.left + 3);
    expect(high!.left).to.be.at.least(mid.right - 3);
  });

  it('before-after: day 0 and a late day both draw and differ; the divider is a keyboard slider', async () => {
    const el = await teachingViewer({ compare: 'before-after', time: '200', overlays: '' });
    await drawAll(el, 1);
    const main = part<HTMLCanvasElement>(el, 'canvas[part~="canvas"]');
    const [before] = panes(el);
    const w = Math.round(main.width * 0.5), h = Math.round(main.height * 0.5);
    const x = Math.round(main.width * 0.25), y = Math.round(main.height * 0.25);
    const now = main.getContext('2d')!.getImageData(x, y, w, h).data;
    const then = before!.getContext('2d')!.getImageData(x, y, w, h).data;
    let differ = 0;
    for (let i = 0; i < now.length; i += 4) {
      if (Math.abs(now[i]! - then[i]!) + Math.abs(now[i + 1]! - then[i + 1]!) + Math.abs(now[i + 2]! - then[i + 2]!) > 40) differ++;
    }
    expect(differ, 'pixels that differ between day 0 and day 200').to.be.greaterThan(200);

    const divider = part<HTMLElement>(el, '[role="slider"].divider');
    expect(divider.getAttribute('aria-valuenow')).to.equal('50');
    divider.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await frames(1);
    expect(divider.getAttribute('aria-valuenow')).to.equal('46');
    expect(el.time, 'the divider keys are not the timeline\'s').to.equal(200);
    const box = part<HTMLElement>(el, '.stage').getBoundingClientRect();
    expect(divider.getBoundingClientRect().width).to.be.at.least(44);
    expect(divider.getBoundingClientRect().left + 22 - box.left).to.be.closeTo(box.width * 0.46, 3);

    // Dragged with the pointer to 70 % of the view.
    const handle = divider.getBoundingClientRect();
    const midY = Math.round(handle.top + handle.height / 2);
    await sendMouse({ type: 'move', position: [Math.round(handle.left + handle.width / 2), midY] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round(box.left + box.width * 0.7), midY] });
    await sendMouse({ type: 'up' });
    await frames(1);
    expect(Number(divider.getAttribute('aria-valuenow'))).to.be.closeTo(70, 1);

    // All the way left: the day-0 pane is hidden, and not drawn as the camera turns.
    divider.focus();
    await sendKeys({ press: 'Home' });
    await frames(2);
    expect(divider.getAttribute('aria-valuenow')).to.equal('0');
    const ctx = before!.getContext('2d')!;
    const snapshot = ctx.getImageData(0, 0, before!.width, before!.height).data.slice();
    el[$scene]!.cameraRig.setOrbit({ theta: 90, phi: 60, radius: 1 });
    el.renderNow();
    await frames(3);
    const after = ctx.getImageData(0, 0, before!.width, before!.height).data;
    expect(after.every((v, i) => v === snapshot[i]), 'the hidden pane was redrawn').to.equal(true);
  });

  it('the week label over the panes uses the element language\'s number format', async () => {
    const el = await teachingViewer({ compare: 'before-after', time: '150', lang: 'ar-EG' });
    await drawAll(el, 1);
    const digits = new Intl.NumberFormat('ar-EG');
    const labels = part(el, '.compare').textContent ?? '';
    expect(labels).to.contain(digits.format(21)); // day 150 is week 21
    expect(labels).to.contain(digits.format(52));
    expect(labels).to.not.match(/\b21\b/);
  });
});
