import { BufferAttribute, BufferGeometry, DoubleSide, GLSL3, Mesh, NormalBlending, ShaderMaterial, Sphere, Vector3 } from 'three';
import type { DataTexture } from 'three';
import type { FollicleField, SimulationResult } from '../model/index.ts';
import { follicleDataTexture, packFollicleData } from './follicleTexture.ts';
import { studioLight } from './lighting.ts';
import vertexShader from '../../shaders/follicle.vert.glsl?raw';
import fragmentShader from '../../shaders/follicle.frag.glsl?raw';

/** Vertices per strand: a camera-facing ribbon, an indexed quad of two triangles. */
export const VERTS_PER_STRAND = 4;

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
 */
export class FollicleStrands {
  /** The drawable; add it to the scene. */
  readonly mesh: Mesh<BufferGeometry, ShaderMaterial>;
  private readonly texture: DataTexture;

  constructor(field: FollicleField, result: SimulationResult, style: StrandStyle = DEFAULT_STRAND_STYLE) {
    this.texture = follicleDataTexture(packFollicleData(field, result));
    const geometry = new BufferGeometry();
    // No vertex attributes: the shader derives everything from gl_VertexID. Only an index,
    // so each quad's 4 corners run the (costly) vertex shader once each, not 6 times.
    geometry.setIndex(new BufferAttribute(quadIndices(field.count), 1));
    geometry.boundingSphere = boundsOf(field.positions, style.displayLengthMm * 1.3);
    const material = new ShaderMaterial({
      glslVersion: GLSL3,
      vertexShader,
      fragmentShader,
      uniforms: {
        uData: { value: this.texture },
        uTime: { value: 0 },
        uHorizon: { value: result.horizonDays },
        uDisplayLen: { value: style.displayLengthMm },
        uVellusLen: { value: style.vellusLengthMm },
        uPxScale: { value: 0.001 },
        uMinPx: { value: style.minPixels },
        uGrowthTint: { value: style.growthTint },
        uKeyDir: { value: studioLight.keyDir },
        uFillDir: { value: studioLight.fillDir },
        uKeyColor: { value: studioLight.keyColor },
        uFillColor: { value: studioLight.fillColor },
        uAmbient: { value: studioLight.skyColor.clone().lerp(studioLight.groundColor, 0.4) },
      },
      transparent: true,
      blending: NormalBlending,
      // Strands blend over each other in any order: they share a colour family, and not
      // writing depth keeps 100k thin overlapping ribbons cheap.
      depthWrite: false,
      depthTest: true,
      // Ribbon winding depends on the view; culling would drop every strand or none.
      side: DoubleSide,
    });
    this.mesh = new Mesh(geometry, material);
    // The ribbons are built in the shader; the bounding sphere above is only for sorting.
    this.mesh.frustumCulled = false;
    this.mesh.renderOrder = 1;
    this.mesh.visible = field.count > 0;
  }

  /** Simulated day to show: one uniform write. */
  setTime(day: number): void {
    this.mesh.material.uniforms.uTime.value = day;
  }

  /** World size of one pixel at view depth 1: 2·tan(fov/2) / viewport height in pixels. */
  setPixelScale(pxScale: number): void {
    this.mesh.material.uniforms.uPxScale.value = pxScale;
  }

  /** 0..1: how strongly shafts that are still growing are tinted. */
  setGrowthTint(amount: number): void {
    this.mesh.material.uniforms.uGrowthTint.value = amount;
  }

  /** Frees the geometry, the material's program reference and the data texture. */
  dispose(): void {
    this.mesh.geometry.dispose();
    this.mesh.material.dispose();
    this.texture.dispose();
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
