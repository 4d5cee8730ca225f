import { MathUtils, PerspectiveCamera, Sphere, Spherical, Vector3 } from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import { skinRadius } from '../model/index.ts';
import type { CameraOrbit } from './CameraOrbit.ts';
export type { CameraOrbit };

const FOV_DEG = 32;
// Framing direction from the head centre: behind (-z), above (+y) and a little to the
// subject's right (-x in the right-handed head frame, where the whorl sits), so the crown
// and vertex, where pattern loss shows first and injections go, face the viewer.
const HOME_DIRECTION = new Vector3(-0.3, 1.0, -0.75).normalize();
// Damping as a fraction per 60 Hz frame; rescaled by the real frame time, because on a
// software renderer frames take ~100 ms and per-frame damping would drift for seconds.
const DAMPING_PER_60HZ_FRAME = 0.12;
/** Length of an animated camera flight (resetView, chapter views, the view buttons). */
export const FLIGHT_MS = 600;
// Keeps the camera off the poles, where the orbit's up vector flips.
const MIN_PHI_DEG = 2;
const MAX_PHI_DEG = 178;
/**
 * The closest the camera comes to the skin, mm. With the 32° field of view that frames about
 * 13 mm of scalp top to bottom: single pores, ribbons and the club roots of resting hairs.
 */
export const MIN_SKIN_CLEARANCE_MM = 22;

/** How a view change is made: a smooth flight (default) or a cut (reduced motion). */
export interface FlightOptions {
  animate?: boolean;
}

/** The home view's direction as an orbit (distance 1: the home framing). */
export const HOME_ORBIT: CameraOrbit = orbitOf(HOME_DIRECTION, 1);

interface Flight {
  from: CameraOrbit;
  to: CameraOrbit;
  start: number;
}

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
  private homeDistance = 1;
  private flight: Flight | null = null;

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
    this.homeDistance = fit * 0.8;
    this.flight = null;
    this.camera.position.copy(this.controls.target).addScaledVector(HOME_DIRECTION, this.homeDistance);
    // Zoom stops MIN_SKIN_CLEARANCE_MM above the skin the camera looks at (see
    // minDistanceAlong), not at the bounding sphere: the target is inside the head, and a
    // sphere-based limit kept the camera ~40 mm from the crown, too far for a close-up.
    this.controls.maxDistance = fit * 2.5;
    this.camera.near = Math.max(1, radius * 0.02);
    this.controls.minDistance = this.minDistanceAlong(HOME_DIRECTION);
    this.camera.far = fit * 4;
    this.camera.lookAt(this.controls.target);
    this.camera.updateProjectionMatrix();
    this.controls.update();
    this.onChange();
  }

  /** The home view as an orbit (what `resetView` shows). */
  get homeOrbit(): CameraOrbit {
    return orbitOf(HOME_DIRECTION.clone().multiplyScalar(this.homeDistance), this.homeDistance);
  }

  /** Where the camera is now, around the orbit target. */
  getOrbit(): CameraOrbit {
    return orbitOf(this.camera.position.clone().sub(this.controls.target), this.homeDistance);
  }

  /**
   * Puts the camera at `orbit` at once. Angles wrap, phi stays off the poles and the distance
   * within the zoom limits, so a page cannot put the camera inside the head.
   */
  setOrbit(orbit: CameraOrbit): void {
    this.flight = null;
    this.place(orbit);
    this.onChange();
  }

  /**
   * Moves the camera to `orbit`: a flight of {@link FLIGHT_MS} eased both ends, or a cut when
   * `animate` is false (reduced motion). A drag by the user cancels a flight.
   */
  flyTo(orbit: CameraOrbit, options: FlightOptions = {}): void {
    if (options.animate === false) {
      this.setOrbit(orbit);
      return;
    }
    const from = this.getOrbit();
    // The short way round: at most half a turn.
    const turn = ((((orbit.theta - from.theta) % 360) + 540) % 360) - 180;
    this.flight = { from, to: { ...orbit, theta: from.theta + turn }, start: -1 };
    this.onChange();
  }

  /** Turns the camera about the head by `degrees` (positive: to the viewer's right). */
  rotateBy(degrees: number, options: FlightOptions = {}): void {
    const now = this.flight?.to ?? this.getOrbit();
    this.flyTo({ ...now, theta: now.theta + degrees }, options);
  }

  /** Moves the camera closer (`factor` < 1) or farther (> 1), within the zoom limits. */
  zoomBy(factor: number, options: FlightOptions = {}): void {
    const now = this.flight?.to ?? this.getOrbit();
    this.flyTo({ ...now, radius: now.radius * factor }, options);
  }

  /** Back to the home view, flying there unless `animate` is false. */
  reset(options: FlightOptions = {}): void {
    this.flyTo(this.homeOrbit, options);
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
    return this.interacting || this.moved || this.flight !== null;
  }

  /** True while an animated flight is under way. */
  get flying(): boolean {
    return this.flight !== null;
  }

  /** Steps the damped controls; true when the camera moved. */
  update(now: number): boolean {
    const dt = this.lastUpdate ? Math.min(500, now - this.lastUpdate) : 16.7;
    this.lastUpdate = now;
    if (this.flight) this.stepFlight(now);
    this.controls.dampingFactor = Math.min(0.9, 1 - Math.pow(1 - DAMPING_PER_60HZ_FRAME, dt / 16.7));
    // The zoom limit follows the direction the camera looks from (wheel, pinch, drag).
    const offset = this.camera.position.clone().sub(this.controls.target);
    this.controls.minDistance = this.minDistanceAlong(offset);
    this.moved = this.controls.update();
    // A turn at the limit can bring the camera over higher skin: back it out along its ray.
    offset.copy(this.camera.position).sub(this.controls.target);
    const min = this.minDistanceAlong(offset);
    if (offset.length() < min - 1e-6) {
      this.camera.position.copy(this.controls.target).add(offset.setLength(min));
      this.controls.update();
      this.moved = true;
    }
    return this.moved;
  }

  /** Detaches the controls from the canvas. */
  dispose(): void {
    this.controls.removeEventListener('change', this.changed);
    this.controls.removeEventListener('start', this.started);
    this.controls.removeEventListener('end', this.ended);
    this.controls.dispose();
  }

  private stepFlight(now: number): void {
    const flight = this.flight!;
    if (flight.start < 0) flight.start = now;
    const t = Math.min(1, (now - flight.start) / FLIGHT_MS);
    const k = t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2; // ease in-out
    const mix = (a: number, b: number) => a + (b - a) * k;
    const { from, to } = flight;
    this.place({ theta: mix(from.theta, to.theta), phi: mix(from.phi, to.phi), radius: mix(from.radius, to.radius) });
    if (t >= 1) this.flight = null;
  }

  /** Camera at `orbit` about the target, clamped to the zoom limits and off the poles. */
  private place(orbit: CameraOrbit): void {
    const phi = MathUtils.clamp(orbit.phi, MIN_PHI_DEG, MAX_PHI_DEG);
    const offset = new Vector3().setFromSpherical(new Spherical(1, MathUtils.degToRad(phi), MathUtils.degToRad(orbit.theta)));
    const min = this.minDistanceAlong(offset);
    this.controls.minDistance = min;
    offset.multiplyScalar(MathUtils.clamp(orbit.radius * this.homeDistance, min, Math.max(min, this.controls.maxDistance)));
    this.camera.position.copy(this.controls.target).add(offset);
    this.camera.lookAt(this.controls.target);
    // Without this, the damped controls would carry on a drag's momentum from the old place.
    this.controls.update();
  }

  /**
   * The nearest the camera may come to the orbit target looking back along `direction`: the
   * distance at which it is {@link MIN_SKIN_CLEARANCE_MM} above the skin under it (the head's
   * analytic surface, star-shaped about the model's origin), never less than a few near planes.
   */
  private minDistanceAlong(direction: Vector3): number {
    const u = direction.clone();
    if (u.lengthSq() === 0) u.copy(HOME_DIRECTION);
    u.normalize();
    const t = this.controls.target;
    const gap = (d: number) => {
      const x = t.x + u.x * d, y = t.y + u.y * d, z = t.z + u.z * d;
      const r = Math.hypot(x, y, z) || 1;
      return r - skinRadius(x / r, y / r, z / r) - MIN_SKIN_CLEARANCE_MM;
    };
    const floor = this.camera.near * 4;
    const far = Math.max(floor, this.controls.maxDistance);
    const STEP = 4;
    let lo = 0;
    let hi = -1;
    for (let d = 0; d <= far; d += STEP) {
      if (gap(d) >= 0) {
        hi = d;
        break;
      }
      lo = d;
    }
    if (hi < 0) return far;
    if (hi === 0) return floor;
    for (let i = 0; i < 12; i++) {
      const mid = (lo + hi) / 2;
      if (gap(mid) >= 0) hi = mid;
      else lo = mid;
    }
    return Math.max(floor, hi);
  }

  private readonly changed = () => {
    this.moved = true;
    this.onChange();
  };
  private readonly started = () => {
    this.interacting = true;
    this.flight = null; // the user's hand wins over a flight
    this.lastUpdate = 0;
    this.onChange();
  };
  private readonly ended = () => {
    this.interacting = false;
    this.onChange();
  };
}

/** An offset from the target as an orbit, its distance relative to `homeDistance`. */
function orbitOf(offset: Vector3, homeDistance: number): CameraOrbit {
  const s = new Spherical().setFromVector3(offset);
  return {
    theta: MathUtils.radToDeg(s.theta),
    phi: MathUtils.radToDeg(s.phi),
    radius: s.radius / homeDistance,
  };
}
