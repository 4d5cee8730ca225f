import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';

/**
 * Bare imports left out of the ESM build (`vite build --mode esm`): the dependencies
 * (three, lit, gsap and their subpaths), which the user's bundler resolves and dedupes.
 */
const EXTERNAL = /^(three|lit|lit-html|lit-element|@lit\/reactive-element|gsap)(\/.*)?$/;

/**
 * Vite writes a worker's URL as `new URL(new URL("assets/…", import.meta.url).href, …)`, which
 * other bundlers do not follow. The ESM build ships the literal form instead,
 * `new Worker(new URL("./simulation.worker.js", import.meta.url), …)`, which webpack 5, Vite,
 * Parcel and Rollup (with its worker plugins) recognise and bundle as a worker.
 */
function literalWorkerUrl(): Plugin {
  const nested =
    /new URL\(\s*(?:\/\*\s*@vite-ignore\s*\*\/\s*)?new URL\(\s*["'](?:\.\/)?([^"']+\.js)["'],\s*import\.meta\.url\s*\)\.href,\s*(?:""\s*\+\s*)?import\.meta\.url\s*\)/g;
  return {
    name: 'scalp-viewer:literal-worker-url',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.code.includes('new Worker(')) continue;
        chunk.code = chunk.code.replace(nested, (_match, file: string) => `new URL(${JSON.stringify(`./${file}`)}, import.meta.url)`);
        if (!/new Worker\(new URL\("\.\/[^"]+\.js", import\.meta\.url\)/.test(chunk.code)) {
          this.error(`${chunk.fileName}: a worker URL is not in the literal form bundlers follow`);
        }
      }
    },
  };
}

/** Build timing notes are noise on a busy CI machine (they are warnings, never failures). */
const QUIET_CHECKS = { bundlerTimings: false };

// One config for the demo server, both library builds and the unit tests:
// `vite build` makes the drop-in, `vite build --mode esm` the ESM build for bundlers.
export default defineConfig(({ mode }) => {
  const esm = mode === 'esm';
  return {
    // Relative asset URLs, so the worker file next to the module loads wherever a page hosts it.
    base: './',
    server: { host: '127.0.0.1', port: 5173, strictPort: false },
    preview: { host: '127.0.0.1' },
    plugins: esm ? [literalWorkerUrl()] : [],
    build: esm
      ? {
          // The ESM build for bundlers: dist/esm/index.js imports three, lit and gsap by their
          // bare names; the worker is dist/esm/simulation.worker.js (self-contained, model only).
          // Not minified: the user's bundler minifies, and readable code debugs better.
          target: 'es2022',
          outDir: 'dist/esm',
          emptyOutDir: true,
          lib: {
            entry: {
              index: 'src/index.ts',
              // Type-only entries (`scalp-viewer/react`, `scalp-viewer/vue`): empty modules,
              // so that a plain `import 'scalp-viewer/react'` also resolves in a bundler.
              react: 'src/frameworks/react.ts',
              vue: 'src/frameworks/vue.ts',
            },
            formats: ['es'],
            fileName: (_format, entryName) => `${entryName}.js`,
          },
          rolldownOptions: { external: (id: string) => EXTERNAL.test(id), checks: QUIET_CHECKS },
          minify: false,
          sourcemap: false,
        }
      : {
          target: 'es2022',
          outDir: 'dist',
          emptyOutDir: true,
          // The drop-in build: one ES module with three, lit and gsap inside.
          lib: {
            entry: 'src/index.ts',
            formats: ['es'],
            fileName: () => 'scalp-viewer.js',
          },
          rolldownOptions: { checks: QUIET_CHECKS },
          minify: true,
          sourcemap: false,
        },
    worker: {
      format: 'es',
      // ESM build: workers next to index.js under stable names (simulation.worker.js).
      ...(esm ? { rolldownOptions: { output: { entryFileNames: '[name].js' } } } : {}),
    },
    test: {
      include: ['tests/unit/**/*.test.ts'],
      environment: 'node',
      testTimeout: 60_000,
    },
  };
});
