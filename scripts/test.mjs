#!/usr/bin/env node
// `npm test`: type check, unit tests (Vitest, Node) and browser tests (Web Test Runner,
// system Chromium), then one plain closing line: `total: N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumPath } from './chromium.mjs';

const work = mkdtempSync(join(tmpdir(), 'scalp-viewer-test-'));
const totals = { passed: 0, failed: 0 };
const bin = (name) => join('node_modules', '.bin', name);

function run(label, cmd, args, env = {}) {
  console.log(`\n=== ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
}

// 1. Types: a failing type check is one failed test.
if (run('typecheck', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']) === 0) totals.passed++;
else totals.failed++;

// 2. Unit tests.
const unitJson = join(work, 'vitest.json');
const unitStatus = run('unit (vitest)', bin('vitest'), [
  'run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitJson}`,
]);
if (existsSync(unitJson)) {
  const r = JSON.parse(readFileSync(unitJson, 'utf8'));
  totals.passed += r.numPassedTests;
  totals.failed += r.numFailedTests;
  // A file that failed to load fails no test but fails the run: count it once.
  if (unitStatus !== 0 && r.numFailedTests === 0) totals.failed++;
} else {
  totals.failed++;
}

// 3. Browser tests, in the system Chromium (never a downloaded one).
let chromeOk = true;
try {
  console.log(`\nChromium: ${chromiumPath()}`);
} catch (e) {
  console.error(`\n${e.message}`);
  chromeOk = false;
  totals.failed++;
}
// The browser tests load the drop-in build too: a failed build is one failed test.
if (chromeOk) {
  if (run('build (vite + cli)', 'npm', ['run', '--silent', 'build']) === 0) totals.passed++;
  else totals.failed++;
}
if (chromeOk) {
  const wtrJson = join(work, 'wtr.json');
  const wtrStatus = run('browser (web-test-runner)', bin('wtr'), [], { WTR_SUMMARY_FILE: wtrJson });
  if (existsSync(wtrJson)) {
    const r = JSON.parse(readFileSync(wtrJson, 'utf8'));
    totals.passed += r.passed;
    totals.failed += r.failed;
    if (wtrStatus !== 0 && r.failed === 0) totals.failed++;
  } else {
    totals.failed++;
  }
}

console.log(`\ntotal: ${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed === 0 ? 0 : 1);
