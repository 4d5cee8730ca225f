import { expect } from '@esm-bundle/chai';
import '../../src/index.ts';
import { made } from './viewer-fixture.ts';
import { frames, part, teachingViewer } from './teaching-fixture.ts';
import { SKIN_LAYERS } from '../../src/model/skinLayers.ts';

describe('cutaway', function () {
  this.timeout(60_000);
  afterEach(() => made.splice(0).forEach((el) => el.remove()));

  it('draws the skin layers to scale, labelled, and points at the head', async () => {
    const el = await teachingViewer({ cutaway: '' }, { width: 800, height: 560 });
    el.renderNow();
    await frames(2);
    const figure = part<HTMLElement>(el, '.cutaway').getBoundingClientRect();
    expect(figure.width).to.be.greaterThan(150);
    expect(figure.height).to.be.greaterThan(150);
    const height = (id: string) => part<SVGRectElement>(el, `rect[data-layer="${id}"]`).getBoundingClientRect().height;
    const layer = (id: string) => SKIN_LAYERS.find((l) => l.id === id)!;
    const ratio = height('dermis') / height('subcutis');
    const expected = (layer('dermis').bottomMm - layer('dermis').topMm) / (layer('subcutis').bottomMm - layer('subcutis').topMm);
    expect(ratio).to.be.closeTo(expected, 0.02);
    expect(part(el, '.cutaway').textContent).to.match(/Dermis/).and.match(/Injection depth/);
    expect(part(el, '.cutaway svg').getAttribute('aria-label')).to.match(/to scale/);

    // The leader ends on the head: a drawn pixel of the 3D view.
    const leader = part<SVGSVGElement>(el, '.cutaway-leader');
    expect(leader.style.visibility).to.equal('visible');
    const canvas = part<HTMLCanvasElement>(el, 'canvas[part~="canvas"]');
    const scale = canvas.width / canvas.clientWidth;
    const x = Math.round(Number(leader.dataset.x) * scale), y = Math.round(Number(leader.dataset.y) * scale);
    const px = canvas.getContext('2d')!.getImageData(x, y, 1, 1).data;
    expect(px[3], 'alpha under the leader dot').to.be.greaterThan(200);

    el.cutaway = false;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.cutaway')).to.equal(null);
  });
});
