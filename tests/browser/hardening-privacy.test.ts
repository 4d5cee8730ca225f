// Issue 7.7: privacy and security. The element makes no network request of its own (only its
// own module and worker files load, from this origin; a `scenario` URL only when set); it runs
// under a strict Content-Security-Policy (demo/csp.html) with zero violations; and every
// string from attributes, scenarios or `strings` renders as text, never as HTML.
import { expect } from '@esm-bundle/chai';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.ts';
import type { ScalpViewer, ScalpViewerErrorDetail } from '../../src/element/ScalpViewer.ts';
import { DISPOSAL_DELAY_MS } from '../../src/element/ScalpViewer.ts';
import { made, createViewer, once, ready, wait, captureWarnings } from './viewer-fixture.ts';

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

declare global {
  interface Window {
    __xss?: number;
    cspViolations?: { directive: string; blockedURI: string; sample: string; sourceFile: string; lineNumber: number }[];
  }
}

/** Every way page script can reach the network, wrapped to record the URL (a second witness besides CDP). */
function recordPageRequests() {
  const urls: string[] = [];
  const originals = {
    fetch: window.fetch,
    open: XMLHttpRequest.prototype.open,
    beacon: navigator.sendBeacon,
    WebSocket: window.WebSocket,
    EventSource: window.EventSource,
    src: Object.getOwnPropertyDescriptor(HTMLImageElement.prototype, 'src')!,
  };
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    urls.push(input instanceof Request ? input.url : String(input));
    return originals.fetch.call(window, input, init);
  };
  XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, method: string, url: string | URL, ...rest: unknown[]) {
    urls.push(String(url));
    return (originals.open as (...a: unknown[]) => void).call(this, method, url, ...rest);
  } as typeof XMLHttpRequest.prototype.open;
  navigator.sendBeacon = (url: string | URL, data?: BodyInit | null) => {
    urls.push(String(url));
    return originals.beacon.call(navigator, url, data);
  };
  window.WebSocket = class extends originals.WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      urls.push(String(url));
      super(url, protocols);
    }
  };
  window.EventSource = class extends originals.EventSource {
    constructor(url: string | URL, init?: EventSourceInit) {
      urls.push(String(url));
      super(url, init);
    }
  };
  Object.defineProperty(HTMLImageElement.prototype, 'src', {
    ...originals.src,
    set(this: HTMLImageElement, value: string) {
      urls.push(String(value));
      originals.src.set!.call(this, value);
    },
  });
  const resources: string[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) resources.push(entry.name);
  });
  observer.observe({ type: 'resource', buffered: false });
  return {
    urls,
    resources,
    restore() {
      observer.disconnect();
      window.fetch = originals.fetch;
      XMLHttpRequest.prototype.open = originals.open;
      navigator.sendBeacon = originals.beacon;
      window.WebSocket = originals.WebSocket;
      window.EventSource = originals.EventSource;
      Object.defineProperty(HTMLImageElement.prototype, 'src', originals.src);
    },
  };
}

/** Module and worker source files of this origin: what the element may load by itself. */
const OWN_CODE = /^\/(src|node_modules|shaders)\/[^?#]*\.(ts|js|mjs|glsl)(\?[^#]*)?$/;

afterEach(async () => {
  for (const el of made.splice(0)) el.remove();
  await wait(DISPOSAL_DELAY_MS + 50);
});

describe('<scalp-viewer> hardening: privacy and security', function () {
  this.timeout(180_000);

  it('makes no network request of its own: only its module and worker files, from this origin', async () => {
    const page = recordPageRequests();
    await executeServerCommand('hardening-net-start');
    let browserUrls: string[] = [];
    try {
      const el = await ready(createViewer({ 'density-scale': '0.03', product: 'exosomes', readout: 'sham band' }));
      el.play();
      await wait(500);
      el.pause();
      el.seek('week 12');
      el.setAttribute('pattern', 'ludwig-2'); // a rebuild in the Worker
      await wait(1500);
      el.remove();
      await wait(DISPOSAL_DELAY_MS + 100);
    } finally {
      browserUrls = (await executeServerCommand<string[], undefined>('hardening-net-stop')) ?? [];
      page.restore();
    }
    const all = [...browserUrls, ...page.urls, ...page.resources];
    console.log(`requests while a viewer lived: ${browserUrls.length} seen by the browser, ${page.urls.length} by page script, ` +
      `${page.resources.length} resource entries: ${[...new Set(browserUrls.map((u) => new URL(u).pathname))].join(' ')}`);
    expect(page.urls, 'fetch / XHR / beacon / WebSocket / EventSource / image calls').to.deep.equal([]);
    for (const url of all) {
      const parsed = new URL(url, location.href);
      expect(parsed.origin, `${url}: same origin`).to.equal(location.origin);
      expect(parsed.pathname + parsed.search, `${url}: a module or worker file`).to.match(OWN_CODE);
    }
  });

  it('fetches a scenario URL only when one is set, exactly that URL, once', async () => {
    const page = recordPageRequests();
    try {
      const el = await ready(createViewer({ 'density-scale': '0.03' }));
      expect(page.urls).to.deep.equal([]);
      const url = `/tests/browser/no-such-scenario-${Date.now()}.json`;
      const failed = once<CustomEvent<ScalpViewerErrorDetail>>(el, 'error', 10_000);
      const warnings = captureWarnings();
      try {
        el.setAttribute('scenario', url);
        await failed;
      } finally {
        warnings.restore();
      }
      expect(page.urls).to.deep.equal([url]);
      // Inline JSON is never fetched.
      el.setAttribute('scenario', JSON.stringify({ version: 1, pattern: 'norwood-3' }));
      await el.updateComplete;
      expect(page.urls).to.have.length(1);
    } finally {
      page.restore();
    }
  });

  // The sources (demo/csp.html) and the built, minified drop-in (what a clinic page loads).
  for (const [name, page] of [['demo/csp.html (sources)', '/demo/csp.html'], ['the drop-in build', '/tests/browser/pages/csp-dropin.html']]) {
    it(`${name} renders under script-src/style-src 'self' (no unsafe-inline, no unsafe-eval) with zero violations`, async () => {
      await executeServerCommand('hardening-net-start');
      const frameEl = document.createElement('iframe');
      frameEl.style.cssText = 'position: fixed; left: 0; top: 0; width: 800px; height: 600px; border: 0;';
      frameEl.src = page;
      document.body.append(frameEl);
      let browserUrls: string[] = [];
      try {
        await once(frameEl, 'load', 60_000);
        const win = frameEl.contentWindow!;
        const doc = frameEl.contentDocument!;
        const meta = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
        expect(meta).to.contain("script-src 'self'").and.to.contain("style-src 'self'");
        expect(meta).to.not.contain('unsafe-inline').and.to.not.contain('unsafe-eval');
        const el = doc.querySelector('scalp-viewer') as ScalpViewer;
        await win.customElements.whenDefined('scalp-viewer');
        if (!el.hasAttribute('data-ready')) await once(el, 'ready', 90_000);
        // Use it: play, seek, change the plan (a Worker rebuild), show the readout extras.
        el.play();
        await wait(400);
        el.pause();
        el.seek('week 20');
        el.setAttribute('readout', 'sham band');
        el.setAttribute('product', 'prp');
        const deadline = performance.now() + 60_000;
        while ((el.shadowRoot!.querySelector('.updating') || el.shadowRoot!.querySelector('.cover')) && performance.now() < deadline) {
          await wait(100);
        }
        await frame();
        el.renderNow();
        const canvas = el.shadowRoot!.querySelector('canvas')!;
        const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
        let painted = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i] > 200) painted++;
        const violations = win.cspViolations ?? [];
        console.log(`${name}: painted ${(painted / (data.length / 4)).toFixed(3)} of the canvas; violations ${JSON.stringify(violations)}`);
        expect(win.cspViolations, 'the page recorded violations').to.be.an('array');
        expect(violations).to.deep.equal([]);
        expect(painted / (data.length / 4)).to.be.greaterThan(0.05);
        expect(doc.getElementById('csp-status')!.textContent).to.contain('none');
      } finally {
        browserUrls = (await executeServerCommand<string[], undefined>('hardening-net-stop')) ?? [];
        frameEl.remove();
      }
      // The simulation ran in its Worker (worker-src 'self' allowed it), and nothing left the origin.
      expect(browserUrls.some((u) => u.includes('simulation.worker')), 'the Worker loaded').to.equal(true);
      for (const url of browserUrls) expect(new URL(url).origin, url).to.equal(location.origin);
    });
  }

  it('strings from attributes, scenarios and `strings` render as text, never as HTML', async () => {
    delete window.__xss;
    const payload = '<img src=x onerror="window.__xss=(window.__xss||0)+1"><script>window.__xss=(window.__xss||0)+1</script><b>bold</b>';
    const el = await ready(createViewer({ 'density-scale': '0.03' }));
    const tags = () => el.shadowRoot!.querySelectorAll('img, script, b, iframe, object').length + el.querySelectorAll('*').length;
    const before = tags();
    const warnings = captureWarnings();
    try {
      // Echoed in warnings, and shown where the element shows attribute text.
      for (const name of ['pattern', 'product', 'sessions', 'spacing', 'time', 'seek', 'chapter', 'camera-orbit', 'lang', 'theme', 'controls', 'overlays', 'readout']) {
        el.setAttribute(name, payload);
      }
      el.setAttribute('alt', payload);
      el.setAttribute('scenario', JSON.stringify({ version: 1, pattern: payload, treatment: { product: payload } }));
      el.scenario = { pattern: payload } as never;
      // A scenario URL with markup in it: echoed in the warning and the error event.
      const failed = once<CustomEvent<ScalpViewerErrorDetail>>(el, 'error', 10_000);
      el.setAttribute('scenario', `/no-such/${encodeURIComponent(payload)}.json`);
      await failed;
      // The page's own strings (translations) go through the same text-only rendering.
      const withStrings = el as ScalpViewer & { strings?: unknown };
      if ('strings' in withStrings) {
        withStrings.strings = { caveat: payload, play: payload, treatedArea: payload, preparing: payload };
      }
      const withChapters = el as ScalpViewer & { chapters?: unknown };
      if ('chapters' in withChapters) {
        withChapters.chapters = [{ id: 'x', start: 0, title: payload, caption: payload }];
      }
      await el.updateComplete;
      for (let i = 0; i < 3; i++) await frame();
      await wait(300);
    } finally {
      warnings.restore();
    }
    expect(window.__xss, 'no payload script ran').to.equal(undefined);
    expect(tags(), 'no element made from the payload').to.equal(before);
    // Where it is displayed, it is displayed literally.
    const shownText = el.shadowRoot!.textContent ?? '';
    const label = el.shadowRoot!.querySelector('canvas')!.getAttribute('aria-label') ?? '';
    if ('strings' in el) expect(shownText + label, 'the caveat string shows as text').to.contain('<img src=x');
    expect(label, 'alt is an attribute value, not markup').to.satisfy((s: string) => s === payload || !s.includes('<img'));
    expect(warnings.messages.length).to.be.greaterThan(5);
  });
});
