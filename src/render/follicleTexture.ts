import { DataTexture, FloatType, NearestFilter, RGBAFormat } from 'three';
import type { FollicleField, SimulationResult } from '../model/index.ts';
import { EVENT_SLOTS } from '../model/index.ts';

/** Texels per row of the follicle data texture; the strand shader hard-codes log2 = 12. */
export const FOLLICLE_TEXTURE_WIDTH = 4096;
/** RGBA32F texels per follicle: root + calibre0, direction (length 2 = treated area) + calibre1, events 0–3, events 4–7. */
export const TEXELS_PER_FOLLICLE = 4;

/**
 * Packs every follicle's static data and its phase-change events into one RGBA32F texture,
 * read by index in shaders/follicle.vert.glsl. Built once per model; nothing per frame.
 */
export function packFollicleData(field: FollicleField, result: SimulationResult, order?: Uint32Array): Float32Array {
  // The shader reads exactly two texels of events.
  if (EVENT_SLOTS !== 8) throw new Error(`follicle texture expects 8 event slots, got ${EVENT_SLOTS}`);
  const n = field.count;
  const rows = Math.max(1, Math.ceil((n * TEXELS_PER_FOLLICLE) / FOLLICLE_TEXTURE_WIDTH));
  const data = new Float32Array(rows * FOLLICLE_TEXTURE_WIDTH * 4);
  const { positions, directions } = field;
  const { events, calibre } = result;
  for (let slot = 0; slot < n; slot++) {
    // Slot `slot` of the texture holds follicle `i` (identity without an order).
    const i = order ? order[slot] : slot;
    const o = slot * 16;
    data[o] = positions[3 * i];
    data[o + 1] = positions[3 * i + 1];
    data[o + 2] = positions[3 * i + 2];
    data[o + 3] = calibre[2 * i];
    // The direction's length carries the treated-area flag (1 or 2); the shader normalises it.
    const flag = result.treatedMask[i] ? 2 : 1;
    data[o + 4] = directions[3 * i] * flag;
    data[o + 5] = directions[3 * i + 1] * flag;
    data[o + 6] = directions[3 * i + 2] * flag;
    data[o + 7] = calibre[2 * i + 1];
    for (let k = 0; k < 8; k++) data[o + 8 + k] = events[i * EVENT_SLOTS + k];
  }
  return data;
}

/**
 * A seeded, deterministic random permutation of 0..count-1 (Fisher–Yates, mulberry32): the
 * order of the follicles in the texture, so that any prefix is an even sample of the head.
 */
export function strandOrder(count: number, seed = 0x5ca1f): Uint32Array {
  const order = new Uint32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  let a = seed >>> 0;
  const random = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = order[i];
    order[i] = order[j];
    order[j] = t;
  }
  return order;
}

/** Wraps packed follicle data in a DataTexture (nearest filtering, no mipmaps). */
export function follicleDataTexture(data: Float32Array): DataTexture {
  const rows = data.length / (FOLLICLE_TEXTURE_WIDTH * 4);
  const tex = new DataTexture(data, FOLLICLE_TEXTURE_WIDTH, rows, RGBAFormat, FloatType);
  tex.magFilter = NearestFilter;
  tex.minFilter = NearestFilter;
  tex.generateMipmaps = false;
  tex.needsUpdate = true;
  return tex;
}
