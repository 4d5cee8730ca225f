// The custom elements manifest and the README's API reference come from the element's JSDoc
// (scripts/api-docs.mjs); these fail when the README's section no longer matches it.
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

describe('API reference', () => {
  it('README.md has the section generated from the current JSDoc (else: npm run docs:api)', () => {
    const r = spawnSync(process.execPath, ['scripts/api-docs.mjs', '--check'], { cwd: root, encoding: 'utf8' });
    expect(r.status, r.stderr || r.stdout).toBe(0);
  }, 60_000);

  it('documents attributes with their properties, events, slots, parts and custom properties', () => {
    const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
    const start = readme.indexOf('<!-- api:start -->');
    const end = readme.indexOf('<!-- api:end -->');
    expect(start).toBeGreaterThan(0);
    const api = readme.slice(start, end);
    for (const heading of ['Attributes', 'Methods', 'Events', 'Slots', 'CSS parts', 'CSS custom properties']) {
      expect(api).toContain(`#### ${heading}`);
    }
    expect(api).toMatch(/\| `density-scale` \| `densityScale` \|/);
    expect(api).toMatch(/\| `timeupdate` \|/);
    expect(api).toMatch(/\| `seek\(/);
    expect(api).toMatch(/\| `--scalp-viewer-accent` \|/);
  });
});
