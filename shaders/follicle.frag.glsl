// Strand colour is computed per vertex (follicle.vert.glsl), already in the output (sRGB)
// encoding: the fragment stage only writes it, because software WebGL is fill-bound, and fades
// a ribbon's edges over one pixel.
precision highp float;

in vec4 vColor;
#ifndef STRAND_LINES
in vec2 vEdge;  // x: pixels from the axis; y: half the shaft's width in pixels
#endif
layout(location = 0) out vec4 outColor;

void main() {
#ifdef STRAND_LINES
  outColor = vColor;
#else
  float coverage = clamp(vEdge.y + 0.5 - abs(vEdge.x), 0.0, 1.0);
  outColor = vec4(vColor.rgb, vColor.a * coverage);
#endif
}
