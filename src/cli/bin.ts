/** Node entry of the `scalp-viewer` command (bundled to dist/cli.js). */
import { readFileSync } from 'node:fs';
import { runCli } from './main.ts';

process.exitCode = runCli(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  readFile: (p) => readFileSync(p, 'utf8'),
  readStdin: () => readFileSync(0, 'utf8'),
});
