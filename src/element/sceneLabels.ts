import { STRUCTURES } from '../model/landmarks.ts';
import type { StructureName } from '../model/landmarks.ts';
import type { Vec3 } from '../model/index.ts';
import type { Strings } from './strings.ts';

/** A region of the scalp the `labels` overlay names, and the strings key of its name. */
export interface RegionLabel {
  id: StructureName;
  key: 'labelCrown' | 'labelHairline' | 'labelTemple' | 'labelOccipital';
}

/**
 * The regions the `labels` overlay names besides the injection sites, in priority order: the
 * places science.md §1.2–§1.4 and the Norwood stages speak of (crown, frontal hairline, the
 * temples, the back of the head, whose follicles resist androgens).
 */
export const REGION_LABELS: readonly RegionLabel[] = [
  { id: 'crown', key: 'labelCrown' },
  { id: 'hairline', key: 'labelHairline' },
  { id: 'temporal-left', key: 'labelTemple' },
  { id: 'temporal-right', key: 'labelTemple' },
  { id: 'occipital', key: 'labelOccipital' },
];

/**
 * A region is named only while its skin faces the camera at least this much (the cosine
 * between skin normal and sight line, ~70°): at the silhouette a label points at nothing one
 * can see.
 */
export const LABEL_MIN_FACING = 0.35;

/**
 * What a label must not cover or hide under: the view buttons and legend, notes, the cutaway
 * and plan panels, the compare views' labels, and the before/after divider's handle (a label
 * may cross its thin line, which it does not hide).
 */
export const LABEL_OBSTACLES = [
  ...['view-button', 'legend-toggle', 'annotation', 'cutaway', 'plan-panel', 'compare-label'].map((part) => `[part~="${part}"]`),
  '.divider-handle',
].join(', ');

/** A label with its anchor on the skin and its text in the element's language. */
export interface SceneLabel {
  id: string;
  point: Vec3;
  text: string;
}

/**
 * Every label of the overlay, most important first: the injection sites (anchored at the site
 * nearest the plan's centroid, in the middle of the treated area) when the plan has any, then
 * the regions.
 */
export function sceneLabels(sites: readonly Vec3[], text: Strings): SceneLabel[] {
  const labels: SceneLabel[] = [];
  if (sites.length) labels.push({ id: 'sites', point: centralSite(sites), text: text.labelSites });
  for (const region of REGION_LABELS) labels.push({ id: region.id, point: STRUCTURES[region.id], text: text[region.key] });
  return labels;
}

/** The site nearest the centroid of all sites. */
export function centralSite(sites: readonly Vec3[]): Vec3 {
  const mean = [0, 1, 2].map((k) => sites.reduce((sum, p) => sum + p[k]!, 0) / sites.length);
  let anchor = sites[0]!;
  let best = Infinity;
  for (const p of sites) {
    const d = (p[0] - mean[0]!) ** 2 + (p[1] - mean[1]!) ** 2 + (p[2] - mean[2]!) ** 2;
    if (d < best) [best, anchor] = [d, p];
  }
  return anchor;
}

/** A label's box on screen, CSS pixels; null when its anchor is hidden or out of view. */
export interface LabelBox {
  id: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * The labels to show: in the given (priority) order, each one whose box does not come within
 * `gap` pixels of a label already shown or of an `occupied` box (the buttons and legend over the
 * picture). Overlapping labels are unreadable, and a hidden label comes back as soon as the view
 * turns to give it room.
 */
export function uncluttered(boxes: readonly (LabelBox | null)[], occupied: readonly LabelBox[] = [], gap = 4): Set<string> {
  const shown: LabelBox[] = [...occupied];
  for (const box of boxes) {
    if (!box) continue;
    const clear = shown.every(
      (s) => box.left >= s.right + gap || box.right + gap <= s.left || box.top >= s.bottom + gap || box.bottom + gap <= s.top,
    );
    if (clear) shown.push(box);
  }
  return new Set(shown.slice(occupied.length).map((b) => b.id));
}
