import { BufferAttribute, BufferGeometry, GLSL3, Mesh, ShaderMaterial, Vector3 } from 'three';
import type { FollicleField, HeadMeshData, SimulationResult, TreatmentPlan } from '../model/index.ts';
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
    g.setAttribute('scar', new BufferAttribute(new Float32Array(n), 1));
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
        uDetail: { value: 0 },
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

  /**
   * Marks the skin where follicles are destroyed (scarring alopecia, science.md §3.4): per
   * vertex, the share of destroyed follicles within ~1 cm, so that skin renders smooth and
   * shiny with no pores (the strands draw nothing for those follicles). Once per model.
   */
  setFollicles(field: FollicleField, result: SimulationResult): void {
    const attr = this.mesh.geometry.getAttribute('scar') as BufferAttribute;
    (attr.array as Float32Array).set(scarWeights(this.positions, field, result));
    attr.needsUpdate = true;
  }

  /** 0..1: fine skin detail (micro-relief, mottling), for close-ups only; it costs fill. */
  setDetail(amount: number): void {
    this.mesh.material.uniforms.uDetail.value = amount;
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

const SCAR_CELL_MM = 5;
const cellKey = (x: number, y: number, z: number) =>
  ((Math.floor(x / SCAR_CELL_MM) + 128) * 256 + (Math.floor(y / SCAR_CELL_MM) + 128)) * 256 + (Math.floor(z / SCAR_CELL_MM) + 128);

/** Per head vertex: destroyed ÷ all follicles in the 3×3×3 cells (5 mm) around it; 0 where none. */
export function scarWeights(positions: Float32Array, field: FollicleField, result: SimulationResult): Float32Array {
  const all = new Map<number, number>();
  const destroyed = new Map<number, number>();
  const p = field.positions;
  let any = false;
  for (let i = 0; i < field.count; i++) {
    const k = cellKey(p[3 * i], p[3 * i + 1], p[3 * i + 2]);
    all.set(k, (all.get(k) ?? 0) + 1);
    if (result.calibre[2 * i] < 0) {
      destroyed.set(k, (destroyed.get(k) ?? 0) + 1);
      any = true;
    }
  }
  const n = positions.length / 3;
  const out = new Float32Array(n);
  if (!any) return out;
  for (let v = 0; v < n; v++) {
    const x = positions[3 * v], y = positions[3 * v + 1], z = positions[3 * v + 2];
    let total = 0, dead = 0;
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (let dz = -1; dz <= 1; dz++) {
          const k = cellKey(x + dx * SCAR_CELL_MM, y + dy * SCAR_CELL_MM, z + dz * SCAR_CELL_MM);
          total += all.get(k) ?? 0;
          dead += destroyed.get(k) ?? 0;
        }
    out[v] = total > 0 ? dead / total : 0;
  }
  return out;
}
