import { expect } from '@esm-bundle/chai';
import '../../src/index.ts';
import type { ScalpViewer } from '../../src/element/ScalpViewer.ts';
import { LANGUAGES, strings as english } from '../../src/element/strings.ts';
import { made, createViewer, ready, once } from './viewer-fixture.ts';

const holders: HTMLElement[] = [];
afterEach(() => {
  for (const el of made.splice(0)) el.remove();
  for (const h of holders.splice(0)) h.remove();
});

/** A viewer inside a block with `lang`, as a page section in another language would hold it. */
function viewerIn(lang: string, attributes: Record<string, string> = {}): ScalpViewer {
  const holder = document.createElement('section');
  holder.lang = lang;
  document.body.append(holder);
  holders.push(holder);
  const el = createViewer(attributes);
  holder.append(el);
  return el;
}

/** Everything the element shows or speaks: shadow text (live region included) and labels. */
function shownAndSpoken(el: ScalpViewer): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node instanceof Element) {
      if (node.tagName === 'STYLE') return;
      for (const name of ['aria-label', 'aria-valuetext', 'title', 'alt', 'aria-roledescription']) {
        const value = node.getAttribute(name);
        if (value) parts.push(value);
      }
    }
    node.childNodes.forEach(walk);
  };
  walk(el.shadowRoot!);
  return parts.join('\n');
}

/**
 * The English text a translated page must not show: every English string entry, and the
 * words around the figures of the function entries ("Week", "Chapter", "Sham:", …).
 */
function englishFragments(): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(english)) {
    if (key === 'noFigure') continue; // a dash in every language
    if (typeof value === 'string') out.push(value);
    else {
      const marked = (value as (...a: string[]) => string)('\u0001', '\u0002', '\u0003');
      for (const piece of marked.split(/[\u0001-\u0003]/)) if (piece.trim().length >= 4) out.push(piece.trim());
    }
  }
  return out;
}

describe('<scalp-viewer> translation', () => {
  for (const lang of ['es', 'de'] as const) {
    it(`a ${lang} page shows and speaks no English string, while preparing and when ready`, async () => {
      const el = viewerIn(lang, { readout: 'sham band', overlays: 'signal vascular labels' });
      await el.updateComplete;
      const fragments = englishFragments();
      const leaks = (text: string) => fragments.filter((f) => text.includes(f));
      expect(leaks(shownAndSpoken(el)), 'preparing').to.deep.equal([]);
      await ready(el);
      el.seek('week 12'); // a chapter change: the live region speaks
      await once(el, 'chapterchange');
      await el.updateComplete;
      const text = shownAndSpoken(el);
      expect(leaks(text), 'ready').to.deep.equal([]);
      // And it does show the language's own strings.
      const table = LANGUAGES[lang];
      expect(text).to.include(table.chapterVisible);
      expect(text).to.include(table.captionVisible);
      expect(text).to.include(table.sceneLabel);
      expect(text).to.include(table.overlayVascular);
      expect(text).to.include(table.week('12', '52'));
      expect(text).to.include(table.chapterAnnouncement('5', '7', table.chapterVisible));
    });
  }

  it('the element\'s own lang wins over the ancestor\'s; unknown languages fall back to English', async () => {
    const el = viewerIn('de', { lang: 'es-MX' });
    await el.updateComplete;
    const play = () => el.shadowRoot!.querySelector('button[part="play-button"]')!.getAttribute('aria-label');
    expect(play()).to.equal(LANGUAGES.es.play);
    el.setAttribute('lang', 'fr');
    await el.updateComplete;
    expect(play()).to.equal(english.play);
    el.removeAttribute('lang');
    await el.updateComplete;
    expect(play()).to.equal(LANGUAGES.de.play);
  });

  it('follows the page when it switches the language of an ancestor', async () => {
    const el = viewerIn('de');
    await el.updateComplete;
    const caveat = () => el.shadowRoot!.querySelector('.disclaimer')!.textContent!.trim();
    expect(caveat()).to.equal(LANGUAGES.de.caveat);
    el.parentElement!.lang = 'es';
    await new Promise((resolve) => setTimeout(resolve)); // mutation records arrive as a microtask
    await el.updateComplete;
    expect(caveat()).to.equal(LANGUAGES.es.caveat);
  });

  it('the strings property overrides single entries, in any language', async () => {
    const el = viewerIn('es');
    el.strings = { play: '¡Dale!', caveat: 'Solo un modelo' };
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('button[part="play-button"]')!.getAttribute('aria-label')).to.equal('¡Dale!');
    expect(el.shadowRoot!.querySelector('.disclaimer')!.textContent!.trim()).to.equal('Solo un modelo');
    expect(el.shadowRoot!.querySelector('[part="chapter-button"]')!.getAttribute('aria-label')).to.equal(LANGUAGES.es.previousChapter);
    el.strings = null;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('button[part="play-button"]')!.getAttribute('aria-label')).to.equal(LANGUAGES.es.play);
  });

  it('numbers come from Intl in the page language (German puts a space before %)', async () => {
    const el = await ready(viewerIn('de', { 'density-scale': '0.25' }));
    el.seek(180);
    await el.updateComplete;
    const change = el.shadowRoot!.querySelector('.change')!.textContent!;
    expect(change).to.equal(new Intl.NumberFormat('de', { style: 'percent', maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(Number(change.replace(/[^\d-]/g, '')) / 100));
    expect(change).to.match(/^\+\d+\s%$/);
  });
});
