import { describe, it, expect } from 'vitest';
import { PerspectiveCamera, Vector3 } from 'three';
import { STRUCTURES, STRUCTURE_NAMES, structurePoint } from '../../src/model/landmarks.ts';
import { SKIN_LAYERS, TERMINAL_BULB_DEPTH_MM, INJECTION_DEPTH_MM } from '../../src/model/skinLayers.ts';
import { scalpWeight, regionAt, Region, skinRadius } from '../../src/model/index.ts';
import { pickSkin, raySkinDistance } from '../../src/render/ScalpPicker.ts';
import { projectAnchor } from '../../src/render/AnchorProjector.ts';

function cameraAt(position: [number, number, number]): PerspectiveCamera {
  const camera = new PerspectiveCamera(32, 1.5, 2, 4000);
  camera.position.set(...position);
  camera.lookAt(0, 20, 0);
  camera.updateMatrixWorld();
  camera.updateProjectionMatrix();
  return camera;
}

describe('named scalp structures', () => {
  it('lie on the skin, on hair-bearing scalp, in the regions they are named after', () => {
    for (const name of STRUCTURE_NAMES) {
      const [x, y, z] = STRUCTURES[name];
      const r = Math.hypot(x, y, z);
      expect(Math.abs(r - skinRadius(x / r, y / r, z / r))).toBeLessThan(0.01);
      expect(scalpWeight(x, y, z), name).toBeGreaterThan(0.5);
    }
    expect(regionAt(...STRUCTURES.crown)).toBe(Region.VERTEX);
    expect(regionAt(...STRUCTURES.occipital)).toBe(Region.OCCIPITAL);
    expect(regionAt(...STRUCTURES['temporal-left'])).toBe(Region.TEMPORAL);
    expect(regionAt(...STRUCTURES.hairline)).toBe(Region.FRONTAL);
  });

  it('puts the subject\'s left temple at +x (head frame) and the hairline at the front', () => {
    expect(STRUCTURES['temporal-left'][0]).toBeGreaterThan(0);
    expect(STRUCTURES['temporal-right'][0]).toBeLessThan(0);
    expect(STRUCTURES.hairline[2]).toBeGreaterThan(50);
    expect(structurePoint(' Crown ')).toEqual(STRUCTURES.crown);
    expect(structurePoint('elbow')).toBeUndefined();
  });
});

describe('skin section', () => {
  it('stacks the layers without gaps and puts bulbs in the fat and injections in the dermis', () => {
    for (let i = 1; i < SKIN_LAYERS.length; i++) expect(SKIN_LAYERS[i]!.topMm).toBe(SKIN_LAYERS[i - 1]!.bottomMm);
    const subcutis = SKIN_LAYERS.find((l) => l.id === 'subcutis')!;
    expect(TERMINAL_BULB_DEPTH_MM).toBeGreaterThan(subcutis.topMm);
    expect(INJECTION_DEPTH_MM.from).toBeLessThan(subcutis.topMm);
  });
});

describe('scalp picking and anchors', () => {
  it('a ray through the head centre meets the skin where skinRadius says', () => {
    const d = raySkinDistance(new Vector3(0, 400, 0), new Vector3(0, -1, 0))!;
    expect(400 - d).toBeCloseTo(skinRadius(0, 1, 0), 1);
    expect(raySkinDistance(new Vector3(0, 400, 0), new Vector3(0, 1, 0))).toBeNull();
  });

  it('the centre of a view aimed at the head picks a skin point facing the camera', () => {
    const camera = cameraAt([0, 80, 500]);
    const hit = pickSkin(camera, 0, 0)!;
    expect(hit).not.toBeNull();
    expect(hit.point[2]).toBeGreaterThan(0);
    expect(hit.normal[2]).toBeGreaterThan(0);
    expect(pickSkin(camera, 0.99, 0.99)).toBeNull();
  });

  it('projects a picked point back to where it was picked', () => {
    const camera = cameraAt([200, 150, 400]);
    const hit = pickSkin(camera, 0.1, -0.05)!;
    const a = projectAnchor(camera, hit.point, 600, 400);
    expect(a.x).toBeCloseTo(((0.1 + 1) / 2) * 600, 0);
    expect(a.y).toBeCloseTo(((1 + 0.05) / 2) * 400, 0);
    expect(a.occluded).toBe(false);
    expect(a.inView).toBe(true);
  });

  it('the occiput is hidden from the front and seen from behind', () => {
    const front = projectAnchor(cameraAt([0, 60, 500]), STRUCTURES.occipital, 600, 400);
    expect(front.occluded).toBe(true);
    const back = projectAnchor(cameraAt([0, 60, -500]), STRUCTURES.occipital, 600, 400);
    expect(back.occluded).toBe(false);
    const hairline = projectAnchor(cameraAt([0, 60, 500]), STRUCTURES.hairline, 600, 400);
    expect(hairline.occluded).toBe(false);
  });
});
