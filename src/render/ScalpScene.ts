import { Scene, Sphere, Vector3 } from 'three';
import type { Object3D } from 'three';
import type { FollicleField, HeadMeshData, SimulationResult, TreatmentPlan } from '../model/index.ts';
import { SharedRenderer } from './SharedRenderer.ts';
import type { FrameClient } from './SharedRenderer.ts';
import { CameraRig } from './CameraRig.ts';
import { HeadSkin } from './HeadSkin.ts';
import { FollicleStrands } from './FollicleStrands.ts';
import { InjectionMarkers } from './InjectionMarkers.ts';
import { FULL_QUALITY, RenderScale } from './RenderScale.ts';
import type { Quality } from './RenderScale.ts';
import type { StrandLod } from './FollicleStrands.ts';
import { overlayLevels } from './skinOverlays.ts';

/** What ScalpScene draws: the model's output for one scenario. */
export interface ScalpModel {
  head: HeadMeshData;
  field: FollicleField;
  result: SimulationResult;
  plan: TreatmentPlan;
}

/** Which overlays the skin shows. */
export interface Overlays {
  /** Growth-factor signal: heat and spreading rings around the sites. */
  signal: boolean;
  /** Capillary network reddening with the vascular boost (illustrative, science.md §5). */
  vascular: boolean;
}

const upView = new Vector3();
/** After the last seek of a stream, this long (ms) without one before the full-quality frame. */
const ANIMATING_GAP_MS = 250;
/** A terminal shaft (80 µm) at least this many pixels wide at the nearest skin: ribbons, else lines. */
const RIBBON_MIN_HAIR_PX = 1;

/**
 * One viewer's 3D scene: head skin with overlays, every follicle as a GPU-animated strand,
 * injection markers, camera and orbit controls. Draws through the page's shared WebGL
 * renderer into its own visible 2D canvas, only when something changed. The picture is a
 * pure function of time: setTime is a few uniform writes.
 */
export class ScalpScene implements FrameClient {
  /** Called after each rendered frame with its completed duration. */
  onrender?: (info: { frameMs: number }) => void;
  /** The page's WebGL context was lost (`true`) or is back (`false`); the scene redraws by itself. */
  oncontextchange?: (lost: boolean) => void;

  private readonly shared = SharedRenderer.acquire();
  private readonly scene = new Scene();
  private readonly context: CanvasRenderingContext2D;
  private readonly rig: CameraRig;
  private readonly scale = new RenderScale();
  private skin: HeadSkin | null = null;
  private strands: FollicleStrands | null = null;
  private markers: InjectionMarkers | null = null;
  private model: ScalpModel | null = null;
  // Parts a new model replaced, freed after the next frame: their programs stay alive until the
  // new parts (same shaders) have taken them, so a model change compiles nothing (the frame
  // after a change: 272 -> 172 ms on software WebGL at 100k, measured). One per kind: a part
  // retired while an older one waits was never drawn (a frame frees the waiting ones), so it
  // holds no program and goes at once: models changed while nothing draws do not pile up.
  private readonly retired = new Map<string, { dispose(): void }>();
  private day = 0;
  private overlays: Overlays = { signal: true, vascular: false };
  // New growth is tinted by default: the teaching point is where follicles wake.
  private growthTint = 1;
  private cssWidth = 0;
  private cssHeight = 0;
  private dpr = 1;
  private dirty = true;
  // Playing detection: the time changed before this frame and before the previous one.
  private timeChangedSinceDraw = false;
  private lastFrameHadTimeChange = false;
  private lastTimeChange = -Infinity;
  // A frame was drawn below full quality: one full frame is owed when motion stops.
  private settling = false;
  // While frames are drawn below full scale, the canvas's backing store shrinks with them (CSS
  // stretches it): the copy into it costs as much as its pixels (~3 ms at 1280x720 by readback
  // on software WebGL here, ~25 ms by drawImage).
  // The full size to restore and the lowered size set, or null at full size.
  private lowered: { width: number; height: number; setWidth: number; setHeight: number } | null = null;
  private visible = true;
  private disposed = false;

  /** `canvas` is the viewer's own visible canvas; it gets a 2D context, WebGL is shared. */
  constructor(private readonly canvas: HTMLCanvasElement) {
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('ScalpScene: the canvas has no 2D context (is it already used for WebGL?)');
    this.context = ctx;
    this.rig = new CameraRig(canvas, () => this.invalidate());
    const rect = canvas.getBoundingClientRect();
    this.setSize(rect.width || canvas.width, rect.height || canvas.height, globalThis.devicePixelRatio || 1);
    this.shared.add(this);
  }

  /** Shows a new model (head, follicles, simulation, plan); the old one is freed. */
  setModel(data: ScalpModel): void {
    const sameHead = this.model?.head === data.head && this.skin !== null;
    if (!sameHead) {
      if (this.skin) this.retire('skin', this.skin);
      this.skin = new HeadSkin(data.head);
      this.scene.add(this.skin.mesh);
      const bounds = this.skin.mesh.geometry.boundingSphere ?? new Sphere(new Vector3(), 110);
      this.rig.setBounds(bounds);
    }
    this.skin!.setPlan(data.plan);
    this.skin!.setFollicles(data.field, data.result);
    this.skin!.setOverlays(this.overlays);

    if (this.strands) this.retire('strands', this.strands);
    this.strands = new FollicleStrands(data.field, data.result);
    this.strands.setGrowthTint(this.growthTint);
    this.scene.add(this.strands.mesh);

    if (this.markers) this.retire('markers', this.markers);
    this.markers = new InjectionMarkers(data.head, data.plan);
    this.scene.add(this.markers.mesh);

    this.model = data;
    this.setTime(this.day);
  }

  /** The simulated day to show: a few uniform writes, then a render on demand. */
  setTime(day: number): void {
    if (day !== this.day) {
      this.timeChangedSinceDraw = true;
      this.lastTimeChange = performance.now();
    }
    this.day = day;
    if (this.model) {
      this.strands!.setTime(day);
      this.markers!.setTime(day);
      this.skin!.setLevels(overlayLevels(this.model.plan, this.model.result, day));
    }
    this.invalidate();
  }

  /** Switches the signal and vascular overlays. */
  setOverlays(o: Overlays): void {
    this.overlays = { signal: o.signal, vascular: o.vascular };
    this.skin?.setOverlays(this.overlays);
    this.invalidate();
  }

  /** Tints shafts that are still growing (0 = off, 1 = full); an addition to the contract. */
  setGrowthTint(amount: number): void {
    this.growthTint = Math.min(1, Math.max(0, amount));
    this.strands?.setGrowthTint(this.growthTint);
    this.invalidate();
  }

  /** The canvas's CSS size and the device pixel ratio; sets the drawing-buffer size. */
  setSize(cssWidth: number, cssHeight: number, devicePixelRatio: number): void {
    if (cssWidth === this.cssWidth && cssHeight === this.cssHeight && devicePixelRatio === this.dpr) return;
    this.cssWidth = Math.max(0, cssWidth);
    this.cssHeight = Math.max(0, cssHeight);
    this.dpr = devicePixelRatio > 0 ? devicePixelRatio : 1;
    this.lowered = null;
    this.canvas.width = Math.max(1, Math.round(this.cssWidth * this.dpr));
    this.canvas.height = Math.max(1, Math.round(this.cssHeight * this.dpr));
    this.rig.setAspect(this.canvas.width / this.canvas.height);
    this.invalidate();
  }

  /** Back to the home view (above-behind-side, crown in view). */
  resetView(): void {
    this.rig.resetView();
  }

  /**
   * The moving frame time dynamic quality aims under, ms (default: interactive, ~55). Longer
   * frames buy a sharper picture where nobody drives the view; a non-positive value restores
   * the default.
   */
  setMotionBudget(ms: number): void {
    this.scale.budgetMs = ms;
  }

  /** The moving frame budget in force, ms. */
  get motionBudget(): number {
    return this.scale.budgetMs;
  }

  /** Off-screen scenes are not rendered; becoming visible renders once. */
  setVisible(visible: boolean): void {
    this.visible = visible;
    if (visible) this.invalidate();
  }

  /** Renders now, synchronously, at full resolution (tests, snapshots). */
  renderNow(): void {
    if (this.disposed) return;
    this.draw(FULL_QUALITY, false);
  }

  /** Live GPU resource counts of the shared renderer (all scenes of the page). */
  get gpuResources(): { geometries: number; textures: number; programs: number } {
    const info = this.shared.renderer.info;
    return {
      geometries: info.memory.geometries,
      textures: info.memory.textures,
      programs: info.programs?.length ?? 0,
    };
  }

  /** The camera rig (camera + OrbitControls), for elements that drive the view. */
  get cameraRig(): CameraRig {
    return this.rig;
  }

  /** Frees this scene's geometry, textures and materials; the shared renderer when last. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.shared.remove(this);
    this.rig.dispose();
    for (const part of [this.skin, this.strands, this.markers]) {
      if (!part) continue;
      this.scene.remove(part.mesh);
      part.dispose();
    }
    this.skin = this.strands = this.markers = null;
    this.freeRetired();
    this.model = null;
    this.shared.release();
  }

  /** True while the page's WebGL context is lost: nothing draws, the canvas keeps its last picture. */
  get contextLost(): boolean {
    return this.shared.contextLost;
  }

  /** Internal (FrameClient): the shared context was lost or restored. */
  contextChanged(lost: boolean): void {
    if (!this.disposed) this.oncontextchange?.(lost);
  }

  /** Internal (FrameClient): something changed, draw on the next loop turn. */
  invalidate(): void {
    this.dirty = true;
    if (!this.disposed) this.shared.requestFrame();
  }

  /** Internal (FrameClient). */
  wantsFrame(): boolean {
    return !this.disposed && this.visible && this.cssWidth > 0 && this.cssHeight > 0 && (this.dirty || this.rig.active || this.settling);
  }

  /**
   * Internal (FrameClient): one loop turn. While the camera moves or the timeline plays,
   * frames are drawn at dynamic quality (RenderScale); when it rests, one full-quality frame;
   * with nothing changed, nothing.
   */
  frame(now: number): void {
    this.rig.update(now);
    const moving = this.animating();
    if (!this.dirty && !(this.settling && !moving)) return;
    this.draw(this.scale.next(moving), moving);
  }

  /**
   * True while the camera moves or seeks arrive in a stream (playing, dragging the scrubber):
   * the time changed for the previous frame and again for this one, or only just now. A single
   * seek gets a full-quality frame.
   */
  private animating(): boolean {
    if (this.rig.active) return true;
    return this.lastFrameHadTimeChange
      && (this.timeChangedSinceDraw || performance.now() - this.lastTimeChange < ANIMATING_GAP_MS);
  }

  /** Takes a replaced part out of the picture; freed after the next frame (see `retired`). */
  private retire(kind: string, part: { mesh: Object3D; dispose(): void }): void {
    this.scene.remove(part.mesh);
    if (this.retired.has(kind)) part.dispose();
    else this.retired.set(kind, part);
  }

  private freeRetired(): void {
    for (const part of this.retired.values()) part.dispose();
    this.retired.clear();
  }

  /** Ribbons when a terminal hair is a pixel or more wide at the nearest skin, else lines. */
  private strandLod(pxScale: number): StrandLod {
    const bounds = this.skin?.mesh.geometry.boundingSphere;
    const camera = this.rig.camera;
    const nearest = bounds ? Math.max(1, camera.position.distanceTo(bounds.center) - bounds.radius) : 1;
    return 0.08 / (pxScale * nearest) >= RIBBON_MIN_HAIR_PX ? 'ribbons' : 'lines';
  }

  private draw(quality: Quality, moving: boolean): void {
    // A lost context draws nothing (the canvas keeps its last picture); the restore redraws.
    if (this.shared.contextLost) return;
    this.dirty = false;
    this.settling = quality !== FULL_QUALITY;
    this.lastFrameHadTimeChange = this.timeChangedSinceDraw;
    this.timeChangedSinceDraw = false;
    // The canvas is at the lowered size this scene set (restore the full size from it), or at a
    // size someone else set (setSize, a snapshot drawn at its own size): that one is full.
    const lowered = this.lowered;
    const ours = lowered !== null && this.canvas.width === lowered.setWidth && this.canvas.height === lowered.setHeight;
    const full = ours ? lowered : { width: this.canvas.width, height: this.canvas.height };
    const w = Math.max(1, Math.round(full.width * quality.scale));
    const h = Math.max(1, Math.round(full.height * quality.scale));
    if (this.canvas.width !== w || this.canvas.height !== h) {
      this.canvas.width = w;
      this.canvas.height = h;
    }
    // A full frame at someone else's size (a snapshot) keeps the record: they put our size back.
    if (quality.scale < 1) this.lowered = { width: full.width, height: full.height, setWidth: w, setHeight: h };
    else if (ours) this.lowered = null;
    const camera = this.rig.camera;
    camera.updateMatrixWorld();
    const px = this.rig.pixelScale(Math.round(h));
    this.strands?.setPixelScale(px);
    const lod = this.strandLod(px);
    this.strands?.setDetail(lod, quality.fraction);
    this.strands?.faceCamera(camera.position);
    // Fine skin detail with the ribbons (close-ups), and only in full-quality frames.
    this.skin?.setDetail(lod === 'ribbons' && quality === FULL_QUALITY ? 1 : 0);
    this.markers?.setPixelScale(px);
    this.skin?.setViewUp(upView.set(0, 1, 0).transformDirection(camera.matrixWorldInverse));
    const frameMs = this.shared.renderInto(this.scene, camera, this.context, w, h);
    // Drawn (or not, with a lost context: then the programs go, nothing else is lost).
    if (this.retired.size) this.freeRetired();
    this.scale.record(frameMs, moving);
    this.onrender?.({ frameMs });
  }
}
