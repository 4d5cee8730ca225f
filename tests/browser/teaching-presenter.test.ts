import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.ts';
import { $scene } from '../../src/element/ScalpViewer.ts';
import { made } from './viewer-fixture.ts';
import { frames, part, teachingViewer } from './teaching-fixture.ts';

describe('presenter mode', function () {
  this.timeout(60_000);
  afterEach(() => made.splice(0).forEach((el) => el.remove()));

  it('clicker keys step chapter by chapter from the page, and the camera cuts to each view', async () => {
    const el = await teachingViewer({ presenter: '' });
    (document.activeElement as HTMLElement | null)?.blur();
    expect(el.chapter).to.equal('injection');
    await sendKeys({ press: 'PageDown' });
    await frames(2);
    expect(el.chapter).to.equal('signal');
    await sendKeys({ press: 'PageDown' });
    await sendKeys({ press: 'ArrowRight' });
    await frames(2);
    expect(el.chapter).to.equal('below-skin');
    await sendKeys({ press: 'PageUp' });
    await frames(2);
    expect(el.chapter).to.equal('vascular');
    // Reduced motion: a cut to the chapter's view, not a flight.
    const view = el.chapters.find((c) => c.id === 'vascular')!.view!;
    await frames(2);
    const orbit = el[$scene]!.cameraRig.getOrbit();
    expect(orbit.theta).to.be.closeTo(view.theta, 1);
    expect(orbit.phi).to.be.closeTo(view.phi, 1);
  });

  it('"." blanks the view and brings it back; the caption is large', async () => {
    const plain = await teachingViewer({});
    const el = await teachingViewer({ presenter: '' });
    (document.activeElement as HTMLElement | null)?.blur();
    await sendKeys({ press: '.' });
    await frames(1);
    expect(el.shadowRoot!.querySelector('.blank')).to.not.equal(null);
    await sendKeys({ press: '.' });
    await frames(1);
    expect(el.shadowRoot!.querySelector('.blank')).to.equal(null);
    const size = (v: typeof el) => parseFloat(getComputedStyle(part(v, '[part~="caption"]')).fontSize);
    expect(size(el)).to.be.greaterThan(size(plain) * 1.3);
  });

  it('a focused checkbox keeps the clicker working; a focused text field keeps its keys', async () => {
    const el = await teachingViewer({ presenter: '' });
    const box = document.createElement('input');
    box.type = 'checkbox';
    const text = document.createElement('input');
    document.body.append(box, text);
    try {
      box.focus();
      await sendKeys({ press: 'PageDown' });
      await frames(2);
      expect(el.chapter).to.equal('signal');
      text.focus();
      await sendKeys({ press: 'PageDown' });
      await sendKeys({ press: '.' });
      await frames(2);
      expect(el.chapter).to.equal('signal');
      expect(el.shadowRoot!.querySelector('.blank')).to.equal(null);
    } finally {
      box.remove();
      text.remove();
    }
  });

  it('leaves keys alone without the attribute', async () => {
    const el = await teachingViewer({});
    (document.activeElement as HTMLElement | null)?.blur();
    await sendKeys({ press: 'PageDown' });
    await frames(2);
    expect(el.chapter).to.equal('injection');
  });
});
