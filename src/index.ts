/**
 * scalp-viewer: importing this module defines `<scalp-viewer>` once.
 * Safe to import where there is no DOM (server rendering, Node): then it only exports.
 */
import { ScalpViewer } from './element/ScalpViewer.ts';

export { ScalpViewer };
export type { TimeUpdateDetail, ScalpViewerErrorDetail, ChapterChangeDetail, Chapter, Strings, CameraOrbit } from './element/ScalpViewer.ts';
export type { PatternName, Product } from './model/index.ts';
// Every event detail and attribute value type, for pages written in TypeScript (the framework
// typings, scalp-viewer/react and scalp-viewer/vue, use the same ones).
export type {
  ScalpViewerEventMap, ScalpViewerEventListener, ScalpViewerAttributes, ReadyDetail, PlaybackDetail, LoopDetail,
  IdleWarningDetail, PlanChangeDetail, CompareMode, Scenario, TreatmentArea, Responsiveness, Controls, Loading,
  ReducedMotion, Theme, OverlaysValue, ReadoutValue,
} from './frameworks/attributes.ts';
export type { SnapshotOptions } from './element/snapshotOptions.ts';

if (typeof customElements !== 'undefined' && !customElements.get('scalp-viewer')) {
  customElements.define('scalp-viewer', ScalpViewer);
}
