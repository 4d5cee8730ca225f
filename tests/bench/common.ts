// Shared by the bench pages (scene.ts, baseline.ts): building a follicle field of a given size
// with the model layer, and small measuring helpers. Bench-only code.
import { placeFollicles } from '../../src/model/index.ts';
import type { FollicleField } from '../../src/model/index.ts';

/** Field sizes the bench knows: nominal name → how to build it. */
export const SIZES: Record<string, { densityScale: number; seeds: number[] }> = {
  scalp: { densityScale: 0.1, seeds: [1] }, // built, then drawn with count 0 (no strands)
  '10k': { densityScale: 0.1, seeds: [1] },
  '50k': { densityScale: 0.5, seeds: [1] },
  '100k': { densityScale: 1, seeds: [1] },
  // Stress case: the model caps density at the real scalp (~100k). 200k is two whole-scalp
  // fields of different seeds concatenated: twice the real density, not a real head.
  '200k': { densityScale: 1, seeds: [1, 2] },
};

/** Concatenates follicle fields (the 200k stress case). */
export function concatFields(fields: FollicleField[]): FollicleField {
  if (fields.length === 1) return fields[0];
  const count = fields.reduce((s, f) => s + f.count, 0);
  const cat = <T extends Float32Array | Uint8Array>(key: 'positions' | 'normals' | 'directions' | 'region', make: (n: number) => T): T => {
    const out = make(fields.reduce((s, f) => s + f[key].length, 0));
    let o = 0;
    for (const f of fields) {
      out.set(f[key] as never, o);
      o += f[key].length;
    }
    return out;
  };
  return {
    count,
    positions: cat('positions', (n) => new Float32Array(n)),
    normals: cat('normals', (n) => new Float32Array(n)),
    directions: cat('directions', (n) => new Float32Array(n)),
    region: cat('region', (n) => new Uint8Array(n)),
    regionAreaCm2: fields[0].regionAreaCm2,
    scalpAreaCm2: fields[0].scalpAreaCm2,
  };
}

/** The field for a bench size name. */
export function benchField(size: string): FollicleField {
  const spec = SIZES[size];
  if (!spec) throw new Error(`unknown bench size ${size}`);
  return concatFields(spec.seeds.map((seed) => placeFollicles({ seed, densityScale: spec.densityScale })));
}

export const median = (a: number[]): number => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];

export function rendererString(gl: WebGLRenderingContext | WebGL2RenderingContext): string {
  const ext = gl.getExtension('WEBGL_debug_renderer_info');
  return String(gl.getParameter(ext ? ext.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
}
