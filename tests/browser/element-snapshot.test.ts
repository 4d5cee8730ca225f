import { expect } from '@esm-bundle/chai';
import '../../src/index.ts';
import type { ScalpViewer } from '../../src/element/ScalpViewer.ts';
import { made, createViewer, ready } from './viewer-fixture.ts';

// One viewer for every test here: a snapshot changes nothing on it (the first test checks).
let el: ScalpViewer;
before(async () => {
  el = await ready(createViewer({ 'density-scale': '0.05' }));
});
after(() => {
  for (const viewer of made.splice(0)) viewer.remove();
});

/** Distinct colours in a decoded image: a blank or flat image has a handful. */
function colours(bitmap: ImageBitmap): number {
  const c = document.createElement('canvas');
  c.width = bitmap.width;
  c.height = bitmap.height;
  const ctx = c.getContext('2d')!;
  ctx.drawImage(bitmap, 0, 0);
  const data = ctx.getImageData(0, 0, c.width, c.height).data;
  const seen = new Set<number>();
  for (let i = 0; i < data.length; i += 16) seen.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
  return seen.size;
}

describe('<scalp-viewer> toBlob()', () => {
  it('gives a PNG of the requested size, larger than the element, that is not blank', async () => {
    const canvas = el.shadowRoot!.querySelector('canvas')!;
    const screen = [canvas.width, canvas.height];
    const blob = await el.toBlob({ width: 960, height: 600 });
    expect(blob.type).to.equal('image/png');
    const bitmap = await createImageBitmap(blob);
    expect([bitmap.width, bitmap.height]).to.deep.equal([960, 600]);
    expect(colours(bitmap)).to.be.greaterThan(100);
    // the view on screen keeps its own size
    expect([canvas.width, canvas.height]).to.deep.equal(screen);
  });

  it('defaults to the view size; JPEG and WebP when asked; the stamp is drawn in', async () => {
    el.seek(84);
    await el.updateComplete;
    const canvas = el.shadowRoot!.querySelector('canvas')!;
    const plain = await createImageBitmap(await el.toBlob());
    expect([plain.width, plain.height]).to.deep.equal([canvas.width, canvas.height]);
    const jpeg = await el.toBlob({ type: 'image/jpeg', width: 320, height: 200, quality: 0.9 });
    expect(jpeg.type).to.equal('image/jpeg');
    expect((await createImageBitmap(jpeg)).width).to.equal(320);
    expect((await el.toBlob({ type: 'webp', width: 200, height: 200 })).type).to.equal('image/webp');

    // With the time stamp and caption, the foot of the picture differs from the plain one.
    const stamped = await createImageBitmap(await el.toBlob({ timestamp: true, caption: 'Week 12: new hairs surface' }));
    const foot = (b: ImageBitmap) => {
      const c = document.createElement('canvas');
      c.width = b.width;
      c.height = b.height;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(b, 0, 0);
      return ctx.getImageData(0, Math.round(b.height * 0.85), b.width, Math.round(b.height * 0.15)).data;
    };
    const a = foot(plain);
    const b = foot(stamped);
    let differing = 0;
    for (let i = 0; i < a.length; i += 4) if (Math.abs(a[i] - b[i]) + Math.abs(a[i + 1] - b[i + 1]) > 30) differing++;
    expect(differing).to.be.greaterThan(200);
  });

  it('refuses an unknown type with a clear error', async () => {
    let error: unknown;
    try {
      await el.toBlob({ type: 'image/gif' });
    } catch (e) {
      error = e;
    }
    expect(String(error)).to.contain('image/gif');
  });
});

describe('<scalp-viewer> toBlob() in compare views', function () {
  this.timeout(120_000);
  afterEach(() => {
    for (const viewer of made.splice(0)) if (viewer !== el) viewer.remove();
    made.push(el);
  });

  /** The RGBA pixels of a bitmap or canvas at w × h. */
  function pixels(source: CanvasImageSource, w: number, h: number): Uint8ClampedArray {
    const c = document.createElement('canvas');
    c.width = w;
    c.height = h;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(source, 0, 0, w, h);
    return ctx.getImageData(0, 0, w, h).data;
  }

  /** Mean RGB difference over the pixels in columns [x0, x1) that `reference` drew opaquely. */
  function difference(a: Uint8ClampedArray, reference: Uint8ClampedArray, w: number, h: number, x0: number, x1: number): number {
    let sum = 0, n = 0;
    for (let y = Math.round(h * 0.2); y < h * 0.8; y++) {
      for (let x = Math.round(x0); x < x1; x++) {
        const i = (y * w + x) * 4;
        if (reference[i + 3] < 255) continue;
        sum += Math.abs(a[i] - reference[i]) + Math.abs(a[i + 1] - reference[i + 1]) + Math.abs(a[i + 2] - reference[i + 2]);
        n++;
      }
    }
    expect(n, 'reference pixels').to.be.greaterThan(100);
    return sum / n;
  }

  async function drawn(viewer: ScalpViewer, count: number) {
    const panes = () => [...viewer.shadowRoot!.querySelectorAll<HTMLCanvasElement>('canvas[data-pane]')];
    const end = performance.now() + 60_000;
    for (;;) {
      viewer.renderNow();
      const all = [viewer.shadowRoot!.querySelector<HTMLCanvasElement>('canvas[part~="canvas"]')!, ...panes()];
      if (panes().length === count && all.every((c) => pixels(c, c.width, c.height).some((v, i) => i % 4 === 3 && v > 0))) break;
      if (performance.now() > end) throw new Error('panes did not draw');
      await new Promise((r) => requestAnimationFrame(r));
    }
    viewer.renderNow();
    return panes();
  }

  it('sham: the snapshot is the whole stage with both views side by side', async () => {
    const viewer = await ready(createViewer({ 'density-scale': '0.05', compare: 'sham', time: '150', 'reduced-motion': 'on' }, { width: 560, height: 300 }));
    await drawn(viewer, 1);
    const main = viewer.shadowRoot!.querySelector<HTMLCanvasElement>('canvas[part~="canvas"]')!;
    const stage = viewer.shadowRoot!.querySelector<HTMLElement>('[part~="stage"]')!;
    const bitmap = await createImageBitmap(await viewer.toBlob());
    const scale = main.width / main.clientWidth;
    expect(bitmap.width).to.be.closeTo(stage.clientWidth * scale, 2);
    expect(bitmap.height).to.be.closeTo(stage.clientHeight * scale, 2);
    // Each half holds a head: many colours, not the flat background.
    const w = bitmap.width, h = bitmap.height;
    const data = pixels(bitmap, w, h);
    const half = (x0: number, x1: number) => {
      const seen = new Set<number>();
      for (let y = 0; y < h; y += 2) for (let x = x0; x < x1; x += 2) {
        const i = (y * w + x) * 4;
        seen.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
      }
      return seen.size;
    };
    expect(half(0, Math.floor(w / 2)), 'treated half').to.be.greaterThan(100);
    expect(half(Math.ceil(w / 2), w), 'sham half').to.be.greaterThan(100);
  });

  it('before-after: left of the divider is day 0, right of it the current day, as on screen', async () => {
    const viewer = await ready(createViewer({ 'density-scale': '0.05', compare: 'before-after', time: '250', overlays: '', 'reduced-motion': 'on' }, { width: 480, height: 320 }));
    const [before] = await drawn(viewer, 1);
    const main = viewer.shadowRoot!.querySelector<HTMLCanvasElement>('canvas[part~="canvas"]')!;
    const w = main.width, h = main.height;
    const shot = pixels(await createImageBitmap(await viewer.toBlob()), w, h);
    const now = pixels(main, w, h);
    const then = pixels(before!, w, h);
    // Just left of the divider (50 %): closer to the day-0 pane; just right: closer to the main view.
    const left = [w * 0.3, w * 0.48] as const;
    const right = [w * 0.52, w * 0.7] as const;
    expect(difference(shot, then, w, h, ...left)).to.be.lessThan(difference(shot, now, w, h, ...left));
    expect(difference(shot, now, w, h, ...right)).to.be.lessThan(difference(shot, then, w, h, ...right));
  });
});
