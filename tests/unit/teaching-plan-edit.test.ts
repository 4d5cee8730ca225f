import { describe, it, expect } from 'vitest';
import { toggleSite, SITE_PICK_RADIUS_MM } from '../../src/model/siteEditing.ts';
import { STRUCTURES } from '../../src/model/landmarks.ts';
import { gridSites, skinRadius } from '../../src/model/index.ts';
import type { Vec3 } from '../../src/model/index.ts';
import { parseCompare } from '../../src/element/teachingHost.ts';
import { fovForAspect } from '../../src/render/CameraSync.ts';

describe('editing sites by pointing', () => {
  const grid = gridSites('vertex', 10);

  it('adds a site on the scalp, on the skin, and keeps the others', () => {
    const edit = toggleSite(grid, STRUCTURES.frontal);
    expect(edit.kind).toBe('added');
    if (edit.kind !== 'added') return;
    expect(edit.sites).toHaveLength(grid.length + 1);
    const [x, y, z] = edit.site;
    const r = Math.hypot(x, y, z);
    expect(Math.abs(r - skinRadius(x / r, y / r, z / r))).toBeLessThan(0.2);
    expect(edit.sites.slice(0, grid.length)).toEqual(grid);
  });

  it('removes the site within the pick radius, and only that one', () => {
    const site = grid[3]!;
    const near: Vec3 = [site[0] + SITE_PICK_RADIUS_MM * 0.6, site[1], site[2]];
    const edit = toggleSite(grid, near);
    expect(edit.kind).toBe('removed');
    if (edit.kind !== 'removed') return;
    expect(edit.site).toEqual(site);
    expect(edit.sites).toHaveLength(grid.length - 1);
    expect(edit.sites).not.toContainEqual(site);
  });

  it('adding then pointing at the same place again gives the plan back', () => {
    const added = toggleSite(grid, STRUCTURES.hairline);
    if (added.kind !== 'added') throw new Error('not added');
    const removed = toggleSite(added.sites, STRUCTURES.hairline);
    expect(removed.kind).toBe('removed');
    if (removed.kind === 'removed') expect(removed.sites).toEqual(grid);
  });

  it('refuses the face: no site off the hair-bearing scalp', () => {
    const forehead: Vec3 = [0, 20, 95];
    expect(toggleSite(grid, forehead)).toEqual({ kind: 'refused', reason: 'off-scalp' });
  });
});

describe('compare attribute and pane framing', () => {
  it('reads the compare views and refuses others', () => {
    expect(parseCompare(' Sham ')).toEqual({ ok: true, value: 'sham' });
    expect(parseCompare('before-after')).toEqual({ ok: true, value: 'before-after' });
    expect(parseCompare('')).toEqual({ ok: true, value: '' });
    expect(parseCompare('split').ok).toBe(false);
  });

  it('widens the field of view only for narrow panes, keeping the horizontal view', () => {
    expect(fovForAspect(32, 1.6)).toBe(32);
    const narrow = fovForAspect(32, 0.5);
    expect(narrow).toBeGreaterThan(32);
    const horizontal = (fov: number, aspect: number) => Math.atan(Math.tan((fov * Math.PI) / 360) * aspect);
    expect(horizontal(narrow, 0.5)).toBeCloseTo(horizontal(32, 1), 6);
  });
});
