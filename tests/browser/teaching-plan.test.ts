import { expect } from '@esm-bundle/chai';
import { sendMouse } from '@web/test-runner-commands';
import '../../src/index.ts';
import { $scene } from '../../src/element/ScalpViewer.ts';
import type { ScalpViewer } from '../../src/element/ScalpViewer.ts';
import type { PlanChangeDetail } from '../../src/element/PlanEditor.ts';
import { STRUCTURES } from '../../src/model/landmarks.ts';
import { projectAnchor } from '../../src/render/AnchorProjector.ts';
import { made, once } from './viewer-fixture.ts';
import { frames, part, settled, teachingViewer } from './teaching-fixture.ts';

/** Clicks the page where a head-frame point shows on the main canvas. */
async function clickOn(el: ScalpViewer, point: [number, number, number]) {
  const canvas = part<HTMLCanvasElement>(el, 'canvas[part~="canvas"]');
  const box = canvas.getBoundingClientRect();
  const at = projectAnchor(el[$scene]!.cameraRig.camera, point, box.width, box.height);
  expect(at.occluded).to.equal(false);
  await sendMouse({ type: 'click', position: [Math.round(box.left + at.x), Math.round(box.top + at.y)] });
}

describe('plan editing', function () {
  this.timeout(60_000);
  afterEach(() => made.splice(0).forEach((el) => el.remove()));

  it('a click on the scalp adds a site, a second click removes it, and the day is kept', async () => {
    const el = await teachingViewer({ editable: '', time: '120' }, { width: 900, height: 640 });
    const gridSites = el.exportScenario().treatment.sites?.length ?? 0;
    expect(gridSites).to.equal(0); // the area's grid: no explicit sites yet
    // Face the forehead, far from the vertex grid.
    el[$scene]!.cameraRig.setOrbit({ theta: 0, phi: 45, radius: 1.1 });
    el.renderNow();
    await frames(2);

    const added = once<CustomEvent<PlanChangeDetail>>(el, 'planchange');
    await clickOn(el, STRUCTURES.frontal);
    const first = (await added).detail;
    const total = first.sites!.length;
    expect(total).to.be.greaterThan(1);
    const newest = first.sites![total - 1]!;
    expect(Math.hypot(newest[0] - STRUCTURES.frontal[0], newest[1] - STRUCTURES.frontal[1], newest[2] - STRUCTURES.frontal[2])).to.be.lessThan(3);
    await settled(el);
    expect(el.time).to.equal(120);
    expect(el.exportScenario().treatment.sites).to.have.length(total);
    expect(part(el, '.plan-count').textContent).to.contain(String(total));

    const removed = once<CustomEvent<PlanChangeDetail>>(el, 'planchange');
    await clickOn(el, STRUCTURES.frontal);
    expect((await removed).detail.sites).to.have.length(total - 1);
    await settled(el);
    expect(el.time).to.equal(120);
  });

  it('the panel is keyboard operable: a button adds a site at the view centre; spacing re-grids', async () => {
    const el = await teachingViewer({ editable: '' });
    const button = part<HTMLButtonElement>(el, '[part~="plan-add"]');
    expect(button.getBoundingClientRect().height).to.be.at.least(44);
    const change = once<CustomEvent<PlanChangeDetail>>(el, 'planchange');
    button.click();
    expect((await change).detail.sites!.length).to.be.greaterThan(0);
    const select = el.shadowRoot!.querySelectorAll<HTMLSelectElement>('.plan select')[1]!;
    select.value = '15';
    const regrid = once<CustomEvent<PlanChangeDetail>>(el, 'planchange');
    select.dispatchEvent(new Event('change'));
    const detail = (await regrid).detail;
    expect(detail.sites).to.equal(null);
    expect(detail.spacingMm).to.equal(15);
    expect(el.spacing).to.equal(15);
  });
});
