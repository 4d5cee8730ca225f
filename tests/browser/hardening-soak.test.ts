// Issue 7.6: soak. Timelines looping at the top speed for 2,000+ loops, with idle resets
// (pause, seek(0), play) through the public API, end with a flat heap, the same GPU objects and
// the same frame time they started with.
//
// The shortest timeline is 28 days and the top speed a year per second: a loop takes at least
// 77 ms and at least one frame, so one viewer loops at most ~13 times a second, and on a loaded
// software renderer far fewer. Eight viewers loop side by side: one stays on screen and is drawn
// every frame (its frame times are compared), seven are scrolled out of view after their first
// frame, so their timelines, events and UI keep looping at no drawing cost.
import { expect } from '@esm-bundle/chai';
import { installGlCounter, liveGl, heapAfterGc, MB } from './gl-counter.ts';
import '../../src/index.ts';
import type { ScalpViewer, TimeUpdateDetail } from '../../src/element/ScalpViewer.ts';
import { $scene, DISPOSAL_DELAY_MS } from '../../src/element/ScalpViewer.ts';
import { made, createViewer, ready, wait } from './viewer-fixture.ts';

installGlCounter();

const VIEWERS = 8;
const LOOPS = 2000;
/** Idle reset every this many loops of a viewer: pause, back to day 0, play (as a kiosk does). */
const RESET_EVERY = 25;
/** Tolerances: frame-time medians on a shared 2-core machine, and the GC'd heap. */
const FRAME_TIME_RATIO = 1.5;
const FRAME_TIME_SLACK_MS = 3;
const HEAP_TOLERANCE = 3 * MB;

const SCENARIO = JSON.stringify({ version: 1, horizonDays: 28, treatment: { sessions: [0, 14] } });

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

afterEach(async () => {
  for (const el of made.splice(0)) el.remove();
  await wait(DISPOSAL_DELAY_MS + 50);
});

describe('<scalp-viewer> hardening: soak', function () {
  this.timeout(240_000);

  it(`${LOOPS} loops at top speed with idle resets: flat heap, same GPU objects, same frame time`, async () => {
    const viewers: ScalpViewer[] = [];
    for (let i = 0; i < VIEWERS; i++) {
      const el = createViewer({ 'density-scale': '0.02', scenario: SCENARIO, speed: '365', loop: '' }, { width: 180, height: 130 });
      el.style.cssText += `position: absolute; min-height: 0; left: ${(i % 4) * 190}px; top: ${Math.floor(i / 4) * 140}px;`;
      viewers.push(el);
    }
    await Promise.all(viewers.map((el) => ready(el)));
    for (const el of viewers) expect(el.duration).to.equal(28);
    // All but the first leave the viewport (they had to be drawn once to start playing).
    for (const el of viewers.slice(1)) el.style.top = `${3000 + Number.parseFloat(el.style.top)}px`;

    const frameMs: number[] = [];
    let loops = 0;
    let resets = 0;
    const perViewer = viewers.map(() => 0);
    const scene = viewers[0]![$scene]!;
    const onrender = scene.onrender;
    scene.onrender = (info) => {
      frameMs.push(info.frameMs);
      onrender?.(info);
    };
    viewers.forEach((el, i) => {
      // A loop is the day going backwards while playing (the wrap); resets are counted apart.
      let last = 0;
      let resetting = false;
      el.addEventListener('timeupdate', (e) => {
        const day = (e as CustomEvent<TimeUpdateDetail>).detail.time;
        if (day < last && !resetting) {
          loops++;
          perViewer[i]!++;
          if (perViewer[i]! % RESET_EVERY === 0) {
            resetting = true;
            el.pause();
            el.seek(0);
            el.play();
            resets++;
            queueMicrotask(() => (resetting = false));
          }
        }
        last = day;
      });
    });

    // Warm up (first loops fill caches), then take the baseline.
    for (const el of viewers) el.play();
    while (loops < 40) await wait(50);
    const heapBefore = await heapAfterGc();
    const gpuBefore = liveGl();
    const firstFrames = frameMs.length;

    const started = performance.now();
    const deadline = started + 120_000;
    while (loops < LOOPS && performance.now() < deadline) await wait(100);
    const seconds = (performance.now() - started) / 1000;
    for (const el of viewers) el.pause();
    await wait(100);
    const heapAfter = await heapAfterGc();
    const gpuAfter = liveGl();

    const first = frameMs.slice(firstFrames, firstFrames + 100);
    const last = frameMs.slice(-100);
    const firstMedian = median(first);
    const lastMedian = median(last);
    console.log(
      `soak: ${loops} loops (${perViewer.join('+')}) with ${resets} idle resets in ${seconds.toFixed(1)} s, ` +
        `${frameMs.length} frames; frame time median first 100 ${firstMedian.toFixed(2)} ms, last 100 ${lastMedian.toFixed(2)} ms; ` +
        `heap ${(heapBefore / MB).toFixed(2)} → ${(heapAfter / MB).toFixed(2)} MB; ` +
        `GPU ${JSON.stringify(gpuBefore)} → ${JSON.stringify(gpuAfter)}`,
    );
    expect(loops).to.be.at.least(LOOPS);
    expect(resets).to.be.greaterThan(LOOPS / RESET_EVERY / 2);
    expect(frameMs.length - firstFrames).to.be.greaterThan(200);
    expect(lastMedian, 'frame time at the end').to.be.at.most(firstMedian * FRAME_TIME_RATIO + FRAME_TIME_SLACK_MS);
    expect(heapAfter - heapBefore, 'heap growth').to.be.lessThan(HEAP_TOLERANCE);
    expect(gpuAfter).to.deep.equal(gpuBefore);
    // Still answering: a seek shows at once.
    viewers[0]!.seek(14);
    expect(viewers[0]!.time).to.equal(14);
  });
});
