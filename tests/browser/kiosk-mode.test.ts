import { expect } from '@esm-bundle/chai';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/index.ts';
import type { ScalpViewer } from '../../src/element/ScalpViewer.ts';
import { $scene, DISPOSAL_DELAY_MS } from '../../src/element/ScalpViewer.ts';
import { ATTRACT_FRAME_BUDGET_MS } from '../../src/element/kioskMode.ts';
import { INTERACTIVE_FRAME_BUDGET_MS } from '../../src/render/RenderScale.ts';
import { made, createViewer, once, ready, wait } from './viewer-fixture.ts';

const KIOSK_EVENTS = ['attractstart', 'attractend', 'idlewarning', 'sessionreset'];

/** A kiosk viewer with a 1 s idle timeout (and so a 1 s countdown), and the kiosk events it fires. */
function kiosk(attributes: Record<string, string> = {}) {
  const el = createViewer({ kiosk: '', 'idle-timeout': '1', 'density-scale': '0.05', ...attributes });
  const events: string[] = [];
  for (const type of KIOSK_EVENTS) el.addEventListener(type, () => events.push(type));
  return { el, events };
}

/** A real touch-like click in the middle of the 3D view. */
async function tapView(el: ScalpViewer) {
  const r = el.shadowRoot!.querySelector('canvas')!.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] });
}

afterEach(async () => {
  for (const el of made.splice(0)) el.remove();
  await sendMouse({ type: 'move', position: [0, 0] });
});

describe('<scalp-viewer kiosk>', () => {
  it('starts in the attract loop (looping playback, the call shown) and the first touch ends it', async () => {
    const { el, events } = kiosk();
    await ready(el);
    await el.updateComplete;
    expect(events).to.deep.equal(['attractstart']);
    expect(el.getAttribute('kiosk-state')).to.equal('attract');
    expect(el.paused).to.equal(false);
    expect(el.loop).to.equal(true);
    const call = el.shadowRoot!.querySelector<HTMLElement>('[part~="kiosk-call"]');
    expect(call?.textContent).to.contain('Touch to explore');
    // the camera turns slowly about the head
    const theta = () => el[$scene]!.cameraRig.getOrbit().theta;
    const before = theta();
    await wait(800);
    expect(theta() - before).to.be.within(0.3, 10);
    // Nobody drives the loop: its moving frames may take longer, for a sharper picture.
    expect(el[$scene]!.motionBudget).to.equal(ATTRACT_FRAME_BUDGET_MS);

    const ended = once(el, 'attractend', 5000);
    await tapView(el);
    await ended;
    await el.updateComplete;
    expect(el[$scene]!.motionBudget).to.equal(INTERACTIVE_FRAME_BUDGET_MS);
    expect(el.getAttribute('kiosk-state')).to.equal('active');
    expect(el.paused).to.equal(true);
    expect(el.loop).to.equal(false); // the page's own setting is back
    expect(el.shadowRoot!.querySelector('[part~="kiosk-call"]')).to.equal(null);
  });

  it('with reduced motion the attract loop neither plays nor turns the camera', async () => {
    const { el, events } = kiosk({ 'reduced-motion': 'on', 'idle-timeout': '600' });
    await ready(el);
    await el.updateComplete;
    expect(events).to.deep.equal(['attractstart']);
    const orbit = el[$scene]!.cameraRig.getOrbit();
    await wait(800);
    expect(el.paused).to.equal(true);
    expect(el[$scene]!.cameraRig.getOrbit()).to.deep.equal(orbit);
    expect(el.shadowRoot!.querySelector('[part~="kiosk-call"]')).to.not.equal(null);
  });

  it('idle: idlewarning with a visible countdown, then sessionreset back to the start state, then attractstart', async () => {
    const { el, events } = kiosk();
    await ready(el);
    await tapView(el);
    // A visitor's session: another day, another product.
    el.seek(120);
    el.setAttribute('product', 'sham');
    const atReset: { time?: number; paused?: boolean; product?: string } = {};
    el.addEventListener('sessionreset', () => Object.assign(atReset, { time: el.time, paused: el.paused, product: el.product }));
    const warned = once(el, 'idlewarning', 5000);
    await warned;
    await el.updateComplete;
    const countdown = el.shadowRoot!.querySelector<HTMLElement>('[part~="kiosk-countdown"]');
    expect(countdown?.textContent).to.contain('Starting over in 1 s');
    expect(countdown!.checkVisibility()).to.equal(true);
    await once(el, 'attractstart', 5000);
    expect(events).to.deep.equal(['attractstart', 'attractend', 'idlewarning', 'sessionreset', 'attractstart']);
    expect(atReset).to.deep.equal({ time: 0, paused: true, product: 'conditioned-medium' });
    expect(el.product).to.equal('conditioned-medium');
    expect(el.getAttribute('kiosk-state')).to.equal('attract');
    expect(el.paused).to.equal(false);
  });

  it('input during the countdown cancels it: no reset', async () => {
    const { el, events } = kiosk({ 'idle-timeout': '1.5' });
    await ready(el);
    await tapView(el);
    el.seek(60);
    await once(el, 'idlewarning', 5000);
    await sendKeys({ press: 'Shift' });
    await el.updateComplete;
    expect(el.getAttribute('kiosk-state')).to.equal('active');
    expect(el.shadowRoot!.querySelector('[part~="kiosk-countdown"]')).to.equal(null);
    await wait(1200); // past the cancelled countdown's end, short of a new warning
    expect(events).to.not.include('sessionreset');
    expect(el.time).to.equal(60);
  });

  it('is laid out for touch: no page scroll or zoom, targets of 64 px or more, no text input', async () => {
    const { el } = kiosk({ 'idle-timeout': '600' });
    await ready(el);
    await el.updateComplete;
    expect(getComputedStyle(el).touchAction).to.equal('none');
    expect(getComputedStyle(el.shadowRoot!.querySelector('canvas')!).touchAction).to.equal('none');
    const targets = [...el.shadowRoot!.querySelectorAll<HTMLElement>('button, input[type="range"]')].filter((t) =>
      t.checkVisibility(),
    );
    expect(targets.length).to.be.greaterThan(0);
    for (const t of targets) {
      const r = t.getBoundingClientRect();
      expect(Math.min(r.width, r.height), t.getAttribute('part') ?? t.tagName).to.be.at.least(64);
    }
    const typing = [...el.shadowRoot!.querySelectorAll<HTMLElement>('input:not([type="range"]), textarea, select')];
    expect(typing.filter((t) => t.checkVisibility())).to.deep.equal([]);
  });

  it('touch: a tap on the scrubber track seeks there; a swipe on the caption changes chapter', async () => {
    const { el } = kiosk({ 'idle-timeout': '600' });
    await ready(el);
    await tapView(el); // out of the attract loop: paused
    await el.updateComplete;
    const track = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="range"]')!.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(track.left + track.width * 0.75), Math.round(track.top + track.height / 2)] });
    expect(el.time).to.be.closeTo(el.duration * 0.75, el.duration * 0.06);

    el.seek(0);
    await el.updateComplete;
    const caption = el.shadowRoot!.querySelector<HTMLElement>('[part~="caption"]')!;
    expect(caption, 'the caption').to.not.equal(null);
    const before = el.chapter;
    const r = caption.getBoundingClientRect();
    const y = r.top + r.height / 2;
    const touch = (type: string, x: number) =>
      caption.dispatchEvent(new PointerEvent(type, { pointerId: 7, pointerType: 'touch', clientX: x, clientY: y, bubbles: true, composed: true }));
    touch('pointerdown', r.left + r.width * 0.7);
    touch('pointerup', r.left + r.width * 0.3); // right to left: the next chapter
    expect(el.chapter).to.not.equal(before);
    const next = el.chapter;
    touch('pointerdown', r.left + r.width * 0.5);
    touch('pointerup', r.left + r.width * 0.52); // a tap, not a swipe
    expect(el.chapter).to.equal(next);
  });

  it('removal stops the loop and every timer: nothing fires afterwards', async () => {
    const { el, events } = kiosk();
    await ready(el);
    await tapView(el);
    el.remove();
    await wait(DISPOSAL_DELAY_MS + 2500); // longer than idle timeout + countdown
    expect(events).to.deep.equal(['attractstart', 'attractend']);
    expect(el.paused).to.equal(true);
  });

  it('at 1920 x 1080 the "Touch to explore" call keeps clear of the head, leaving the scalp in view', async () => {
    await setViewport({ width: 1920, height: 1080 });
    try {
      const { el } = kiosk({ 'reduced-motion': 'on', 'idle-timeout': '600' });
      // The whole window, as on a kiosk page (the fixture's inline size would win over it).
      el.style.width = '';
      el.style.height = '';
      await ready(el);
      await el.updateComplete;
      await wait(300);
      el.renderNow();
      const canvas = el.shadowRoot!.querySelector<HTMLCanvasElement>('canvas[part~="canvas"]')!;
      const call = el.shadowRoot!.querySelector<HTMLElement>('[part~="kiosk-call"]')!.getBoundingClientRect();
      const view = canvas.getBoundingClientRect();
      const scale = canvas.width / view.width;
      // Head pixels (the canvas is transparent around the head) under the call's box.
      const x0 = Math.max(0, Math.round((call.left - view.left) * scale));
      const y0 = Math.max(0, Math.round((call.top - view.top) * scale));
      const w = Math.min(canvas.width - x0, Math.round(call.width * scale));
      const h = Math.min(canvas.height - y0, Math.round(call.height * scale));
      expect(w > 0 && h > 0, 'the call is over the view').to.equal(true);
      const { data } = canvas.getContext('2d')!.getImageData(x0, y0, w, h);
      let covered = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) covered++;
      const all = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let head = 0;
      for (let i = 3; i < all.length; i += 4) if (all[i]! > 0) head++;
      expect(head, 'the head is drawn').to.be.greaterThan(10_000);
      expect(covered / (w * h), 'share of the call over the head').to.be.lessThan(0.005);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('the countdown writes its number in the element language\'s digits (Intl), not String(n)', async () => {
    const { el } = kiosk({ lang: 'ar-EG' });
    await ready(el);
    await tapView(el);
    await once(el, 'idlewarning', 5000);
    await el.updateComplete;
    const number = el.shadowRoot!.querySelector<HTMLElement>('.kiosk-countdown-number');
    expect(number?.textContent?.trim()).to.equal(new Intl.NumberFormat('ar-EG').format(1));
    expect(number?.textContent).to.not.contain('1');
  });
});
