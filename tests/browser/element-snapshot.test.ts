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
