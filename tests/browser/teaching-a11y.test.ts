// axe over the teaching parts: compare panes and divider, notes, cutaway, plan panel.
import { expect } from '@esm-bundle/chai';
import '../../src/index.ts';
import { made } from './viewer-fixture.ts';
import { frames, teachingViewer, until } from './teaching-fixture.ts';
import { wcagViolations } from './axe-wcag.ts';

describe('teaching parts accessibility (WCAG 2.2 AA)', function () {
  this.timeout(60_000);
  afterEach(() => made.splice(0).forEach((el) => el.remove()));

  it('axe finds nothing with every teaching part on, in each compare view', async () => {
    const el = await teachingViewer({ presenter: '', cutaway: '', editable: '', time: '90' }, { width: 900, height: 640 });
    const note = document.createElement('div');
    note.slot = 'annotation-crown';
    note.dataset.structure = 'crown';
    note.textContent = 'Crown';
    el.append(note);
    const found: string[] = [];
    for (const mode of ['before-after', 'sham', 'band']) {
      el.setAttribute('compare', mode);
      await until(() => el.shadowRoot!.querySelectorAll('canvas[data-pane]').length > 0, `${mode} panes`);
      await frames(3);
      for (const v of await wcagViolations(el)) found.push(`[${mode}] ${v}`);
    }
    expect(found, found.join('\n')).to.deep.equal([]);
  });
});
