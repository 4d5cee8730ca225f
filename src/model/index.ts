/**
 * The model layer of scalp-viewer (docs/dev/CONTRACTS.md): pure TypeScript, no DOM, no three,
 * no gsap. Runs in Node, a browser or a Worker.
 */
export { Region, REGION_NAMES, REGION_COUNT, FollicleState, Phase } from './types.ts';
export type {
  Vec3, HeadMeshData, FollicleField, PatternName, Product, TreatmentArea, TreatmentPlan,
  DailySeries, SimulationResult,
} from './types.ts';
export { buildHeadMesh } from './headMesh.ts';
export { placeFollicles } from './placement.ts';
export { applyPattern } from './pattern.ts';
export { PATTERN_NAMES, PRODUCT_NAMES, TREATMENT_AREAS, RESPONSIVENESS_LEVELS } from './vocabulary.ts';
export {
  makeTreatmentPlan, gridSites, inTreatmentArea, defaultSessions, CROWN_RADIUS_MM, MIN_SPACING_MM,
} from './treatmentPlan.ts';
export { simulate } from './simulate.ts';
export type { SimulationInput } from './simulate.ts';
export { EVENT_SLOTS, NO_EVENT, encodeEvent, decodeEvent } from './events.ts';
export { SIGNAL_SIGMA_MM, signalFootprint, signalTimeCourse, daysSinceLastSession } from './signal.ts';
export { GROWTH_MM_PER_DAY, EMERGE_DAYS, C_DETECT, TERMINAL_CALIBRE, PRODUCTS, RESPONSIVENESS_MEDIAN } from './parameters.ts';
export { skinRadius, projectToSkin, skinNormal } from './headShape.ts';
export { scalpWeight, regionAt, hairlineDistanceMm, WHORL } from './scalpMap.ts';
