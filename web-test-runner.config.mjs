// Web Test Runner: browser tests in the system Chromium (never a downloaded one).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromiumPath, chromiumArgs } from './scripts/chromium.mjs';
import { summaryReporter } from './scripts/wtr-summary-reporter.mjs';
import { defaultReporter } from '@web/test-runner';

const root = fileURLToPath(new URL('.', import.meta.url));

/** Serves `import x from './a.glsl?raw'` as a string module, like Vite does. */
const rawImports = {
  name: 'raw-imports',
  async serve(context) {
    if (context.URL.searchParams.has('raw')) {
      const file = root + decodeURIComponent(context.path).replace(/^\//, '');
      const text = await readFile(file, 'utf8');
      return { body: `export default ${JSON.stringify(text)};`, type: 'js' };
    }
  },
};

export default {
  rootDir: root,
  files: process.env.WTR_FILES ? process.env.WTR_FILES.split(',') : ['tests/browser/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 60_000,
  testsStartTimeout: 120_000,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 60_000 } },
  plugins: [rawImports, esbuildPlugin({ ts: true, target: 'es2022' })],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromiumPath(), headless: true, args: chromiumArgs() },
    }),
  ],
  reporters: [defaultReporter(), summaryReporter()],
};
