// Bundles the CLI (model + src/cli) into one Node ES module: dist/cli.js.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli/bin.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node18',
  outfile: 'dist/cli.js',
  banner: { js: '#!/usr/bin/env node' },
  logLevel: 'warning',
});
