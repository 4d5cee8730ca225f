// The two ways a frame reaches a viewer's visible 2D canvas (SharedRenderer.copyMode): the
// readback copy used on software WebGL gives the same picture as drawImage of the WebGL canvas,
// hair over the transparent background included, at full size and while drawn below full scale.
import { expect } from '@esm-bundle/chai';
import { ScalpScene } from '../../src/render/index.ts';
import { SharedRenderer } from '../../src/render/SharedRenderer.ts';
import { ImageDataPool } from '../../src/render/readbackImage.ts';
import { applyPattern, buildHeadMesh, makeTreatmentPlan, placeFollicles, simulate } from '../../src/model/index.ts';

function makeScene(w: number, h: number): { scene: ScalpScene; canvas: HTMLCanvasElement } {
  const canvas = document.createElement('canvas');
  canvas.style.cssText = `width:${w}px;height:${h}px;display:block`;
  document.body.append(canvas);
  const scene = new ScalpScene(canvas);
  scene.setSize(w, h, 1);
  const field = placeFollicles({ seed: 3, densityScale: 0.3 });
  const plan = makeTreatmentPlan({});
  scene.setModel({ head: buildHeadMesh(), field, plan, result: simulate({ field, states: applyPattern(field, 'norwood-3', 1), plan, seed: 3 }) });
  scene.setTime(150);
  return { scene, canvas };
}

function picture(scene: ScalpScene, canvas: HTMLCanvasElement, mode: 'readback' | 'drawImage'): Uint8ClampedArray {
  SharedRenderer.current!.copyMode = mode;
  scene.renderNow();
  return canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
}

/** Pixel counts by alpha, and the largest channel difference among opaque and translucent pixels. */
function compare(a: Uint8ClampedArray, b: Uint8ClampedArray) {
  let opaque = 0, partial = 0, opaqueDiff = 0, partialDiff = 0;
  for (let i = 0; i < a.length; i += 4) {
    let d = 0;
    for (let c = 0; c < 4; c++) d = Math.max(d, Math.abs(a[i + c]! - b[i + c]!));
    if (a[i + 3] === 255) {
      opaque++;
      opaqueDiff = Math.max(opaqueDiff, d);
    } else if (a[i + 3]! > 0 || b[i + 3]! > 0) {
      partial++;
      partialDiff = Math.max(partialDiff, d);
    }
  }
  return { opaque, partial, opaqueDiff, partialDiff };
}

describe('SharedRenderer copy into the visible canvas', function () {
  this.timeout(60_000);
  let made: { scene: ScalpScene; canvas: HTMLCanvasElement } | null = null;
  afterEach(() => {
    made?.scene.dispose();
    made?.canvas.remove();
    made = null;
  });

  it('chooses the readback copy on software WebGL and drawImage on a GPU', () => {
    made = makeScene(64, 48);
    const shared = SharedRenderer.current!;
    expect(shared.copyMode).to.equal(shared.software ? 'readback' : 'drawImage');
  });

  it('gives the same picture both ways, hair against the background included', () => {
    made = makeScene(420, 300);
    // A side view puts strands across the silhouette, over the transparent background.
    made.scene.cameraRig.setOrbit({ theta: 90, phi: 80, radius: 1 });
    const viaDrawImage = picture(made.scene, made.canvas, 'drawImage');
    const viaReadback = picture(made.scene, made.canvas, 'readback');
    const { opaque, partial, opaqueDiff, partialDiff } = compare(viaDrawImage, viaReadback);
    expect(opaque, 'skin drawn').to.be.greaterThan(10_000);
    expect(partial, 'translucent strands over the background').to.be.greaterThan(50);
    expect(opaqueDiff, 'opaque pixels differ').to.equal(0);
    // Skia's own un-premultiply (getImageData after drawImage) rounds its own way.
    expect(partialDiff, 'translucent pixels differ by more than one level').to.be.at.most(1);
  });

  it('copies a frame drawn at a lowered size (dynamic resolution) the same way', () => {
    made = makeScene(300, 200);
    made.canvas.width = 150;
    made.canvas.height = 100;
    const viaDrawImage = picture(made.scene, made.canvas, 'drawImage');
    const viaReadback = picture(made.scene, made.canvas, 'readback');
    expect(viaReadback.length).to.equal(150 * 100 * 4);
    const { opaque, opaqueDiff, partialDiff } = compare(viaDrawImage, viaReadback);
    expect(opaque).to.be.greaterThan(2_000);
    expect(opaqueDiff).to.equal(0);
    expect(partialDiff).to.be.at.most(1);
  });

  it('keeps its frame buffers within a byte budget and reuses one per size', () => {
    const pool = new ImageDataPool(100 * 100 * 4 * 2);
    const a = pool.get(100, 100);
    expect(pool.get(100, 100)).to.equal(a);
    pool.get(100, 50);
    pool.get(100, 60); // over budget: the least recently used size (100x100) goes
    expect(pool.heldBytes).to.be.at.most(100 * 100 * 4 * 2);
    expect(pool.get(100, 100)).to.not.equal(a);
    // A picture bigger than the whole budget (a large snapshot) is not kept.
    const big = pool.get(300, 300);
    expect(big.width).to.equal(300);
    expect(pool.heldBytes).to.be.at.most(100 * 100 * 4 * 2);
    expect(pool.get(300, 300)).to.not.equal(big);
    pool.clear();
    expect(pool.size).to.equal(0);
    expect(pool.heldBytes).to.equal(0);
  });
});
