import type { ScalpScene } from './ScalpScene.ts';

/**
 * Renders a scene's current view at width × height pixels into a new canvas, through the
 * page's shared renderer, for snapshots: a picture bigger than the screen is drawn at its own
 * size, with detail to match, not scaled up. `canvas` is the scene's own visible canvas: it
 * takes the snapshot's size for one synchronous draw, then its own size and picture back, all
 * within one task, so nothing flickers on screen.
 */
export function renderToCanvas(scene: ScalpScene, canvas: HTMLCanvasElement, width: number, height: number): HTMLCanvasElement {
  const out = document.createElement('canvas');
  out.width = Math.max(1, Math.round(width));
  out.height = Math.max(1, Math.round(height));
  const screen = { width: canvas.width, height: canvas.height };
  const rig = scene.cameraRig;
  try {
    canvas.width = out.width;
    canvas.height = out.height;
    rig.setAspect(out.width / out.height);
    scene.renderNow();
    out.getContext('2d')!.drawImage(canvas, 0, 0);
  } finally {
    canvas.width = screen.width;
    canvas.height = screen.height;
    rig.setAspect(screen.width / screen.height);
    scene.renderNow();
  }
  return out;
}
