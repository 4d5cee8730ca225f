#!/usr/bin/env node
// Renders the teaching demo in its compare, cutaway and editing states and writes the PNGs
// under docs/: `node scripts/teaching-screenshots.mjs` (all) or `… compare-sham cutaway`.
// Each state is set through the page's own settings panel, as a presenter would.
import { createServer } from 'vite';
import puppeteer from 'puppeteer-core';
import { mkdirSync } from 'node:fs';
import { chromiumPath, chromiumArgs } from './chromium.mjs';

/** name → the panel settings (compare view, checkboxes) and the day shown. */
const SHOTS = {
  teaching: { settings: {}, time: 120 },
  'compare-before-after': { settings: { compare: 'before-after' }, time: 180 },
  'compare-sham': { settings: { compare: 'sham' }, time: 150 },
  'compare-band': { settings: { compare: 'band' }, time: 150 },
  cutaway: { settings: { cutaway: true }, time: 3 },
  'plan-editing': { settings: { editable: true }, time: 120 },
};
const SAVED = ['teaching', 'compare-before-after', 'compare-sham', 'cutaway'];

const wanted = process.argv.slice(2);
const server = await createServer({ server: { host: '127.0.0.1', port: 0 }, logLevel: 'error' });
await server.listen();
const base = server.resolvedUrls.local[0];
const browser = await puppeteer.launch({
  executablePath: chromiumPath(),
  headless: true,
  args: [...chromiumArgs(), '--window-size=1600,900'],
});
mkdirSync('docs', { recursive: true });
try {
  for (const [name, shot] of Object.entries(SHOTS)) {
    if (wanted.length ? !wanted.includes(name) : !SAVED.includes(name)) continue;
    const page = await browser.newPage();
    page.on('console', (m) => m.type() === 'error' && console.error(`[${name}] ${m.text()}`));
    await page.setViewport({ width: 1600, height: 900 });
    await page.goto(base + 'demo/teaching.html', { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector('scalp-viewer')?.hasAttribute('data-ready'), {
      timeout: 180_000,
      polling: 250,
    });
    await page.evaluate(async ({ settings, time }) => {
      const el = document.querySelector('scalp-viewer');
      for (const [key, value] of Object.entries(settings)) {
        const input = document.querySelector(key === 'compare' ? `input[name=compare][value="${value}"]` : `input[name=${key}]`);
        input.checked = key === 'compare' ? true : value;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      }
      el.seek(time);
      const wait = (ms) => new Promise((r) => setTimeout(r, ms));
      // The compare views may need the sham twin or the band simulated first.
      for (let i = 0; i < 240 && el.shadowRoot.querySelector('.updating'); i++) await wait(500);
      await wait(1500);
      el.renderNow();
      await wait(800);
    }, shot);
    await page.screenshot({ path: `docs/${name}.png` });
    console.log(`docs/${name}.png`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
