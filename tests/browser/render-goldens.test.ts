// Golden screenshots of the scene at days 0, 90, 180 and 365 (home view, the whole follicle
// field at real density) and a close-up of the crown at day 180, compared with the baselines
// in tests/visual/baseline/ within a tolerance (web-test-runner.config.mjs). Fixed seed, size, camera
// and device pixel ratio; software WebGL is deterministic on one machine, the tolerance covers
// small driver differences. After a deliberate visual change: `npm run goldens`, then LOOK at
// every image in tests/visual/baseline/ before committing it.
import { expect } from '@esm-bundle/chai';
import { Vector3 } from 'three';
import { visualDiff } from '@web/test-runner-visual-regression';
import { ScalpScene } from '../../src/render/index.ts';
import type { ScalpModel } from '../../src/render/index.ts';
import { applyPattern, buildHeadMesh, makeTreatmentPlan, placeFollicles, simulate, WHORL } from '../../src/model/index.ts';

const W = 640;
const H = 400;
const models = new Map<string, ScalpModel>();

/** A pattern with the default plan (conditioned medium at the vertex), seed 1, every follicle. */
function theModel(pattern: 'norwood-4' | 'scarring' = 'norwood-4'): ScalpModel {
  const hit = models.get(pattern);
  if (hit) return hit;
  const head = buildHeadMesh();
  const field = placeFollicles({ seed: 1, densityScale: 1 });
  const states = applyPattern(field, pattern, 1);
  const plan = makeTreatmentPlan({});
  const made = { head, field, plan, result: simulate({ field, states, plan, seed: 1 }) };
  models.set(pattern, made);
  return made;
}

const frames = (n: number) =>
  new Promise<void>((resolve) => {
    const step = () => (--n <= 0 ? resolve() : requestAnimationFrame(step));
    requestAnimationFrame(step);
  });

let scene: ScalpScene | undefined;
let canvas: HTMLCanvasElement | undefined;

function makeScene(pattern: 'norwood-4' | 'scarring' = 'norwood-4'): ScalpScene {
  canvas = document.createElement('canvas');
  canvas.style.cssText = `width:${W}px;height:${H}px;display:block;background:#f2efe9`;
  document.body.style.margin = '0';
  document.body.append(canvas);
  scene = new ScalpScene(canvas);
  scene.setSize(W, H, 1);
  scene.setModel(theModel(pattern));
  scene.setOverlays({ signal: true, vascular: true });
  return scene;
}

/** Shows a day, lets the loop go quiet, draws at full quality, then compares. */
async function golden(s: ScalpScene, day: number, name: string): Promise<void> {
  s.setTime(day);
  await frames(3);
  s.renderNow();
  await visualDiff(canvas!, name);
}

describe('ScalpScene goldens', function () {
  this.timeout(180_000);

  afterEach(() => {
    scene?.dispose();
    canvas?.remove();
    scene = canvas = undefined;
  });

  it('home view at days 0, 90, 180 and 365', async () => {
    const s = makeScene();
    for (const day of [0, 90, 180, 365]) await golden(s, day, `home-day-${day}`);
  });

  it('scarring alopecia: smooth, shiny skin with no pores where follicles are destroyed', async () => {
    const s = makeScene('scarring');
    s.setOverlays({ signal: false, vascular: false });
    await golden(s, 180, 'scarring-day-180');
  });

  it('close-up of the crown at day 180 (ribbons, pores, club roots)', async () => {
    const s = makeScene();
    const rig = s.cameraRig;
    const whorl = new Vector3(...WHORL);
    // Looking down on the whorl from ~45 mm above the skin, a little from behind: closer than
    // the rig's zoom limit (which keeps the orbit target inside the head) allows a user.
    const target = whorl.clone().add(new Vector3(0, 0, 6));
    rig.controls.target.copy(target);
    rig.controls.minDistance = 10;
    rig.camera.position.copy(target).add(new Vector3(-5, 40, -20));
    rig.camera.lookAt(target);
    rig.controls.update();
    s.invalidate();
    const strands = (s as unknown as { strands: { detail: { lod: string } } }).strands;
    await golden(s, 180, 'crown-closeup-day-180');
    expect(strands.detail.lod, 'close-ups draw ribbons').to.equal('ribbons');
  });
});
