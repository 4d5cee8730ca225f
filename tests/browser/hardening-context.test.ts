// Issue 7.3: a lost GPU context. The element shows a notice while the shared WebGL context is
// lost, and when it is restored comes back by itself at the same day and camera view, with the
// same picture. The loss is real: WEBGL_lose_context on the page's one shared context.
import { expect } from '@esm-bundle/chai';
import '../../src/index.ts';
import type { ScalpViewer } from '../../src/element/ScalpViewer.ts';
import { $scene } from '../../src/element/ScalpViewer.ts';
import { SharedRenderer, sharedRendererStats } from '../../src/render/SharedRenderer.ts';
import { strings } from '../../src/element/strings.ts';
import { made, createViewer, once, ready, wait } from './viewer-fixture.ts';

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

afterEach(async () => {
  // A failed test must not leave the page's context lost for the next one.
  const shared = SharedRenderer.current;
  if (shared?.contextLost) {
    const canvas = shared.renderer.domElement;
    const restored = once(canvas, 'webglcontextrestored', 10_000);
    shared.renderer.getContext().getExtension('WEBGL_lose_context')?.restoreContext();
    await restored.catch(() => undefined);
  }
  for (const el of made.splice(0)) el.remove();
});

/** The element's visible canvas pixels as they are now (no extra render). */
function shownPixels(el: ScalpViewer): Uint8ClampedArray {
  const canvas = el.shadowRoot!.querySelector('canvas')!;
  return canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
}

/** Share of pixels whose colour differs by more than `tolerance` in any channel. */
function differingShare(a: Uint8ClampedArray, b: Uint8ClampedArray, tolerance = 3): number {
  expect(a.length).to.equal(b.length);
  let n = 0;
  for (let i = 0; i < a.length; i += 4) {
    if (
      Math.abs(a[i] - b[i]) > tolerance ||
      Math.abs(a[i + 1] - b[i + 1]) > tolerance ||
      Math.abs(a[i + 2] - b[i + 2]) > tolerance ||
      Math.abs(a[i + 3] - b[i + 3]) > tolerance
    )
      n++;
  }
  return n / (a.length / 4);
}

/** Distinct colours: a blank or one-colour canvas has very few. */
function colours(data: Uint8ClampedArray): number {
  const set = new Set<number>();
  for (let i = 0; i < data.length; i += 4) set.add((data[i] << 24) | (data[i + 1] << 16) | (data[i + 2] << 8) | data[i + 3]);
  return set.size;
}

function notice(el: ScalpViewer): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>('.interrupted');
}

describe('<scalp-viewer> hardening: lost GPU context', () => {
  it('shows a notice while the context is lost and restores the same day, view and picture by itself', async () => {
    const el = await ready(createViewer({ 'density-scale': '0.05' }));
    const scene = el[$scene]!;
    // A day with growth and overlays, and a camera moved off its home view: both must survive.
    el.seek(120);
    await el.updateComplete;
    const rig = scene.cameraRig;
    rig.camera.position.applyAxisAngle(rig.camera.up, 0.35);
    rig.controls.update();
    rig.update(performance.now());
    scene.invalidate();
    // Let the camera's damping settle and the scene draw at full resolution by itself.
    for (let i = 0; i < 60 && rig.active; i++) {
      rig.update(performance.now());
      await frame();
    }
    el.renderNow();
    const before = shownPixels(el);
    expect(colours(before), 'a picture before the loss').to.be.greaterThan(50);
    const cameraBefore = rig.camera.position.clone();
    const programsBefore = scene.gpuResources.programs;

    const shared = SharedRenderer.current!;
    const gl = shared.renderer.getContext();
    const ext = gl.getExtension('WEBGL_lose_context')!;
    expect(ext, 'WEBGL_lose_context').to.not.equal(null);
    const canvas = gl.canvas as HTMLCanvasElement;
    const lostCount = sharedRendererStats.lost;

    const lost = once(canvas, 'webglcontextlost', 10_000);
    ext.loseContext();
    const lostEvent = await lost;
    // SharedRenderer must allow the restore (and three does too).
    expect(lostEvent.defaultPrevented, 'contextlost default prevented').to.equal(true);
    expect(sharedRendererStats.lost).to.equal(lostCount + 1);
    await el.updateComplete;
    const shown = notice(el);
    expect(shown, 'a notice while the context is lost').to.not.equal(null);
    expect(shown!.textContent!.trim()).to.equal(strings.contextLost);
    expect(shown!.checkVisibility()).to.equal(true);
    expect(shown!.getAttribute('role')).to.equal('status');
    // While lost the canvas keeps its last picture (never a blank box), even when asked to draw.
    el.renderNow();
    await frame();
    expect(differingShare(shownPixels(el), before)).to.equal(0);

    // Restore, and count the frames the scene draws without being asked.
    let drawn = 0;
    const onrender = scene.onrender;
    scene.onrender = (info) => {
      drawn++;
      onrender?.(info);
    };
    const restored = once(canvas, 'webglcontextrestored', 10_000);
    ext.restoreContext();
    await restored;
    const deadline = performance.now() + 20_000;
    while ((drawn === 0 || notice(el)) && performance.now() < deadline) {
      await frame();
      await el.updateComplete;
    }
    expect(drawn, 'frames drawn by itself after the restore').to.be.greaterThan(0);
    expect(notice(el), 'the notice is gone').to.equal(null);
    expect(el.time).to.equal(120);
    expect(rig.camera.position.distanceTo(cameraBefore)).to.be.lessThan(1e-6);
    // Same picture as before the loss: every buffer, texture and program was rebuilt.
    // (Tolerance: 3 levels per channel on at most 0.5 % of the pixels; SwiftShader is deterministic.)
    const after = shownPixels(el);
    const share = differingShare(after, before);
    console.log(`context restore: ${(share * 100).toFixed(3)} % of pixels differ from before the loss`);
    expect(share).to.be.lessThan(0.005);
    expect(scene.gpuResources.programs, 'programs compiled again').to.equal(programsBefore);

    // And the view still answers after the restore.
    el.seek(300);
    await el.updateComplete;
    el.renderNow();
    expect(differingShare(shownPixels(el), before)).to.be.greaterThan(0.001);
  });

  it('a viewer added while the context is lost shows the notice, then draws once it is back', async () => {
    const keeper = await ready(createViewer());
    const gl = SharedRenderer.current!.renderer.getContext();
    const ext = gl.getExtension('WEBGL_lose_context')!;
    const canvas = gl.canvas as HTMLCanvasElement;
    const lost = once(canvas, 'webglcontextlost', 10_000);
    ext.loseContext();
    await lost;
    const late = createViewer({ product: 'prp' });
    // Its scene starts once its simulation Worker runs (a few hundred ms at most).
    const deadline = performance.now() + 3000;
    while (notice(late) === null && performance.now() < deadline) {
      await wait(50);
      await late.updateComplete;
    }
    expect(notice(late), 'the newcomer knows the context is lost').to.not.equal(null);
    expect(notice(keeper)).to.not.equal(null);
    const restored = once(canvas, 'webglcontextrestored', 10_000);
    ext.restoreContext();
    await restored;
    await ready(late);
    await late.updateComplete;
    expect(notice(late)).to.equal(null);
    expect(notice(keeper)).to.equal(null);
    late.renderNow();
    expect(colours(shownPixels(late))).to.be.greaterThan(50);
  });
});
