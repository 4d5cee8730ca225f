#!/usr/bin/env node
// Renders <scalp-viewer> in each theme and writes docs/theme-<name>.png:
// `node scripts/theme-screenshots.mjs` (all) or `node scripts/theme-screenshots.mjs dark`.
// Element-only shots of the clinic demo at week 12 with labels on, so themes compare side by side.
import { withDemoPages } from './screenshot-session.mjs';

const THEMES = ['light', 'dark', 'high-contrast'];
const wanted = process.argv.slice(2);
await withDemoPages({ width: 1280, height: 900 }, async ({ open }) => {
  for (const theme of THEMES) {
    if (wanted.length && !wanted.includes(theme)) continue;
    const page = await open('demo/index.html', {
      label: theme,
      before: {
        fn: (t) => {
          const el = document.querySelector('scalp-viewer');
          el.setAttribute('theme', t);
          el.setAttribute('overlays', 'signal vascular labels');
          el.setAttribute('reduced-motion', 'on');
        },
        arg: theme,
      },
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
});
