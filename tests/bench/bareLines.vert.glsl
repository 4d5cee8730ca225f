// Bench only: the floor of the line technique on this renderer. Every follicle as one 1-pixel
// line from its root along its shaft direction, at the full display length, one colour: no
// phase, length, calibre, culling or lighting, so what it costs is drawing the lines at all.
// Swapped in for the strand line shader by scene.html?bare=1 (same texture, draws, blending
// off, depth test on). Compare with the shipping frame and the scalp-only frame of the same run.
precision highp float;
precision highp int;
precision highp sampler2D;

uniform sampler2D uData;
uniform float uDisplayLen;

out vec4 vColor;

void main() {
  int strand = gl_VertexID >> 1;
  int texel = strand * 4;
  ivec2 uv = ivec2(texel & 4095, texel >> 12);
  vec3 root = texelFetch(uData, uv, 0).xyz;
  vec3 dir = normalize(texelFetch(uData, uv + ivec2(1, 0), 0).xyz);
  vec3 p = (gl_VertexID & 1) == 1 ? root + dir * uDisplayLen : root;
  vColor = vec4(0.18, 0.12, 0.09, 1.0);
  gl_Position = projectionMatrix * modelViewMatrix * vec4(p, 1.0);
}
