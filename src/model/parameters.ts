/**
 * Every default parameter of the model, each with its source in /work/shared/science.md.
 * Tags follow science.md: [V] verified, [S] secondary, [C] commonly cited, [D] derived/assumed.
 */
import { FollicleState, Region } from './types.ts';
import type { Product } from './types.ts';

// ---------------------------------------------------------------- anatomy (§1)

/** Hair-bearing scalp area the hairline is tuned to, cm² (§1.1 [S], hair-transplant texts). */
export const TARGET_SCALP_AREA_CM2 = 500;

/**
 * Normal hair density per region, hairs/cm², indexed by Region (§1.2 model defaults:
 * frontal 210, mid-scalp 220, vertex 230 [V Loussouarn 2016], temporal 170 [V Rutnin 2022],
 * occipital 200).
 */
export const REGION_DENSITY_PER_CM2: Readonly<Record<Region, number>> = {
  [Region.FRONTAL]: 210,
  [Region.MID_SCALP]: 220,
  [Region.VERTEX]: 230,
  [Region.TEMPORAL]: 170,
  [Region.OCCIPITAL]: 200,
};

/**
 * Follicular units per cm² (§1.1 [S]: default 80, range 60–100). With the §1.2 densities this
 * means ≈2.6 hairs per unit (§1.1 range 1.5–3.0), so the §1.1 mix is tilted toward larger units.
 */
export const FU_PER_CM2 = 80;

/** Share of 1-, 2-, 3- and 4-hair follicular units (§1.1 [S], goodbyehairloss; Han 2004). */
export const HAIRS_PER_UNIT_MIX = [0.2, 0.45, 0.3, 0.05] as const;

/** Radius within which the hairs of one follicular unit emerge, mm (§1.1: a unit is one pore group; [D] 0.3–0.5 mm). */
export const UNIT_RADIUS_MM = 0.4;

/** Width of the hairline transition of the scalp weight, mm ([D] brief: a soft ~5 mm natural hairline). */
export const HAIRLINE_RAMP_MM = 5;

/** Crown whorl: ≈6 cm behind the bimeatal (ear-canal) line, 1 cm right of midline, clockwise (§1.4 [V] Park 2014, Schmidt 2008). */
export const WHORL_BEHIND_EAR_CANALS_MM = 60;
/** Whorl offset to the subject's right, mm (§1.4 [V] Schmidt 2008: right of midline in 70.8 %). */
export const WHORL_RIGHT_OFFSET_MM = 10;

/**
 * Exit angles of the shaft to the skin, degrees (§1.4 [S] hair-transplant practice texts):
 * frontal hairline 10–20°, temples 3–10°, mid-scalp 30° anteriorly rising to 60° posteriorly,
 * crown 60–90°, occipital low.
 */
export const EXIT_ANGLE_DEG = {
  hairline: 15,
  temple: 7,
  midAnterior: 30,
  midPosterior: 60,
  crown: 70,
  occipital: 20,
} as const;

/** Terminal / vellus thresholds, calibre units (1.0 ≈ 80 µm; §7.1: terminal > 0.75 ≈ 60 µm, vellus < 0.375 ≈ 30 µm [V Springer chapter]). */
export const TERMINAL_CALIBRE = 0.75;

// ---------------------------------------------------------------- hair cycle (§2, §7.3)

/** Cycle parameters of one follicle state (§2.4 and §7.3). */
export interface CycleParameters {
  /** Mean anagen, days. */
  tauA: number;
  /** Mean catagen, days. */
  tauC: number;
  /** Mean telogen, days. */
  tauT: number;
  /** Mean kenogen, days. */
  tauK: number;
  /** P(new anagen right after shedding). */
  pDirect: number;
  /** Calibre lost at each new anagen (miniaturisation). */
  deltaMini: number;
}

/** Catagen, days (§2.1 [S]: 1–3 weeks; §7.3 τ_C 14 d). */
export const TAU_CATAGEN = 14;
/** Telogen, days (§2.1 [S]: ≈3–4 months; §7.3 τ_T 90 d). */
export const TAU_TELOGEN = 90;

/** Normal follicles (§2.4 row 1 [D]; τ_A 1000 d §2.1 [S]; τ_K 120 d Rebora 2002 [V]). */
export const CYCLE_NORMAL: CycleParameters = {
  tauA: 1000, tauC: TAU_CATAGEN, tauT: TAU_TELOGEN, tauK: 120, pDirect: 0.85, deltaMini: 0,
};
/** AGA-affected, early/moderate (§2.4 row 2 [D]; τ_K 210 d ≈ 7 months, Rebora 2002 [V]). */
export const CYCLE_AFFECTED: CycleParameters = {
  tauA: 365, tauC: TAU_CATAGEN, tauT: TAU_TELOGEN, tauK: 210, pDirect: 0.4, deltaMini: 0.03,
};
/** Long-standing bald (§2.4 row 3 [D]). */
export const CYCLE_LONG_BALD: CycleParameters = {
  tauA: 180, tauC: TAU_CATAGEN, tauT: TAU_TELOGEN, tauK: 365, pDirect: 0.2, deltaMini: 0.05,
};

/** Cycle parameters per FollicleState (DESTROYED never cycles; ARRESTED cycles normally once it regrows). */
export function cycleFor(state: number): CycleParameters {
  if (state === FollicleState.AFFECTED) return CYCLE_AFFECTED;
  if (state === FollicleState.LONG_BALD) return CYCLE_LONG_BALD;
  return CYCLE_NORMAL;
}

/**
 * Mean time an alopecia-areata follicle stays arrested before regrowing on its own, days
 * (§3.3 [S] Alopecia UK: hair often returns within 6–12 months; [D] 270 d).
 */
export const AREATA_ARREST_DAYS = 270;

/** Viable share of AGA-affected follicles (§2.4, §7.3 [D]: 90 % early AGA). */
export const VIABLE_AFFECTED = 0.9;
/** Viable share of long-bald follicles (§2.4, §7.3 [D]: 10–50 %, no source; 50 % chosen). */
export const VIABLE_LONG_BALD = 0.5;

/**
 * Intrinsic calibre cSet at day 0 per state, as a two-part mixture: share of miniaturised
 * (vellus-like) follicles, their uniform range, and the terminal mean / spread.
 * §7.4 [D]: tuned so an AGA vertex shows ≈95 visible hairs/cm² at baseline; normal scalp
 * is terminal (§1.3 [V]: terminal 75 µm ≈ 0.94, T:V ≈ 15:1 [S] → ≈6 % vellus).
 */
export interface CalibreMix {
  /** Share of miniaturised follicles. */
  miniShare: number;
  /** Miniaturised cSet range (uniform). */
  miniMin: number;
  /** Upper end of the miniaturised range. */
  miniMax: number;
  /** Mean cSet of the others. */
  terminalMean: number;
  /** Standard deviation of the others' cSet. */
  terminalSd: number;
}
/** Calibre mixture of normal follicles (§1.3, T:V ≈ 15:1 [S] → 6 % vellus). */
export const CALIBRE_NORMAL: CalibreMix = { miniShare: 0.06, miniMin: 0.15, miniMax: 0.35, terminalMean: 0.94, terminalSd: 0.1 };
/**
 * Calibre mixture of AGA-affected follicles [D]: the miniaturised share sets the §7.4 baseline of
 * ≈95 visible hairs/cm² in an AGA vertex; their range, mostly below C_DETECT with a tail up to it,
 * sets how much of the response is thin hairs thickening past detection versus empty follicles
 * regrowing (§2.3: mostly the latter), tuned to the §7.4 time course. §2.1: T:V < 4:1 in AGA [C].
 */
export const CALIBRE_AFFECTED: CalibreMix = { miniShare: 0.38, miniMin: 0.05, miniMax: 0.27, terminalMean: 0.7, terminalSd: 0.14 };
/** Calibre mixture of long-bald follicles (§2.4 [D]: mostly miniaturised, shiny scalp). */
export const CALIBRE_LONG_BALD: CalibreMix = { miniShare: 0.85, miniMin: 0.05, miniMax: 0.2, terminalMean: 0.5, terminalSd: 0.12 };

/** Calibre mixture per FollicleState. */
export function calibreMixFor(state: number): CalibreMix {
  if (state === FollicleState.AFFECTED) return CALIBRE_AFFECTED;
  if (state === FollicleState.LONG_BALD) return CALIBRE_LONG_BALD;
  return CALIBRE_NORMAL;
}

/** Lowest intrinsic calibre (§7.1: cSet ∈ [0.05, 1]). */
export const CALIBRE_MIN = 0.05;
/** Highest intrinsic calibre (§7.1: cSet ∈ [0.05, 1]). */
export const CALIBRE_MAX = 1;

// ---------------------------------------------------------------- growth and visibility (§2.2, §7.3)

/** Shaft elongation, mm/day (§2.2 [V] Loussouarn: ≈0.35 mm/day ≈ 1 cm/month). */
export const GROWTH_MM_PER_DAY = 0.35;
/** Days from anagen onset to a visible shaft (§2.2 / §7.3 [D]: 4 mm depth ÷ 0.35 mm/day + early anagen). */
export const EMERGE_DAYS = 25;
/** Smallest calibre counted as a hair by trichoscopy (§7.3 [D]: 0.3 ≈ 24 µm). */
export const C_DETECT = 0.3;

// ---------------------------------------------------------------- signal and response (§5, §7.3)

/** Gaussian spatial spread of one bolus, mm (§5 / §7.3 [D] from the Mantoux wheal 6–10 mm [V]). */
export const SIGNAL_SIGMA_MM = 4;
/** Footprint cut-off: beyond 3σ a site contributes nothing (§7.5: spatial hash covering 3σ = 12 mm). */
export const SIGNAL_CUTOFF_MM = 3 * SIGNAL_SIGMA_MM;
/** Saturation constant K_s (§7.3 [D]). */
export const K_S = 0.5;
/** Exposure memory, days (§7.2: E ← E·e^(−1/60) + s [D]). */
export const EXPOSURE_MEMORY_DAYS = 60;
/** Activation gain of the signal α_S (§7.3 [D], calibrated §7.4). */
export const ALPHA_S = 4.0;
/** Anagen-prolongation gain of the signal β_S (§7.3 [D], calibrated §7.4). */
export const BETA_S = 1.0;
/** Vascular build-up rate k_V, per day (§7.3 [D]; angiogenesis days 3–7, Zhao 2010 [V]). */
export const K_V = 0.02;
/** Vascular decay τ_V, days (§5 / §7.3 [D]). */
export const TAU_V = 45;
/** Vascular boost cap V_max (§5 / §7.3 [D]; illustrative). */
export const V_MAX = 0.3;
/** Vascular activation gain α_V (§7.3 [D]; VEGF → follicle size in mice, Yano 2001 [V]). */
export const ALPHA_V = 3.0;
/** Vascular anagen-prolongation gain β_V (§7.3 [D]). */
export const BETA_V = 2.0;
/** Telogen-exit boost cap (§7.4 note: cap = 1 suppresses the artefactual month-1 dip). */
export const TELOGEN_EXIT_BOOST_CAP = 1;
/** Cap on P(direct new anagen at shedding) (§7.2: min(0.95, p_direct·B)). */
export const P_DIRECT_CAP = 0.95;
/** Thickening gain of the exposure γ_S (§7.3 [D]). */
export const GAMMA_S = 0.08;
/** Thickening gain of the vascular boost γ_V (§7.3 [D]). */
export const GAMMA_V = 0.2;
/** Exposure at full thickening E0, signal-days (§7.3 [D]). */
export const E0 = 10;
/** Calibre relaxation time τ_cal, days (§7.3 [D]). */
export const TAU_CAL = 60;

/** Spread of the per-follicle responsiveness r, σ of ln r (§7.3 [D]; ≈10 % PRP non-response [V]). */
export const RESPONSIVENESS_SIGMA_LN = 0.6;
/** Median responsiveness for the band non-responder / typical / best case (§7.5 [D]: 0.3 / 1 / 1.8). */
export const RESPONSIVENESS_MEDIAN = { low: 0.3, typical: 1, high: 1.8 } as const;

/** Product constants: amplitude A and signal decay τ_S. */
export interface ProductParameters {
  /** Amplitude A of a bolus. */
  amplitude: number;
  /** Signal decay τ_S, days. */
  tauS: number;
}
/**
 * Per product (§5 defaults [D]: τ_S 5 d acellular, 14 d cells, 3 d PRP; §7.3: amplitude 1.0 for
 * the product, 0.3 for a saline/needle sham [D from microneedling alone +10.8 hairs/cm² V]).
 * The sham's τ_S is that of the acellular products, whose procedure it imitates ([D]).
 */
export const PRODUCTS: Readonly<Record<Product, ProductParameters>> = {
  cells: { amplitude: 1, tauS: 14 },
  'conditioned-medium': { amplitude: 1, tauS: 5 },
  exosomes: { amplitude: 1, tauS: 5 },
  prp: { amplitude: 1, tauS: 3 },
  sham: { amplitude: 0.3, tauS: 5 },
  none: { amplitude: 0, tauS: 5 },
};

// ---------------------------------------------------------------- treatment plan (§4.3)

/** Grid spacing between injection sites, mm (§4.3 [V/S]: ≈1 cm apart, ADSC-CM RCT, PRP protocols). */
export const DEFAULT_SPACING_MM = 10;
/** Acellular sessions: 3 sessions every 4 weeks (§4.3 defaults [D]). */
export const DEFAULT_SESSIONS_ACELLULAR = [0, 28, 56] as const;
/** Cell products: 1 session (§4.3 defaults [D]). */
export const DEFAULT_SESSIONS_CELLS = [0] as const;
/** Treated crown area, cm² (§4.3: "a 40 cm² crown"; STYLE trial 40 cm² treated [V]). */
export const CROWN_AREA_CM2 = 40;

// ---------------------------------------------------------------- simulation

/** Default horizon, days: one year, the span of the durability data (§4.4 STYLE wk 52). */
export const DEFAULT_HORIZON_DAYS = 365;
