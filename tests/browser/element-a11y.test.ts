import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.ts';
import type { ScalpViewer } from '../../src/element/ScalpViewer.ts';
import { $scene } from '../../src/element/ScalpViewer.ts';
import { strings as english } from '../../src/element/strings.ts';
import { made, createViewer, ready, wait, once } from './viewer-fixture.ts';
import { wcagViolations as violations } from './axe-wcag.ts';

const shadow = <T extends Element = HTMLElement>(el: ScalpViewer, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const big = { width: 820, height: 560 };

afterEach(() => {
  for (const el of made.splice(0)) el.remove();
});

describe('<scalp-viewer> accessibility (WCAG 2.2 AA)', () => {
  it('axe reports no violations in every theme and controls mode, with every overlay on', async () => {
    const el = await ready(createViewer({ overlays: 'signal vascular labels', readout: 'sham band' }, big));
    el.seek('week 12');
    const found: string[] = [];
    for (const theme of ['light', 'dark', 'high-contrast']) {
      for (const controls of ['full', 'minimal', 'none']) {
        el.setAttribute('theme', theme);
        el.setAttribute('controls', controls);
        await el.updateComplete;
        await frame();
        for (const v of await violations(el)) found.push(`[${theme}/${controls}] ${v}`);
      }
    }
    expect(found, found.join('\n')).to.deep.equal([]);
    // The check sees into the shadow root: a nameless button there is caught.
    const nameless = document.createElement('button');
    el.shadowRoot!.querySelector('.stage')!.append(nameless);
    try {
      expect((await violations(el)).join('\n')).to.match(/^button-name/m);
    } finally {
      nameless.remove();
    }
  });

  it('axe reports no violations in a compact embed (480 × 320), where the chrome folds', async () => {
    const el = await ready(createViewer({ overlays: 'signal vascular labels', readout: 'sham band' }));
    // Folded: overlay toggles show as swatches, their names kept for assistive technology.
    const toggle = shadow(el, '[part="legend-toggle"]')!;
    expect(toggle.getBoundingClientRect().width).to.be.below(60);
    expect(toggle.textContent!.trim()).to.equal(english.overlaySignal);
    const found: string[] = [];
    for (const theme of ['light', 'dark', 'high-contrast']) {
      el.setAttribute('theme', theme);
      await el.updateComplete;
      for (const v of await violations(el)) found.push(`[${theme}] ${v}`);
    }
    expect(found, found.join('\n')).to.deep.equal([]);
  });

  it('axe reports no violations while the model is still being prepared, nor while playing with controls="none"', async () => {
    const el = createViewer({}, big);
    await el.updateComplete;
    expect(shadow(el, '[role="progressbar"]')).to.not.equal(null);
    expect(await violations(el)).to.deep.equal([]);
    await ready(el);
    el.controls = 'none';
    el.speed = 1;
    el.play();
    await el.updateComplete;
    expect(await violations(el)).to.deep.equal([]);
  });

  it('every button and the slider is at least 44 × 44 px', async () => {
    const el = await ready(createViewer({ overlays: 'signal vascular labels' }, big));
    const targets = [...el.shadowRoot!.querySelectorAll<HTMLElement>('button, input')];
    expect(targets.length).to.be.greaterThan(10);
    for (const target of targets) {
      const box = target.getBoundingClientRect();
      const name = target.getAttribute('aria-label') ?? target.textContent?.trim();
      expect(box.width, `${name} width`).to.be.at.least(44);
      expect(box.height, `${name} height`).to.be.at.least(44);
    }
  });

  it('keyboard focus shows a visible ring on buttons, the slider and the scene', async () => {
    const before = document.createElement('button');
    before.textContent = 'before';
    document.body.prepend(before);
    try {
      const el = await ready(createViewer({}, big));
      before.focus();
      // Tab from the page into the element: the scene first, then the view buttons.
      const ringed: string[] = [];
      for (let i = 0; i < 20; i++) {
        await sendKeys({ press: 'Tab' });
        const focused = el.shadowRoot!.activeElement as HTMLElement | null;
        if (!focused) break; // left the element
        const style = getComputedStyle(focused);
        expect(style.outlineStyle, `${focused.tagName} ${focused.getAttribute('aria-label')}`).to.equal('solid');
        expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
        ringed.push(focused.getAttribute('part') ?? focused.tagName);
      }
      expect(ringed).to.include('canvas');
      expect(ringed).to.include('play-button');
      expect(ringed).to.include('scrubber');
    } finally {
      before.remove();
    }
  });

  it('the slider speaks "Week 12 of 52 — Visible regrowth" and a polite live region announces chapter changes', async () => {
    const el = await ready(createViewer({}, big));
    const slider = shadow<HTMLInputElement>(el, 'input[type="range"]')!;
    const live = shadow(el, '[aria-live="polite"]')!;
    expect(live.getAttribute('role')).to.equal('status');
    expect(live.textContent!.trim()).to.equal(''); // nothing said before anything changed
    el.seek(84);
    await once(el, 'chapterchange');
    await el.updateComplete;
    expect(slider.getAttribute('aria-valuetext')).to.equal('Week 12 of 52 — Visible regrowth');
    expect(live.textContent!.trim()).to.equal('Chapter 5 of 7: Visible regrowth');
  });

  it('alt is the scene\'s text alternative, with a sensible default', async () => {
    const el = await ready(createViewer({}, big));
    const canvas = shadow(el, 'canvas')!;
    expect(canvas.getAttribute('role')).to.equal('img');
    expect(canvas.getAttribute('aria-label')).to.equal(english.sceneLabel);
    el.alt = 'Crown of a man with thinning hair, treated with injections';
    await el.updateComplete;
    expect(canvas.getAttribute('aria-label')).to.equal('Crown of a man with thinning hair, treated with injections');
    expect(el.getAttribute('alt')).to.equal('Crown of a man with thinning hair, treated with injections');
    el.removeAttribute('alt');
    await el.updateComplete;
    expect(canvas.getAttribute('aria-label')).to.equal(english.sceneLabel);
  });

  it('reduced motion: autoplay does not start, camera moves are cuts', async () => {
    const el = await ready(createViewer({ autoplay: '', 'reduced-motion': 'on' }, big));
    await wait(200);
    expect(el.paused).to.equal(true);
    const rig = el[$scene]!.cameraRig;
    const before = rig.getOrbit().theta;
    shadow<HTMLButtonElement>(el, `button[aria-label="${english.rotateRight}"]`)!.click();
    expect(rig.flying).to.equal(false);
    expect(Math.abs(((((rig.getOrbit().theta - before - 30) % 360) + 540) % 360) - 180)).to.be.lessThan(0.5);
  });

  it('without reduced motion, autoplay starts and the camera flies; with controls="none" a pause button still shows', async () => {
    const el = await ready(createViewer({ autoplay: '', 'reduced-motion': 'off', controls: 'none', speed: '1' }, big));
    expect(el.paused).to.equal(false);
    await el.updateComplete;
    const pause = shadow<HTMLButtonElement>(el, '.corner-pause')!;
    expect(pause.checkVisibility()).to.equal(true);
    expect(pause.getAttribute('aria-label')).to.equal(english.pause);
    pause.click();
    expect(el.paused).to.equal(true);
    el.controls = 'full';
    await el.updateComplete;
    shadow<HTMLButtonElement>(el, `button[aria-label="${english.zoomIn}"]`)!.click();
    expect(el[$scene]!.cameraRig.flying).to.equal(true);
  });

  it('each drag has a button: rotate, zoom and reset move the camera', async () => {
    const el = await ready(createViewer({ 'reduced-motion': 'on' }, big));
    const rig = el[$scene]!.cameraRig;
    const home = rig.getOrbit();
    const turn = (a: number, b: number) => ((((a - b) % 360) + 540) % 360) - 180;
    const press = (label: string) => shadow<HTMLButtonElement>(el, `button[aria-label="${label}"]`)!.click();
    press(english.rotateLeft);
    expect(turn(rig.getOrbit().theta, home.theta)).to.be.closeTo(-30, 0.5);
    press(english.zoomIn);
    expect(rig.getOrbit().radius).to.be.lessThan(home.radius * 0.9);
    press(english.zoomOut);
    press(english.zoomOut);
    expect(rig.getOrbit().radius).to.be.greaterThan(home.radius);
    press(english.resetView);
    expect(turn(rig.getOrbit().theta, home.theta)).to.be.closeTo(0, 0.5);
    expect(rig.getOrbit().radius).to.be.closeTo(home.radius, 0.01);
  });
});
