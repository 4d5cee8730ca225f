// The drop-in build (dist/scalp-viewer.js, made by `npm run build` before the browser tests)
// defines the element when loaded by a plain <script type="module">, with nothing else.
import { expect } from '@esm-bundle/chai';

describe('drop-in build', () => {
  it('a plain module script defines <scalp-viewer>, which draws its first frame', async () => {
    expect(customElements.get('scalp-viewer')).to.equal(undefined);
    const script = document.createElement('script');
    script.type = 'module';
    script.src = '/dist/scalp-viewer.js';
    const loaded = new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = () => reject(new Error('dist/scalp-viewer.js did not load: run `npm run build`'));
    });
    document.head.append(script);
    await loaded;
    await customElements.whenDefined('scalp-viewer');
    const el = document.createElement('scalp-viewer');
    el.setAttribute('density-scale', '0.04');
    el.style.cssText = 'display:block;width:320px;height:240px';
    const ready = new Promise((resolve) => el.addEventListener('ready', resolve, { once: true }));
    document.body.append(el);
    await ready;
    const canvas = el.shadowRoot!.querySelector('canvas')!;
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    const colours = new Set<number>();
    for (let i = 0; i < data.length; i += 4 * 97) colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
    expect(colours.size).to.be.greaterThan(10);
    el.remove();
  });
});
