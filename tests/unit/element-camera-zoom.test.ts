// The user's zoom reaches a true close-up: the limit is measured from the skin the camera
// looks at, not from the head's bounding sphere (which kept the camera ~40 mm off the crown).
import { describe, expect, it } from 'vitest';
import { MathUtils, Sphere, Vector3 } from 'three';
import { CameraRig, MIN_SKIN_CLEARANCE_MM } from '../../src/render/CameraRig.ts';
import { buildHeadMesh, skinRadius } from '../../src/model/index.ts';

/** Enough of a DOM element for OrbitControls to attach to in Node. */
function fakeElement(): HTMLElement {
  const el = {
    style: {},
    addEventListener() {},
    removeEventListener() {},
    getRootNode() {
      return el;
    },
    ownerDocument: { addEventListener() {}, removeEventListener() {} },
  };
  return el as unknown as HTMLElement;
}

function rigOnHead(): CameraRig {
  const head = buildHeadMesh(3);
  const points: Vector3[] = [];
  for (let i = 0; i < head.positions.length; i += 3) points.push(new Vector3(head.positions[i], head.positions[i + 1], head.positions[i + 2]));
  const rig = new CameraRig(fakeElement(), () => undefined);
  rig.setBounds(new Sphere().setFromPoints(points));
  return rig;
}

/** Height of the camera above the skin under it, mm. */
function clearance(rig: CameraRig): number {
  const p = rig.camera.position;
  const r = p.length();
  return r - skinRadius(p.x / r, p.y / r, p.z / r);
}

/** Height of the scalp framed at that clearance, mm (the camera's vertical field of view). */
const framed = (rig: CameraRig, mm: number) => 2 * mm * Math.tan(MathUtils.degToRad(rig.camera.fov) / 2);

describe('camera zoom limit', () => {
  it('zoom buttons reach a close-up of 12–15 mm of scalp over the crown, and stop there', () => {
    const rig = rigOnHead();
    for (let i = 0; i < 30; i++) rig.zoomBy(0.8, { animate: false });
    const gap = clearance(rig);
    expect(gap).toBeCloseTo(MIN_SKIN_CLEARANCE_MM, 0);
    expect(framed(rig, gap)).toBeGreaterThan(11);
    expect(framed(rig, gap)).toBeLessThan(15.5);
  });

  it('the wheel (OrbitControls dolly) stops at the same clearance, from any side', () => {
    for (const orbit of [{ theta: -158, phi: 39 }, { theta: 0, phi: 60 }, { theta: 90, phi: 80 }, { theta: 180, phi: 20 }]) {
      const rig = rigOnHead();
      rig.setOrbit({ ...orbit, radius: 1 });
      let now = 1000;
      for (let i = 0; i < 60; i++) {
        rig.controls.dollyIn(0.8); // as a wheel notch does: the distance times 0.95^n
        rig.controls.update();
        rig.update((now += 16));
      }
      expect(clearance(rig), `theta ${orbit.theta}`).toBeGreaterThan(MIN_SKIN_CLEARANCE_MM - 1);
      expect(clearance(rig), `theta ${orbit.theta}`).toBeLessThan(MIN_SKIN_CLEARANCE_MM + 3);
    }
  });

  it('never lets a page or a turn put the camera closer than the clearance', () => {
    const rig = rigOnHead();
    for (let theta = -180; theta <= 180; theta += 30) {
      for (const phi of [5, 45, 90, 135]) {
        rig.setOrbit({ theta, phi, radius: 0.0001 });
        expect(clearance(rig)).toBeGreaterThan(MIN_SKIN_CLEARANCE_MM - 0.5);
      }
    }
  });
});
