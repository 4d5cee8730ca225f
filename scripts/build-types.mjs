// Type declarations: dist/types/**/*.d.ts from tsconfig.build.json (the native tsc 7 emits
// declarations), then two rewrites so they work in any consumer's setup:
// - relative specifiers `./x.ts` → `./x.js` (the source imports with `.ts` extensions, which a
//   consumer's TypeScript may not allow; `.js` resolves to the emitted `.d.ts` everywhere);
// - `import("lit-html")` → `import("lit")` (lit-html is lit's dependency, not ours; lit
//   re-exports its types).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const OUT = 'dist/types';

/** Rewrites one declaration file's text (exported for the package tests). */
export function rewriteDeclaration(text) {
  return text
    .replace(/((?:from|import)\s*\(?\s*['"])(\.{1,2}\/[^'"]*?)\.ts(['"])/g, '$1$2.js$3')
    .replace(/import\(\s*(['"])lit-html\1\s*\)/g, 'import($1lit$1)');
}

function* declarationFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* declarationFiles(path);
    else if (entry.name.endsWith('.d.ts')) yield path;
  }
}

/** Emits and rewrites the declarations; returns tsc's exit status (0 when they type-check). */
export function buildTypes() {
  rmSync(OUT, { recursive: true, force: true });
  const tsc = join('node_modules', '.bin', 'tsc');
  const r = spawnSync(tsc, ['-p', 'tsconfig.build.json'], { stdio: 'inherit' });
  let count = 0;
  for (const file of declarationFiles(OUT)) {
    const text = readFileSync(file, 'utf8');
    const rewritten = rewriteDeclaration(text);
    if (rewritten !== text) writeFileSync(file, rewritten);
    count++;
  }
  if (count === 0) throw new Error('tsc emitted no declarations');
  return r.status ?? 1;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exit(buildTypes());
}
