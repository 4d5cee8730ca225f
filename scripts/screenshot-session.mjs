// What every docs screenshot script shares: a Vite server for the demos, the system Chromium,
// and a page that waits for <scalp-viewer> to draw its first frame with the model.
import { createServer } from 'vite';
import puppeteer from 'puppeteer-core';
import { mkdirSync } from 'node:fs';
import { chromiumPath, chromiumArgs } from './chromium.mjs';

/**
 * Runs `shoot({ open })` with a demo server and a browser, and closes both afterwards.
 * `open(path, { width, height, label })` gives a page at that size, showing `path`, whose first
 * <scalp-viewer> is ready; console errors are printed under `label`.
 */
export async function withDemoPages({ width, height }, shoot) {
  const server = await createServer({ server: { host: '127.0.0.1', port: 0 }, logLevel: 'error' });
  await server.listen();
  const base = server.resolvedUrls.local[0];
  const browser = await puppeteer.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [...chromiumArgs(), `--window-size=${width},${height}`],
  });
  mkdirSync('docs', { recursive: true });
  const open = async (path, { label = path, before } = {}, size = { width, height }) => {
    const page = await browser.newPage();
    page.on('console', (m) => m.type() === 'error' && console.error(`[${label}] ${m.text()}`));
    await page.setViewport(size);
    await page.goto(base + path, { waitUntil: 'load' });
    if (before) await page.evaluate(before.fn, before.arg);
    await page.waitForFunction(() => document.querySelector('scalp-viewer')?.hasAttribute('data-ready'), {
      timeout: 180_000,
      polling: 250,
    });
    return page;
  };
  try {
    await shoot({ open });
  } finally {
    await browser.close();
    await server.close();
  }
}
