/**
 * Named places on the scalp that a page can anchor a note to (`data-structure="crown"`): the
 * words of science.md §1.2–§1.4 and §3, placed on the same skin and the same region seeds the
 * scalp map uses, so a note on "temporal-left" sits where the model's temporal region is.
 *
 * Head frame (CONTRACTS.md): +x subject's LEFT, +y up, +z nose.
 */
import { skinPointAt, skinPointAbove, EAR_CANAL_Z } from './headShape.ts';
import { WHORL } from './scalpMap.ts';
import type { Vec3 } from './types.ts';

/** The structures a note can name. */
export const STRUCTURE_NAMES = [
  'crown',
  'vertex',
  'hairline',
  'frontal',
  'mid-scalp',
  'temporal-left',
  'temporal-right',
  'occipital',
] as const;
export type StructureName = (typeof STRUCTURE_NAMES)[number];

// Elevation of the frontal hairline at the midline, degrees (scalpMap's HAIRLINE_EL[0] = 37):
// a note on "hairline" sits a few mm inside it, on hair-bearing skin.
const HAIRLINE_MIDLINE_EL_DEG = 39;

/** Skin point of each named structure, mm. */
export const STRUCTURES: Readonly<Record<StructureName, Vec3>> = Object.freeze({
  // The whorl, centre of the crown disc (§1.4).
  crown: WHORL,
  // The top of the head, straight above the ear canals (the anatomical vertex).
  vertex: skinPointAbove(0, EAR_CANAL_Z),
  hairline: skinPointAt(0, HAIRLINE_MIDLINE_EL_DEG),
  // The region seeds of scalpMap.ts (frontal, mid-scalp, temporal ±, occipital).
  frontal: skinPointAt(0, 50),
  'mid-scalp': skinPointAt(0, 82),
  // Positive azimuth turns toward +x, the subject's left.
  'temporal-left': skinPointAt(78, 18),
  'temporal-right': skinPointAt(-78, 18),
  occipital: skinPointAt(180, -10),
});

/** The skin point of a structure name, or undefined for a name not in {@link STRUCTURE_NAMES}. */
export function structurePoint(name: string): Vec3 | undefined {
  return (STRUCTURES as Record<string, Vec3>)[name.trim().toLowerCase()];
}
