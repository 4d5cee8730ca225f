import { expect } from '@esm-bundle/chai';
import '../../src/index.ts';
import type { ScalpViewer } from '../../src/element/ScalpViewer.ts';
import { readViewState, WRITE_INTERVAL_MS } from '../../src/element/scenarioHash.ts';
import { made, createViewer, ready, wait } from './viewer-fixture.ts';

const clearHash = () => history.replaceState(null, '', location.pathname + location.search);

beforeEach(clearHash);
afterEach(() => {
  for (const el of made.splice(0)) el.remove();
  clearHash();
});

/** Every pixel of the view, drawn now. */
function pixels(el: ScalpViewer): Uint8ClampedArray {
  el.renderNow();
  const canvas = el.shadowRoot!.querySelector('canvas')!;
  return canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
}

function text(el: ScalpViewer, selector: string): string {
  return el.shadowRoot!.querySelector(selector)?.textContent?.trim() ?? '';
}

describe('<scalp-viewer> scenario round trip', () => {
  it('export → set as scenario → export is equal, and the simulation shows the same', async () => {
    // The known trouble cases: a negative seed, and a session after a scenario's shorter horizon.
    const a = createViewer({ 'density-scale': '0.05', scenario: '{"horizonDays": 90}', sessions: '0,28,150', seed: '-3' });
    await ready(a);
    const exported = a.exportScenario();
    const b = createViewer({ 'density-scale': '0.05', scenario: JSON.stringify(exported) });
    await ready(b);
    expect(b.exportScenario()).to.deep.equal(exported);
    expect(b.duration).to.equal(a.duration);
    for (const day of [0, 120, b.duration]) {
      a.seek(day);
      b.seek(day);
      await Promise.all([a.updateComplete, b.updateComplete]);
      expect(text(b, '.readout'), `readout on day ${day}`).to.equal(text(a, '.readout'));
    }
    a.seek(120);
    b.seek(120);
    const pa = pixels(a);
    const pb = pixels(b);
    let differing = 0;
    for (let i = 0; i < pa.length; i++) if (pa[i] !== pb[i]) differing++;
    expect(differing, 'pixels that differ on day 120').to.equal(0);
  });
});

describe('<scalp-viewer url-state>', () => {
  it('writes the scenario, day and camera orbit to the hash without adding history entries', async () => {
    const el = await ready(createViewer({ 'url-state': '', 'density-scale': '0.05', product: 'exosomes' }));
    const entries = history.length;
    for (const day of [10, 20, 84]) {
      el.seek(day);
      await el.updateComplete;
    }
    await wait(WRITE_INTERVAL_MS + 200);
    const state = readViewState(location.hash);
    expect(state?.time).to.equal(84);
    expect(state?.scenario).to.deep.equal(el.exportScenario());
    expect(state?.orbit).to.match(/deg .*deg .*%$/);
    expect(history.length).to.equal(entries);
  });

  it('a link reproduces the view: a viewer with url-state reads the hash on load', async () => {
    const first = await ready(createViewer({ 'url-state': '', 'density-scale': '0.05', pattern: 'ludwig-2', seed: '7' }));
    first.cameraOrbit = '-120deg 60deg 90%';
    first.seek(150);
    await first.updateComplete;
    await wait(WRITE_INTERVAL_MS + 900); // the camera's flight, then the write
    const link = location.hash;
    expect(readViewState(link)?.time).to.equal(150);
    first.remove();

    const second = createViewer({ 'url-state': '', 'density-scale': '0.05' });
    await ready(second);
    expect(second.exportScenario()).to.deep.equal(first.exportScenario());
    expect(second.time).to.equal(150);
    expect(second.cameraOrbit).to.equal(readViewState(link)?.orbit);
  });

  it('only the viewer with url-state touches the URL', async () => {
    const withIt = await ready(createViewer({ 'url-state': '', 'density-scale': '0.05' }));
    withIt.seek(30);
    await wait(WRITE_INTERVAL_MS + 200);
    const hash = location.hash;
    expect(readViewState(hash)?.time).to.equal(30);

    const without = await ready(createViewer({ 'density-scale': '0.05', product: 'prp' }));
    expect(without.time).to.equal(0); // did not read it
    without.seek(200);
    await wait(WRITE_INTERVAL_MS + 200);
    expect(location.hash).to.equal(hash); // did not write it
  });
});

describe('<scalp-viewer presenter> scenario download', () => {
  it('the download button saves exactly the exported scenario as JSON, from a blob: URL (no network)', async () => {
    const el = await ready(createViewer({ 'density-scale': '0.05', pattern: 'areata', sessions: '0,14' }));
    expect(el.shadowRoot!.querySelector('[part~="download-button"]'), 'outside teaching mode').to.equal(null);
    (el as unknown as { presenter: boolean }).presenter = true;
    el.requestUpdate();
    await el.updateComplete;
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="download-button"]')!;
    expect(button.getAttribute('aria-label')).to.equal('Download scenario (JSON)');

    const saved: { blob?: Blob; name?: string; href?: string } = {};
    const { createObjectURL } = URL;
    const { click } = HTMLAnchorElement.prototype;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      saved.blob = blob as Blob;
      return createObjectURL(blob);
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      saved.name = this.download;
      saved.href = this.href;
    };
    try {
      button.click();
    } finally {
      URL.createObjectURL = createObjectURL;
      HTMLAnchorElement.prototype.click = click;
    }
    expect(saved.name).to.equal('scalp-viewer-scenario.json');
    expect(saved.href).to.match(/^blob:/);
    expect(saved.blob?.type).to.equal('application/json');
    expect(JSON.parse(await saved.blob!.text())).to.deep.equal(el.exportScenario());
  });
});
