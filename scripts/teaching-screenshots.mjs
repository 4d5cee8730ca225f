#!/usr/bin/env node
// Renders the teaching demo in its compare, cutaway and editing states and writes the PNGs
// under docs/: `node scripts/teaching-screenshots.mjs` (all) or `… compare-sham cutaway`.
// Each state is set through the page's own settings panel, as a presenter would.
import { withDemoPages } from './screenshot-session.mjs';

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
await withDemoPages({ width: 1600, height: 900 }, async ({ open }) => {
  for (const [name, shot] of Object.entries(SHOTS)) {
    if (wanted.length ? !wanted.includes(name) : !SAVED.includes(name)) continue;
    const page = await open('demo/teaching.html', { label: name });
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
});
