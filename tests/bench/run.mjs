#!/usr/bin/env node
// `npm run bench`: issue 4's performance numbers, with the method of /work/shared/PERF.md:
// a fresh headless Chromium per configuration (software WebGL here), completion forced by a
// 1-px readback, configurations interleaved, medians reported, ratios within one run.
//  - scene.html:    the shipping technique (ScalpScene, GPU-animated strands in merged draws by patch,
//                   level of detail chosen by the pixel size of a hair: lines at this view),
//                   driven directly with a model from src/model, for scalp-only/10k/50k/100k/200k,
//                   at 1280×720: resting frames (full quality, every follicle), then frames
//                   while the camera orbits and while the timeline plays, through the shipping
//                   loop turn with dynamic quality (lower render scale, a share of the strands).
//                   200k = two whole-scalp fields (seeds 1, 2) concatenated: a stress case.
//  - baseline.html: same head + camera, InstancedMesh of N quads, setMatrixAt for every
//                   follicle every frame on the CPU, then render.
//  - element.html: what a clinic page pays, from navigation start to the element's first
//                   frame (`ready`): the built drop-in (as shipped, served as static files),
//                   one <scalp-viewer> with a 1280×720 canvas (the caveat line under it takes
//                   29 px, so the element is 749 px tall) with every follicle of the whole scalp, the
//                   model built in the element's Worker.
//  - simulate() on the whole 100k field, in Node (src/model bundled with esbuild).
// Prints a table, then one JSON line (last line).
import { createServer, build as viteBuild } from 'vite';
import puppeteer from 'puppeteer-core';
import { build as esbuild } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { mkdtempSync, readFileSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { tmpdir, loadavg } from 'node:os';
import { join, extname, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromiumPath, chromiumArgs } from '../../scripts/chromium.mjs';

const SIZES = (process.env.BENCH_SIZES ?? '10k,50k,100k,200k').split(',');
const REPEATS = Number(process.env.BENCH_REPEATS ?? 2);
const FRAMES = Number(process.env.BENCH_FRAMES ?? 7);
const BASELINE_FRAMES = Number(process.env.BENCH_BASELINE_FRAMES ?? 4);
const SIM_REPEATS = Number(process.env.BENCH_SIM_REPEATS ?? 3);
const med = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
const tmp = mkdtempSync(join(tmpdir(), 'scalp-bench-'));

// ---- simulate() on the whole scalp, in Node -------------------------------------------
async function simulateWholeScalp() {
  const out = await esbuild({
    entryPoints: ['src/model/index.ts'], bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'error',
  });
  const file = join(tmp, 'model.mjs');
  writeFileSync(file, out.outputFiles[0].contents);
  const m = await import(pathToFileURL(file).href);
  const field = m.placeFollicles({ seed: 1, densityScale: 1 });
  const states = m.applyPattern(field, 'norwood-4', 1);
  const plan = m.makeTreatmentPlan({}); // the default plan: conditioned medium, vertex, 10 mm, default sessions
  const times = [];
  for (let i = 0; i < SIM_REPEATS; i++) {
    const t0 = performance.now();
    m.simulate({ field, states, plan, seed: 1 });
    times.push(performance.now() - t0);
  }
  return { ms: med(times), count: field.count, runs: times.map((t) => Math.round(t)) };
}

// ---- the drop-in bundle, built fresh into a temp dir (dist/ is left alone) --------------
async function bundleSize() {
  const outDir = join(tmp, 'dist');
  await viteBuild({ logLevel: 'error', build: { outDir, emptyOutDir: true } });
  const js = readFileSync(join(outDir, 'scalp-viewer.js'));
  return { bytes: js.length, gzipBytes: gzipSync(js, { level: 9 }).length };
}

// ---- the shipping path's first frame: the built drop-in on a static server -------------
const ELEMENT_PAGE = `<!doctype html><meta charset="utf-8"><title>first frame</title>
<style>body{margin:0}scalp-viewer{display:block;width:1280px;height:749px}</style>
<script>
  window.__ready = new Promise((resolve) => addEventListener('ready', () => resolve(performance.now()), { capture: true, once: true }));
</script>
<scalp-viewer controls="none" time="180" loading="eager"></scalp-viewer>
<script type="module" src="./scalp-viewer.js"></script>`;
const MIME = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
async function staticServer(root) {
  writeFileSync(join(root, 'element.html'), ELEMENT_PAGE);
  const httpServer = createHttpServer((req, res) => {
    const path = normalize(join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
    if (!path.startsWith(root) || !existsSync(path)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': MIME[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
  });
  await new Promise((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${httpServer.address().port}/`, close: () => httpServer.close() };
}

// ---- browser runs --------------------------------------------------------------------
// No HMR: an edit elsewhere in the checkout must not reload a page mid-measurement.
const server = await createServer({ server: { host: '127.0.0.1', port: 0, hmr: false }, logLevel: 'error' });
await server.listen();
const base = server.resolvedUrls.local[0];

function launch() {
  return puppeteer.launch({
    executablePath: chromiumPath(),
    headless: true,
    protocolTimeout: 600_000,
    args: [...chromiumArgs(), '--disable-gpu-vsync', '--disable-frame-rate-limit', '--window-size=1300,850'],
  });
}

async function measure(pageName, size, frames, query = '') {
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1300, height: 850, deviceScaleFactor: 1 });
    const started = Date.now();
    await page.goto(`${base}tests/bench/${pageName}.html?n=${size}${query}`, { waitUntil: 'load' });
    await page.waitForFunction(() => typeof window.runBench === 'function', { timeout: 120_000 });
    const out = await page.evaluate((f) => window.runBench(f), frames);
    out.wallMs = Date.now() - started;
    return out;
  } finally {
    await browser.close();
  }
}

/** The element's first frame, from navigation start, and what it drew. */
async function measureElement(base) {
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1300, height: 850, deviceScaleFactor: 1 });
    await page.goto(`${base}element.html`, { waitUntil: 'load' });
    const readyMs = await page.evaluate(() => window.__ready);
    const drawn = await page.evaluate(() => {
      const el = document.querySelector('scalp-viewer');
      const canvas = el.shadowRoot.querySelector('canvas');
      const nav = performance.getEntriesByType('navigation')[0];
      const script = performance.getEntriesByType('resource').find((r) => r.name.endsWith('scalp-viewer.js'));
      return {
        canvas: canvas ? `${canvas.width}x${canvas.height}` : '',
        scriptLoadedMs: script ? Math.round(script.responseEnd) : null,
        domContentLoadedMs: Math.round(nav.domContentLoadedEventEnd),
      };
    });
    return { readyMs, ...drawn };
  } finally {
    await browser.close();
  }
}

const startLoad = loadavg();
const t0 = Date.now();
const sim = await simulateWholeScalp();
process.stderr.write(`  simulate whole scalp (${sim.count} follicles): ${sim.ms.toFixed(0)} ms (runs ${sim.runs.join(', ')})\n`);

// Warm-up: one page load so the dev server has transformed every module (three.js included)
// before anything is timed; a deployed page loads one prebuilt bundle instead.
await measure('scene', 'scalp', 2);
await measure('baseline', '10k', 2);

const runs = {}; // key `${page}:${size}` → [results]
const push = (k, v) => (runs[k] ??= []).push(v);
let renderer = '';
for (let r = 0; r < REPEATS; r++) {
  const m = await measure('scene', 'scalp', FRAMES);
  push('scene:scalp', m);
  process.stderr.write(`  run ${r + 1} scalp only: frame ${m.frameMs.toFixed(1)} ms\n`);
  for (const size of SIZES) {
    const s = await measure('scene', size, FRAMES);
    renderer = s.renderer;
    push(`scene:${size}`, s);
    const b = await measure('baseline', size, BASELINE_FRAMES);
    push(`baseline:${size}`, b);
    if (size === '100k') {
      // The line technique's floor: the same 100k lines with a do-nothing shader (bareLines.vert.glsl).
      const bare = await measure('scene', size, FRAMES, '&bare=1&moving=0');
      push('bare:100k', bare);
      process.stderr.write(`  run ${r + 1} 100k bare lines: frame ${bare.frameMs.toFixed(1)} ms\n`);
    }
    process.stderr.write(`  run ${r + 1} ${size} (${s.count}): frame ${s.frameMs.toFixed(1)} ms, orbit ${s.orbitFrameMs.toFixed(1)}, play ${s.playFrameMs.toFixed(1)}, baseline ${b.frameMs.toFixed(1)} ms (JS ${b.seekJsMs.toFixed(1)})  [${((Date.now() - t0) / 1000).toFixed(0)} s]\n`);
  }
}
await server.close();

const bundle = await bundleSize();
const statics = await staticServer(join(tmp, 'dist'));
const elementRuns = [];
for (let r = 0; r < Math.max(3, REPEATS); r++) {
  const e = await measureElement(statics.url);
  elementRuns.push(e);
  process.stderr.write(`  element first frame ${r + 1}: ${Math.round(e.readyMs)} ms (script loaded ${e.scriptLoadedMs} ms, canvas ${e.canvas})\n`);
}
statics.close();
rmSync(tmp, { recursive: true, force: true });
const elementFirstFrameMs = Math.round(med(elementRuns.map((e) => e.readyMs)));

const scalpOnlyMs = +med(runs['scene:scalp'].map((m) => m.frameMs)).toFixed(1);
const perCount = {};
for (const size of SIZES) {
  const s = runs[`scene:${size}`];
  const b = runs[`baseline:${size}`];
  perCount[size] = {
    count: s[0].count,
    frameMs: +med(s.map((m) => m.frameMs)).toFixed(1),
    baselineFrameMs: +med(b.map((m) => m.frameMs)).toFixed(1),
    baselineJsMs: +med(b.map((m) => m.seekJsMs)).toFixed(1),
    scalpOnlyMs,
    seekJsMs: +med(s.map((m) => m.seekJsMs)).toFixed(3),
    firstFrameMs: Math.round(med(s.map((m) => m.firstFrameMs))),
    buildMs: Math.round(med(s.map((m) => m.buildMs))),
    firstRenderMs: Math.round(med(s.map((m) => m.firstRenderMs))),
    // Ratios within each repeat (the scalp-only and baseline pages of the same repeat ran
    // minutes apart at most), then their median: robust to load that changes between repeats.
    frameOverScalpOnly: +med(s.map((m, r) => m.frameMs / runs['scene:scalp'][r].frameMs)).toFixed(2),
    baselineOverFrame: +med(s.map((m, r) => b[r].frameMs / m.frameMs)).toFixed(2),
    // Without the copy into the visible 2D canvas (what displaying the WebGL canvas directly
    // would pay), the same ratios per repeat against the scalp-only frame's own no-copy time.
    copyMs: +med(s.map((m) => m.copyMs)).toFixed(1),
    copyMode: s[0].copyMode,
    frameNoCopyMs: +med(s.map((m) => m.frameNoCopyMs)).toFixed(1),
    scalpOnlyNoCopyMs: +med(runs['scene:scalp'].map((m) => m.frameNoCopyMs)).toFixed(1),
    noCopyFrameOverScalpOnly: +med(s.map((m, r) => m.frameNoCopyMs / runs['scene:scalp'][r].frameNoCopyMs)).toFixed(2),
    baselineOverNoCopyFrame: +med(s.map((m, r) => b[r].frameMs / m.frameNoCopyMs)).toFixed(2),
    orbitFrameMs: +med(s.map((m) => m.orbitFrameMs)).toFixed(1),
    playFrameMs: +med(s.map((m) => m.playFrameMs)).toFixed(1),
    movingQuality: s[s.length - 1].orbitQuality,
    gpuBufferBytes: s[0].gpuBufferBytes,
    gpuParts: s[0].gpuParts,
    baselineGpuBufferBytes: b[0].gpuBufferBytes,
    canvas: s[0].size.join('x'),
  };
}

console.log(`\nrenderer: ${renderer}\nload average: ${loadavg().map((x) => x.toFixed(2)).join(' ')}; repeats ${REPEATS}, frames ${FRAMES} (baseline ${BASELINE_FRAMES}), medians\n`);
console.log(`scalp only (same scene, no strands): ${scalpOnlyMs} ms; simulate() whole scalp in Node (${sim.count} follicles, default plan): ${sim.ms.toFixed(0)} ms`);
console.log(`bundle: ${bundle.bytes} B, gzip ${bundle.gzipBytes} B`);
console.log(`element first frame (built drop-in, whole scalp, model in the Worker, canvas ${elementRuns[0].canvas}): ${elementFirstFrameMs} ms from navigation start (runs ${elementRuns.map((e) => Math.round(e.readyMs)).join(', ')})\n`);
console.log('| N | follicles | frame ms | baseline ms (JS) | baseline ÷ frame (per repeat) | frame ÷ scalp only (per repeat) | orbiting / playing ms (quality) | seek JS ms | first frame ms (build + first render) | GPU bytes (baseline) |');
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const [name, s] of Object.entries(perCount)) {
  const q = s.movingQuality ? `${s.movingQuality.scale}×, ${Math.round(s.movingQuality.fraction * 100)} %` : '–';
  console.log(`| ${name} | ${s.count} | ${s.frameMs} | ${s.baselineFrameMs} (${s.baselineJsMs}) | ${s.baselineOverFrame} | ${s.frameOverScalpOnly} | ${s.orbitFrameMs} / ${s.playFrameMs} (${q}) | ${s.seekJsMs} | ${s.firstFrameMs} (${s.buildMs} + ${s.firstRenderMs}) | ${s.gpuBufferBytes} (${s.baselineGpuBufferBytes}) |`);
}
const bareRuns = runs['bare:100k'];
const bareLines = bareRuns ? {
  frameMs: +med(bareRuns.map((m) => m.frameMs)).toFixed(1),
  overScalpOnly: +med(bareRuns.map((m, r) => m.frameMs / runs['scene:scalp'][r].frameMs)).toFixed(2),
  shippingOverBare: +med(bareRuns.map((m, r) => runs['scene:100k'][r].frameMs / m.frameMs)).toFixed(2),
} : null;
if (bareLines) {
  console.log(`\n100k bare lines (the technique's floor: every follicle as a 10 mm line, one colour, opaque, no per-follicle state): ${bareLines.frameMs} ms = ${bareLines.overScalpOnly}× the scalp-only frame; the shipping 100k frame is ${bareLines.shippingOverBare}× that (per repeat, median)`);
}
console.log(`\nwithout the 2D copy (renderInto's ${perCount['100k']?.copyMode ?? ''} copy + its completion; a scene showing the WebGL canvas directly):`);
console.log('| N | copy ms | frame − copy ms | scalp only − copy ms | ratio to scalp only | baseline ÷ frame |');
console.log('|---|---|---|---|---|---|');
for (const [name, s] of Object.entries(perCount)) {
  console.log(`| ${name} | ${s.copyMs} | ${s.frameNoCopyMs} | ${s.scalpOnlyNoCopyMs} | ${s.noCopyFrameOverScalpOnly} | ${s.baselineOverNoCopyFrame} |`);
}
const loadBefore = startLoad.map((x) => x.toFixed(2)).join(' ');
console.log(`\nload average at start: ${loadBefore}`);
console.log(JSON.stringify({
  renderer,
  loadAverage: loadavg().map((x) => +x.toFixed(2)),
  loadAverageAtStart: startLoad.map((x) => +x.toFixed(2)),
  canvas: perCount[SIZES[0]]?.canvas,
  repeats: REPEATS,
  scalpOnlyMs,
  perCount,
  bareLines100k: bareLines,
  simulateWholeScalpMs: Math.round(sim.ms),
  simulateFollicles: sim.count,
  elementFirstFrameMs,
  elementFirstFrameRuns: elementRuns.map((e) => Math.round(e.readyMs)),
  bundleBytes: bundle.bytes,
  bundleGzipBytes: bundle.gzipBytes,
  notes: {
    frameOverScalpOnly: 'median over repeats of (frame ÷ scalp-only frame of the same repeat)',
    frameMs: 'median per resting frame at 1280x720: ScalpScene.setTime + renderNow (full quality, every follicle) + 1-px getImageData (completion forced), first frame dropped',
    orbitFrameMs: 'median per frame while the camera orbits 4° a frame, through ScalpScene.frame (the shipping loop turn: dynamic quality picks render scale and strand share from measured frame times) + 1-px getImageData; the first 4 frames (policy settling) dropped; movingQuality is the step it settled on',
    playFrameMs: 'as orbitFrameMs, while the time advances 1.5 days a frame (playing)',
    frameNoCopyMs: 'frameMs minus the copy into the visible 2D canvas (SharedRenderer.lastCopyMs: after the frame completed, the conversion + putImageData of a readback (its transfer is inside the wait) or drawImage, plus the 1-px 2D getImageData that waits for it), per frame then median; the scalp-only ratio uses the scalp-only page\'s own no-copy time',
    baselineFrameMs: 'median per frame: setMatrixAt for every follicle + render + 1-px readPixels; quads, MeshBasicMaterial, same head shader and camera',
    '200k': 'stress case: two whole-scalp fields (seeds 1 and 2) concatenated; density-scale is capped at 1',
    gpuBufferBytes: 'sum of byte lengths of arrays handed to WebGL by the scene (follicle RGBA32F texture incl. row padding = ceil(4N/4096)*4096*16 B, skin and marker attributes + indices; strands have no attributes); not a driver measurement',
    firstFrameMs: 'bench harness (dev server, unbundled modules): since navigation start to the first completed frame; the model (placement, pattern, simulate) is built on the main thread here, not in the element\'s Worker',
    elementFirstFrameMs: 'the shipping path: built drop-in served as static files, one <scalp-viewer controls="none"> at 1280x720, whole scalp (density-scale 1), from navigation start to its `ready` event (first frame with the model drawn); median of runs',
    bareLines100k: 'scene.html?bare=1 at 100k: the strand lines drawn by tests/bench/bareLines.vert.glsl (every follicle root -> root + 10 mm along its direction, one colour, blending off, depth test on, same draws): what drawing 100k one-pixel lines costs on this renderer at all; ratios per repeat against that repeat\'s scalp-only and shipping frames',
    bundleGzipBytes: 'fresh vite build of the drop-in into a temp dir, gzip -9',
  },
}));
