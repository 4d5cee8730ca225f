// Its own module, free of three: the element's public typings name it (toBlob), and a page's
// TypeScript must not need three's types to check them.

/** Options of `toBlob()`. */
export interface SnapshotOptions {
  /** `image/png` (default), `image/jpeg` or `image/webp`; `png`, `jpeg`, `jpg`, `webp` also do. */
  type?: string;
  /** Encoder quality for JPEG and WebP, 0–1 (the browser's default when left out). */
  quality?: number;
  /** Width in pixels; default the view's own (CSS size × device pixel ratio). */
  width?: number;
  /** Height in pixels; default the view's own. */
  height?: number;
  /** Draw the narration caption: `true` for the one shown, or the text to draw. */
  caption?: boolean | string;
  /** Draw the time stamp: `true` for "Week 12 of 52 · chapter", or the text to draw. */
  timestamp?: boolean | string;
}
