// The render layer: three.js, no Lit, no gsap. Takes model output, draws it.
export { ScalpScene } from './ScalpScene.ts';
export type { ScalpModel, Overlays } from './ScalpScene.ts';
export { webglAvailable } from './webglAvailable.ts';
