import {
  BufferAttribute, BufferGeometry, DoubleSide, GLSL3, Group, LineSegments, Mesh, NormalBlending, ShaderMaterial, Sphere, Vector3,
} from 'three';
import type { DataTexture, IUniform } from 'three';
import type { FollicleField, SimulationResult } from '../model/index.ts';
import { follicleDataTexture, packFollicleData } from './follicleTexture.ts';
import { FAR_SIDE_COS, clusteredStrandOrder, patchFacesCamera } from './strandClusters.ts';
import type { StrandCluster } from './strandClusters.ts';
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
 * Every follicle of the field as one strand, animated on the GPU in a few merged draws: the vertex
 * shader derives the follicle from gl_VertexID and evaluates its phase, length, calibre and
 * colour at uTime from a data texture. A seek is one uniform write.
 *
 * The follicles sit in the texture grouped by patch of scalp (strandClusters.ts), one draw
 * per patch: three.js skips a patch whose bounding sphere is out of view, so a close-up runs
 * the vertex shader for the few patches it shows (on software WebGL each vertex run costs,
 * even one the shader culls). Each patch is in a seeded random order, so its first k strands
 * are an even sample of it: while the view moves, a fraction can be drawn by draw range alone
 * (no per-follicle work, no skipped vertex runs), its coverage compensated by opacity.
 */
export class FollicleStrands {
  /** The drawable (ribbons and lines; one of them visible); add it to the scene. */
  readonly mesh = new Group();
  private readonly ribbons = new Group();
  private readonly lines = new Group();
  private readonly ribbonParts: Mesh<BufferGeometry, ShaderMaterial>[] = [];
  private readonly lineParts: LineSegments<BufferGeometry, ShaderMaterial>[] = [];
  private readonly clusters: StrandCluster[];
  private readonly ribbonMaterial: ShaderMaterial;
  private readonly lineMaterial: ShaderMaterial;
  private readonly texture: DataTexture;
  private readonly uniforms: Record<string, IUniform>;
  private readonly count: number;
  private lod: StrandLod = 'lines';
  private fraction = 1;

  constructor(field: FollicleField, result: SimulationResult, style: StrandStyle = DEFAULT_STRAND_STYLE) {
    this.count = field.count;
    const { order, clusters } = clusteredStrandOrder(field.positions, field.count, style.displayLengthMm * 1.3);
    this.clusters = clusters;
    this.texture = follicleDataTexture(packFollicleData(field, result, order));
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
    this.ribbonMaterial = this.material(false);
    this.lineMaterial = this.material(true);
    // One ribbon mesh and one line draw per patch, sharing the materials (one program each).
    // Ribbons have no vertex attributes, only an index (made the first time ribbons are drawn,
    // shared by every patch), so each quad's 4 corners run the vertex shader once each, not 6
    // times. Lines have no attributes and no index: gl_VertexID / 2 is the strand (drawArrays
    // counts gl_VertexID from the range's first vertex).
    for (const cluster of clusters) {
      const bounds = new Sphere(new Vector3(...cluster.center), cluster.radius);
      const ribbonGeometry = new BufferGeometry();
      ribbonGeometry.boundingSphere = bounds;
      const ribbon = new Mesh(ribbonGeometry, this.ribbonMaterial);
      const lineGeometry = new BufferGeometry();
      lineGeometry.boundingSphere = bounds.clone();
      const line = new LineSegments(lineGeometry, this.lineMaterial);
      for (const part of [ribbon, line]) {
        // The strands are built in the shader; the patch's sphere bounds them (three culls
        // with it, and sorts the patches far to near, which suits blending).
        part.frustumCulled = true;
        part.renderOrder = 1;
      }
      this.ribbonParts.push(ribbon);
      this.lineParts.push(line);
      this.ribbons.add(ribbon);
      this.lines.add(line);
    }
    this.mesh.add(this.ribbons, this.lines);
    this.mesh.visible = field.count > 0;
    this.apply();
  }

  /** Simulated day to show: one uniform write. */
  setTime(day: number): void {
    this.uniforms.uTime.value = day;
  }

  /**
   * Hides the patches whose every root faces away from a camera at `position` (head frame, mm)
   * beyond the shader's far-side test; three.js culls those out of view by itself. Call before
   * each render.
   */
  faceCamera(position: { x: number; y: number; z: number }): void {
    const camera: [number, number, number] = [position.x, position.y, position.z];
    this.clusters.forEach((cluster, i) => {
      const facing = patchFacesCamera(cluster, camera);
      this.ribbonParts[i]!.visible = facing;
      this.lineParts[i]!.visible = facing;
    });
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
    const share = Math.min(1, Math.max(0.01, fraction));
    // Called every frame: the draw ranges of every patch change only with the detail.
    if (lod === this.lod && share === this.fraction) return;
    this.lod = lod;
    this.fraction = share;
    this.apply();
  }

  /** Strands drawn by the current detail (tests, bench). */
  get drawnStrands(): number {
    let n = 0;
    for (const c of this.clusters) n += this.drawnIn(c);
    return n;
  }

  /** The current level of detail. */
  get detail(): { lod: StrandLod; fraction: number } {
    return { lod: this.lod, fraction: this.fraction };
  }

  /** Frees the geometries, the materials' program references and the data texture. */
  dispose(): void {
    for (const part of [...this.ribbonParts, ...this.lineParts]) part.geometry.dispose();
    this.ribbonMaterial.dispose();
    this.lineMaterial.dispose();
    this.texture.dispose();
  }

  /** Strands drawn of a patch at the current fraction (at least one, so no patch goes bald). */
  private drawnIn(cluster: StrandCluster): number {
    return this.fraction >= 1 ? cluster.count : Math.max(1, Math.round(cluster.count * this.fraction));
  }

  private apply(): void {
    this.ribbons.visible = this.lod === 'ribbons';
    this.lines.visible = this.lod === 'lines';
    if (this.lod === 'ribbons' && this.ribbonParts.length && !this.ribbonParts[0]!.geometry.index) {
      const index = new BufferAttribute(quadIndices(this.count), 1);
      for (const part of this.ribbonParts) part.geometry.setIndex(index);
    }
    this.clusters.forEach((cluster, i) => {
      const n = this.drawnIn(cluster);
      this.ribbonParts[i]!.geometry.setDrawRange(cluster.start * 6, n * 6);
      this.lineParts[i]!.geometry.setDrawRange(cluster.start * VERTS_PER_LINE, n * VERTS_PER_LINE);
    });
    this.uniforms.uCoverage.value = 1 / this.fraction;
  }

  private material(lines: boolean): ShaderMaterial {
    return new ShaderMaterial({
      glslVersion: GLSL3,
      vertexShader,
      fragmentShader,
      // The far-side test's threshold: one number for the shader and the patch skip.
      defines: { FAR_SIDE_COS: FAR_SIDE_COS.toFixed(4), ...(lines ? { STRAND_LINES: 1 } : {}) },
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
