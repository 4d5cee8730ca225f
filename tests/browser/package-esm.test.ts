// The ESM build for bundlers (dist/esm, made by `npm run build` before the browser tests): with
// its bare imports resolved (here by the test server, in an app by its bundler) it defines
// <scalp-viewer>, and its worker file, dist/esm/simulation.worker.js, starts as a module worker.
import { expect } from '@esm-bundle/chai';

describe('ESM build (dist/esm)', () => {
  it('its worker file loads as a module worker and says ready', async () => {
    const worker = new Worker(new URL('/dist/esm/simulation.worker.js', location.href), { type: 'module' });
    try {
      const first = await new Promise<unknown>((resolve, reject) => {
        worker.onmessage = (event) => resolve(event.data);
        worker.onerror = (event) => reject(new Error(`worker failed: ${event.message || 'did not load'}`));
        setTimeout(() => reject(new Error('no message from the worker in 20 s')), 20_000);
      });
      expect(first).to.deep.equal({ type: 'ready' });
    } finally {
      worker.terminate();
    }
  });

  it('importing it defines <scalp-viewer>, which draws its first frame', async () => {
    expect(customElements.get('scalp-viewer')).to.equal(undefined);
    // A variable specifier: type-checking does not need the build to exist.
    const entry = '/dist/esm/index.js';
    const module = (await import(/* @vite-ignore */ entry)) as { ScalpViewer: CustomElementConstructor };
    expect(customElements.get('scalp-viewer')).to.equal(module.ScalpViewer);
    const el = document.createElement('scalp-viewer');
    el.setAttribute('density-scale', '0.04');
    el.style.cssText = 'display:block;width:320px;height:240px';
    const ready = new Promise((resolve, reject) => {
      el.addEventListener('ready', resolve, { once: true });
      el.addEventListener('error', (e: Event) => reject(new Error(String((e as CustomEvent).detail?.message))), { once: true });
    });
    document.body.append(el);
    await ready;
    el.remove();
  });
});
