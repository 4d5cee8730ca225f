// Head skin: soft wrapped diffuse with a red subsurface tint at the terminator, a low broad
// specular, slight tone variation; plus the two teaching overlays:
// - signal: a heat tint from the growth-factor footprint x time course, and a ring that
//   spreads from each site over the first days after a session and fades;
// - vascular: a capillary-like network (ridged noise) that reddens with the boost.
precision highp float;

uniform vec3 uKeyDir;       // view space, toward the light
uniform vec3 uFillDir;
uniform vec3 uKeyColor;
uniform vec3 uFillColor;
uniform vec3 uSkyColor;
uniform vec3 uGroundColor;
uniform vec3 uUpView;       // world up in view space, for the hemisphere light

uniform float uSignalOn;
uniform float uSignalLevel;   // signalTimeCourse(plan, t)
uniform float uSinceSession;  // days since the last session (large before the first)
uniform float uRingRadius;    // mm: how far rings spread
uniform float uVascularOn;
uniform float uVascularLevel; // vascular boost / cap, 0..1
uniform float uDetail;        // 0..1: fine detail for close-ups (costs fill, so off far away)

in vec3 vNormal;
in vec3 vViewPos;
in vec3 vObjPos;
in float vScalp;
in vec3 vOverlay;
in vec2 vTone;
in float vScar;

layout(location = 0) out vec4 outColor;

const vec3 FACE = vec3(0.66, 0.38, 0.27);    // linear albedo
const vec3 SCALP = vec3(0.70, 0.45, 0.35);   // paler, less sun, a little greyer
const vec3 SUBSURFACE = vec3(0.55, 0.10, 0.05);
// The signal is amber (the legend's --scalp-viewer-signal, #d97706): a heat colour, and apart
// from the teal that marks new growth on the strands.
const vec3 SIGNAL = vec3(0.85, 0.36, 0.02);
const vec3 SIGNAL_TINT = vec3(1.30, 0.95, 0.22);  // multiplies the albedo
const vec3 VESSEL = vec3(0.42, 0.02, 0.03);
const vec3 SCAR = vec3(0.78, 0.58, 0.52);    // scar tissue: paler, less blood, even
const float WRAP = 0.45;

vec3 lightSkin(vec3 n, vec3 l, vec3 c) {
  float ndl = dot(n, l);
  float wrapped = max(0.0, (ndl + WRAP) / (1.0 + WRAP));
  // Light that entered the skin leaves it reddened, most visibly near the terminator.
  float scatter = smoothstep(-WRAP, 0.2, ndl) * (1.0 - smoothstep(0.2, 0.9, ndl));
  return c * (vec3(wrapped) + SUBSURFACE * scatter * 0.5);
}

void main() {
  vec3 n = normalize(vNormal);
  vec3 v = normalize(-vViewPos);
  if (dot(n, v) < 0.0) n = -n;

  vec3 albedo = mix(FACE, SCALP, vScalp);
  albedo *= 1.0 + 0.10 * vTone.x;
  albedo *= vec3(1.0 + 0.05 * vTone.y, 1.0 - 0.03 * vTone.y, 1.0 - 0.04 * vTone.y);
  // Scarring alopecia: fibrous, smooth, shiny skin without follicular openings (science.md §3.4).
  float scar = smoothstep(0.2, 0.7, vScar) * vScar * vScalp;
  albedo = mix(albedo, SCAR, scar * 0.8);
  // Close up: fine mottling and micro-relief (not on scar tissue, which is smooth).
  float relief = 0.0;
  if (uDetail > 0.0) {
    relief = uDetail * (1.0 - scar) * snoise(vObjPos * 2.3);
    albedo *= 1.0 + 0.06 * relief;
  }

  // Overlays change the tissue colour before lighting, so they read as being in the skin.
  if (uVascularOn > 0.5) {
    float boost = uVascularLevel * vOverlay.z;
    float r1 = 1.0 - abs(snoise(vObjPos * 0.22));
    float r2 = 1.0 - abs(snoise(vObjPos * 0.55 + 31.0));
    // Vessels wide enough to read at head scale; at rest faint, with the boost strong.
    float vessels = max(smoothstep(0.88, 0.97, r1), 0.7 * smoothstep(0.92, 0.985, r2));
    float level = min(1.0, boost * 1.6);
    float strength = vessels * (0.15 + 0.85 * level) * mix(0.5, 1.0, vScalp);
    albedo = mix(albedo, VESSEL, strength);
    albedo *= mix(vec3(1.0), vec3(1.10, 0.70, 0.72), level * 0.8);  // flush around the sites
  }
  vec3 glow = vec3(0.0);
  if (uSignalOn > 0.5) {
    float heat = 1.0 - exp(-vOverlay.x * uSignalLevel * 1.5);
    // Shift the skin's hue toward the accent rather than mixing in a flat colour, which
    // turns grey under the hair: the tissue reads as "soaked", its shading kept.
    albedo = mix(albedo, albedo * SIGNAL_TINT, 0.75 * heat);
    float spread = uRingRadius * (1.0 - exp(-uSinceSession / 0.7));
    float dr = (vOverlay.y - spread) / 0.7;
    float ring = exp(-dr * dr) * exp(-uSinceSession / 2.5);
    glow = SIGNAL * ring * 0.9 * step(vOverlay.y, uRingRadius * 1.2);
  }

  vec3 colour = lightSkin(n, uKeyDir, uKeyColor) * albedo + lightSkin(n, uFillDir, uFillColor) * albedo;
  float hemi = 0.5 + 0.5 * dot(n, uUpView);
  colour += albedo * mix(uGroundColor, uSkyColor, hemi);

  // Skin is not plastic: a weak, broad highlight, a touch stronger on the bare scalp.
  vec3 h = normalize(uKeyDir + v);
  float spec = pow(max(dot(n, h), 0.0), mix(mix(18.0, 30.0, vScalp), 90.0, scar));
  float fresnel = 0.04 + 0.96 * pow(1.0 - max(dot(n, v), 0.0), 5.0);
  // Micro-relief breaks the highlight up; scar tissue is glossy.
  colour += uKeyColor * spec * fresnel * mix(0.35, 0.6, vScalp) * (1.0 - 0.3 * abs(relief)) * (1.0 + 5.0 * scar);
  colour += uKeyColor * 0.05 * scar * pow(max(dot(n, h), 0.0), 12.0);

  colour += glow;
  outColor = linearToOutputTexel(vec4(colour, 1.0));
}
