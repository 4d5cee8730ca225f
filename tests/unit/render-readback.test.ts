// The software-WebGL copy path (SharedRenderer, copyMode 'readback'): pixels read from a
// premultiplied, bottom-up WebGL buffer become straight-alpha, top-down ImageData rows that a
// 2D canvas stores exactly as drawImage of the WebGL canvas would.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { webglPixelsToImageData } from '../../src/render/readbackImage.ts';

/** What a premultipliedAlpha WebGL buffer holds for a straight colour c at alpha a. */
const premultiply = (c: number, a: number) => Math.round((c * a) / 255);

describe('webglPixelsToImageData', () => {
  it('flips the rows and undoes the premultiply so a 2D canvas stores the same premultiplied values', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 9 }),
        fc.array(fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.oneof(fc.constant(0), fc.constant(255), fc.nat(255))), { minLength: 81, maxLength: 81 }),
        (w, h, colours) => {
          // Row 0 of the WebGL buffer is the image's bottom row.
          const gl = new Uint8ClampedArray(w * h * 4);
          for (let y = 0; y < h; y++) {
            for (let x = 0; x < w; x++) {
              const [r, g, b, a] = colours[(y * w + x) % colours.length]!;
              const i = ((h - 1 - y) * w + x) * 4;
              gl.set([premultiply(r, a), premultiply(g, a), premultiply(b, a), a], i);
            }
          }
          const out = gl.slice();
          webglPixelsToImageData(out, w, h, new Uint8ClampedArray(w * 4));
          for (let y = 0; y < h; y++) {
            for (let x = 0; x < w; x++) {
              const a = colours[(y * w + x) % colours.length]![3];
              const src = ((h - 1 - y) * w + x) * 4;
              const dst = (y * w + x) * 4;
              expect(out[dst + 3]).toBe(a);
              // putImageData premultiplies again: it must land on the buffer's own values.
              for (let c = 0; c < 3; c++) {
                const stored = a === 0 ? 0 : premultiply(out[dst + c]!, a);
                expect(stored).toBe(a === 0 ? 0 : gl[src + c]);
              }
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('leaves opaque pixels untouched and rejects a buffer too small for the size', () => {
    const px = new Uint8ClampedArray([10, 20, 30, 255, 40, 50, 60, 255]);
    webglPixelsToImageData(px, 1, 2, new Uint8ClampedArray(4));
    expect([...px]).toEqual([40, 50, 60, 255, 10, 20, 30, 255]);
    expect(() => webglPixelsToImageData(new Uint8ClampedArray(4), 1, 2, new Uint8ClampedArray(4))).toThrow(RangeError);
  });
});
