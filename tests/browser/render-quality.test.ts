// Dynamic quality and level of detail in ScalpScene: frames drawn while the camera moves or
// the timeline plays are cheaper (lower render scale, a share of the strands), a resting view
// gets one full-quality frame with every follicle, a single seek is drawn at full quality, and
// the strand technique follows the pixel size of a hair (lines far, ribbons close).
import { expect } from '@esm-bundle/chai';
import { ScalpScene } from '../../src/render/index.ts';
import type { ScalpModel } from '../../src/render/index.ts';
import { applyPattern, buildHeadMesh, makeTreatmentPlan, placeFollicles, simulate } from '../../src/model/index.ts';

const W = 640;
const H = 400;
let model: ScalpModel | undefined;
function theModel(): ScalpModel {
  if (model) return model;
  const head = buildHeadMesh();
  const field = placeFollicles({ seed: 1, densityScale: 1 });
  const states = applyPattern(field, 'norwood-4', 1);
  const plan = makeTreatmentPlan({});
  model = { head, field, plan, result: simulate({ field, states, plan, seed: 1 }) };
  return model;
}

interface Inside {
  strands: { detail: { lod: string; fraction: number }; drawnStrands: number };
  canvas: HTMLCanvasElement;
}
interface Drawn { width: number; fraction: number; lod: string }

const frames = (n: number) =>
  new Promise<void>((resolve) => {
    const step = () => (--n <= 0 ? resolve() : requestAnimationFrame(step));
    requestAnimationFrame(step);
  });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let scene: ScalpScene | undefined;
function makeScene(): { s: ScalpScene; drawn: Drawn[] } {
  const canvas = document.createElement('canvas');
  canvas.style.cssText = `width:${W}px;height:${H}px;display:block`;
  document.body.append(canvas);
  const s = new ScalpScene(canvas);
  scene = s;
  s.setSize(W, H, 1);
  s.setModel(theModel());
  const drawn: Drawn[] = [];
  const inside = s as unknown as Inside;
  s.onrender = () => drawn.push({ width: inside.canvas.width, ...inside.strands.detail });
  return { s, drawn };
}

describe('ScalpScene dynamic quality and level of detail', function () {
  this.timeout(180_000);

  afterEach(() => {
    scene?.dispose();
    document.querySelectorAll('canvas').forEach((c) => c.remove());
    scene = undefined;
  });

  it('draws cheaper frames while orbiting, then one full frame with every follicle', async () => {
    const { s, drawn } = makeScene();
    s.renderNow(); // a resting frame: the policy's starting point
    await frames(3);
    drawn.length = 0;
    const { camera, controls } = s.cameraRig;
    const offset = camera.position.clone().sub(controls.target);
    for (let i = 0; i < 8; i++) {
      offset.applyAxisAngle(camera.up, 0.06);
      camera.position.copy(controls.target).add(offset);
      s.invalidate(); // as a drag's events do; the loop turn sees the camera moved
      await frames(1);
    }
    const moving = drawn.slice();
    // A snapshot taken mid-motion (as renderToCanvas does): the canvas at the picture's size for
    // one draw, then back to the size it had; the next frame is full size again, not stuck low.
    const canvas = (s as unknown as Inside).canvas;
    const shown = { width: canvas.width, height: canvas.height };
    canvas.width = 300;
    canvas.height = 200;
    s.renderNow();
    expect(drawn[drawn.length - 1].width, 'the snapshot is drawn at its own size').to.equal(300);
    canvas.width = shown.width;
    canvas.height = shown.height;
    s.renderNow();
    expect(drawn[drawn.length - 1].width, 'full size again after the snapshot').to.equal(W);
    await sleep(400);
    await frames(4);
    const settled = drawn[drawn.length - 1];
    console.log(`moving frames: ${moving.map((d) => `${d.width}px×${d.fraction}`).join(', ')}; resting: ${settled.width}px×${settled.fraction}`);
    expect(moving.length).to.be.greaterThan(2);
    expect(moving.some((d) => d.width < W && d.fraction < 1), 'some moving frame is cheaper').to.equal(true);
    expect(settled).to.deep.include({ width: W, fraction: 1 });
    expect((s as unknown as Inside).strands.drawnStrands).to.equal(theModel().field.count);
    const before = drawn.length;
    await frames(4);
    expect(drawn.length, 'nothing drawn at rest').to.equal(before);
  });

  it('draws a single seek at full quality, a stream of seeks (playing) cheaper, then settles', async () => {
    const { s, drawn } = makeScene();
    s.renderNow();
    await frames(3);
    drawn.length = 0;
    s.setTime(120);
    await frames(3);
    expect(drawn, 'one full-quality frame for one seek').to.have.length(1);
    expect(drawn[0]).to.deep.include({ width: W, fraction: 1 });
    drawn.length = 0;
    for (let i = 0; i < 8; i++) {
      s.setTime(121 + i);
      await frames(1);
    }
    const playing = drawn.slice();
    await sleep(400);
    await frames(3);
    expect(playing.slice(1).some((d) => d.fraction < 1), 'playing frames are cheaper').to.equal(true);
    expect(drawn[drawn.length - 1]).to.deep.include({ width: W, fraction: 1 });
  });

  it('draws lines for the whole head and ribbons close up', async () => {
    const { s, drawn } = makeScene();
    s.renderNow();
    expect(drawn[drawn.length - 1].lod, 'home view').to.equal('lines');
    const { camera, controls } = s.cameraRig;
    controls.minDistance = 10;
    const offset = camera.position.clone().sub(controls.target);
    // Toward the skin along the view: ~40 mm from it.
    const toSkin = offset.length() - 85;
    camera.position.copy(controls.target).add(offset.setLength(offset.length() - toSkin));
    controls.update();
    s.renderNow();
    expect(drawn[drawn.length - 1].lod, 'close-up').to.equal('ribbons');
  });

  it('draws only the patches of scalp in view: a close-up runs the shader for a few, the whole head for all', async () => {
    const { s } = makeScene();
    const info = (s as unknown as { shared: { renderer: { info: { render: { calls: number } } } } }).shared.renderer.info;
    const patches = (s as unknown as { strands: { clusters: unknown[] } }).strands.clusters.length;
    s.renderNow();
    const home = info.render.calls;
    s.cameraRig.setOrbit({ theta: -150, phi: 30, radius: 0.2 });
    s.renderNow();
    const close = info.render.calls;
    // The front view turns the back of the head away: its patches are not drawn.
    s.cameraRig.setOrbit({ theta: 0, phi: 85, radius: 1 });
    s.renderNow();
    const front = info.render.calls;
    console.log(`draw calls (skin, markers, strand patches of ${patches}): home ${home}, close-up ${close}, front ${front}`);
    expect(home, 'home view: every patch').to.be.at.least(patches * 0.9);
    expect(close, 'close-up').to.be.lessThan(patches * 0.5);
    expect(front, 'front view').to.be.lessThan(home * 0.8);
  });
});
