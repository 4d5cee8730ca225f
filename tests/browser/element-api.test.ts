import { expect } from '@esm-bundle/chai';
import '../../src/index.ts';
import type { ScalpViewer, TimeUpdateDetail, ChapterChangeDetail, ScalpViewerErrorDetail } from '../../src/element/ScalpViewer.ts';
import { $scene } from '../../src/element/ScalpViewer.ts';
import { made, createViewer, ready, once, wait, captureWarnings } from './viewer-fixture.ts';

const frames = async (n = 2) => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
};
const shadow = <T extends Element = HTMLElement>(el: ScalpViewer, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);

afterEach(() => {
  for (const el of made.splice(0)) el.remove();
  document.querySelectorAll('.far-away').forEach((n) => n.remove());
});

/** A viewer far below the viewport with loading="lazy": it builds nothing, so it is cheap. */
function dormant(attributes: Record<string, string> = {}): ScalpViewer {
  const el = createViewer({ loading: 'lazy', ...attributes });
  const spacer = document.createElement('div');
  spacer.className = 'far-away';
  spacer.style.height = '6000px';
  el.before(spacer);
  return el;
}

// [attribute, attribute text, property, property value read back, property value set, attribute text written back]
type RoundTrip = [string, string, keyof ScalpViewer & string, unknown, unknown, string | null];
const ROUND_TRIPS: RoundTrip[] = [
  ['pattern', 'ludwig-2', 'pattern', 'ludwig-2', 'norwood-3', 'norwood-3'],
  ['product', 'prp', 'product', 'prp', 'exosomes', 'exosomes'],
  ['area', 'frontal', 'area', 'frontal', 'whole', 'whole'],
  ['spacing', '12', 'spacing', 12, 8, '8'],
  ['sessions', '0, 14', 'sessions', [0, 14], [0, 30, 60], '0,30,60'],
  ['seed', '7', 'seed', 7, 9, '9'],
  ['speed', '14', 'speed', 14, 3, '3'],
  ['duration', '180', 'duration', 180, 200, '200'],
  ['overlays', 'labels signal', 'overlays', 'signal labels', 'vascular', 'vascular'],
  ['controls', 'minimal', 'controls', 'minimal', 'none', 'none'],
  ['theme', 'dark', 'theme', 'dark', 'high-contrast', 'high-contrast'],
  ['alt', 'A scalp', 'alt', 'A scalp', 'Another scalp', 'Another scalp'],
  ['loading', 'lazy', 'loading', 'lazy', 'eager', 'eager'],
  ['poster', '/docs/theme-light.png', 'poster', '/docs/theme-light.png', '/docs/theme-dark.png', '/docs/theme-dark.png'],
  ['camera-orbit', '10deg 60deg 90%', 'cameraOrbit', '10deg 60deg 90%', '-20deg 45deg 120%', '-20deg 45deg 120%'],
  ['reduced-motion', 'on', 'reducedMotion', 'on', 'off', 'off'],
  ['autoplay', '', 'autoplay', true, false, null],
  ['loop', '', 'loop', true, false, null],
  ['time', '84', 'time', 84, 100, '100'],
  ['week', '12', 'week', 12, 2, '2'],
  ['chapter', 'peak', 'chapter', 'peak', 'signal', 'signal'],
  ['lang', 'es', 'lang', 'es', 'de', 'de'],
];

describe('<scalp-viewer> API: attributes and properties', () => {
  for (const [attribute, text, property, read, set, written] of ROUND_TRIPS) {
    it(`${attribute} round-trips: attribute → ${property} → attribute`, async () => {
      const el = dormant({ 'reduced-motion': 'on' });
      el.setAttribute(attribute, text);
      expect((el as unknown as Record<string, unknown>)[property]).to.deep.equal(read);
      (el as unknown as Record<string, unknown>)[property] = set;
      await el.updateComplete;
      await frames(); // time, week and chapter are written back on the next frame
      expect(el.getAttribute(attribute)).to.equal(written);
    });
  }

  it('keeps the week and chapter attributes in step with time, when the page uses them', async () => {
    const el = dormant({ week: '1', chapter: 'signal' });
    el.seek('month 3');
    await frames();
    expect(el.getAttribute('time')).to.equal('91');
    expect(el.getAttribute('week')).to.equal('13');
    expect(el.getAttribute('chapter')).to.equal('visible');
  });

  it('bad values warn, name the attribute and the reason, and keep the last good value', async () => {
    const el = dormant({ controls: 'minimal', theme: 'dark', 'camera-orbit': '0deg 45deg 100%', duration: '200' });
    const warnings = captureWarnings();
    try {
      el.setAttribute('controls', 'huge');
      el.setAttribute('theme', 'neon');
      el.setAttribute('camera-orbit', 'left');
      el.setAttribute('duration', '5');
      el.setAttribute('week', '-1');
      el.setAttribute('chapter', 'nope');
      el.setAttribute('reduced-motion', 'maybe');
      el.seek('soon');
      el.chapters = [{ id: 'x', start: -3, title: 'X', caption: '' }];
    } finally {
      warnings.restore();
    }
    expect(el.controls).to.equal('minimal');
    expect(el.theme).to.equal('dark');
    expect(el.cameraOrbit).to.equal('0deg 45deg 100%');
    expect(el.duration).to.equal(200);
    expect(el.time).to.equal(0);
    expect(el.chapters.length).to.equal(7);
    const names = ['controls="huge"', 'theme="neon"', 'camera-orbit="left"', 'duration="5"', 'week="-1"', 'chapter="nope"', 'reduced-motion="maybe"', 'seek()="soon"', 'chapters'];
    for (const name of names) expect(warnings.messages.some((m) => m.includes(name)), name).to.equal(true);
    expect(warnings.messages.every((m) => /Keeping/.test(m))).to.equal(true);
  });

  it('controls: full shows everything, minimal play and timeline and caption, none nothing but the view', async () => {
    const el = await ready(createViewer());
    await el.updateComplete;
    const has = (selector: string) => shadow(el, selector) !== null;
    expect([has('[part~="toolbar"]'), has('[part="readout"]'), has('[part="legend"]'), has('[part="view-buttons"]'), has('[part="caption"]')]).to.deep.equal([true, true, true, true, true]);
    el.controls = 'minimal';
    await el.updateComplete;
    expect([has('[part~="toolbar"]'), has('[part="scrubber"]'), has('[part="readout"]'), has('[part="legend"]'), has('[part="view-buttons"]'), has('[part="caption"]')]).to.deep.equal([true, true, false, false, false, true]);
    el.controls = 'none';
    await el.updateComplete;
    expect([has('[part~="toolbar"]'), has('[part="caption"]'), has('canvas')]).to.deep.equal([false, false, true]);
  });
});

describe('<scalp-viewer> API: before the first frame', () => {
  it('nothing hidden under the placeholder takes focus: no view buttons or legend, the scene not tabbable', async () => {
    const el = dormant();
    await el.updateComplete;
    expect(shadow(el, '[part="view-buttons"]')).to.equal(null);
    expect(shadow(el, '[part="legend"]')).to.equal(null);
    expect(shadow(el, 'canvas')!.getAttribute('tabindex')).to.equal('-1');
    el.scrollIntoView();
    await ready(el);
    await el.updateComplete;
    expect(shadow(el, '[part="view-buttons"]')).to.not.equal(null);
    expect(shadow(el, 'canvas')!.getAttribute('tabindex')).to.equal('0');
    window.scrollTo(0, 0);
  });
});

describe('<scalp-viewer> API: loading', () => {
  it('loading="lazy" makes no scene, worker or model until the element nears the viewport', async () => {
    const RealWorker = window.Worker;
    let workers = 0;
    window.Worker = class extends RealWorker {
      constructor(...args: ConstructorParameters<typeof Worker>) {
        super(...args);
        workers++;
      }
    };
    try {
      const el = dormant();
      await wait(600);
      expect(workers).to.equal(0);
      expect(el[$scene]).to.equal(undefined);
      expect(el.hasAttribute('data-ready')).to.equal(false);
      // The drawn placeholder shows meanwhile, without a progress bar.
      expect(shadow(el, '.cover slot[name="poster"] svg')).to.not.equal(null);
      expect(shadow(el, '.cover [role="progressbar"]')).to.equal(null);
      el.scrollIntoView();
      await ready(el);
      expect(workers).to.be.greaterThan(0);
      expect(el[$scene]).to.not.equal(undefined);
    } finally {
      window.Worker = RealWorker;
      window.scrollTo(0, 0);
    }
  });

  it('the poster image shows until the first frame, then goes', async () => {
    const el = createViewer({ poster: '/docs/demo-day-0.png' });
    await el.updateComplete;
    const img = shadow<HTMLImageElement>(el, '.cover img.poster-image');
    expect(img?.getAttribute('src')).to.equal('/docs/demo-day-0.png');
    expect(img?.getAttribute('alt')).to.equal('');
    await ready(el);
    await el.updateComplete;
    expect(shadow(el, '.cover')).to.equal(null);
  });
});

describe('<scalp-viewer> API: events and methods', () => {
  it('ready, play, pause, seeked, timeupdate and chapterchange fire with their details', async () => {
    const el = createViewer({ 'reduced-motion': 'on' });
    const readyEvent = await once<CustomEvent<{ duration: number }>>(el, 'ready');
    expect(readyEvent.detail).to.deep.equal({ duration: 365 });

    const seeked = once<CustomEvent<TimeUpdateDetail>>(el, 'seeked');
    const timeupdate = once<CustomEvent<TimeUpdateDetail>>(el, 'timeupdate');
    const chapterchange = once<CustomEvent<ChapterChangeDetail>>(el, 'chapterchange');
    el.seek('month 3');
    const events: Event[] = [readyEvent];
    events.push(await seeked, await timeupdate, await chapterchange);
    expect((events[1] as CustomEvent).detail).to.deep.equal({ time: 91, week: 13, chapter: 'visible' });
    expect((events[2] as CustomEvent).detail).to.deep.equal({ time: 91, week: 13, chapter: 'visible' });
    expect((events[3] as CustomEvent).detail).to.deep.equal({ chapter: 'visible', index: 4, title: 'Visible regrowth', previous: 'injection' });

    const play = once<CustomEvent<{ time: number }>>(el, 'play');
    el.play();
    events.push(await play);
    expect((events[4] as CustomEvent).detail.time).to.equal(91);
    const pause = once<CustomEvent<{ time: number }>>(el, 'pause');
    el.pause();
    events.push(await pause);
    expect((events[5] as CustomEvent).detail.time).to.be.at.least(91);
    // A page hears them from outside the element, through any shadow roots around it.
    for (const event of events) {
      expect(event.bubbles, event.type).to.equal(true);
      expect(event.composed, event.type).to.equal(true);
    }
  });

  it('loop fires each time playback wraps; ended when it reaches the end with loop off', async () => {
    const el = await ready(createViewer({ duration: '28', speed: '150', loop: '' }));
    expect(el.duration).to.equal(28);
    const loop = once<CustomEvent<{ count: number }>>(el, 'loop', 20_000);
    el.play();
    expect((await loop).detail).to.deep.equal({ count: 1 });
    el.pause();
    el.loop = false;
    el.seek(20);
    const ended = once<CustomEvent<{ time: number }>>(el, 'ended', 20_000);
    el.play();
    expect((await ended).detail).to.deep.equal({ time: 28 });
    expect(el.paused).to.equal(true);
  });

  it('error fires with its detail when a scenario URL fails', async () => {
    const el = dormant();
    const warnings = captureWarnings();
    try {
      const error = once<CustomEvent<ScalpViewerErrorDetail>>(el, 'error');
      el.setAttribute('scenario', '/no/such/scenario.json');
      const detail = (await error).detail;
      expect(detail.type).to.equal('scenario');
      expect(detail.message).to.include('/no/such/scenario.json');
    } finally {
      warnings.restore();
    }
  });

  it('seek reads days, "week 12", "month 3", "50%" and chapter ids; chapter methods step', async () => {
    const el = dormant();
    const at = (to: number | string) => {
      el.seek(to);
      return el.time;
    };
    expect(at(30)).to.equal(30);
    expect(at('week 12')).to.equal(84);
    expect(at('month 6')).to.equal(183);
    expect(at('50%')).to.equal(182.5);
    expect(at('fading')).to.equal(224);
    expect(at(9999)).to.equal(365);
    el.seek(0);
    el.nextChapter();
    expect(el.chapter).to.equal('signal');
    el.nextChapter();
    expect(el.time).to.equal(14);
    el.previousChapter();
    expect(el.time).to.equal(1);
    el.seek(400);
    el.nextChapter(); // after the last chapter's start: stays
    expect(el.time).to.equal(365);
  });

  it('camera-orbit moves the camera there; resetView() brings it home', async () => {
    const el = await ready(createViewer({ 'camera-orbit': '30deg 60deg 120%', 'reduced-motion': 'on' }));
    const rig = el[$scene]!.cameraRig;
    const orbit = rig.getOrbit();
    expect(orbit.theta).to.be.closeTo(30, 0.5);
    expect(orbit.phi).to.be.closeTo(60, 0.5);
    expect(orbit.radius).to.be.closeTo(1.2, 0.01);
    el.cameraOrbit = '-90deg 45deg 100%';
    expect(rig.getOrbit().theta).to.be.closeTo(-90, 0.5);
    el.resetView();
    const home = rig.homeOrbit;
    expect(rig.getOrbit().theta).to.be.closeTo(home.theta, 0.5);
    expect(rig.getOrbit().radius).to.be.closeTo(1, 0.01);
  });

  it('a flight (motion allowed) arrives where it was sent, over several frames', async () => {
    const el = await ready(createViewer({ 'reduced-motion': 'off' }));
    const rig = el[$scene]!.cameraRig;
    el.cameraOrbit = '0deg 50deg 90%';
    expect(rig.flying).to.equal(true);
    const deadline = performance.now() + 10_000;
    while (rig.flying && performance.now() < deadline) await wait(30);
    expect(rig.flying).to.equal(false);
    expect(rig.getOrbit().theta).to.be.closeTo(0, 0.5);
    expect(rig.getOrbit().phi).to.be.closeTo(50, 0.5);
  });
});
