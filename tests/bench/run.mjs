#!/usr/bin/env node
// `npm run bench`: frame time of <scalp-viewer> in headless Chromium (software WebGL here),
// with the method of PERF.md: a fresh browser per configuration, completion forced by a
// readback, configurations interleaved, medians reported, ratios within one run.
// Prints a table, then one JSON line.
import { createServer } from 'vite';
import puppeteer from 'puppeteer-core';
import { gzipSync } from 'node:zlib';
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { chromiumPath, chromiumArgs } from '../../scripts/chromium.mjs';

const CONFIGS = [
  { name: 'scalp only', densityScale: 0.001 },
  { name: '10k', densityScale: 0.1 },
  { name: '50k', densityScale: 0.5 },
  { name: '100k', densityScale: 1 },
];
const REPEATS = Number(process.env.BENCH_REPEATS ?? 2);
const FRAMES = Number(process.env.BENCH_FRAMES ?? 7);

const server = await createServer({ server: { host: '127.0.0.1', port: 0 }, logLevel: 'error' });
await server.listen();
const base = server.resolvedUrls.local[0];

async function measure(cfg) {
  const browser = await puppeteer.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [...chromiumArgs(), '--disable-gpu-vsync', '--disable-frame-rate-limit', '--window-size=1300,800'],
  });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1300, height: 800 });
    const started = Date.now();
    await page.goto(`${base}tests/bench/page.html?density=${cfg.densityScale}`, { waitUntil: 'load' });
    const out = await page.evaluate(async (frames) => {
      const el = document.querySelector('scalp-viewer');
      if (!el.hasAttribute('data-ready')) await new Promise((r) => el.addEventListener('ready', r, { once: true }));
      const firstFrameMs = performance.now();
      const canvas = el.shadowRoot.querySelector('canvas');
      const ctx = canvas.getContext('2d');
      const frameMs = [];
      const seekJsMs = [];
      for (let i = 0; i < frames; i++) {
        const t0 = performance.now();
        el.seek(30 + i * 40);            // a seek: the element's JS, then the scene's uniform
        seekJsMs.push(performance.now() - t0);
        const t1 = performance.now();
        el.renderNow();
        ctx.getImageData(0, 0, 1, 1);    // forces the frame to complete
        frameMs.push(performance.now() - t1);
      }
      const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
      return {
        frameMs: median(frameMs.slice(1)),
        seekJsMs: median(seekJsMs.slice(1)),
        firstFrameMs,
        size: [canvas.width, canvas.height],
      };
    }, FRAMES);
    out.renderer = await page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl2');
      const ext = gl && gl.getExtension('WEBGL_debug_renderer_info');
      return gl ? gl.getParameter(ext ? ext.UNMASKED_RENDERER_WEBGL : gl.RENDERER) : 'none';
    });
    out.wallMs = Date.now() - started;
    return out;
  } finally {
    await browser.close();
  }
}

const results = Object.fromEntries(CONFIGS.map((c) => [c.name, []]));
let renderer = '';
for (let r = 0; r < REPEATS; r++) {
  for (const cfg of CONFIGS) {
    const m = await measure(cfg);
    renderer = m.renderer;
    results[cfg.name].push(m);
    process.stderr.write(`  run ${r + 1} ${cfg.name}: frame ${m.frameMs.toFixed(1)} ms\n`);
  }
}
await server.close();

const med = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
const summary = {};
for (const cfg of CONFIGS) {
  const runs = results[cfg.name];
  summary[cfg.name] = {
    frameMs: +med(runs.map((m) => m.frameMs)).toFixed(1),
    seekJsMs: +med(runs.map((m) => m.seekJsMs)).toFixed(2),
    firstFrameMs: Math.round(med(runs.map((m) => m.firstFrameMs))),
    canvas: runs[0].size.join('×'),
  };
}
const scalp = summary['scalp only'].frameMs;
console.log(`\nrenderer: ${renderer}\nload average: ${loadavg().map((x) => x.toFixed(2)).join(' ')}\n`);
console.log('| config | frame ms (median) | × scalp only | seek JS ms | first frame ms | canvas |');
console.log('|---|---|---|---|---|---|');
for (const [name, s] of Object.entries(summary)) {
  console.log(`| ${name} | ${s.frameMs} | ${(s.frameMs / scalp).toFixed(2)} | ${s.seekJsMs} | ${s.firstFrameMs} | ${s.canvas} |`);
}
const bundle = existsSync('dist/scalp-viewer.js') ? readFileSync('dist/scalp-viewer.js') : null;
console.log(JSON.stringify({
  renderer,
  scalpOnlyMs: scalp,
  perCount: summary,
  bundleBytes: bundle?.length ?? null,
  bundleGzipBytes: bundle ? gzipSync(bundle, { level: 9 }).length : null,
}));
