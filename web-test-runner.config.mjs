// Web Test Runner: browser tests in the system Chromium (never a downloaded one).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromiumPath, chromiumArgs } from './scripts/chromium.mjs';
import { summaryReporter } from './scripts/wtr-summary-reporter.mjs';
import { hardeningCommandsPlugin } from './tests/browser/hardening-commands.mjs';
import { defaultReporter } from '@web/test-runner';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';

/**
 * Golden screenshots (tests/browser/render-goldens.test.ts): compared with the baselines in
 * tests/visual/baseline/ within a tolerance; `npm run goldens` (UPDATE_GOLDENS=1) rewrites them.
 */
const goldens = visualRegressionPlugin({
  update: process.env.UPDATE_GOLDENS === '1',
  baseDir: 'tests/visual',
  getBaselineName: ({ name }) => `baseline/${name}`,
  getFailedName: ({ name }) => `failed/${name}`, // git-ignored
  getDiffName: ({ name }) => `failed/${name}-diff`,
  // Per pixel: pixelmatch's colour threshold; per image: at most this share of pixels differ.
  diffOptions: { threshold: 0.12 },
  failureThreshold: 0.5,
  failureThresholdType: 'percent',
});

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
  plugins: [rawImports, hardeningCommandsPlugin(), goldens, esbuildPlugin({ ts: true, target: 'es2022' })],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromiumPath(), headless: true, args: chromiumArgs() },
    }),
  ],
  reporters: [defaultReporter(), summaryReporter()],
};
