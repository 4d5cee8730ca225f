/**
 * Snapshots (`toBlob()`): the current view rendered at the size asked for, on the element's
 * background, with the time stamp and caption drawn in a band at the foot when asked, encoded
 * as PNG, JPEG or WebP. The 3D picture itself comes from the scene (a fresh render at that
 * size, not the on-screen canvas scaled), so a 4K still has 4K detail.
 */

import type { ScalpScene } from '../render/index.ts';
import { renderToCanvas } from '../render/renderToCanvas.ts';
import type { SnapshotOptions } from './snapshotOptions.ts';
export type { SnapshotOptions };

/** Largest side of a snapshot (WebGL viewports stop at 4096–16384 px; memory matters before). */
export const MAX_SNAPSHOT_SIDE = 4096;

const TYPES: Record<string, string> = {
  png: 'image/png',
  'image/png': 'image/png',
  jpeg: 'image/jpeg',
  jpg: 'image/jpeg',
  'image/jpeg': 'image/jpeg',
  webp: 'image/webp',
  'image/webp': 'image/webp',
};

/** The MIME type for `type`, or an error naming what is allowed. */
export function snapshotType(type: string | undefined): string {
  const mime = TYPES[(type ?? 'image/png').trim().toLowerCase()];
  if (!mime) throw new TypeError(`toBlob(): type "${type}" is not supported; use image/png, image/jpeg or image/webp`);
  return mime;
}

/** A pixel size from an option, the default when left out; whole, 1 to {@link MAX_SNAPSHOT_SIDE}. */
export function snapshotSide(value: number | undefined, fallback: number, name: string): number {
  const n = value ?? fallback;
  if (!Number.isFinite(n) || n < 1) throw new RangeError(`toBlob(): ${name} must be a positive number of pixels, got ${String(value)}`);
  return Math.min(MAX_SNAPSHOT_SIDE, Math.round(n));
}

/** What to draw around the 3D picture. */
export interface SnapshotDressing {
  /** CSS colour behind the picture; transparent keeps PNG and WebP transparent (JPEG gets white). */
  background: string;
  /** The element's text colour (the band's fill) and font family. */
  color: string;
  font: string;
  stamp?: string;
  caption?: string;
}

/** The picture on its background, with the band of text when there is any. */
export function composeSnapshot(picture: HTMLCanvasElement, mime: string, dressing: SnapshotDressing): HTMLCanvasElement {
  const { width, height } = picture;
  const out = document.createElement('canvas');
  out.width = width;
  out.height = height;
  const ctx = out.getContext('2d')!;
  const transparent = /^(transparent|rgba\(.*,\s*0\))$/.test(dressing.background.trim());
  if (!transparent || mime === 'image/jpeg') {
    ctx.fillStyle = transparent ? '#ffffff' : dressing.background;
    ctx.fillRect(0, 0, width, height);
  }
  ctx.drawImage(picture, 0, 0);
  const lines = [dressing.stamp, dressing.caption].filter((t): t is string => !!t && t.trim() !== '');
  if (lines.length) drawBand(ctx, width, height, lines, dressing, !!dressing.stamp);
  return out;
}

/** A band across the foot: the stamp in bold, then the caption, wrapped to the width. */
function drawBand(
  ctx: CanvasRenderingContext2D, width: number, height: number, lines: string[], dressing: SnapshotDressing, boldFirst: boolean,
): void {
  const size = Math.max(12, Math.round(Math.min(width, height * 1.6) * 0.022));
  const pad = Math.round(size * 0.8);
  const lineHeight = Math.round(size * 1.3);
  const wrapped: { text: string; bold: boolean }[] = [];
  lines.forEach((line, i) => {
    const bold = boldFirst && i === 0;
    ctx.font = `${bold ? '600 ' : ''}${size}px ${dressing.font}`;
    for (const text of wrap(ctx, line, width - 2 * pad)) wrapped.push({ text, bold });
  });
  const bandHeight = wrapped.length * lineHeight + 2 * pad - (lineHeight - size);
  // The element's colours swapped, as a caption bar: dark on a light theme, light on a dark one.
  const transparent = /^(transparent|rgba\(.*,\s*0\))$/.test(dressing.background.trim());
  ctx.save();
  ctx.globalAlpha = 0.8;
  ctx.fillStyle = dressing.color;
  ctx.fillRect(0, height - bandHeight, width, bandHeight);
  ctx.restore();
  ctx.fillStyle = transparent ? '#ffffff' : dressing.background;
  ctx.textBaseline = 'top';
  wrapped.forEach(({ text, bold }, i) => {
    ctx.font = `${bold ? '600 ' : ''}${size}px ${dressing.font}`;
    ctx.fillText(text, pad, height - bandHeight + pad + i * lineHeight);
  });
}

/** Greedy word wrap to `maxWidth` at the context's current font. */
function wrap(ctx: CanvasRenderingContext2D, text: string, maxWidth: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > maxWidth) {
      out.push(line);
      line = word;
    } else line = next;
  }
  if (line) out.push(line);
  return out;
}

/** `canvas.toBlob` as a promise. */
export function canvasToBlob(canvas: HTMLCanvasElement, mime: string, quality?: number): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('toBlob(): the browser could not encode the image'))),
      mime,
      quality,
    );
  });
}

/** A view drawn into a compare snapshot: its scene, its canvas on screen, and how much of the stage's width it shows from the left. */
export interface SnapshotPane {
  scene: ScalpScene;
  canvas: HTMLCanvasElement;
  /** 0–1: the before/after divider clips a pane to this share of the stage from the left. */
  clipRight: number;
}

/**
 * The compare views side by side as on screen, at width × height for the whole stage: each
 * pane rendered at its own box's size there (not scaled), in drawing order, the before/after
 * pane clipped at the divider. Gaps (the borders between panes) stay transparent for the
 * background to show through.
 */
export function composePanes(stage: HTMLElement, panes: readonly SnapshotPane[], width: number, height: number): HTMLCanvasElement {
  const out = document.createElement('canvas');
  out.width = width;
  out.height = height;
  const ctx = out.getContext('2d')!;
  const box = stage.getBoundingClientRect();
  const sx = width / box.width;
  const sy = height / box.height;
  for (const pane of panes) {
    const rect = pane.canvas.getBoundingClientRect();
    // The content box: a side-by-side pane has a border that separates it from its neighbour.
    const x = Math.round((rect.left - box.left + pane.canvas.clientLeft) * sx);
    const y = Math.round((rect.top - box.top + pane.canvas.clientTop) * sy);
    const w = Math.round(pane.canvas.clientWidth * sx);
    const h = Math.round(pane.canvas.clientHeight * sy);
    if (w < 1 || h < 1) continue;
    const picture = renderToCanvas(pane.scene, pane.canvas, w, h);
    ctx.save();
    if (pane.clipRight < 1) {
      ctx.beginPath();
      ctx.rect(0, 0, Math.round(Math.max(0, pane.clipRight) * width), height);
      ctx.clip();
    }
    ctx.drawImage(picture, x, y);
    ctx.restore();
  }
  return out;
}

/** The element as a snapshot sees it: its shadow root (week text, caption) and chapters. */
export interface SnapshotViewer extends HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly chapter?: string;
  readonly chapters?: readonly { id: string; title: string; caption: string }[];
}

/**
 * `toBlob()` for a viewer: its current view at the asked size (default the view's own),
 * dressed and encoded. Rejects without a scene (no WebGL, not yet set up, removed) or while
 * the GPU context is lost, and on bad options.
 */
export async function snapshotOf(
  viewer: SnapshotViewer, scene: ScalpScene | undefined, options: SnapshotOptions = {}, panes: readonly SnapshotPane[] = [],
): Promise<Blob> {
  const mime = snapshotType(options.type);
  const canvas = viewer.renderRoot.querySelector<HTMLCanvasElement>('canvas[part~="canvas"], canvas');
  if (!scene || !canvas) throw new DOMException('toBlob(): there is no 3D view to take a picture of', 'InvalidStateError');
  if (scene.contextLost) throw new DOMException('toBlob(): the 3D view is interrupted (GPU context lost)', 'InvalidStateError');
  const stage = panes.length ? (canvas.parentElement ?? undefined) : undefined;
  let picture: HTMLCanvasElement;
  if (stage && stage.clientWidth > 0 && stage.clientHeight > 0) {
    // Compare views: the whole stage, every visible pane where it is on screen.
    const scale = canvas.clientWidth > 0 ? canvas.width / canvas.clientWidth : 1;
    const width = snapshotSide(options.width, stage.clientWidth * scale, 'width');
    const height = snapshotSide(options.height, stage.clientHeight * scale, 'height');
    picture = composePanes(stage, [{ scene, canvas, clipRight: 1 }, ...panes], width, height);
  } else {
    const width = snapshotSide(options.width, canvas.width, 'width');
    const height = snapshotSide(options.height, canvas.height, 'height');
    picture = renderToCanvas(scene, canvas, width, height);
  }
  const style = getComputedStyle(viewer);
  const chapter = viewer.chapters?.find((c) => c.id === viewer.chapter);
  const week = viewer.renderRoot.querySelector('[part~="week"]')?.textContent?.trim() ?? '';
  const stamp =
    typeof options.timestamp === 'string' ? options.timestamp : options.timestamp ? [week, chapter?.title].filter(Boolean).join(' · ') : undefined;
  const shownCaption = viewer.renderRoot.querySelector('[part~="caption"]')?.textContent?.replace(/\s+/g, ' ').trim();
  const caption =
    typeof options.caption === 'string' ? options.caption : options.caption ? (chapter?.caption ?? shownCaption) : undefined;
  const composed = composeSnapshot(picture, mime, {
    background: style.backgroundColor,
    color: style.color,
    font: style.fontFamily || 'sans-serif',
    ...(stamp ? { stamp } : {}),
    ...(caption ? { caption } : {}),
  });
  return canvasToBlob(composed, mime, options.quality);
}
