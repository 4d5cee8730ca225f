/**
 * scalp-viewer: importing this module defines `<scalp-viewer>` once.
 * Safe to import where there is no DOM (server rendering, Node): then it only exports.
 */
import { ScalpViewer } from './element/ScalpViewer.ts';

export { ScalpViewer };
export type { TimeUpdateDetail, ScalpViewerErrorDetail, ChapterChangeDetail, Chapter, Strings, CameraOrbit } from './element/ScalpViewer.ts';
export type { PatternName, Product } from './model/index.ts';

if (typeof customElements !== 'undefined' && !customElements.get('scalp-viewer')) {
  customElements.define('scalp-viewer', ScalpViewer);
}
