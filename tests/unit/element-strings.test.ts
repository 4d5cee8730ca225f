import { describe, it, expect, vi } from 'vitest';
import { LANGUAGES, languageOf, stringsFor, strings as english } from '../../src/element/strings.ts';
import type { Strings } from '../../src/element/strings.ts';
import { defaultChapters, parseChapters, chapterIndexAt, chaptersWithin } from '../../src/element/chapters.ts';
import { parseTimeExpression } from '../../src/element/timeExpression.ts';
import { shortcutFor } from '../../src/element/keyboardShortcuts.ts';
import { parseCameraOrbit, orbitText } from '../../src/element/cameraOrbit.ts';

// Sample arguments for the entries that are functions of formatted text.
const sample = ['1', '2', 'X'];
const render = (v: unknown) => (typeof v === 'function' ? (v as (...a: string[]) => string)(...sample) : v);
// Entries that are the same text in every language (a dash, and the slider's "week — chapter" joint).
const SAME_EVERYWHERE = new Set(['noFigure', 'sliderValue']);

describe('strings tables', () => {
  for (const [lang, table] of Object.entries(LANGUAGES)) {
    if (lang === 'en') continue;
    it(`${lang} has every English key, no other, each of the same kind`, () => {
      expect(Object.keys(table).sort()).toEqual(Object.keys(english).sort());
      for (const key of Object.keys(english)) {
        expect(typeof (table as Record<string, unknown>)[key], key).toBe(typeof (english as Record<string, unknown>)[key]);
      }
    });
    it(`${lang} translates every entry (none is left in English)`, () => {
      for (const key of Object.keys(english)) {
        if (SAME_EVERYWHERE.has(key)) continue;
        const theirs = render((table as Record<string, unknown>)[key]);
        expect(theirs, key).not.toBe(render((english as Record<string, unknown>)[key]));
        expect(String(theirs).trim(), key).not.toBe('');
      }
    });
  }

  it('the type system refuses a table with a missing key (checked by tsc on this file)', () => {
    // @ts-expect-error a table without every key is not a Strings table
    const incomplete: Strings = { ...LANGUAGES.de, play: undefined };
    // @ts-expect-error nor is one with a key English does not have
    const extra: Strings = { ...LANGUAGES.de, plai: 'Abspielen' };
    expect(incomplete.pause).toBe(LANGUAGES.de.pause);
    expect(extra.pause).toBe(LANGUAGES.de.pause);
  });

  it('picks the language by primary subtag, English for anything else', () => {
    expect(languageOf('es-MX')).toBe('es');
    expect(languageOf('DE-at')).toBe('de');
    expect(languageOf('fr')).toBe('en');
    expect(languageOf('')).toBe('en');
    expect(languageOf(null)).toBe('en');
  });

  it('overrides replace entries; wrong kinds and unknown keys warn and are ignored', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const merged = stringsFor('es', { play: '¡Dale!', pause: 3 as unknown as string, nonsense: 'x' } as never);
    expect(merged.play).toBe('¡Dale!');
    expect(merged.pause).toBe(LANGUAGES.es.pause);
    expect(warn).toHaveBeenCalledTimes(2);
    expect(warn.mock.calls.map((c) => String(c[0])).join('\n')).toMatch(/strings\.pause.*strings\.nonsense|strings\.pause[\s\S]*strings\.nonsense/);
    warn.mockRestore();
  });
});

describe('chapters', () => {
  const chapters = defaultChapters(english);

  it('the default chapters are the seven of the brief, in order, each with a caption and a view', () => {
    expect(chapters.map((c) => c.id)).toEqual(['injection', 'signal', 'vascular', 'below-skin', 'visible', 'peak', 'fading']);
    expect(chapters[0].start).toBe(0);
    for (let i = 1; i < chapters.length; i++) expect(chapters[i].start).toBeGreaterThan(chapters[i - 1].start);
    for (const c of chapters) {
      expect(c.caption.length).toBeGreaterThan(20);
      expect(c.view).toBeDefined();
    }
    // The brief's example reading: week 12 is visible regrowth.
    expect(chapters[chapterIndexAt(chapters, 84)].id).toBe('visible');
  });

  it('a short timeline drops the chapters that start after its end', () => {
    expect(chaptersWithin(chapters, 60).map((c) => c.id)).toEqual(['injection', 'signal', 'vascular', 'below-skin']);
  });

  it('parseChapters sorts, and refuses duplicates, bad ids and bad views', () => {
    const ok = parseChapters([
      { id: 'b', start: 10, title: 'B', caption: 'b' },
      { id: 'a', start: 0, title: 'A', caption: 'a', view: { theta: 0, phi: 45, radius: 1 } },
    ]);
    expect(ok.ok && ok.value.map((c) => c.id)).toEqual(['a', 'b']);
    expect(parseChapters([{ id: 'a', start: 0, title: 'A', caption: '' }, { id: 'a', start: 1, title: 'A', caption: '' }]).ok).toBe(false);
    expect(parseChapters([{ id: 'Bad Id', start: 0, title: 'A', caption: '' }]).ok).toBe(false);
    expect(parseChapters([{ id: 'a', start: 0, title: 'A', caption: '', view: { theta: 0 } }]).ok).toBe(false);
    expect(parseChapters('not json').ok).toBe(false);
    expect(parseChapters([]).ok).toBe(false);
  });
});

describe('time expressions', () => {
  const context = { duration: 365, chapters: defaultChapters(english) };
  const day = (input: unknown) => {
    const parsed = parseTimeExpression(input, context);
    return parsed.ok ? parsed.value : 'refused';
  };

  it('reads days, weeks, months, shares and chapter ids', () => {
    expect(day(84)).toBe(84);
    expect(day('84')).toBe(84);
    expect(day('day 30')).toBe(30);
    expect(day('week 12')).toBe(84);
    expect(day('Week 1.5')).toBe(10.5);
    expect(day('month 3')).toBe(91);
    expect(day('50%')).toBe(182.5);
    expect(day('visible')).toBe(84);
    expect(day(' Peak ')).toBe(112);
  });

  it('refuses anything else with a reason naming the forms and the chapter ids', () => {
    expect(day('soon')).toBe('refused');
    expect(day(Number.NaN)).toBe('refused');
    expect(day({})).toBe('refused');
    const parsed = parseTimeExpression('soon', context);
    expect(!parsed.ok && parsed.reason).toMatch(/week 12.*month 3.*50%.*injection/);
  });
});

describe('keyboard shortcuts', () => {
  const press = (key: string, mods: Partial<{ shiftKey: boolean; ctrlKey: boolean }> = {}) => ({
    key, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...mods,
  });
  const nowhere = { onButton: false, onSlider: false };

  it('maps each documented key', () => {
    expect(shortcutFor(press(' '), nowhere)).toEqual({ kind: 'toggle-play' });
    expect(shortcutFor(press('k'), nowhere)).toEqual({ kind: 'toggle-play' });
    expect(shortcutFor(press('ArrowRight'), nowhere)).toEqual({ kind: 'step-weeks', weeks: 1 });
    expect(shortcutFor(press('ArrowLeft'), nowhere)).toEqual({ kind: 'step-weeks', weeks: -1 });
    expect(shortcutFor(press('ArrowRight', { shiftKey: true }), nowhere)).toEqual({ kind: 'step-chapters', chapters: 1 });
    expect(shortcutFor(press('PageDown'), nowhere)).toEqual({ kind: 'step-chapters', chapters: -1 });
    expect(shortcutFor(press('Home'), nowhere)).toEqual({ kind: 'start' });
    expect(shortcutFor(press('End'), nowhere)).toEqual({ kind: 'end' });
    expect(shortcutFor(press('7'), nowhere)).toEqual({ kind: 'fraction', share: 0.7 });
  });

  it('leaves Space to a focused button, and browser chords alone', () => {
    expect(shortcutFor(press(' '), { onButton: true, onSlider: false })).toBeNull();
    expect(shortcutFor(press('k', { ctrlKey: true }), nowhere)).toBeNull();
    expect(shortcutFor(press('ArrowUp'), nowhere)).toBeNull();
    expect(shortcutFor(press('ArrowUp'), { onButton: false, onSlider: true })).toEqual({ kind: 'step-weeks', weeks: 1 });
  });
});

describe('camera-orbit', () => {
  const home = { theta: -158, phi: 39, radius: 1 };
  it('reads degrees, radians, percentages and auto, and writes them back', () => {
    const a = parseCameraOrbit('-150deg 40deg 80%', home);
    expect(a.ok && a.value).toEqual({ theta: -150, phi: 40, radius: 0.8 });
    const b = parseCameraOrbit(`${Math.PI}rad auto 1.5`, home);
    expect(b.ok && b.value).toEqual({ theta: 180, phi: 39, radius: 1.5 });
    expect(a.ok && orbitText(a.value)).toBe('-150deg 40deg 80%');
  });
  it('refuses malformed text', () => {
    for (const bad of ['', '10deg 20deg', 'a b c', '10deg 20deg -5%', '10deg 20deg 0']) {
      expect(parseCameraOrbit(bad, home).ok, bad).toBe(false);
    }
  });
});
