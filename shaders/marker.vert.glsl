// Injection-site marker: a small disc lying on the skin at each site. Every vertex of a
// site's quad carries the site centre and skin normal; the corner says which corner it is.
precision highp float;

in vec3 siteNormal;
in vec2 corner;          // -1..1

uniform float uRadius;   // mm
uniform float uMinPx;    // smallest on-screen radius, pixels
uniform float uPxScale;  // world size of one pixel at view depth 1

out vec2 vCorner;

void main() {
  vec3 n = normalize(siteNormal);
  vec3 a = normalize(abs(n.y) < 0.9 ? cross(n, vec3(0.0, 1.0, 0.0)) : cross(n, vec3(1.0, 0.0, 0.0)));
  vec3 b = cross(n, a);
  vec4 centreView = modelViewMatrix * vec4(position + n * 0.15, 1.0);
  float r = max(uRadius, uMinPx * uPxScale * max(-centreView.z, 1e-3));
  vec3 p = position + n * 0.15 + (a * corner.x + b * corner.y) * r;
  vCorner = corner;
  gl_Position = projectionMatrix * modelViewMatrix * vec4(p, 1.0);
}
