import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.ts';
import type { ScalpViewer } from '../../src/element/ScalpViewer.ts';
import { made, createViewer, ready, wait } from './viewer-fixture.ts';

const shadow = <T extends HTMLElement = HTMLElement>(el: ScalpViewer, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector)!;

afterEach(() => {
  for (const el of made.splice(0)) el.remove();
});

/** A key pressed with a modifier held (sendKeys' press takes single keys only). */
async function chord(modifier: 'Shift' | 'Control', key: string) {
  await sendKeys({ down: modifier });
  try {
    await sendKeys({ press: key });
  } finally {
    await sendKeys({ up: modifier });
  }
}

/** A ready viewer with focus on its scene (the canvas) or its slider. */
async function focused(where: 'canvas' | 'input[type="range"]' = 'canvas', attributes: Record<string, string> = {}) {
  const el = await ready(createViewer({ 'reduced-motion': 'on', ...attributes }));
  shadow(el, where).focus();
  return el;
}

describe('<scalp-viewer> keyboard', () => {
  it('Space and K play and pause while the scene has focus', async () => {
    const el = await focused('canvas', { speed: '1' });
    await sendKeys({ press: 'Space' });
    expect(el.paused).to.equal(false);
    await sendKeys({ press: 'Space' });
    expect(el.paused).to.equal(true);
    await sendKeys({ press: 'k' });
    expect(el.paused).to.equal(false);
    await sendKeys({ press: 'K' });
    expect(el.paused).to.equal(true);
  });

  it('Space on the play button toggles once (the button\'s own press, not twice)', async () => {
    const el = await focused('canvas', { speed: '1' });
    shadow(el, 'button[part="play-button"]').focus();
    let plays = 0;
    el.addEventListener('play', () => plays++);
    await sendKeys({ press: 'Space' });
    await wait(50);
    expect(el.paused).to.equal(false);
    expect(plays).to.equal(1);
  });

  it('← and → move one week, in whole weeks', async () => {
    const el = await focused();
    el.seek(10);
    await sendKeys({ press: 'ArrowRight' });
    expect(el.time).to.equal(14);
    await sendKeys({ press: 'ArrowRight' });
    expect(el.time).to.equal(21);
    await sendKeys({ press: 'ArrowLeft' });
    expect(el.time).to.equal(14);
    el.seek(0);
    await sendKeys({ press: 'ArrowLeft' });
    expect(el.time).to.equal(0);
  });

  it('Shift+← / Shift+→ and PageDown / PageUp move a chapter', async () => {
    const el = await focused();
    await chord('Shift', 'ArrowRight');
    expect(el.chapter).to.equal('signal');
    await sendKeys({ press: 'PageUp' });
    expect(el.chapter).to.equal('vascular');
    expect(el.time).to.equal(14);
    await sendKeys({ press: 'PageUp' });
    expect(el.time).to.equal(35);
    el.seek(50); // inside a chapter: back goes to its start first, like "previous track"
    await sendKeys({ press: 'PageDown' });
    expect(el.time).to.equal(35);
    await chord('Shift', 'ArrowLeft');
    expect(el.time).to.equal(14);
  });

  it('Home and End go to the ends', async () => {
    const el = await focused();
    el.seek(100);
    await sendKeys({ press: 'End' });
    expect(el.time).to.equal(365);
    await sendKeys({ press: 'Home' });
    expect(el.time).to.equal(0);
  });

  it('0–9 jump to tenths of the timeline', async () => {
    const el = await focused();
    for (const digit of [5, 9, 1, 0]) {
      await sendKeys({ press: String(digit) });
      expect(el.time, `key ${digit}`).to.equal(Math.round((digit / 10) * 365));
    }
  });

  it('on the slider: arrows (and ↑/↓) move a week, PageUp a chapter, not the native day step', async () => {
    const el = await focused('input[type="range"]');
    const slider = shadow<HTMLInputElement>(el, 'input[type="range"]');
    await sendKeys({ press: 'ArrowRight' });
    expect(el.time).to.equal(7);
    await sendKeys({ press: 'ArrowUp' });
    expect(el.time).to.equal(14);
    await sendKeys({ press: 'ArrowDown' });
    expect(el.time).to.equal(7);
    await sendKeys({ press: 'PageUp' });
    expect(el.time).to.equal(14);
    await el.updateComplete;
    expect(slider.value).to.equal('14');
    await sendKeys({ press: 'Space' });
    expect(el.paused).to.equal(false);
  });

  it('keys with Ctrl are left to the browser', async () => {
    const el = await focused();
    el.seek(20);
    await chord('Control', 'ArrowRight');
    expect(el.time).to.equal(20);
  });
});
