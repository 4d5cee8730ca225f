// Head skin: passes the geometry and the per-vertex overlay footprints to skin.frag.glsl.
// Slow-varying hue variation is computed here, per vertex, to keep the fill-bound fragment
// stage light on software WebGL.
precision highp float;

in float scalp;    // 1 = hair-bearing scalp, 0 = face, ears, neck
in vec3 overlay;   // x: signal amplitude, y: distance to the nearest site (mm), z: vascular footprint 0..1
in float scar;     // 0..1: share of destroyed follicles around (scarring alopecia)

out vec3 vNormal;   // view space
out vec3 vViewPos;
out vec3 vObjPos;   // mm, head frame: drives the procedural vessels
out float vScalp;
out vec3 vOverlay;
out vec2 vTone;     // x: lightness variation, y: redness variation
out float vScar;

void main() {
  vec4 viewPos = modelViewMatrix * vec4(position, 1.0);
  vNormal = normalize(normalMatrix * normal);
  vViewPos = viewPos.xyz;
  vObjPos = position;
  vScalp = scalp;
  vOverlay = overlay;
  vScar = scar;
  vTone = vec2(snoise(position * 0.045) * 0.6 + snoise(position * 0.17) * 0.4,
               snoise(position * 0.03 + 17.0));
  gl_Position = projectionMatrix * viewPos;
}
