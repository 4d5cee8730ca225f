import { defineConfig } from 'vitest/config';

// One config for the demo server, the drop-in build and the unit tests.
export default defineConfig({
  // Relative asset URLs, so the worker file next to the drop-in loads wherever a page hosts it.
  base: './',
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1' },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    // The drop-in build: one ES module with three, lit and gsap inside.
    lib: {
      entry: 'src/index.ts',
      formats: ['es'],
      fileName: () => 'scalp-viewer.js',
    },
    minify: true,
    sourcemap: false,
  },
  worker: { format: 'es' },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
