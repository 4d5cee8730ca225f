// axe-core for the browser tests: loaded once as a classic script (it ships as UMD and sets
// window.axe), run with the WCAG 2.0–2.2 A and AA rules only (best-practice rules are advice).
interface AxeResults {
  violations: { id: string; impact: string; help: string; nodes: { target: unknown; failureSummary?: string }[] }[];
}
interface Axe {
  run(context: Element, options: unknown): Promise<AxeResults>;
}

const WCAG_AA = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } };

let loading: Promise<Axe> | undefined;

function loadAxe(): Promise<Axe> {
  loading ??= new Promise<Axe>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    script.onload = () => resolve((window as unknown as { axe: Axe }).axe);
    script.onerror = () => reject(new Error('axe-core could not be loaded'));
    document.head.append(script);
  });
  return loading;
}

/** The WCAG A/AA violations axe finds in `el`, one line each: rule, impact, help, where and why. */
export async function wcagViolations(el: Element): Promise<string[]> {
  const results = await (await loadAxe()).run(el, WCAG_AA);
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join('; ')}`,
  );
}
