import { describe, it, expect } from 'vitest';

describe('server-side rendering of the host page', () => {
  it('importing the package in Node (no DOM, no customElements) does not throw', async () => {
    expect(typeof (globalThis as { customElements?: unknown }).customElements).toBe('undefined');
    const mod = await import('../../src/index.ts');
    expect(Object.keys(mod).length).toBeGreaterThan(0);
  });
});
