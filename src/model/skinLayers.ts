/**
 * The skin in section, for the cutaway: layer depths below the skin surface, the follicles' bulb
 * depths and the depth where injections go, in mm, each with its source in science.md.
 */

/** A layer of the scalp in section, from `topMm` to `bottomMm` below the surface. */
export interface SkinLayer {
  id: 'epidermis' | 'dermis' | 'subcutis';
  topMm: number;
  bottomMm: number;
}

/**
 * Epidermis ≈0.1 mm: not in science.md (it gives epidermis + dermis together); the textbook
 * scalp epidermis is ≈0.05–0.1 mm [D]. Epidermis + dermis 1.8 mm (§1.3 [V], Arch Plast Surg
 * 2025). Subcutis down to ≈5.5 mm: total soft tissue over bone ≈5–6 mm (§1.3 [S]), less the
 * thin galea below, which the section leaves out.
 */
export const SKIN_LAYERS: readonly SkinLayer[] = Object.freeze([
  { id: 'epidermis', topMm: 0, bottomMm: 0.1 },
  { id: 'dermis', topMm: 0.1, bottomMm: 1.8 },
  { id: 'subcutis', topMm: 1.8, bottomMm: 5.5 },
] as const);

/** Depth the section is drawn to, mm. */
export const SECTION_DEPTH_MM = 5.5;

/** Bulb of a terminal anagen follicle, in the subcutaneous fat (§1.3 [S]: default 4 mm, 2–5 mm). */
export const TERMINAL_BULB_DEPTH_MM = 4;

/** Bulb of a vellus or miniaturised follicle, upper–mid dermis (§1.3 [S]: default 1.5 mm). */
export const MINIATURISED_BULB_DEPTH_MM = 1.5;

/** Where the injections go: intradermal, 1.5–2.5 mm (§4, widget defaults [D]). */
export const INJECTION_DEPTH_MM = { from: 1.5, to: 2.5 } as const;
