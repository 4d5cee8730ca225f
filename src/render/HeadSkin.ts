import { BufferAttribute, BufferGeometry, GLSL3, Mesh, ShaderMaterial, Vector3 } from 'three';
import type { HeadMeshData, TreatmentPlan } from '../model/index.ts';
import { SIGNAL_SIGMA_MM } from '../model/index.ts';
import { NEVER_DAYS, overlayFootprint } from './skinOverlays.ts';
import type { OverlayLevels } from './skinOverlays.ts';
import { studioLight } from './lighting.ts';
import noise from '../../shaders/noise.glsl?raw';
import skinVertex from '../../shaders/skin.vert.glsl?raw';
import skinFragment from '../../shaders/skin.frag.glsl?raw';

/**
 * The head: a BufferGeometry from HeadMeshData with a skin material that also draws the
 * signal and vascular overlays (one draw; per frame only uniforms change).
 */
export class HeadSkin {
  /** The drawable; add it to the scene. */
  readonly mesh: Mesh<BufferGeometry, ShaderMaterial>;
  private readonly positions: Float32Array;

  constructor(head: HeadMeshData) {
    const g = new BufferGeometry();
    g.setAttribute('position', new BufferAttribute(head.positions, 3));
    g.setAttribute('normal', new BufferAttribute(head.normals, 3));
    g.setAttribute('scalp', new BufferAttribute(head.scalp, 1));
    const n = head.positions.length / 3;
    const blank = new Float32Array(n * 3);
    for (let i = 0; i < n; i++) blank[3 * i + 1] = NEVER_DAYS;
    g.setAttribute('overlay', new BufferAttribute(blank, 3));
    g.setIndex(new BufferAttribute(head.indices, 1));
    g.computeBoundingSphere();
    this.positions = head.positions;

    const material = new ShaderMaterial({
      glslVersion: GLSL3,
      vertexShader: noise + skinVertex,
      fragmentShader: noise + skinFragment,
      uniforms: {
        uKeyDir: { value: studioLight.keyDir },
        uFillDir: { value: studioLight.fillDir },
        uKeyColor: { value: studioLight.keyColor },
        uFillColor: { value: studioLight.fillColor },
        uSkyColor: { value: studioLight.skyColor },
        uGroundColor: { value: studioLight.groundColor },
        uUpView: { value: new Vector3(0, 1, 0) },
        uSignalOn: { value: 0 },
        uSignalLevel: { value: 0 },
        uSinceSession: { value: NEVER_DAYS },
        uRingRadius: { value: 2 * SIGNAL_SIGMA_MM },
        uVascularOn: { value: 0 },
        uVascularLevel: { value: 0 },
      },
    });
    this.mesh = new Mesh(g, material);
    this.mesh.renderOrder = 0;
  }

  /** Recomputes the per-vertex overlay footprint for a plan (once per plan). */
  setPlan(plan: TreatmentPlan): void {
    const attr = this.mesh.geometry.getAttribute('overlay') as BufferAttribute;
    (attr.array as Float32Array).set(overlayFootprint(this.positions, plan));
    attr.needsUpdate = true;
  }

  /** Which overlays are drawn. */
  setOverlays(o: { signal: boolean; vascular: boolean }): void {
    const u = this.mesh.material.uniforms;
    u.uSignalOn.value = o.signal ? 1 : 0;
    u.uVascularOn.value = o.vascular ? 1 : 0;
  }

  /** The overlay levels at the shown day: three uniform writes. */
  setLevels(levels: OverlayLevels): void {
    const u = this.mesh.material.uniforms;
    u.uSignalLevel.value = levels.signal;
    u.uSinceSession.value = levels.sinceSession;
    u.uVascularLevel.value = levels.vascular;
  }

  /** World up in view space (for the hemisphere light); call when the camera moves. */
  setViewUp(upView: Vector3): void {
    (this.mesh.material.uniforms.uUpView.value as Vector3).copy(upView);
  }

  /** Frees geometry and material. */
  dispose(): void {
    this.mesh.geometry.dispose();
    this.mesh.material.dispose();
  }
}
