// Scratch page for the render layer (see render.html for the query parameters).
import { ScalpScene } from '../../src/render/index.ts';
import { fixtureModel } from '../../tests/browser/render-fixture.ts';

const q = new URLSearchParams(location.search);
const n = Number(q.get('n') ?? 20000);
const day = Number(q.get('day') ?? 0);
const info = document.getElementById('info')!;
const canvas = document.getElementById('c') as HTMLCanvasElement;

const t0 = performance.now();
const model = fixtureModel(n);
const t1 = performance.now();
const scene = new ScalpScene(canvas);
scene.setSize(1280, 720, 1);
scene.setOverlays({ signal: q.get('signal') === '1', vascular: q.get('vascular') === '1' });
if (q.get('tint') === '1') scene.setGrowthTint(1);
scene.setModel(model);
scene.setTime(day);
const view = q.get('view');
const rig = scene.cameraRig;
if (view === 'top' || view === 'close' || view === 'front') {
  const t = rig.controls.target;
  if (view === 'top') rig.camera.position.set(t.x, t.y + 330, t.z - 60);
  if (view === 'close') rig.camera.position.set(t.x + 20, t.y + 120, t.z - 70);
  if (view === 'front') rig.camera.position.set(t.x + 150, t.y + 40, t.z + 420);
  rig.controls.update();
}
const t2 = performance.now();
scene.onrender = ({ frameMs }) => {
  info.textContent = `n=${n} day=${day} model ${(t1 - t0).toFixed(0)} ms, setup ${(t2 - t1).toFixed(0)} ms, frame ${frameMs.toFixed(0)} ms`;
};
scene.renderNow();
