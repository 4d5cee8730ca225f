import { Color, Vector3 } from 'three';

/**
 * The studio light shared by skin and hair: a warm key from the viewer's upper left, a cool
 * fill from the right, and a sky/ground hemisphere. Directions are in view space (toward the
 * light), so the head is always lit from the viewer's side wherever the camera orbits.
 * No environment map, nothing loaded from the network.
 */
export const studioLight = {
  keyDir: new Vector3(-0.45, 0.6, 0.66).normalize(),
  fillDir: new Vector3(0.75, 0.1, 0.45).normalize(),
  keyColor: new Color(1.0, 0.93, 0.85).multiplyScalar(0.95),
  fillColor: new Color(0.55, 0.62, 0.75).multiplyScalar(0.35),
  skyColor: new Color(0.28, 0.3, 0.34),
  groundColor: new Color(0.12, 0.09, 0.08),
} as const;
