#!/usr/bin/env node
// Renders <scalp-viewer> in each theme and writes docs/theme-<name>.png:
// `node scripts/theme-screenshots.mjs` (all) or `node scripts/theme-screenshots.mjs dark`.
// Element-only shots of the clinic demo at week 12 with labels on, so themes compare side by side.
import { createServer } from 'vite';
import puppeteer from 'puppeteer-core';
import { mkdirSync } from 'node:fs';
import { chromiumPath, chromiumArgs } from './chromium.mjs';

const THEMES = ['light', 'dark', 'high-contrast'];
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
  for (const theme of THEMES) {
    if (wanted.length && !wanted.includes(theme)) continue;
    const page = await browser.newPage();
    page.on('console', (m) => m.type() === 'error' && console.error(`[${theme}] ${m.text()}`));
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(base + 'demo/index.html', { waitUntil: 'load' });
    await page.evaluate((t) => {
      const el = document.querySelector('scalp-viewer');
      el.setAttribute('theme', t);
      el.setAttribute('overlays', 'signal vascular labels');
      el.setAttribute('reduced-motion', 'on');
    }, theme);
    await page.waitForFunction(() => document.querySelector('scalp-viewer')?.hasAttribute('data-ready'), {
      timeout: 180_000,
      polling: 250,
    });
    await page.evaluate(async () => {
      const el = document.querySelector('scalp-viewer');
      el.seek('week 12');
      await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      el.renderNow?.();
      await new Promise((r) => setTimeout(r, 500));
    });
    const el = await page.$('scalp-viewer');
    await el.screenshot({ path: `docs/theme-${theme}.png` });
    console.log(`docs/theme-${theme}.png`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
