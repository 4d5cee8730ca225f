import { expect } from '@esm-bundle/chai';
import frag from '../../shaders/smoke.glsl?raw';

describe('browser environment', () => {
  it('has WebGL2 from the system Chromium', () => {
    const gl = document.createElement('canvas').getContext('webgl2');
    expect(gl).to.not.equal(null);
  });
  it('serves GLSL ?raw imports as strings', () => {
    expect(frag).to.contain('void main');
  });
});
