#!/usr/bin/env node
// `npm run build`: everything the npm package ships, in one process (~10 s).
//   dist/scalp-viewer.js + dist/assets/   the drop-in: one ES module, three/lit/gsap inside
//   dist/esm/                            the ES module build for bundlers: three/lit/gsap external,
//                                        the worker as dist/esm/simulation.worker.js
//   dist/types/                          type declarations (+ React and Vue typings)
//   dist/cli.js                          the `scalp-viewer simulate` CLI
//   custom-elements.json                 the custom elements manifest
// Every step runs; the exit status is non-zero when any failed.
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { buildTypes } from './build-types.mjs';
import { analyze } from './api-docs.mjs';

const failures = [];
async function step(label, fn) {
  const started = performance.now();
  try {
    const status = await fn();
    if (typeof status === 'number' && status !== 0) throw new Error(`exit status ${status}`);
    console.log(`✓ ${label} (${Math.round(performance.now() - started)} ms)`);
  } catch (e) {
    failures.push(label);
    console.error(`✗ ${label}: ${e?.message ?? e}`);
  }
}

// The drop-in first: its build empties dist/.
await step('drop-in: dist/scalp-viewer.js', () => build({ logLevel: 'warn' }));
await step('ESM build: dist/esm/', () => build({ mode: 'esm', logLevel: 'warn' }));
await step('CLI: dist/cli.js', () => import('./build-cli.mjs'));
await step('types: dist/types/', () => buildTypes());
await step('manifest: custom-elements.json', () => analyze({ write: true }));

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
for (const file of ['dist/scalp-viewer.js', 'dist/esm/index.js', 'dist/esm/simulation.worker.js', 'dist/cli.js']) {
  try {
    const bytes = readFileSync(file);
    console.log(`  ${file.padEnd(32)} ${kB(statSync(file).size).padStart(9)}  ${kB(gzipSync(bytes).length).padStart(9)} gzip`);
  } catch {
    // reported by its step
  }
}

if (failures.length) {
  console.error(`build failed: ${failures.join(', ')}`);
  process.exit(1);
}
