import { describe, expect, it } from 'vitest';
import { centralSite, REGION_LABELS, sceneLabels, uncluttered } from '../../src/element/sceneLabels.ts';
import { LANGUAGES } from '../../src/element/strings.ts';
import { STRUCTURES } from '../../src/model/landmarks.ts';
import type { Vec3 } from '../../src/model/index.ts';

const box = (id: string, left: number, top: number, w = 100, h = 20) => ({ id, left, top, right: left + w, bottom: top + h });

describe('scene labels', () => {
  it('shows labels in priority order, dropping any that would touch one already shown', () => {
    const shown = uncluttered([
      box('sites', 100, 100),
      box('crown', 150, 110), // overlaps sites: dropped
      null, // occluded: dropped
      box('hairline', 202, 100), // 2 px from sites: inside the 4 px gap, dropped
      box('temple', 100, 124), // 4 px below sites: shown
      box('occipital', 300, 300),
    ]);
    expect([...shown]).toEqual(['sites', 'temple', 'occipital']);
  });

  it('keeps labels off the controls over the picture', () => {
    const buttons = box('', 380, 0, 60, 300);
    const shown = uncluttered([box('hairline', 300, 50), box('crown', 200, 50)], [buttons]);
    expect([...shown]).toEqual(['crown']);
  });

  it('gives a dropped label back its place when the one it covered is gone', () => {
    expect([...uncluttered([null, box('crown', 150, 110)])]).toEqual(['crown']);
  });

  it('anchors the sites label at the site nearest the middle of the plan', () => {
    const sites: Vec3[] = [[0, 0, 0], [10, 0, 0], [4, 1, 0], [20, 0, 0]];
    expect(centralSite(sites)).toEqual([10, 0, 0]); // centroid (8.5, 0.25, 0)
  });

  it('labels the sites only when the plan has any, then every region, in each language', () => {
    for (const [lang, text] of Object.entries(LANGUAGES)) {
      const none = sceneLabels([], text);
      expect(none.map((l) => l.id), lang).toEqual(REGION_LABELS.map((r) => r.id));
      const withSites = sceneLabels([[1, 2, 3]], text);
      expect(withSites[0]).toEqual({ id: 'sites', point: [1, 2, 3], text: text.labelSites });
      for (const l of none) {
        expect(l.text.trim(), `${lang} ${l.id}`).not.toBe('');
        expect(l.point).toBe(STRUCTURES[l.id as keyof typeof STRUCTURES]);
      }
    }
    expect(sceneLabels([], LANGUAGES.es).map((l) => l.text)).not.toContain('Crown');
  });
});
