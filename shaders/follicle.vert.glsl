// One strand per follicle, in non-instanced draws (one per patch of scalp, strandClusters.ts,
// so that patches out of view are not run at all): on software WebGL an instanced draw costs
// ~20 us per instance (docs: PERF.md), a merged draw ~1.5 us. The follicle index comes
// from gl_VertexID and its data from a float texture, so the CPU never touches a follicle
// after upload. Two levels of detail share this shader (src/render/FollicleStrands.ts):
//  - ribbons (default): a camera-facing quad (2 triangles, 4 indexed vertices) with the
//    shaft's real width, a tapered tip on a shaft still growing, a pale club root on a
//    resting hair, and empty pores as dark dots: for close-ups;
//  - lines (STRAND_LINES): one 1-pixel GL line root -> tip (2 vertices, 1 primitive), for
//    views where a hair is thinner than a pixel: half the vertex runs, half the primitives.
//
// Texel layout per follicle (4 RGBA32F texels, see src/render/follicleTexture.ts):
//   0: root position xyz (mm), calibre at day 0 (< 0: destroyed)
//   1: shaft direction xyz (length 1; length 2 inside the treated area), calibre at the horizon
//   2: events 0..3, 3: events 4..7; an event is day * 4 + phase; >= NO_EVENT: unused

precision highp float;
precision highp int;
precision highp sampler2D;

uniform sampler2D uData;
uniform float uTime;            // simulated day
uniform float uHorizon;         // days; calibre is interpolated day 0 -> horizon
uniform float uDisplayLen;      // mm: trimmed length of a full terminal shaft
uniform float uVellusLen;       // mm: length of a miniaturised shaft
uniform float uPxScale;         // world size of one pixel at view depth 1
uniform float uMinPx;           // thinnest drawn strand, in pixels
uniform float uGrowthTint;      // 0..1: tint shafts whose growth began after day 0
uniform float uCoverage;        // >= 1: opacity gain when only a share of strands is drawn
uniform vec3 uKeyDir;           // view-space light directions (toward the light)
uniform vec3 uFillDir;
uniform vec3 uKeyColor;
uniform vec3 uFillColor;
uniform vec3 uAmbient;

out vec4 vColor;  // output-encoded (sRGB) colour, straight alpha
#ifndef STRAND_LINES
// Ribbons: x = distance from the strand's axis, y = half its drawn width (both in pixels);
// the fragment stage turns them into edge coverage (antialiasing without MSAA). Lines have no
// such varying: each varying costs setup per primitive on software WebGL.
out vec2 vEdge;
#define SET_EDGE(e) vEdge = (e)
#else
#define SET_EDGE(e)
#endif

const int TEX_WIDTH_LOG2 = 12;  // 4096 texels per row: must match follicleTexture.ts
const int TEX_WIDTH_MASK = 4095;
const float NO_EVENT = 4000000.0;
const float EMERGE_DAYS = 25.0;
const float GROWTH_MM_PER_DAY = 0.35;
const float ANAGEN = 0.0;
const float KENOGEN = 3.0;
const float MM_PER_CALIBRE = 0.08;  // calibre 1.0 ~ 80 um (science.md 7.1)
const float PORE_RADIUS = 0.06;     // mm

const vec3 TERMINAL = vec3(0.030, 0.017, 0.010);  // dark brown, linear
const vec3 VELLUS = vec3(0.42, 0.33, 0.25);       // pale, nearly unpigmented
const vec3 CLUB = vec3(0.55, 0.47, 0.38);         // keratinised, unpigmented club root
const vec3 PORE = vec3(0.10, 0.045, 0.035);
const vec3 GROWING_TINT = vec3(0.06, 0.50, 0.36);  // teal, the accent: "new growth"

// Linear -> the sRGB output encoding (three's sRGBTransferOETF; the shared renderer always draws
// to an sRGB canvas). Done here per vertex, not per fragment: on software WebGL most of a 100k
// lines frame's strand cost is rasterising and shading their fragments (the same lines drawn
// with zero length cost about a third), and this pow() per fragment made a whole 100k frame
// ~15 % slower (measured in one page, alternating frames). The colour is then interpolated in
// output space along a strand (root and tip differ only in shade).
vec3 toOutput(vec3 c) {
  return mix(pow(c, vec3(0.41666)) * 1.055 - vec3(0.055), c * 12.92, vec3(lessThanEqual(c, vec3(0.0031308))));
}

// PCG hash: a stable per-follicle random number without a texture lookup.
float hash01(int i) {
  uint h = uint(i) * 747796405u + 2891336453u;
  h = ((h >> ((h >> 28u) + 4u)) ^ h) * 277803737u;
  h = (h >> 22u) ^ h;
  return float(h) * (1.0 / 4294967295.0);
}

float shaftLength(float anagenDays, float fullLen) {
  return clamp((anagenDays - EMERGE_DAYS) * GROWTH_MM_PER_DAY, 0.0, fullLen);
}

// One step of "the phase at uTime is the last event with day <= uTime". Unrolled by the
// caller: a loop indexing a vec4 by a variable is slow on software WebGL.
// Length: anagen grows after emergence; catagen/telogen keep the length reached; a rest phase
// already running on day 0 is a full club hair; kenogen is an empty pore.
void scan(float v, bool first, float fullLen, inout float phase, inout float anagenStart,
          inout float frozenLen, inout bool done) {
  float day = floor(v * 0.25);
  if (done || v >= NO_EVENT || day > uTime) {
    done = true;
    return;
  }
  float ph = v - day * 4.0;
  if (ph == ANAGEN) {
    anagenStart = day;
  } else if (ph < KENOGEN) {
    frozenLen = first ? fullLen : (phase == ANAGEN ? shaftLength(day - anagenStart, fullLen) : frozenLen);
  } else {
    frozenLen = 0.0;
  }
  phase = ph;
}

void cull() {
  gl_Position = vec4(2.0, 2.0, 2.0, 1.0);  // degenerate, outside the clip volume
  vColor = vec4(0.0);
  SET_EDGE(vec2(0.0, 1.0));
}

void main() {
#ifdef STRAND_LINES
  int strand = gl_VertexID >> 1;
  bool atTip = (gl_VertexID & 1) == 1;
  float side = 0.0;
#else
  int strand = gl_VertexID >> 2;
  int corner = gl_VertexID & 3;
  bool atTip = corner >= 2;
  float side = (corner & 1) == 1 ? 1.0 : -1.0;
#endif
  int texel = strand * 4;
  ivec2 uv = ivec2(texel & TEX_WIDTH_MASK, texel >> TEX_WIDTH_LOG2);
  vec4 rootCal0 = texelFetch(uData, uv, 0);

  // Cheap culls before any other work (the vertex stage dominates on software WebGL):
  // destroyed follicles (smooth skin, not even a pore); strands on the far side of the head,
  // judged by the direction from the head centre (the origin, CONTRACTS.md), with room for
  // a shaft that pokes over the silhouette; and roots outside the view by more than a
  // strand's length. Culled strands skip triangle setup, which costs as much as shading.
  vec4 rootView = modelViewMatrix * vec4(rootCal0.xyz, 1.0);
  vec4 rootClip = projectionMatrix * rootView;
  float reach = max(projectionMatrix[0][0], projectionMatrix[1][1]) * uDisplayLen * 1.3 / max(-rootView.z, 1e-3);
  if (rootCal0.w < 0.0
      || dot(normalize(rootCal0.xyz), normalize(cameraPosition - rootCal0.xyz)) < FAR_SIDE_COS  // strandClusters.ts
      || rootView.z > 0.0
      || any(greaterThan(abs(rootClip.xy / rootClip.w), vec2(1.0 + reach)))) {
    cull();
    return;
  }
  vec4 dirCal1 = texelFetch(uData, uv + ivec2(1, 0), 0);
  vec4 evA = texelFetch(uData, uv + ivec2(2, 0), 0);
  vec4 evB = texelFetch(uData, uv + ivec2(3, 0), 0);

  float calibre = mix(rootCal0.w, dirCal1.w, clamp(uTime / max(uHorizon, 1.0), 0.0, 1.0));
  float terminalness = smoothstep(0.375, 0.75, calibre);  // science.md 7.1 display classes
  // Trimmed lengths vary a little, as a real cut does.
  float fullLen = mix(uVellusLen, uDisplayLen, terminalness) * (0.85 + 0.3 * hash01(strand));

  float phase = KENOGEN;
  float anagenStart = 0.0;
  float frozenLen = 0.0;
  bool done = false;
  scan(evA.x, true, fullLen, phase, anagenStart, frozenLen, done);
  scan(evA.y, false, fullLen, phase, anagenStart, frozenLen, done);
  scan(evA.z, false, fullLen, phase, anagenStart, frozenLen, done);
  scan(evA.w, false, fullLen, phase, anagenStart, frozenLen, done);
  scan(evB.x, false, fullLen, phase, anagenStart, frozenLen, done);
  scan(evB.y, false, fullLen, phase, anagenStart, frozenLen, done);
  scan(evB.z, false, fullLen, phase, anagenStart, frozenLen, done);
  scan(evB.w, false, fullLen, phase, anagenStart, frozenLen, done);
  float len = phase == ANAGEN ? shaftLength(uTime - anagenStart, fullLen)
            : phase == KENOGEN ? 0.0 : frozenLen;

  float pxWorld = uPxScale * max(-rootView.z, 1e-3);
  float minWidth = uMinPx * pxWorld;
  vec3 colour;
  float alpha;
  vec3 pos;

#ifdef STRAND_LINES
  // A pore is far below a pixel at the distances lines are used for: not drawn.
  if (len < 0.05) {
    cull();
    return;
  }
#else
  if (len < 0.05) {
    // Empty pore (or a shaft not yet through the skin): a dark dot facing the camera,
    // nudged toward it so the skin does not swallow half of it.
    float r = max(PORE_RADIUS, 0.5 * minWidth);
    float k = PORE_RADIUS / r;
    alpha = min(1.0, 0.55 * k * k * uCoverage);
    vec3 c = rootView.xyz + normalize(-rootView.xyz) * r;
    pos = c + vec3(side * r, atTip ? r : -r, 0.0);
    vColor = vec4(toOutput(PORE), alpha);
    SET_EDGE(vec2(0.0, 1.0));
    gl_Position = projectionMatrix * vec4(pos, 1.0);
    return;
  }
#endif

  // New growth: a shaft in the treated area whose growth phase began after day 0 (a follicle
  // that woke, or cycled anew). Fully tinted while it lengthens, 0.6 once it reached the
  // trimmed length, so a person can see where growth restarted, not only that density rose.
  // Only in the treated area: elsewhere new shafts are the ordinary cycle, and tinting them
  // would suggest an effect where there is none.
  bool treated = dot(dirCal1.xyz, dirCal1.xyz) > 2.0;
  bool growing = phase == ANAGEN && len < fullLen;
  float fresh = (treated && phase == ANAGEN && anagenStart > 0.0) ? (growing ? 1.0 : 0.6) : 0.0;

  vec3 dir = normalize(dirCal1.xyz);
  vec3 tipView = (modelViewMatrix * vec4(rootCal0.xyz + dir * len, 1.0)).xyz;
  float width = MM_PER_CALIBRE * max(calibre, 0.05);
  // Thinner than a pixel: draw a pixel and let coverage become alpha.
  alpha = min(1.0, width / minWidth);
#ifdef STRAND_LINES
  pos = atTip ? tipView : rootView.xyz;
  SET_EDGE(vec2(0.0, 1.0));
#else
  vec3 axis = tipView - rootView.xyz;
  vec3 across = cross(axis, rootView.xyz);
  float al = length(across);
  across = al > 1e-9 ? across / al : vec3(1.0, 0.0, 0.0);
  width = max(width, minWidth);
  // A shaft still growing has never been cut: its tip is the natural taper of a new hair.
  float w = atTip && growing ? max(0.25 * width, minWidth) : width;
  // Drawn one pixel wider than the shaft; the fragment stage fades the edge over that pixel.
  float tipPxWorld = atTip ? uPxScale * max(-tipView.z, 1e-3) : pxWorld;
  float drawn = w + tipPxWorld;
  pos = (atTip ? tipView : rootView.xyz) + across * (0.5 * side * drawn);
  SET_EDGE(vec2(side, 1.0) * (0.5 * drawn / tipPxWorld) - vec2(0.0, 0.5));
#endif

  // Kajiya-Kay shading per vertex: hair is lit by the angle between light and fibre.
  vec3 t = normalize(normalMatrix * dir);
  float tk = dot(t, uKeyDir), tf = dot(t, uFillDir);
  float kd = sqrt(max(0.0, 1.0 - tk * tk));
  float fd = sqrt(max(0.0, 1.0 - tf * tf));
  float th = dot(t, normalize(uKeyDir + vec3(0.0, 0.0, 1.0)));
  // sin^32 by squaring: pow() is an exp/log pair, costly per vertex on software WebGL.
  float spec = max(0.0, 1.0 - th * th);
  spec *= spec; spec *= spec; spec *= spec; spec *= spec; spec *= spec;
  vec3 albedo = mix(VELLUS, TERMINAL, terminalness);
  albedo = mix(albedo, GROWING_TINT, uGrowthTint * 0.8 * fresh);
  // A resting (catagen/telogen) hair is a club hair: its root end is unpigmented keratin.
  bool club = phase != ANAGEN;
  if (club && !atTip) albedo = mix(albedo, CLUB, 0.7 * terminalness);
  colour = albedo * (uAmbient + uKeyColor * kd + uFillColor * fd) + 0.10 * terminalness * spec * uKeyColor;
  colour *= atTip ? 1.1 : (club ? 0.95 : 0.75);  // roots sit in the shade of the coat
  alpha = min(1.0, alpha * mix(0.55, 1.0, terminalness) * uCoverage);

  vColor = vec4(toOutput(colour), alpha);
  gl_Position = projectionMatrix * vec4(pos, 1.0);
}
