// Issue 7.4: no leaks. 500 add/remove cycles of the element and 10,000 seeks leave the live
// WebGL buffers, textures and programs, the Workers and the (garbage-collected) JS heap back at
// their baseline; moving an element within the page rebuilds nothing.
import { expect } from '@esm-bundle/chai';
import { installGlCounter, liveGl, heapAfterGc, workers, MB } from './gl-counter.ts';
import '../../src/index.ts';
import type { ScalpViewer } from '../../src/element/ScalpViewer.ts';
import { $scene, DISPOSAL_DELAY_MS } from '../../src/element/ScalpViewer.ts';
import { SharedRenderer } from '../../src/render/SharedRenderer.ts';
import { made, createViewer, ready, wait } from './viewer-fixture.ts';

installGlCounter();

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const SMALL = { width: 160, height: 120 };
const LIGHTEST = { 'density-scale': '0.02' };
/** Heap growth allowed after a GC (V8's own caches, Lit's template cache, three's shader cache). */
const HEAP_TOLERANCE = 3 * MB;

afterEach(async () => {
  for (const el of made.splice(0)) el.remove();
  await wait(DISPOSAL_DELAY_MS + 50);
});

/** three's own view of the live GPU resources, and ours from the wrapped WebGL calls. */
function gpu() {
  const info = SharedRenderer.current!.renderer.info;
  const gl = liveGl();
  return {
    buffers: gl.buffers,
    textures: gl.textures,
    programs: gl.programs,
    shaders: gl.shaders,
    vertexArrays: gl.vertexArrays,
    threeGeometries: info.memory.geometries,
    threeTextures: info.memory.textures,
    threePrograms: info.programs?.length ?? 0,
  };
}

const liveWorkers = () => workers.created - workers.terminated;

/** A small viewer placed in the viewport (off-screen viewers do not draw, so never get ready). */
function viewer(attributes: Record<string, string>, slot: number): ScalpViewer {
  const el = createViewer({ ...LIGHTEST, ...attributes }, SMALL);
  Object.assign(el.style, {
    position: 'absolute',
    minHeight: '0',
    left: `${(slot % 4) * 170}px`,
    top: `${Math.floor(slot / 4) * 130}px`,
  });
  return el;
}

async function disposed(el: ScalpViewer, timeoutMs = 5_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (el[$scene] !== undefined && performance.now() < deadline) await wait(10);
  expect(el[$scene], 'torn down after the disposal delay').to.equal(undefined);
}

describe('<scalp-viewer> hardening: no leaks', function () {
  this.timeout(240_000);

  it('500 add/remove cycles free every GPU object and worker; the heap returns to its baseline', async () => {
    // The keeper holds the shared renderer and the compiled programs, like a page's other viewer.
    const keeper = await ready(viewer({}, 0));
    // Four elements that have each built their model once (each cycle then reuses it, so 500
    // cycles take seconds): every cycle sets up a scene, uploads the model, draws its first
    // frame (the ready event) and is torn down after the disposal delay.
    const pool = await Promise.all(
      [1, 2, 3, 4].map((seed) => ready(viewer({ seed: String(seed) }, seed))),
    );
    for (const el of pool) el.remove();
    await Promise.all(pool.map((el) => disposed(el)));
    keeper.renderNow();
    const before = gpu();
    const workersBefore = liveWorkers();
    const heapBefore = await heapAfterGc();

    const started = performance.now();
    let readies = 0;
    let heapMid = 0;
    for (let cycle = 0; cycle < 500; cycle++) {
      const el = pool[cycle % pool.length]!;
      if (el[$scene] !== undefined) await disposed(el);
      document.body.append(el);
      await ready(el);
      readies++;
      el.remove();
      // Half-way: a leak grows with the cycles, a cache fills once.
      if (cycle === 249) heapMid = await heapAfterGc();
    }
    const seconds = (performance.now() - started) / 1000;
    await Promise.all(pool.map((el) => disposed(el)));
    keeper.renderNow();
    const after = gpu();
    const heapAfter = await heapAfterGc();
    console.log(
      `500 cycles in ${seconds.toFixed(1)} s; GPU before ${JSON.stringify(before)} after ${JSON.stringify(after)}; ` +
        `heap ${(heapBefore / MB).toFixed(2)} → ${(heapMid / MB).toFixed(2)} (250) → ${(heapAfter / MB).toFixed(2)} MB; live workers ${workersBefore} → ${liveWorkers()}`,
    );
    expect(readies).to.equal(500);
    expect(after).to.deep.equal(before);
    expect(liveWorkers()).to.equal(workersBefore);
    expect(heapAfter - heapBefore).to.be.lessThan(HEAP_TOLERANCE);
    // Caches fill in the first cycles; a leak keeps growing through the second half.
    expect(heapAfter - heapMid, 'heap growth over cycles 250–500').to.be.lessThan(0.75 * MB);
  });

  it('brand-new elements removed after one frame end their Worker and free their GPU objects', async () => {
    const keeper = await ready(viewer({}, 0));
    keeper.renderNow();
    const before = gpu();
    const workersBefore = liveWorkers();
    const createdBefore = workers.created;
    const heapBefore = await heapAfterGc();
    // Removed at different points of their start-up: before the build, while the Worker loads
    // or simulates, and after the first frame.
    for (let cycle = 0; cycle < 30; cycle++) {
      const el = viewer({ seed: String(100 + cycle) }, 1 + (cycle % 6));
      if (cycle % 3 === 0) await frame();
      else if (cycle % 3 === 1) await wait(40);
      else await ready(el);
      el.remove();
      made.splice(made.indexOf(el), 1);
    }
    await wait(DISPOSAL_DELAY_MS + 300);
    keeper.renderNow();
    const after = gpu();
    const heapAfter = await heapAfterGc();
    console.log(
      `30 fresh elements: workers made ${workers.created - createdBefore}, live ${workersBefore} → ${liveWorkers()}; ` +
        `GPU ${JSON.stringify(before)} → ${JSON.stringify(after)}; heap ${(heapBefore / MB).toFixed(2)} → ${(heapAfter / MB).toFixed(2)} MB`,
    );
    expect(workers.created - createdBefore, 'the fresh elements started workers').to.be.greaterThan(5);
    expect(liveWorkers(), 'every worker terminated').to.equal(workersBefore);
    expect(after).to.deep.equal(before);
    expect(heapAfter - heapBefore).to.be.lessThan(HEAP_TOLERANCE);
  });

  it('10,000 seeks leave GPU objects and the heap at their baseline', async () => {
    const el = await ready(viewer({}, 0));
    el.renderNow();
    // Warm-up: the first seeks fill caches (Intl formats, Lit parts) that then stay.
    for (let i = 0; i < 200; i++) el.seek(i % 366);
    await el.updateComplete;
    await frame();
    const before = gpu();
    const heapBefore = await heapAfterGc();
    let frames = 0;
    const scene = el[$scene]!;
    const onrender = scene.onrender;
    scene.onrender = (info) => {
      frames++;
      onrender?.(info);
    };
    let state = 12345;
    for (let i = 0; i < 10_000; i++) {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      const day = (state % 36600) / 100;
      if (i % 4 === 0) el.setAttribute('time', String(day));
      else if (i % 4 === 1) el.seek(`week ${Math.floor(day / 7)}`);
      else el.seek(day);
      // A frame every 100 seeks: 100 frames drawn, the readout and slider re-rendered.
      if (i % 100 === 99) {
        await el.updateComplete;
        await frame();
      }
    }
    await el.updateComplete;
    await frame();
    const after = gpu();
    const heapAfter = await heapAfterGc();
    console.log(
      `10,000 seeks, ${frames} frames drawn; GPU ${JSON.stringify(before)} → ${JSON.stringify(after)}; ` +
        `heap ${(heapBefore / MB).toFixed(2)} → ${(heapAfter / MB).toFixed(2)} MB`,
    );
    expect(frames).to.be.greaterThan(50);
    expect(after).to.deep.equal(before);
    expect(heapAfter - heapBefore).to.be.lessThan(HEAP_TOLERANCE);
  });

  it('moving an element within the page (same task, or within the disposal delay) rebuilds nothing', async () => {
    const el = await ready(viewer({}, 0));
    const other = document.createElement('div');
    document.body.append(other);
    try {
      const scene = el[$scene];
      el.renderNow();
      const before = gpu();
      const createdBefore = workers.created;
      let readies = 0;
      el.addEventListener('ready', () => readies++);
      // Same task: remove and re-append elsewhere.
      el.remove();
      other.append(el);
      await wait(DISPOSAL_DELAY_MS + 50);
      expect(el[$scene]).to.equal(scene);
      // Within the delay: out of the page for half of it.
      el.remove();
      await wait(DISPOSAL_DELAY_MS / 2);
      document.body.append(el);
      await wait(DISPOSAL_DELAY_MS + 50);
      expect(el[$scene]).to.equal(scene);
      el.renderNow();
      expect(gpu()).to.deep.equal(before);
      expect(workers.created).to.equal(createdBefore);
      expect(readies).to.equal(0);
      expect(el.hasAttribute('data-ready')).to.equal(true);
    } finally {
      other.remove();
    }
  });
});

