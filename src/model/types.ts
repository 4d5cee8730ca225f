/**
 * Shared types and enumerations of the model layer (docs/dev/CONTRACTS.md).
 * Pure data: no behaviour lives here.
 */

/** A point or vector in the head frame, millimetres, right-handed: +x subject's left, +y up, +z nose. */
export type Vec3 = [number, number, number];

/** Scalp regions of science.md §1.2. */
export const Region = { FRONTAL: 0, MID_SCALP: 1, VERTEX: 2, TEMPORAL: 3, OCCIPITAL: 4 } as const;
/** One of the {@link Region} codes. */
export type Region = (typeof Region)[keyof typeof Region];
/** Region names, indexed by {@link Region} code. */
export const REGION_NAMES = ['frontal', 'mid-scalp', 'vertex', 'temporal', 'occipital'] as const;
/** Number of scalp regions. */
export const REGION_COUNT = 5;

/** The head: a closed skin mesh, pure data (the renderer turns it into a BufferGeometry). */
export interface HeadMeshData {
  /** xyz per vertex, mm. */
  positions: Float32Array;
  /** Unit outward normal per vertex. */
  normals: Float32Array;
  /** Triangles, counter-clockwise seen from outside in a right-handed reading of the coordinates. */
  indices: Uint32Array;
  /** 0..1 per vertex: 1 = hair-bearing scalp, 0 = face/ears/neck; ~5 mm ramp at the hairline. */
  scalp: Float32Array;
  /** Region per vertex (meaningful where scalp > 0). */
  region: Uint8Array;
}

/** Every follicle of a scalp: positions, skin normals, shaft directions and regions. */
export interface FollicleField {
  /** Number of follicles; a follicle's index is its stable id. */
  count: number;
  /** xyz per follicle, on the skin, mm. */
  positions: Float32Array;
  /** Unit skin normal per follicle. */
  normals: Float32Array;
  /** Unit shaft direction per follicle (exit angle + azimuth, science.md §1.4). */
  directions: Float32Array;
  /** Region per follicle. */
  region: Uint8Array;
  /** Hair-bearing area of each region, cm² (index = Region). */
  regionAreaCm2: Float64Array;
  /** Hair-bearing area of the whole scalp, cm². */
  scalpAreaCm2: number;
}

/** Per-follicle condition produced by a hair-loss pattern. */
export const FollicleState = {
  /** Normal cycling (science.md §2.4 first row). */
  NORMAL: 0,
  /** AGA-affected, early/moderate: short anagen, long kenogen, miniaturising (§2.4). */
  AFFECTED: 1,
  /** Long-standing bald, shiny: still shorter anagen, longer kenogen (§2.4). */
  LONG_BALD: 2,
  /** Not viable (scarred or lost): never changes, never responds (§3.4). */
  DESTROYED: 3,
  /**
   * Alopecia areata: a living follicle held in an immune-arrested empty phase; it regrows on its
   * own after months and does not respond to the signal (§3.3). Addition to CONTRACTS.md.
   */
  ARRESTED: 4,
} as const;
/** One of the {@link FollicleState} codes. */
export type FollicleState = (typeof FollicleState)[keyof typeof FollicleState];

/** Hair-loss patterns of science.md §3. */
export type PatternName =
  | 'none'
  | 'norwood-1'
  | 'norwood-2'
  | 'norwood-3'
  | 'norwood-3v'
  | 'norwood-4'
  | 'norwood-5'
  | 'norwood-6'
  | 'norwood-7'
  | 'ludwig-1'
  | 'ludwig-2'
  | 'ludwig-3'
  | 'areata'
  | 'scarring';

/** Injected product families (science.md §4.1) plus sham and no treatment. */
export type Product = 'cells' | 'conditioned-medium' | 'exosomes' | 'prp' | 'sham' | 'none';

/** Where the injection grid is laid out. */
export type TreatmentArea = 'frontal' | 'mid-scalp' | 'vertex' | 'temporal' | 'occipital' | 'whole';

/** A resolved treatment plan: product, sessions and injection sites on the skin. */
export interface TreatmentPlan {
  /** Injected product. */
  product: Product;
  /** Area the grid covers (informational when sites were given explicitly). */
  area: TreatmentArea;
  /** Distance between neighbouring sites, mm. */
  spacingMm: number;
  /** Session days, ascending, day 0 = first session. */
  sessions: number[];
  /** Injection points on the skin, mm. */
  sites: Vec3[];
}

/** Hair-cycle phases (science.md §2.1, §7.1). */
export const Phase = { ANAGEN: 0, CATAGEN: 1, TELOGEN: 2, KENOGEN: 3 } as const;
/** One of the {@link Phase} codes. */
export type Phase = (typeof Phase)[keyof typeof Phase];

/** Daily statistics over an area; index = day, length horizonDays + 1. */
export interface DailySeries {
  /** Visible hairs per cm² (science.md §7.2 visible-hair rule). */
  visiblePerCm2: Float32Array;
  /** % change of visible hairs versus day 0. */
  changePct: Float32Array;
  /** % of the area's follicles in anagen (destroyed ones count and never grow). */
  growingPct: Float32Array;
  /** Mean vascular boost over the area's follicles, % perfusion increase (illustrative, §5). */
  vascularBoostPct: Float32Array;
  /** Mean calibre of the visible hairs (1.0 ≈ 80 µm). */
  meanCalibre: Float32Array;
}

/** Output of {@link simulate}: per-follicle phase changes plus daily aggregates. */
export interface SimulationResult {
  /** Last simulated day. */
  horizonDays: number;
  /** count × EVENT_SLOTS encoded events; slot 0 = phase on day 0 with its start day (≤ 0). */
  events: Float32Array;
  /** count × 2: calibre at day 0 and at the horizon (1.0 ≈ 80 µm); < 0 ⇒ destroyed. */
  calibre: Float32Array;
  /** 1 where the follicle is in the treated area. */
  treatedMask: Uint8Array;
  /** Statistics over the treated area. */
  treated: DailySeries;
  /** Statistics per Region. */
  regions: DailySeries[];
  /** Hair-bearing area covered by the treated mask, cm² (addition to CONTRACTS.md). */
  treatedAreaCm2: number;
  /** Follicles whose phase changes did not all fit in EVENT_SLOTS (addition to CONTRACTS.md). */
  overflowCount: number;
}
