// Web Test Runner commands for the hardening tests (tests/browser/hardening-*.test.ts), run in
// Node against the test page through the Chrome DevTools Protocol:
//   hardening-heap          { gc?: boolean } → { usedSize, totalSize } of the page's JS heap,
//                           after a full garbage collection when gc is true (no browser flag needed)
//   hardening-net-start     starts recording every network request of the page and its workers
//   hardening-net-stop      → string[] of the URLs requested since hardening-net-start
// Only for Chromium (puppeteer); other browsers get an error.

/** @type {WeakMap<object, Promise<import('puppeteer-core').CDPSession>>} */
const sessions = new WeakMap();
/** @type {WeakMap<object, { urls: string[]; stop: () => Promise<void> }>} */
const recordings = new WeakMap();

function pageOf(session) {
  if (session.browser.type !== 'puppeteer') throw new Error('hardening commands need Chromium (puppeteer)');
  return session.browser.getPage(session.id);
}

function cdpOf(page) {
  let cdp = sessions.get(page);
  if (!cdp) {
    cdp = page.createCDPSession();
    sessions.set(page, cdp);
  }
  return cdp;
}

/** Records requests on the page and on every worker target it starts (dedicated workers have their own network). */
async function startRecording(page) {
  const urls = [];
  const onRequest = (request) => urls.push(request.url());
  page.on('request', onRequest);
  const browser = page.browser();
  const attached = [];
  const watchTarget = async (target) => {
    if (!/worker/.test(target.type())) return;
    try {
      const client = await target.createCDPSession();
      await client.send('Network.enable');
      client.on('Network.requestWillBeSent', (e) => urls.push(e.request.url));
      attached.push(client);
    } catch {
      // the worker may already be gone
    }
  };
  browser.on('targetcreated', watchTarget);
  // Workers already running keep loading nothing new; the page's own requests are caught above.
  return {
    urls,
    stop: async () => {
      page.off('request', onRequest);
      browser.off('targetcreated', watchTarget);
      await Promise.all(attached.map((c) => c.detach().catch(() => {})));
    },
  };
}

export function hardeningCommandsPlugin() {
  return {
    name: 'hardening-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'hardening-heap') {
        const cdp = await cdpOf(pageOf(session));
        if (payload?.gc) {
          // Twice: the first pass can leave objects that only the next one frees (weak maps, finalizers).
          await cdp.send('HeapProfiler.collectGarbage');
          await cdp.send('HeapProfiler.collectGarbage');
        }
        return cdp.send('Runtime.getHeapUsage');
      }
      if (command === 'hardening-net-start') {
        const page = pageOf(session);
        await recordings.get(page)?.stop();
        recordings.set(page, await startRecording(page));
        return true;
      }
      if (command === 'hardening-net-stop') {
        const page = pageOf(session);
        const recording = recordings.get(page);
        recordings.delete(page);
        if (!recording) return [];
        await recording.stop();
        return recording.urls;
      }
      return undefined;
    },
  };
}
