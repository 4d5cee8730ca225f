// A clean dot with a light rim; uStrength fades markers outside session days.
precision highp float;

uniform vec3 uColor;
uniform float uStrength;  // 0..1

in vec2 vCorner;
layout(location = 0) out vec4 outColor;

void main() {
  float d = length(vCorner);
  if (d > 1.0) discard;
  float aa = fwidth(d) * 1.5;
  float disc = 1.0 - smoothstep(1.0 - aa, 1.0, d);
  float rim = smoothstep(0.62 - aa, 0.62, d);
  vec3 c = mix(uColor, vec3(1.0), rim * 0.85);
  outColor = linearToOutputTexel(vec4(c, disc * uStrength));
}
