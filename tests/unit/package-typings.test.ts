// The framework typings (src/frameworks/attributes.ts, used by the React and Vue typings) list
// the element's attributes and events by hand, with precise value types. These fail when the
// element's JSDoc (@attr, @fires, through the custom elements manifest) has one they lack.
import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

interface Named { name: string; description?: string }
interface Element { tagName?: string; attributes?: Named[]; events?: Named[] }

/** Keys of `export interface <name> { … }` in the typings source. */
function interfaceKeys(source: string, name: string): string[] {
  const start = source.indexOf(`export interface ${name} {`);
  expect(start, `interface ${name}`).toBeGreaterThanOrEqual(0);
  const body = source.slice(start, source.indexOf('\n}', start));
  return [...body.matchAll(/^\s{2}'?([\w-]+)'?\??:/gm)].map((m) => m[1]);
}

let element: Element;
beforeAll(() => {
  const script = "import('./scripts/api-docs.mjs').then(async (m) => process.stdout.write(JSON.stringify(await m.analyze())))";
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  const manifest = JSON.parse(r.stdout);
  element = manifest.modules.flatMap((m: { declarations: Element[] }) => m.declarations)
    .find((d: Element) => d.tagName === 'scalp-viewer');
}, 60_000);

describe('framework typings', () => {
  const source = readFileSync(resolve(root, 'src/frameworks/attributes.ts'), 'utf8');

  it('type every attribute of the element (data-* and read-only ones aside)', () => {
    const typed = new Set(interfaceKeys(source, 'ScalpViewerAttributes'));
    const missing = (element.attributes ?? [])
      .filter((a) => !a.name.startsWith('data-') && !/^read-only/i.test(a.description ?? ''))
      .map((a) => a.name)
      .filter((name) => !typed.has(name));
    expect(missing, 'add them to ScalpViewerAttributes in src/frameworks/attributes.ts').toEqual([]);
  });

  it('type every event of the element', () => {
    const typed = new Set(interfaceKeys(source, 'ScalpViewerEventMap'));
    const missing = (element.events ?? []).map((e) => e.name).filter((name) => !typed.has(name));
    expect(missing, 'add them to ScalpViewerEventMap in src/frameworks/attributes.ts').toEqual([]);
  });
});
