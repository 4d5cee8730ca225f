#!/usr/bin/env node
// Renders the demo pages in headless Chromium and writes the PNGs under docs/:
// `node scripts/screenshots.mjs` (all shots) or `node scripts/screenshots.mjs demo-day-0`.
import { withDemoPages } from './screenshot-session.mjs';

/** name → page, viewport, and what to do to the first <scalp-viewer> before the shot. */
const SHOTS = {
  'demo-day-0': { page: 'demo/index.html', time: 0 },
  'demo-day-180': { page: 'demo/index.html', time: 180 },
  'demo-day-2-signal': { page: 'demo/index.html', time: 2 },
  'demo-day-35-vascular': { page: 'demo/index.html', time: 35 },
  // Views of the head alone (the element cropped): the whole head from the front-side (hair
  // leaving the hairline forward and low) and from behind (down the back, radial at the crown),
  // and the closest zoom over the crown whorl, where strands are drawn as ribbons.
  'full-head-day-0': { page: 'demo/index.html', time: 0, orbit: '-45deg 62deg 150%', crop: true },
  'full-head-back-day-365': { page: 'demo/index.html', time: 365, orbit: '180deg 62deg 150%', crop: true },
  // 38 %: about 40 mm above the skin, the crown's whorl and its surroundings.
  'closeup-crown-day-180': { page: 'demo/index.html', time: 180, orbit: '-160deg 20deg 38%', crop: true },
  'closeup-hairline-day-90': { page: 'demo/index.html', time: 90, orbit: '-20deg 58deg 38%', crop: true },
  // As close as the user can zoom (the rig stops 22 mm above the skin: ~13 mm of scalp in view):
  // single pores, ribbons, the club roots of resting hairs.
  // The kiosk demo full-screen at 1920 x 1080, in its attract loop.
  kiosk: { page: 'demo/kiosk.html', time: 0, width: 1920, height: 1080 },
  'closeup-magnified-day-180': { page: 'demo/index.html', time: 180, orbit: '-160deg 20deg 1%', crop: true },
};

const wanted = process.argv.slice(2);
await withDemoPages({ width: 1280, height: 900 }, async ({ open }) => {
  for (const [name, shot] of Object.entries(SHOTS)) {
    if (wanted.length && !wanted.includes(name)) continue;
    const page = await open(shot.page, { label: name }, { width: shot.width ?? 1280, height: shot.height ?? 900 });
    await page.evaluate(async (t, orbit) => {
      const el = document.querySelector('scalp-viewer');
      if (orbit) {
        // A cut, not a flight (reduced-motion path), then time for the loop to settle.
        el.setAttribute('reduced-motion', 'on');
        el.setAttribute('camera-orbit', orbit);
        await new Promise((r) => setTimeout(r, 1500));
      }
      el.seek(t);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      el.renderNow?.();
      await new Promise((r) => setTimeout(r, 500));
    }, shot.time ?? 0, shot.orbit ?? null);
    if (shot.crop) {
      const canvas = await page.evaluateHandle(() => document.querySelector('scalp-viewer').shadowRoot.querySelector('canvas'));
      await canvas.screenshot({ path: `docs/${name}.png` });
    } else {
      await page.screenshot({ path: `docs/${name}.png`, fullPage: false });
    }
    console.log(`docs/${name}.png`);
    await page.close();
  }
});
