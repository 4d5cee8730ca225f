import { expect } from '@esm-bundle/chai';
import '../../src/index.ts';
import type { ScalpViewer, ChapterChangeDetail } from '../../src/element/ScalpViewer.ts';
import { strings as english } from '../../src/element/strings.ts';
import { made, createViewer, ready, once, wait, captureWarnings } from './viewer-fixture.ts';

const shadow = <T extends Element = HTMLElement>(el: ScalpViewer, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector)!;
const marks = (el: ScalpViewer) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="chapter-mark"]')];

afterEach(() => {
  for (const el of made.splice(0)) el.remove();
});

describe('<scalp-viewer> chapters and captions', () => {
  it('marks each chapter on the scrubber at its day', async () => {
    const el = createViewer({}, { width: 720, height: 420 });
    await el.updateComplete;
    const slider = shadow(el, 'input[type="range"]').getBoundingClientRect();
    const found = marks(el);
    expect(found.map((m) => m.dataset.chapter)).to.deep.equal(el.chapters.map((c) => c.id));
    // The native thumb's centre runs from 8 px to the width minus 8 px.
    for (const [i, chapter] of el.chapters.entries()) {
      const box = found[i].getBoundingClientRect();
      const expected = slider.left + 8 + (slider.width - 16) * (chapter.start / 365);
      expect(box.left + box.width / 2, chapter.id).to.be.closeTo(expected, 2.5);
    }
    expect(found[0].getAttribute('title')).to.equal(english.chapterInjection);
  });

  it('the caption shows the current chapter\'s title and text, and follows seeks', async () => {
    const el = createViewer();
    await el.updateComplete;
    const caption = () => shadow(el, '[part="caption"]').textContent!.replace(/\s+/g, ' ').trim();
    expect(caption()).to.equal(`${english.chapterInjection} ${english.captionInjection}`);
    el.chapter = 'vascular';
    await el.updateComplete;
    expect(el.time).to.equal(14);
    expect(caption()).to.equal(`${english.chapterVascular} ${english.captionVascular}`);
    el.seek('peak');
    await el.updateComplete;
    expect(caption()).to.contain(english.chapterPeak);
    expect(shadow(el, '.mark.current').dataset.chapter).to.equal('peak');
  });

  it('a page can slot its own caption', async () => {
    const el = createViewer();
    const mine = document.createElement('p');
    mine.slot = 'caption';
    mine.textContent = 'Our narration';
    el.append(mine);
    await el.updateComplete;
    const slot = shadow<HTMLSlotElement>(el, 'slot[name="caption"]');
    expect(slot.assignedElements()).to.deep.equal([mine]);
  });

  it('chapterchange fires when playback crosses into the next chapter', async () => {
    const el = await ready(createViewer({ speed: '40' }));
    const seekedInto = once<CustomEvent<ChapterChangeDetail>>(el, 'chapterchange');
    el.seek(10);
    expect((await seekedInto).detail.chapter).to.equal('signal'); // a seek changes chapter too
    const change = once<CustomEvent<ChapterChangeDetail>>(el, 'chapterchange', 20_000);
    el.play();
    const { detail } = await change;
    el.pause();
    expect(detail).to.deep.equal({ chapter: 'vascular', index: 2, title: english.chapterVascular, previous: 'signal' });
    expect(el.time).to.be.at.least(14);
  });

  it('the chapters property replaces the list (marks, caption, seek ids); null restores the default', async () => {
    const el = createViewer();
    el.chapters = [
      { id: 'before', start: 0, title: 'Before', caption: 'The scalp before treatment.' },
      { id: 'after', start: 180, title: 'After', caption: 'Six months on.', view: { theta: 0, phi: 40, radius: 1 } },
    ];
    await el.updateComplete;
    expect(marks(el).map((m) => m.dataset.chapter)).to.deep.equal(['before', 'after']);
    el.seek('after');
    await el.updateComplete;
    expect(el.time).to.equal(180);
    expect(el.chapter).to.equal('after');
    expect(shadow(el, '[part="caption"]').textContent).to.contain('Six months on.');
    expect(shadow(el, 'input[type="range"]').getAttribute('aria-valuetext')).to.equal('Week 25 of 52 — After');
    const warnings = captureWarnings();
    try {
      el.chapters = [{ id: 'dup', start: 0, title: 'A', caption: '' }, { id: 'dup', start: 1, title: 'B', caption: '' }];
    } finally {
      warnings.restore();
    }
    expect(warnings.messages[0]).to.match(/chapters.*used twice/);
    expect(el.chapters.map((c) => c.id)).to.deep.equal(['before', 'after']);
    el.chapters = null;
    await el.updateComplete;
    expect(marks(el).length).to.equal(7);
  });

  it('a shorter timeline shows only the chapters that start on it', async () => {
    const el = await ready(createViewer({ duration: '60' }));
    await el.updateComplete;
    expect(marks(el).map((m) => m.dataset.chapter)).to.deep.equal(['injection', 'signal', 'vascular', 'below-skin']);
  });

  it('dragging the slider while playing holds playback; releasing resumes it', async () => {
    const el = await ready(createViewer({ speed: '20' }));
    const slider = shadow<HTMLInputElement>(el, 'input[type="range"]');
    el.play();
    await wait(300);
    slider.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    slider.value = '100';
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    expect(el.time).to.equal(100);
    await wait(400);
    expect(el.time).to.equal(100); // held while the pointer is down
    expect(el.paused).to.equal(false); // still meant to play: it is a hold, not a pause
    slider.dispatchEvent(new PointerEvent('pointerup', { bubbles: true }));
    await wait(400);
    expect(el.time).to.be.greaterThan(100);
    el.pause();
  });
});
