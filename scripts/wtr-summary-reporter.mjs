// Prints one plain "browser: N passed, N failed" line when WTR exits, and writes the
// counts to a file for scripts/test.mjs. WTR's live progress display swallows
// anything printed earlier, so this happens on process exit.
import { writeFileSync } from 'node:fs';

function count(results, acc = { passed: 0, failed: 0, skipped: 0 }) {
  if (!results) return acc;
  for (const t of results.tests ?? []) {
    if (t.skipped) acc.skipped++;
    else if (t.passed) acc.passed++;
    else acc.failed++;
  }
  for (const s of results.suites ?? []) count(s, acc);
  return acc;
}

export function summaryReporter() {
  const totals = { passed: 0, failed: 0, skipped: 0, fileErrors: 0 };
  return {
    onTestRunFinished({ sessions }) {
      for (const s of sessions) {
        const c = count(s.testResults);
        totals.passed += c.passed;
        totals.failed += c.failed;
        totals.skipped += c.skipped;
        // A file that failed to load or threw outside a test counts as one failure.
        if (!s.passed && c.failed === 0) totals.fileErrors++;
      }
      process.once('exit', () => {
        const failed = totals.failed + totals.fileErrors;
        if (process.env.WTR_SUMMARY_FILE) {
          writeFileSync(process.env.WTR_SUMMARY_FILE, JSON.stringify({ ...totals, failed }));
        }
        console.log(`browser: ${totals.passed} passed, ${failed} failed`);
      });
    },
  };
}
