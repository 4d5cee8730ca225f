// axe over the teaching parts: compare panes and divider, notes, cutaway, plan panel.
import { expect } from '@esm-bundle/chai';
import '../../src/index.ts';
import { made } from './viewer-fixture.ts';
import { frames, teachingViewer, until } from './teaching-fixture.ts';

interface AxeResults {
  violations: { id: string; impact: string; help: string; nodes: { target: unknown }[] }[];
}
const axe = () => (window as unknown as { axe: { run: (c: Element, o: unknown) => Promise<AxeResults> } }).axe;
await new Promise<void>((resolve, reject) => {
  const script = document.createElement('script');
  script.src = '/node_modules/axe-core/axe.min.js';
  script.onload = () => resolve();
  script.onerror = () => reject(new Error('axe-core could not be loaded'));
  document.head.append(script);
});
const WCAG_AA = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } };

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
      const results = await axe().run(el, WCAG_AA);
      for (const v of results.violations) found.push(`[${mode}] ${v.id}: ${v.help} ${JSON.stringify(v.nodes.map((n) => n.target))}`);
    }
    expect(found, found.join('\n')).to.deep.equal([]);
  });
});
