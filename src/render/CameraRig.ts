import { MathUtils, PerspectiveCamera, Sphere, Vector3 } from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';

const FOV_DEG = 32;
// Framing direction from the head centre: behind (-z), above (+y) and a little to the
// subject's right (-x in the right-handed head frame, where the whorl sits), so the crown
// and vertex, where pattern loss shows first and injections go, face the viewer.
const HOME_DIRECTION = new Vector3(-0.3, 1.0, -0.75).normalize();
// Damping as a fraction per 60 Hz frame; rescaled by the real frame time, because on a
// software renderer frames take ~100 ms and per-frame damping would drift for seconds.
const DAMPING_PER_60HZ_FRAME = 0.12;

/**
 * The camera and its orbit controls, bound to a scene's visible canvas. Knows the head's
 * bounds so zoom cannot enter the head, and reports motion so the scene renders on demand.
 */
export class CameraRig {
  /** The camera; millimetres, like the model. */
  readonly camera = new PerspectiveCamera(FOV_DEG, 1, 2, 4000);
  /** three's OrbitControls on the scene's canvas (damping on). */
  readonly controls: OrbitControls;
  private readonly bounds = new Sphere(new Vector3(0, 0, 0), 110);
  private interacting = false;
  private moved = false;
  private lastUpdate = 0;

  constructor(element: HTMLElement, private readonly onChange: () => void) {
    this.controls = new OrbitControls(this.camera, element);
    this.controls.enableDamping = true;
    this.controls.dampingFactor = DAMPING_PER_60HZ_FRAME;
    this.controls.enablePan = false;
    this.controls.addEventListener('change', this.changed);
    this.controls.addEventListener('start', this.started);
    this.controls.addEventListener('end', this.ended);
    this.resetView();
  }

  /** Fits the framing to the head's bounding sphere (mm) and resets the view. */
  setBounds(sphere: Sphere): void {
    this.bounds.copy(sphere);
    this.resetView();
  }

  /** Back to the home view: above-behind, the crown filling most of the frame. */
  resetView(): void {
    const { center, radius } = this.bounds;
    const fit = radius / Math.sin(MathUtils.degToRad(FOV_DEG) / 2);
    // The target sits above and behind the centre, toward the crown, and the camera close
    // enough that the crown's hairs read as hairs; the whole head is one zoom-out away.
    this.controls.target.copy(center).add(new Vector3(0, radius * 0.3, -radius * 0.15));
    this.camera.position.copy(this.controls.target).addScaledVector(HOME_DIRECTION, fit * 0.8);
    // Zoom stops short of the skin (plus the hair), wherever the target is.
    this.controls.minDistance = radius * 1.03 + 12;
    this.controls.maxDistance = fit * 2.5;
    this.camera.near = Math.max(1, radius * 0.02);
    this.camera.far = fit * 4;
    this.camera.lookAt(this.controls.target);
    this.camera.updateProjectionMatrix();
    this.controls.update();
    this.onChange();
  }

  /** Viewport aspect ratio. */
  setAspect(aspect: number): void {
    if (this.camera.aspect === aspect) return;
    this.camera.aspect = aspect;
    this.camera.updateProjectionMatrix();
  }

  /** World size of one pixel at view depth 1 for a viewport this many pixels high. */
  pixelScale(heightPx: number): number {
    return (2 * Math.tan(MathUtils.degToRad(this.camera.fov) / 2)) / Math.max(1, heightPx);
  }

  /** True while the user drags or the damped motion is still settling. */
  get active(): boolean {
    return this.interacting || this.moved;
  }

  /** Steps the damped controls; true when the camera moved. */
  update(now: number): boolean {
    const dt = this.lastUpdate ? Math.min(500, now - this.lastUpdate) : 16.7;
    this.lastUpdate = now;
    this.controls.dampingFactor = Math.min(0.9, 1 - Math.pow(1 - DAMPING_PER_60HZ_FRAME, dt / 16.7));
    this.moved = this.controls.update();
    return this.moved;
  }

  /** Detaches the controls from the canvas. */
  dispose(): void {
    this.controls.removeEventListener('change', this.changed);
    this.controls.removeEventListener('start', this.started);
    this.controls.removeEventListener('end', this.ended);
    this.controls.dispose();
  }

  private readonly changed = () => {
    this.moved = true;
    this.onChange();
  };
  private readonly started = () => {
    this.interacting = true;
    this.lastUpdate = 0;
    this.onChange();
  };
  private readonly ended = () => {
    this.interacting = false;
    this.onChange();
  };
}
