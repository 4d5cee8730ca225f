// Strand colour is computed per vertex (follicle.vert.glsl): the fragment stage only writes
// it, because software WebGL is fill-bound.
precision highp float;

in vec4 vColor;
layout(location = 0) out vec4 outColor;

void main() {
  outColor = linearToOutputTexel(vColor);
}
