#!/usr/bin/env node
// `npm test`: type checks, unit tests (Vitest, Node), the build and its package tests, and browser tests (Web Test Runner,
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

// 1. Types: a failing type check is one failed test. The framework typings (React JSX, Vue)
// have their own project (tests/types/tsconfig.json, with JSX on).
if (run('typecheck', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']) === 0) totals.passed++;
else totals.failed++;
if (run('typecheck (React, Vue typings)', bin('tsc'), ['--noEmit', '-p', 'tests/types/tsconfig.json']) === 0) totals.passed++;
else totals.failed++;

/** Adds the counts of a Vitest JSON report; a run that failed without failing a test counts once. */
function addVitest(jsonFile, status) {
  if (existsSync(jsonFile)) {
    const r = JSON.parse(readFileSync(jsonFile, 'utf8'));
    totals.passed += r.numPassedTests;
    totals.failed += r.numFailedTests;
    // A file that failed to load fails no test but fails the run: count it once.
    if (status !== 0 && r.numFailedTests === 0) totals.failed++;
  } else {
    totals.failed++;
  }
}

// Tests of the built package (npm pack contents, size budget): run after the build, below.
const PACKAGE_TESTS = 'tests/unit/package-contents.test.ts';

// 2. Unit tests.
const unitJson = join(work, 'vitest.json');
const unitStatus = run('unit (vitest)', bin('vitest'), [
  'run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitJson}`, `--exclude=${PACKAGE_TESTS}`,
]);
addVitest(unitJson, unitStatus);

// 3. Browser tests, in the system Chromium (never a downloaded one).
let chromeOk = true;
try {
  console.log(`\nChromium: ${chromiumPath()}`);
} catch (e) {
  console.error(`\n${e.message}`);
  chromeOk = false;
  totals.failed++;
}
// The package is built whatever the browser: a failed build is one failed test. The browser
// tests load the drop-in build too.
if (run('build (drop-in, ESM, types, CLI, manifest)', 'npm', ['run', '--silent', 'build']) === 0) totals.passed++;
else totals.failed++;

// 2b. The built package: what npm pack ships, the ESM build, the declarations, the size budget.
const packageJson = join(work, 'vitest-package.json');
const packageStatus = run('package (vitest)', bin('vitest'), [
  'run', PACKAGE_TESTS, '--reporter=default', '--reporter=json', `--outputFile.json=${packageJson}`,
]);
addVitest(packageJson, packageStatus);
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
