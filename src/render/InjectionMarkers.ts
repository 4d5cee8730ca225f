import { BufferAttribute, BufferGeometry, Color, GLSL3, Mesh, ShaderMaterial } from 'three';
import type { HeadMeshData, TreatmentPlan } from '../model/index.ts';
import { nearestVertexNormals } from './nearestVertexNormals.ts';
import vertexShader from '../../shaders/marker.vert.glsl?raw';
import fragmentShader from '../../shaders/marker.frag.glsl?raw';

const CORNERS = [-1, -1, 1, -1, 1, 1, -1, -1, 1, 1, -1, 1];

/**
 * Marker opacity outside session days. Sites added by plan editing must stay easy to find all
 * year (at 0.3 they faded into the skin and hair), but quieter than on a session day.
 */
export const MARKER_RESTING_STRENGTH = 0.7;

/**
 * Marker opacity at `day`: full at the start of a session day, easing to the resting
 * strength over that day, resting before, between and after the sessions.
 */
export function markerStrength(day: number, sessions: readonly number[]): number {
  let strength = MARKER_RESTING_STRENGTH;
  for (const s of sessions) {
    if (day >= s && day < s + 1) strength = Math.max(strength, 1 - (1 - MARKER_RESTING_STRENGTH) * (day - s));
  }
  return strength;
}

/**
 * Small discs on the skin at the plan's injection sites: one merged draw (not instanced,
 * which software WebGL runs as one draw per instance). Full strength on session days, clearly
 * visible but quieter otherwise.
 */
export class InjectionMarkers {
  /** The drawable; add it to the scene. */
  readonly mesh: Mesh<BufferGeometry, ShaderMaterial>;
  private sessions: number[];

  constructor(head: HeadMeshData, plan: TreatmentPlan) {
    this.sessions = plan.sessions.slice();
    const n = plan.sites.length;
    const centres = new Float32Array(n * 3);
    plan.sites.forEach((s, i) => centres.set(s, 3 * i));
    const normals = nearestVertexNormals(head, centres);
    const position = new Float32Array(n * 18);
    const siteNormal = new Float32Array(n * 18);
    const corner = new Float32Array(n * 12);
    for (let i = 0; i < n; i++) {
      for (let v = 0; v < 6; v++) {
        for (let k = 0; k < 3; k++) {
          position[i * 18 + v * 3 + k] = centres[3 * i + k];
          siteNormal[i * 18 + v * 3 + k] = normals[3 * i + k];
        }
      }
      corner.set(CORNERS, i * 12);
    }
    const g = new BufferGeometry();
    g.setAttribute('position', new BufferAttribute(position, 3));
    g.setAttribute('siteNormal', new BufferAttribute(siteNormal, 3));
    g.setAttribute('corner', new BufferAttribute(corner, 2));
    g.computeBoundingSphere();
    const material = new ShaderMaterial({
      glslVersion: GLSL3,
      vertexShader,
      fragmentShader,
      uniforms: {
        uRadius: { value: 0.9 },
        uMinPx: { value: 3.5 },
        uPxScale: { value: 0.001 },
        uColor: { value: new Color(0.02, 0.45, 0.55) },
        uStrength: { value: MARKER_RESTING_STRENGTH },
      },
      transparent: true,
      depthWrite: false,
      // Drawn after the strands (which write no depth): markers stay visible through hair.
      polygonOffset: true,
      polygonOffsetFactor: -2,
      polygonOffsetUnits: -2,
    });
    this.mesh = new Mesh(g, material);
    this.mesh.renderOrder = 2;
    this.mesh.visible = n > 0;
  }

  /** Full strength on a session day (easing over it), resting strength before, between and after. */
  setTime(day: number): void {
    this.mesh.material.uniforms.uStrength.value = markerStrength(day, this.sessions);
  }

  /** World size of one pixel at view depth 1. */
  setPixelScale(pxScale: number): void {
    this.mesh.material.uniforms.uPxScale.value = pxScale;
  }

  /** Frees geometry and material. */
  dispose(): void {
    this.mesh.geometry.dispose();
    this.mesh.material.dispose();
  }
}
