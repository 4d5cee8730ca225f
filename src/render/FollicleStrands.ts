import {
  BufferAttribute, BufferGeometry, DoubleSide, GLSL3, Group, LineSegments, Mesh, NormalBlending, ShaderMaterial, Sphere, Vector3,
} from 'three';
import type { DataTexture, IUniform } from 'three';
import type { FollicleField, SimulationResult } from '../model/index.ts';
import { follicleDataTexture, packFollicleData, strandOrder } from './follicleTexture.ts';
import { studioLight } from './lighting.ts';
import vertexShader from '../../shaders/follicle.vert.glsl?raw';
import fragmentShader from '../../shaders/follicle.frag.glsl?raw';

/** Vertices per strand as a ribbon: a camera-facing indexed quad of two triangles. */
export const VERTS_PER_STRAND = 4;
/** Vertices per strand as a line: root and tip. */
export const VERTS_PER_LINE = 2;

/**
 * How the strands are drawn. `ribbons`: a quad per strand with the shaft's real width, for
 * close-ups where a hair is a pixel wide or more. `lines`: one 1-pixel GL line per strand
 * (root → tip), for views where a hair is thinner than a pixel anyway: half the vertex work and
 * one primitive instead of two, which is what software WebGL spends its time on (PERF.md).
 */
export type StrandLod = 'ribbons' | 'lines';

/** Display options for the strands. */
export interface StrandStyle {
  /** mm: trimmed length of a full terminal shaft (trichoscopy-like; 8–12 mm reads best). */
  displayLengthMm: number;
  /** mm: length of a miniaturised (vellus-like) shaft, science.md §1.3. */
  vellusLengthMm: number;
  /** Thinnest strand drawn, pixels; thinner shafts become that wide and translucent. */
  minPixels: number;
  /** 0..1: tint shafts that are still growing. */
  growthTint: number;
}

/** Default strand style. */
export const DEFAULT_STRAND_STYLE: StrandStyle = {
  displayLengthMm: 10,
  vellusLengthMm: 1.5,
  minPixels: 1,
  growthTint: 0,
};

/**
 * Every follicle of the field as one strand, in ONE draw, animated on the GPU: the vertex
 * shader derives the follicle from gl_VertexID and evaluates its phase, length, calibre and
 * colour at uTime from a data texture. A seek is one uniform write.
 *
 * The follicles sit in the texture in a seeded random order, so the first k strands are an
 * even sample of the whole head: while the view moves, a fraction can be drawn by draw range
 * alone (no per-follicle work, no skipped vertex runs), its coverage compensated by opacity.
 */
export class FollicleStrands {
  /** The drawable (ribbons and lines; one of them visible); add it to the scene. */
  readonly mesh = new Group();
  private readonly ribbons: Mesh<BufferGeometry, ShaderMaterial>;
  private readonly lines: LineSegments<BufferGeometry, ShaderMaterial>;
  private readonly texture: DataTexture;
  private readonly uniforms: Record<string, IUniform>;
  private readonly count: number;
  private lod: StrandLod = 'lines';
  private fraction = 1;

  constructor(field: FollicleField, result: SimulationResult, style: StrandStyle = DEFAULT_STRAND_STYLE) {
    this.count = field.count;
    this.texture = follicleDataTexture(packFollicleData(field, result, strandOrder(field.count)));
    // One uniforms object shared by both materials: one texture upload, one place to write.
    this.uniforms = {
      uData: { value: this.texture },
      uTime: { value: 0 },
      uHorizon: { value: result.horizonDays },
      uDisplayLen: { value: style.displayLengthMm },
      uVellusLen: { value: style.vellusLengthMm },
      uPxScale: { value: 0.001 },
      uMinPx: { value: style.minPixels },
      uGrowthTint: { value: style.growthTint },
      uCoverage: { value: 1 },
      uKeyDir: { value: studioLight.keyDir },
      uFillDir: { value: studioLight.fillDir },
      uKeyColor: { value: studioLight.keyColor },
      uFillColor: { value: studioLight.fillColor },
      uAmbient: { value: studioLight.skyColor.clone().lerp(studioLight.groundColor, 0.4) },
    };
    const bounds = boundsOf(field.positions, style.displayLengthMm * 1.3);

    // Ribbons: no vertex attributes, only an index, so each quad's 4 corners run the (costly)
    // vertex shader once each, not 6 times. The index (24 B a follicle) is made the first time
    // ribbons are drawn: a view that never comes close never pays for it.
    const ribbonGeometry = new BufferGeometry();
    ribbonGeometry.boundingSphere = bounds;
    this.ribbons = new Mesh(ribbonGeometry, this.material(false));

    // Lines: no attributes and no index at all; gl_VertexID / 2 is the strand.
    const lineGeometry = new BufferGeometry();
    lineGeometry.setDrawRange(0, field.count * VERTS_PER_LINE);
    lineGeometry.boundingSphere = bounds.clone();
    this.lines = new LineSegments(lineGeometry, this.material(true));

    for (const part of [this.ribbons, this.lines]) {
      // The strands are built in the shader; the bounding sphere is only for sorting.
      part.frustumCulled = false;
      part.renderOrder = 1;
      this.mesh.add(part);
    }
    this.mesh.visible = field.count > 0;
    this.apply();
  }

  /** Simulated day to show: one uniform write. */
  setTime(day: number): void {
    this.uniforms.uTime.value = day;
  }

  /** World size of one pixel at view depth 1: 2·tan(fov/2) / viewport height in pixels. */
  setPixelScale(pxScale: number): void {
    this.uniforms.uPxScale.value = pxScale;
  }

  /** 0..1: how strongly shafts that are still growing are tinted. */
  setGrowthTint(amount: number): void {
    this.uniforms.uGrowthTint.value = amount;
  }

  /**
   * Level of detail: ribbons or lines, and the share of follicles drawn (1 = every one; less
   * only while the view moves, with opacity raised so the head keeps its coverage).
   */
  setDetail(lod: StrandLod, fraction = 1): void {
    this.lod = lod;
    this.fraction = Math.min(1, Math.max(0.01, fraction));
    this.apply();
  }

  /** Strands drawn by the current detail (tests, bench). */
  get drawnStrands(): number {
    return Math.round(this.count * this.fraction);
  }

  /** The current level of detail. */
  get detail(): { lod: StrandLod; fraction: number } {
    return { lod: this.lod, fraction: this.fraction };
  }

  /** Frees the geometries, the materials' program references and the data texture. */
  dispose(): void {
    for (const part of [this.ribbons, this.lines]) {
      part.geometry.dispose();
      part.material.dispose();
    }
    this.texture.dispose();
  }

  private apply(): void {
    const n = this.drawnStrands;
    this.ribbons.visible = this.lod === 'ribbons';
    this.lines.visible = this.lod === 'lines';
    if (this.lod === 'ribbons' && !this.ribbons.geometry.index) {
      this.ribbons.geometry.setIndex(new BufferAttribute(quadIndices(this.count), 1));
    }
    this.ribbons.geometry.setDrawRange(0, n * 6);
    this.lines.geometry.setDrawRange(0, n * VERTS_PER_LINE);
    this.uniforms.uCoverage.value = 1 / this.fraction;
  }

  private material(lines: boolean): ShaderMaterial {
    return new ShaderMaterial({
      glslVersion: GLSL3,
      vertexShader,
      fragmentShader,
      defines: lines ? { STRAND_LINES: 1 } : {},
      uniforms: this.uniforms,
      transparent: true,
      blending: NormalBlending,
      // Strands blend over each other in any order: they share a colour family, and not
      // writing depth keeps 100k thin overlapping strands cheap.
      depthWrite: false,
      depthTest: true,
      // Ribbon winding depends on the view; culling would drop every strand or none.
      side: DoubleSide,
    });
  }
}

/** Triangles (v, v+1, v+2) and (v+2, v+1, v+3) for each strand's 4 vertices. */
function quadIndices(count: number): Uint32Array {
  const idx = new Uint32Array(count * 6);
  for (let i = 0, v = 0; i < idx.length; i += 6, v += VERTS_PER_STRAND) {
    idx[i] = v;
    idx[i + 1] = v + 1;
    idx[i + 2] = v + 2;
    idx[i + 3] = v + 2;
    idx[i + 4] = v + 1;
    idx[i + 5] = v + 3;
  }
  return idx;
}

function boundsOf(positions: Float32Array, pad: number): Sphere {
  const min = new Vector3(Infinity, Infinity, Infinity);
  const max = new Vector3(-Infinity, -Infinity, -Infinity);
  const p = new Vector3();
  for (let i = 0; i < positions.length; i += 3) {
    p.set(positions[i], positions[i + 1], positions[i + 2]);
    min.min(p);
    max.max(p);
  }
  if (positions.length === 0) return new Sphere(new Vector3(), 1);
  const centre = min.clone().add(max).multiplyScalar(0.5);
  return new Sphere(centre, centre.distanceTo(max) + pad);
}
