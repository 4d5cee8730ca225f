#!/usr/bin/env node
// Renders the demo pages in headless Chromium and writes the PNGs under docs/:
// `node scripts/screenshots.mjs` (all shots) or `node scripts/screenshots.mjs demo-day-0`.
import { createServer } from 'vite';
import puppeteer from 'puppeteer-core';
import { mkdirSync } from 'node:fs';
import { chromiumPath, chromiumArgs } from './chromium.mjs';

/** name → page, viewport, and what to do to the first <scalp-viewer> before the shot. */
const SHOTS = {
  'demo-day-0': { page: 'demo/index.html', time: 0 },
  'demo-day-180': { page: 'demo/index.html', time: 180 },
  'demo-day-2-signal': { page: 'demo/index.html', time: 2 },
  'demo-day-35-vascular': { page: 'demo/index.html', time: 35 },
};

const wanted = process.argv.slice(2);
const server = await createServer({ server: { host: '127.0.0.1', port: 0 }, logLevel: 'error' });
await server.listen();
const base = server.resolvedUrls.local[0];
const browser = await puppeteer.launch({
  executablePath: chromiumPath(),
  headless: true,
  args: [...chromiumArgs(), '--window-size=1280,900'],
});
mkdirSync('docs', { recursive: true });
try {
  for (const [name, shot] of Object.entries(SHOTS)) {
    if (wanted.length && !wanted.includes(name)) continue;
    const page = await browser.newPage();
    page.on('console', (m) => m.type() === 'error' && console.error(`[${name}] ${m.text()}`));
    await page.setViewport({ width: shot.width ?? 1280, height: shot.height ?? 900 });
    await page.goto(base + shot.page, { waitUntil: 'load' });
    await page.waitForFunction(
      () => {
        const el = document.querySelector('scalp-viewer');
        return el && el.hasAttribute('data-ready');
      },
      { timeout: 120_000, polling: 250 },
    ).catch(async () => {
      // Fall back to the ready event in case the element does not reflect readiness.
      await page.evaluate(
        () => new Promise((res) => document.querySelector('scalp-viewer')?.addEventListener('ready', res, { once: true })),
      );
    });
    await page.evaluate(async (t) => {
      const el = document.querySelector('scalp-viewer');
      el.seek(t);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      el.renderNow?.();
      await new Promise((r) => setTimeout(r, 500));
    }, shot.time ?? 0);
    await page.screenshot({ path: `docs/${name}.png`, fullPage: false });
    console.log(`docs/${name}.png`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
