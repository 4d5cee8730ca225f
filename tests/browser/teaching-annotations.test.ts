import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.ts';
import { $scene } from '../../src/element/ScalpViewer.ts';
import type { ScalpViewer } from '../../src/element/ScalpViewer.ts';
import { createViewer, made, ready } from './viewer-fixture.ts';
import { frames, TEACHING_DENSITY } from './teaching-fixture.ts';

function note(el: ScalpViewer, slot: string, attrs: Record<string, string>, text: string): HTMLElement {
  const div = document.createElement('div');
  div.slot = slot;
  for (const [k, v] of Object.entries(attrs)) div.setAttribute(k, v);
  div.textContent = text;
  el.append(div);
  return div;
}

describe('annotations', function () {
  this.timeout(60_000);
  afterEach(() => made.splice(0).forEach((el) => el.remove()));

  it('a note on the back of the head hides while the front is viewed; a front one shows and flies on Enter', async () => {
    const el = createViewer({ 'density-scale': TEACHING_DENSITY, 'reduced-motion': 'on' }, { width: 560, height: 380 });
    const back = note(el, 'annotation-back', { 'data-structure': 'occipital' }, 'Back of the head');
    const front = note(el, 'annotation-hairline', { 'data-structure': 'hairline' }, 'Hairline');
    const side = note(el, 'annotation-side', { 'data-position': '70 40 0' }, 'Left side');
    await ready(el);
    // Face the front of the head.
    el[$scene]!.cameraRig.setOrbit({ theta: 0, phi: 70, radius: 1.1 });
    el.renderNow();
    await frames(2);

    expect(back.getAttribute('aria-hidden')).to.equal('true');
    expect(back.hasAttribute('inert')).to.equal(true);
    expect(getComputedStyle(back).visibility).to.equal('hidden');
    expect(front.hasAttribute('aria-hidden')).to.equal(false);
    expect(getComputedStyle(front).visibility).to.equal('visible');
    expect(front.tabIndex).to.equal(0);

    // The front note sits over the head, in the upper part of the view.
    const stage = el.shadowRoot!.querySelector('.stage')!.getBoundingClientRect();
    const box = el.shadowRoot!.querySelector('.annotation[data-slot="annotation-hairline"]')!.getBoundingClientRect();
    expect(box.left - stage.left).to.be.closeTo(stage.width / 2, stage.width * 0.1);

    // Enter on the side note turns the view to face it (a cut under reduced motion).
    el[$scene]!.cameraRig.setOrbit({ theta: 60, phi: 70, radius: 1.1 });
    el.renderNow();
    await frames(2);
    expect(side.hasAttribute('aria-hidden')).to.equal(false);
    side.focus();
    await sendKeys({ press: 'Enter' });
    await frames(2);
    // Now it faces the note: its anchor is near the middle of the view.
    expect(el[$scene]!.cameraRig.getOrbit().theta).to.be.greaterThan(65);
    const sideBox = el.shadowRoot!.querySelector('.annotation[data-slot="annotation-side"]')!.getBoundingClientRect();
    expect(sideBox.left - stage.left).to.be.closeTo(stage.width / 2, stage.width * 0.08);

    // Turning to the back shows the back note and hides the hairline one.
    el[$scene]!.cameraRig.setOrbit({ theta: 180, phi: 80, radius: 1.1 });
    el.renderNow();
    await frames(2);
    expect(back.hasAttribute('aria-hidden')).to.equal(false);
    expect(front.getAttribute('aria-hidden')).to.equal('true');
  });
});
