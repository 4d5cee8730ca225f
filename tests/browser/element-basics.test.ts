import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import { ScalpViewer } from '../../src/index.ts';
import { $scene, DISPOSAL_DELAY_MS } from '../../src/element/ScalpViewer.ts';
import type { TimeUpdateDetail } from '../../src/element/ScalpViewer.ts';
import { made, createViewer as create, once, ready, wait, captureWarnings } from './viewer-fixture.ts';


const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

function shadow<T extends Element>(el: ScalpViewer, selector: string): T {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in the shadow root`);
  return found;
}

/** The readout's figures, parsed back to numbers ("1,234" → 1234, "+12%" → 12). */
function readout(el: ScalpViewer) {
  const number = (s: string) => Number(s.replace(/[^\d.\-+]/g, ''));
  return {
    density: number(shadow(el, '.density').textContent!),
    change: number(shadow(el, '.change').textContent!),
  };
}

/** Pixels of the element's canvas inside the central `share` of each side. */
function centralPixels(el: ScalpViewer, share = 0.5) {
  el.renderNow();
  const canvas = shadow<HTMLCanvasElement>(el, 'canvas');
  const w = Math.round(canvas.width * share);
  const h = Math.round(canvas.height * share);
  const x = Math.round((canvas.width - w) / 2);
  const y = Math.round((canvas.height - h) / 2);
  return canvas.getContext('2d')!.getImageData(x, y, w, h).data;
}

/** Pixels of bare, lit scalp skin (reddish and light): what new hair covers. */
function skinPixels(data: Uint8ClampedArray): number {
  let skin = 0;
  for (let i = 0; i < data.length; i += 4) {
    const luminance = 0.2126 * data[i] + 0.7152 * data[i + 1] + 0.0722 * data[i + 2];
    if (data[i + 3] > 200 && luminance > 120 && data[i] > data[i + 1] + 25) skin++;
  }
  return skin;
}

afterEach(() => {
  for (const el of made.splice(0)) el.remove();
});

describe('<scalp-viewer> basics', () => {
  it('upgrades, draws a first frame with the model and fires ready', async () => {
    const el = create();
    expect(el).to.be.instanceOf(ScalpViewer);
    expect(customElements.get('scalp-viewer')).to.equal(ScalpViewer);
    // Before the model is ready the box shows a placeholder, not nothing.
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.cover [role="progressbar"]')).to.not.equal(null);
    await once(el, 'ready');
    expect(el.hasAttribute('data-ready')).to.equal(true);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.cover')).to.equal(null);
  });

  it('overlays: the vascular boost changes the skin around the sites, and can be switched off', async () => {
    const el = await ready(create());
    expect(el.overlays).to.equal('signal vascular');
    const pixels = () => {
      el.renderNow();
      const canvas = shadow<HTMLCanvasElement>(el, 'canvas');
      return canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    };
    const differing = (a: Uint8ClampedArray, b: Uint8ClampedArray) => {
      let n = 0;
      for (let i = 0; i < a.length; i += 4) if (Math.abs(a[i] - b[i]) + Math.abs(a[i + 1] - b[i + 1]) > 6) n++;
      return n;
    };
    el.seek(40); // the boost is near its peak (science.md §5: builds over days, τ_V 45 d)
    await el.updateComplete;
    const withVessels = pixels();
    el.overlays = 'signal';
    await el.updateComplete;
    const without = pixels();
    expect(differing(withVessels, without)).to.be.greaterThan(200);
    el.seek(365); // faded by the end of the year
    await el.updateComplete;
    const lateWithout = pixels();
    el.overlays = 'signal vascular';
    await el.updateComplete;
    expect(differing(pixels(), lateWithout)).to.be.lessThan(differing(withVessels, without));
    const warnings = captureWarnings();
    try {
      el.setAttribute('overlays', 'veins');
      expect(el.overlays).to.equal('signal vascular');
      expect(warnings.messages.join('\n')).to.contain('overlays="veins"');
    } finally {
      warnings.restore();
    }
  });

  it('has the documented defaults', async () => {
    const el = await ready(create());
    expect(el.pattern).to.equal('norwood-4');
    expect(el.product).to.equal('conditioned-medium');
    expect(el.spacing).to.equal(10);
    expect([...el.sessions]).to.deep.equal([0, 28, 56]);
    expect(el.speed).to.equal(7);
    expect(el.time).to.equal(0);
    expect(el.duration).to.equal(365);
    expect(el.paused).to.equal(true);
  });

  it('shows the caveat line by default, in a replaceable slot', async () => {
    const el = await ready(create());
    const slot = shadow<HTMLSlotElement>(el, 'slot[name="disclaimer"]');
    expect(slot.textContent).to.contain('Teaching model, not a prediction of individual results');
    const line = shadow<HTMLElement>(el, '[part="disclaimer"]');
    expect(line.checkVisibility()).to.equal(true);
    expect(line.getBoundingClientRect().height).to.be.greaterThan(8);
  });

  it('renders a picture: the canvas pixels are not uniform', async () => {
    const el = await ready(create());
    const data = centralPixels(el, 0.8);
    const colours = new Set<number>();
    for (let i = 0; i < data.length; i += 4) colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
    expect(colours.size).to.be.greaterThan(50);
  });

  it('reports timeupdate with the day, week and chapter, at most once per frame', async () => {
    const el = await ready(create());
    const details: TimeUpdateDetail[] = [];
    el.addEventListener('timeupdate', (e) => details.push((e as CustomEvent<TimeUpdateDetail>).detail));
    el.seek(40);
    el.seek(60);
    el.seek(84);
    await frame();
    await frame();
    expect(details).to.deep.equal([{ time: 84, week: 12, chapter: 'visible' }]);
    await el.updateComplete;
    const slider = shadow<HTMLInputElement>(el, 'input[type="range"]');
    expect(slider.value).to.equal('84');
    expect(slider.getAttribute('aria-valuetext')).to.equal('Week 12 of 52 — Visible regrowth');
    expect(shadow(el, '.week').textContent).to.equal('Week 12 of 52');
  });

  it('seeks by week text and clamps to the timeline', async () => {
    const el = await ready(create());
    el.seek('week 12');
    expect(el.time).to.equal(84);
    el.seek(1000);
    expect(el.time).to.equal(365);
    el.time = -5;
    expect(el.time).to.equal(0);
  });

  it('the readout shows the model figures of the treated area for the current day', async () => {
    // Densities are shown in whole hairs/cm²: a quarter of the real field keeps the gain visible.
    const el = await ready(create({ 'density-scale': '0.25' }));
    el.seek(0);
    await el.updateComplete;
    const day0 = readout(el);
    el.seek(180);
    await el.updateComplete;
    const day180 = readout(el);
    expect(day0.change).to.equal(0);
    expect(day180.density).to.be.greaterThan(day0.density);
    expect(day180.change).to.be.greaterThan(0);
  });

  it('the scrubber answers the keyboard: arrows a week, PageUp/PageDown a chapter, Home/End the ends', async () => {
    const el = await ready(create());
    const slider = shadow<HTMLInputElement>(el, 'input[type="range"]');
    let updates = 0;
    el.addEventListener('timeupdate', () => updates++);
    slider.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(el.time).to.equal(7);
    await sendKeys({ press: 'PageUp' });
    expect(el.time).to.equal(14); // the blood-supply chapter
    await sendKeys({ press: 'PageDown' });
    expect(el.time).to.equal(1); // back to the signal chapter
    await sendKeys({ press: 'ArrowLeft' });
    expect(el.time).to.equal(0);
    await sendKeys({ press: 'End' });
    expect(el.time).to.equal(365);
    await sendKeys({ press: 'Home' });
    expect(el.time).to.equal(0);
    await frame();
    await frame();
    expect(updates).to.be.greaterThan(0);
  });

  it('play() and pause() fire events, move the playhead and toggle the button', async () => {
    const el = await ready(create({ speed: '60' }));
    const button = shadow<HTMLButtonElement>(el, 'button[part="play-button"]');
    expect(button.getAttribute('aria-label')).to.equal('Play');
    const played = once(el, 'play');
    el.play();
    await played;
    expect(el.paused).to.equal(false);
    await el.updateComplete;
    expect(button.getAttribute('aria-label')).to.equal('Pause');
    await once(el, 'timeupdate');
    await wait(300);
    expect(el.time).to.be.greaterThan(0);
    const paused = once(el, 'pause');
    button.click();
    await paused;
    expect(el.paused).to.equal(true);
    const at = el.time;
    await wait(200);
    expect(el.time).to.equal(at);
    await el.updateComplete;
    expect(button.getAttribute('aria-label')).to.equal('Play');
  });

  it('plays to the end and fires pause and ended; loop wraps instead', async () => {
    const el = await ready(create({ speed: '365' }));
    el.seek(300);
    const ended = once(el, 'ended', 10_000);
    el.play();
    await ended;
    expect(el.time).to.equal(365);
    expect(el.paused).to.equal(true);

    el.loop = true;
    el.seek(330);
    el.play();
    let wrapped = false;
    el.addEventListener('timeupdate', (e) => {
      if ((e as CustomEvent<TimeUpdateDetail>).detail.time < 300) wrapped = true;
    });
    const deadline = performance.now() + 10_000;
    while (!wrapped && performance.now() < deadline) await wait(50);
    expect(wrapped).to.equal(true);
    expect(el.paused).to.equal(false);
    el.pause();
  });

  it('writes the time attribute on seek, but not on every frame while playing', async () => {
    const el = await ready(create({ speed: '30' }));
    el.seek(20);
    await frame();
    await frame();
    expect(el.getAttribute('time')).to.equal('20');
    let writes = 0;
    let frames = 0;
    const observer = new MutationObserver((records) => (writes += records.length));
    observer.observe(el, { attributeFilter: ['time'] });
    el.addEventListener('timeupdate', () => frames++);
    el.play();
    await wait(1500);
    el.pause();
    await frame();
    observer.disconnect();
    expect(frames).to.be.greaterThan(3);
    expect(writes).to.be.lessThan(frames);
    expect(writes).to.be.at.most(3);
    // after pause the attribute holds the day where playback stopped
    expect(Number(el.getAttribute('time'))).to.be.closeTo(el.time, 0.01);
  });

  it('the time attribute seeks', async () => {
    const el = await ready(create());
    el.setAttribute('time', '120');
    await el.updateComplete;
    expect(el.time).to.equal(120);
  });

  it('bad attribute values warn, name the attribute and keep the last good state', async () => {
    const el = await ready(create({ spacing: '12' }));
    const warnings = captureWarnings();
    try {
      el.setAttribute('spacing', '-3');
      el.setAttribute('sessions', 'a,b');
      el.setAttribute('pattern', 'norwood-99');
      el.setAttribute('product', 'snake-oil');
      el.setAttribute('speed', '0');
      el.setAttribute('time', 'soon');
      await el.updateComplete;
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.have.length(6);
    for (const [i, name] of ['spacing', 'sessions', 'pattern', 'product', 'speed', 'time'].entries()) {
      expect(warnings.messages[i]).to.contain(`${name}=`);
    }
    expect(warnings.messages[0]).to.contain('outside');
    expect(el.spacing).to.equal(12);
    expect([...el.sessions]).to.deep.equal([0, 28, 56]);
    expect(el.pattern).to.equal('norwood-4');
    expect(el.product).to.equal('conditioned-medium');
    expect(el.speed).to.equal(7);
    expect(el.time).to.equal(0);
    // nothing to rebuild: the picture stays as it was
    expect(el.hasAttribute('data-ready')).to.equal(true);
    expect(el.shadowRoot!.querySelector('.updating')).to.equal(null);
  });

  it('a changed plan re-simulates, keeps the old picture meanwhile and keeps the current day', async () => {
    const el = await ready(create());
    el.seek(120);
    await el.updateComplete;
    const before = readout(el);
    el.setAttribute('product', 'sham');
    await el.updateComplete;
    // while the new model builds, the old picture stays (no placeholder cover)
    expect(el.shadowRoot!.querySelector('.cover')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.updating')).to.not.equal(null);
    const deadline = performance.now() + 30_000;
    while (el.shadowRoot!.querySelector('.updating') && performance.now() < deadline) {
      await wait(50);
      await el.updateComplete;
    }
    expect(el.shadowRoot!.querySelector('.updating')).to.equal(null);
    expect(el.time).to.equal(120);
    const after = readout(el);
    expect(after.change).to.be.lessThan(before.change);
  });

  it('removal frees every GPU resource it made, after the deferred disposal', async () => {
    const keeper = await ready(create());
    const baseline = keeper[$scene]!.gpuResources;
    const el = await ready(create({ product: 'exosomes' }));
    el.renderNow();
    const scene = el[$scene]!;
    expect(scene.gpuResources.geometries).to.be.greaterThan(baseline.geometries);
    el.remove();
    // still alive just after removal: moving an element costs nothing
    expect(el[$scene]).to.equal(scene);
    await wait(DISPOSAL_DELAY_MS + 50);
    expect(el[$scene]).to.equal(undefined);
    expect(keeper[$scene]!.gpuResources).to.deep.equal(baseline);
  });

  it('re-insertion within the disposal delay keeps the scene; after it, sets up again', async () => {
    const el = await ready(create());
    const scene = el[$scene];
    el.remove();
    document.body.append(el);
    await wait(DISPOSAL_DELAY_MS + 50);
    expect(el[$scene]).to.equal(scene);

    el.remove();
    await wait(DISPOSAL_DELAY_MS + 50);
    expect(el[$scene]).to.equal(undefined);
    const again = once(el, 'ready');
    document.body.append(el);
    await again;
    expect(el[$scene]).to.not.equal(undefined);
    expect(el[$scene]).to.not.equal(scene);
  });
});

describe('<scalp-viewer> at full density', () => {
  it('day 180 shows more hair in the treated area than day 0 (readout and pixels)', async () => {
    const el = document.createElement('scalp-viewer');
    el.style.width = '480px';
    el.style.height = '320px';
    document.body.append(el);
    made.push(el);
    await ready(el);
    // The skin overlays change the skin between the two days: off, so only hair differs.
    el.overlays = '';
    // Day 14 rather than day 0: the injection-site markers of a session day cover skin too,
    // and no new shaft has emerged yet (science.md §2.2: 25 days).
    el.seek(14);
    await el.updateComplete;
    const beforePx = centralPixels(el);
    const before = { figures: readout(el), skin: skinPixels(beforePx) };
    el.seek(180);
    await el.updateComplete;
    const afterPx = centralPixels(el);
    const after = { figures: readout(el), skin: skinPixels(afterPx) };
    console.log(`central half, bare scalp pixels: day 14 ${before.skin}, day 180 ${after.skin}`);
    expect(after.figures.density).to.be.greaterThan(before.figures.density);
    expect(after.figures.change).to.be.greaterThan(0);
    // New shafts (pale when miniaturised, tinted as new growth) cover bare crown skin.
    expect(after.skin).to.be.lessThan(before.skin * 0.95);
  });
});
