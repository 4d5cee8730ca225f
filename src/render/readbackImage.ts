/**
 * Turns pixels read back from a WebGL drawing buffer into ImageData rows, in place: WebGL's rows
 * run bottom-up and a `premultipliedAlpha` context stores colour × alpha; ImageData is top-down
 * with straight alpha. Pixels with alpha 0 or 255 (almost all of a frame) need no division.
 */
export function webglPixelsToImageData(px: Uint8ClampedArray, width: number, height: number, row: Uint8ClampedArray): void {
  const stride = width * 4;
  if (px.length < stride * height || row.length < stride) throw new RangeError('webglPixelsToImageData: buffer too small');
  for (let top = 0, bottom = height - 1; top < bottom; top++, bottom--) {
    const a = top * stride;
    const b = bottom * stride;
    row.set(px.subarray(a, a + stride));
    px.copyWithin(a, b, b + stride);
    px.set(row.subarray(0, stride), b);
  }
  const end = stride * height;
  for (let i = 3; i < end; i += 4) {
    const alpha = px[i]!;
    if (alpha === 255 || alpha === 0) continue;
    // Uint8ClampedArray rounds and clamps: the inverse of the premultiply up to ±1 level, as
    // the browser's own un-premultiply does.
    const k = 255 / alpha;
    px[i - 3] = px[i - 3]! * k;
    px[i - 2] = px[i - 2]! * k;
    px[i - 1] = px[i - 1]! * k;
  }
}

/**
 * ImageData buffers kept per size for the readback copy (a page's viewers share a few sizes:
 * one for a single viewer, one per compare layout), so a frame allocates nothing. At most
 * `maxBytes` are kept, the least recently used size dropped first; a bigger picture (a large
 * snapshot) gets a buffer of its own that is not kept, so an unattended kiosk holds no more.
 */
export class ImageDataPool {
  private readonly images = new Map<string, ImageData>();
  private bytes = 0;
  private row = new Uint8ClampedArray(0);

  constructor(private readonly maxBytes = 32 * 1024 * 1024) {}

  /** An ImageData of exactly width × height (its contents are whatever the last use left). */
  get(width: number, height: number): ImageData {
    const key = `${width}x${height}`;
    const held = this.images.get(key);
    if (held) {
      // Most recently used last.
      this.images.delete(key);
      this.images.set(key, held);
      return held;
    }
    const image = new ImageData(width, height);
    const size = image.data.byteLength;
    if (size > this.maxBytes) return image;
    while (this.bytes + size > this.maxBytes) {
      const [oldest, old] = this.images.entries().next().value!;
      this.images.delete(oldest);
      this.bytes -= old.data.byteLength;
    }
    this.images.set(key, image);
    this.bytes += size;
    return image;
  }

  /** A scratch row of at least `bytes` bytes. */
  rowBuffer(bytes: number): Uint8ClampedArray {
    if (this.row.length < bytes) this.row = new Uint8ClampedArray(bytes);
    return this.row;
  }

  /** Frees every buffer (the viewers changed; sizes will be asked for again). */
  clear(): void {
    this.images.clear();
    this.bytes = 0;
    this.row = new Uint8ClampedArray(0);
  }

  /** Sizes held, and their bytes (tests). */
  get size(): number {
    return this.images.size;
  }

  get heldBytes(): number {
    return this.bytes;
  }
}
