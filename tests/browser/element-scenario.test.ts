import { expect } from '@esm-bundle/chai';
import '../../src/index.ts';
import type { ScalpViewer, ScalpViewerErrorDetail } from '../../src/element/ScalpViewer.ts';
import { made, createViewer as create, once, ready, wait, captureWarnings } from './viewer-fixture.ts';



/** Waits until the model the attributes ask for is shown (no "Updating the model…" note). */
async function settled(el: ScalpViewer, timeoutMs = 60_000): Promise<void> {
  await el.updateComplete;
  const deadline = performance.now() + timeoutMs;
  while (el.shadowRoot!.querySelector('.updating') && performance.now() < deadline) {
    await wait(50);
    await el.updateComplete;
  }
  expect(el.shadowRoot!.querySelector('.updating'), 'the new model arrived').to.equal(null);
}

function text(el: ScalpViewer, selector: string): string {
  const found = el.shadowRoot!.querySelector(selector);
  if (!found) throw new Error(`no ${selector} in the shadow root`);
  return found.textContent!;
}

/** Signed percentages in a text, in order ("Range: +3% to +25%" → [3, 25]). */
function percents(s: string): number[] {
  return [...s.matchAll(/([+\-−]?\d[\d,.]*)\s*%/g)].map((m) => Number(m[1]!.replace('−', '-').replace(/,/g, '')));
}

async function readoutAt(el: ScalpViewer, day: number): Promise<string> {
  el.seek(day);
  await el.updateComplete;
  return `${text(el, '.density')} ${text(el, '.change')}`;
}

afterEach(() => {
  for (const el of made.splice(0)) el.remove();
});

describe('<scalp-viewer> scenario and readout', () => {
  it('an inline scenario sets the plan at once and the readout follows the new model', async () => {
    const el = await ready(create());
    const before = await readoutAt(el, 180);
    el.setAttribute(
      'scenario',
      JSON.stringify({
        version: 1,
        seed: 7,
        pattern: 'norwood-6',
        treatment: { product: 'exosomes', area: 'whole', spacingMm: 6, sessions: [0, 21, 42, 63] },
        responsiveness: 'high',
      }),
    );
    expect(el.pattern).to.equal('norwood-6');
    expect(el.product).to.equal('exosomes');
    expect(el.area).to.equal('whole');
    expect(el.spacing).to.equal(6);
    expect([...el.sessions]).to.deep.equal([0, 21, 42, 63]);
    expect(el.seed).to.equal(7);
    expect(el.responsiveness).to.equal('high');
    await settled(el);
    // the current day survives the rebuild
    expect(el.time).to.equal(180);
    expect(await readoutAt(el, 180)).to.not.equal(before);
  });

  it('a bad scenario warns with each field path and keeps the last good state', async () => {
    const el = await ready(create({ pattern: 'norwood-3', spacing: '12' }));
    const warnings = captureWarnings();
    try {
      el.setAttribute('scenario', JSON.stringify({ pattern: 'norwood-99', treatment: { spacingMm: 1 } }));
      el.scenario = '{ not json';
      await el.updateComplete;
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.have.length(2);
    expect(warnings.messages[0]).to.contain('scenario');
    expect(warnings.messages[0]).to.contain('pattern: ');
    expect(warnings.messages[0]).to.contain('treatment.spacingMm: ');
    expect(warnings.messages[1]).to.contain('(scenario): is not valid JSON');
    expect(el.pattern).to.equal('norwood-3');
    expect(el.spacing).to.equal(12);
    // nothing to rebuild: the picture stays as it was
    expect(el.shadowRoot!.querySelector('.updating')).to.equal(null);
  });

  it('a scenario URL that 404s fires error, warns naming scenario and keeps the state', async () => {
    const el = await ready(create({ product: 'prp' }));
    const warnings = captureWarnings();
    let detail: ScalpViewerErrorDetail;
    try {
      const failed = once<CustomEvent<ScalpViewerErrorDetail>>(el, 'error', 10_000);
      el.setAttribute('scenario', `/tests/browser/no-such-scenario-${Date.now()}.json`);
      detail = (await failed).detail;
    } finally {
      warnings.restore();
    }
    expect(detail.type).to.equal('scenario');
    expect(detail.message).to.contain('404');
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('scenario=');
    expect(warnings.messages[0]).to.contain('404');
    expect(el.product).to.equal('prp');
    expect(el.hasAttribute('data-ready')).to.equal(true);
    expect(el.shadowRoot!.querySelector('.updating')).to.equal(null);
  });

  it('exportScenario round-trips: export, set as scenario, export again gives the same', async () => {
    const el = create({
      pattern: 'ludwig-2',
      product: 'prp',
      area: 'frontal',
      spacing: '8',
      sessions: '0,14,60',
      seed: '5',
      responsiveness: 'low',
    });
    const exported = el.exportScenario();
    expect(exported).to.deep.include({ version: 1, seed: 5, pattern: 'ludwig-2', responsiveness: 'low', horizonDays: 365 });
    expect(exported.treatment).to.deep.equal({ product: 'prp', area: 'frontal', spacingMm: 8, sessions: [0, 14, 60] });

    const other = create();
    other.setAttribute('scenario', JSON.stringify(exported));
    expect(other.exportScenario()).to.deep.equal(exported);
    // a scenario object works as well as its text
    const third = create();
    third.scenario = exported;
    expect(third.exportScenario()).to.deep.equal(exported);
  });

  it('readout="sham band" shows the sham and the responder range; sham gains less than the product at day 180', async () => {
    // At 4 % of the follicles the crown holds too few for whole-percent figures to separate
    // product from sham; a tenth of the real field does (still well under a second to simulate).
    const el = await ready(create({ readout: 'sham band', 'density-scale': '0.1' }));
    await settled(el);
    el.seek(180);
    await el.updateComplete;
    const product = percents(text(el, '.change'))[0]!;
    const sham = text(el, '.sham');
    const range = text(el, '.range');
    expect(sham).to.match(/^Sham: [+\-−]?\d+%$/);
    expect(range).to.match(/^Range: [+\-−]?\d+% to [+\-−]?\d+%$/);
    const [shamChange] = percents(sham);
    const [low, high] = percents(range);
    expect(shamChange).to.be.lessThan(product);
    expect(low).to.be.at.most(high!);
    expect(product).to.be.within(low!, high!);
  });

  it('without readout tokens the readout shows neither sham nor range', async () => {
    const el = await ready(create());
    expect(el.readout).to.equal('');
    expect(el.shadowRoot!.querySelector('.sham')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.range')).to.equal(null);
  });
});
