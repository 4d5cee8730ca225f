// A user's app: imports the package by name, uses the element from TypeScript, React and Vue.
import { ScalpViewer } from 'scalp-viewer';
import type { PatternName, TimeUpdateDetail } from 'scalp-viewer';
import type { ScalpViewerEventMap, PlanChangeDetail, IdleWarningDetail, SnapshotOptions, Scenario } from 'scalp-viewer';
import type {} from 'scalp-viewer/react';
import type { ScalpViewerVueProps } from 'scalp-viewer/vue';

const viewer: ScalpViewer = document.createElement('scalp-viewer');
viewer.seek(84);
const pattern: PatternName = viewer.pattern;
const fromQuery: ScalpViewer | null = document.querySelector('scalp-viewer');
void pattern;
void fromQuery;
viewer.addEventListener('timeupdate', (event) => {
  const detail = (event as CustomEvent<TimeUpdateDetail>).detail;
  void detail.week;
});
void (ScalpViewer satisfies CustomElementConstructor);

export const app = (
  <scalp-viewer pattern="norwood-5" product="prp" spacing={10} ontimeupdate={(e) => void e.detail.week}>
    <span slot="disclaimer">Teaching model.</span>
  </scalp-viewer>
);
export const wrong = (
  <scalp-viewer
    // @ts-expect-error: not a pattern
    pattern="norwood-9"
  />
);

export const vueProps: ScalpViewerVueProps = { densityScale: 0.5, pattern: 'ludwig-2' };
// @ts-expect-error: not a product
export const badVueProps: ScalpViewerVueProps = { product: 'minoxidil' };

// Every event detail type comes from the package's main entry too.
const onPlan = (e: ScalpViewerEventMap['planchange']): number => e.detail.spacingMm;
const idle = (d: IdleWarningDetail): IdleWarningDetail => d;
const shot: SnapshotOptions = { type: 'image/png', width: 640 };
const plan = (d: PlanChangeDetail): number | undefined => d.sites?.length;
const version = (s: Scenario): unknown => s;
void [onPlan, idle, shot, plan, version];
