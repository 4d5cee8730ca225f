// Every public settable property of <scalp-viewer> takes hostile values without throwing out
// of the element: an object without a prototype, an object whose toString throws, a Symbol and
// a huge string. Values that cannot be what the property holds warn, naming the property.
import { expect } from '@esm-bundle/chai';
import '../../src/index.ts';
import { ScalpViewer } from '../../src/element/ScalpViewer.ts';
import { made, createViewer, captureWarnings, once } from './viewer-fixture.ts';

/** Properties a page can set: the declared reactive ones plus every accessor with a setter. */
function settableProperties(): string[] {
  const names = new Set<string>(Object.keys((ScalpViewer as unknown as { properties: object }).properties));
  for (const [name, d] of Object.entries(Object.getOwnPropertyDescriptors(ScalpViewer.prototype))) {
    if (d.set) names.add(name);
  }
  return [...names].sort();
}

/** Declared Boolean/Number properties store any value as is (like `<video>.autoplay`): no warning. */
const LENIENT = new Set(['autoplay', 'loop', 'kiosk', 'presenter', 'cutaway', 'editable', 'urlState', 'idleTimeout']);

/** Properties that take objects (a scenario, string overrides): only a Symbol must warn. */
const TAKES_OBJECTS = new Set(['scenario', 'strings']);

const hostileValues = (): [string, unknown][] => [
  ['null-prototype object', Object.create(null)],
  ['throwing toString', { toString: () => { throw new Error('boom'); }, valueOf: () => { throw new Error('boom'); } }],
  ['throwing toPrimitive', { [Symbol.toPrimitive]: () => { throw new Error('boom'); } }],
  ['Symbol', Symbol('hostile')],
];

describe('hostile property values', function () {
  this.timeout(120_000);
  afterEach(() => made.splice(0).forEach((el) => el.remove()));

  it('covers the setters that quote free text (chapter, alt, poster, cameraOrbit, time, compare)', () => {
    const names = settableProperties();
    for (const name of ['chapter', 'alt', 'poster', 'cameraOrbit', 'time', 'week', 'compare', 'strings', 'chapters']) {
      expect(names, name).to.include(name);
    }
  });

  it('no property setter throws on a hostile value; each non-lenient one warns naming the property', async () => {
    const el = createViewer({ loading: 'lazy' });
    await el.updateComplete;
    const failures: string[] = [];
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    for (const name of settableProperties()) {
      for (const [label, value] of [...hostileValues(), ['huge string', 'x'.repeat(5_000_000)] as [string, unknown]]) {
        const warnings = captureWarnings();
        try {
          (el as unknown as Record<string, unknown>)[name] = value;
          await el.updateComplete;
        } catch (error) {
          failures.push(`${name} = ${label} threw: ${(error as Error)?.message ?? 'non-error'}`);
        } finally {
          warnings.restore();
        }
        if (label !== 'huge string' && !LENIENT.has(name) && (label === 'Symbol' || !TAKES_OBJECTS.has(name))) {
          const attribute = name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
          if (!warnings.messages.some((m) => m.includes(name) || m.includes(attribute))) {
            failures.push(`${name} = ${label} did not warn naming the property`);
          }
        }
        // A warning quotes at most a short piece of the value.
        for (const m of warnings.messages) if (m.length > 2000) failures.push(`${name} = ${label}: ${m.length}-char warning`);
        if (name === 'scenario' || name === 'strings') (el as unknown as Record<string, unknown>)[name] = null;
        // Reset lenient properties so the next value does not switch on a page-wide mode.
        if (LENIENT.has(name)) (el as unknown as Record<string, unknown>)[name] = name === 'idleTimeout' ? 120 : false;
        await el.updateComplete.catch(() => undefined);
      }
    }
    // A huge scenario "URL" fails to load later: that warning and error quote it briefly too.
    const late = captureWarnings();
    const failed = once<CustomEvent<{ message: string }>>(el, 'error', 30_000);
    el.scenario = 'x'.repeat(5_000_000);
    const error = await failed;
    late.restore();
    expect(error.detail.message.length).to.be.lessThan(2000);
    expect(late.messages.length).to.be.greaterThan(0);
    for (const m of late.messages) if (m.length > 2000) failures.push(`scenario fetch: ${m.length}-char warning`);
    window.removeEventListener('error', onError);
    expect(failures).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
    // Still a working element.
    el.time = 84;
    expect(el.time).to.equal(84);
  });
});
