// Bench page: the shipping technique (ScalpScene: head skin + every follicle in merged draws by patch of scalp,
// GPU-animated, + injection markers), driven directly with a model built by src/model,
// so every size (including the 200k stress case) uses the same harness.
import { NoBlending } from 'three';
import { ScalpScene } from '../../src/render/index.ts';
import { applyPattern, buildHeadMesh, makeTreatmentPlan, simulate } from '../../src/model/index.ts';
import type { FollicleField } from '../../src/model/index.ts';
import { benchField, median, rendererString } from './common.ts';
import bareLinesShader from './bareLines.vert.glsl?raw';

declare global {
  interface Window { runBench(frames: number): Promise<unknown> }
}

const size = new URLSearchParams(location.search).get('n') ?? '100k';
// ?bare=1: the strand lines drawn by bareLines.vert.glsl (the technique's floor), opaque.
const bare = new URLSearchParams(location.search).get('bare') === '1';
const canvas = document.getElementById('c') as HTMLCanvasElement;

window.runBench = async (frames: number) => {
  const tb = performance.now();
  const head = buildHeadMesh();
  const field = benchField(size);
  const states = applyPattern(field, 'norwood-4', 1);
  const plan = makeTreatmentPlan({});
  const result = simulate({ field, states, plan, seed: 1 });
  const buildMs = performance.now() - tb;
  // Scalp only: the same scene with no strands (count 0; skin and markers as usual).
  const shown: FollicleField = size === 'scalp'
    ? { ...field, count: 0, positions: new Float32Array(0), normals: new Float32Array(0), directions: new Float32Array(0), region: new Uint8Array(0) }
    : field;

  const scene = new ScalpScene(canvas);
  (window as unknown as { __scene: ScalpScene }).__scene = scene; // for tools that drive the page
  const ctx = canvas.getContext('2d')!;
  scene.setModel({ head, field: shown, result, plan });
  if (bare) {
    const lines = (scene as unknown as { strands: { lineMaterial: import('three').ShaderMaterial } }).strands.lineMaterial;
    lines.vertexShader = bareLinesShader;
    lines.blending = NoBlending;
    lines.needsUpdate = true;
  }
  const tf = performance.now();
  scene.renderNow();
  ctx.getImageData(0, 0, 1, 1);
  const firstRenderMs = performance.now() - tf; // upload + shader compile + first draw
  const firstFrameMs = performance.now(); // since navigation start, model built on the main thread

  const frameMs: number[] = [];
  const seekJsMs: number[] = [];
  // The 2D copy alone (SharedRenderer.renderInto's copy, readback or drawImage, + the completion it waits for).
  const copyMs: number[] = [];
  const shared = (scene as unknown as { shared: { lastCopyMs: number } }).shared;
  for (let i = 0; i < frames; i++) {
    const t0 = performance.now();
    scene.setTime(30 + i * 40); // a seek: a few uniform writes
    seekJsMs.push(performance.now() - t0);
    const t1 = performance.now();
    scene.renderNow();
    const t2 = performance.now();
    ctx.getImageData(0, 0, 1, 1); // forces completion (renderInto's copy already waits)
    const t3 = performance.now();
    frameMs.push(t3 - t1);
    // The copy after the 3D frame completed (SharedRenderer.lastCopyMs: a readback's
    // conversion + putImageData, or a drawImage) plus the wait the 2D readback adds.
    copyMs.push(shared.lastCopyMs + (t3 - t2));
  }

  // Moving: the shipping loop turn (ScalpScene.frame, with dynamic quality) while the camera
  // orbits, then while the timeline plays; completion forced per frame as above. The first
  // frames of each let the quality policy settle from its start step; all are reported.
  const sceneAny = scene as unknown as { frame(now: number): void; scale: { interactive: { scale: number; fraction: number } } };
  const rig = scene.cameraRig;
  const target = rig.controls.target;
  const movingRun = async (kind: 'orbit' | 'play', count: number) => {
    const times: number[] = [];
    const offset = rig.camera.position.clone().sub(target);
    const step = (2 * Math.PI) / 90; // 4° per frame
    let day = 100;
    for (let i = 0; i < count; i++) {
      if (kind === 'orbit') {
        offset.applyAxisAngle(rig.camera.up, step);
        rig.camera.position.copy(target).add(offset);
      } else {
        day += 1.5;
        scene.setTime(day);
      }
      const t1 = performance.now();
      sceneAny.frame(t1);
      ctx.getImageData(0, 0, 1, 1);
      times.push(performance.now() - t1);
    }
    return { times, quality: { ...sceneAny.scale.interactive } };
  };
  const movingFrames = Number(new URLSearchParams(location.search).get('moving') ?? 16);
  const orbit = movingFrames > 0 ? await movingRun('orbit', movingFrames) : { times: [0], quality: null };
  // Come to rest (the owed full frame), then play.
  await new Promise((r) => setTimeout(r, 300));
  sceneAny.frame(performance.now());
  const play = movingFrames > 0 ? await movingRun('play', movingFrames) : { times: [0], quality: null };
  await new Promise((r) => setTimeout(r, 300));
  const t2 = performance.now();
  scene.renderNow(); // the resting frame after motion: full quality
  ctx.getImageData(0, 0, 1, 1);
  const restAfterMs = performance.now() - t2;

  // GPU bytes: every array this scene hands to WebGL (geometry attributes, indices, data
  // textures), summed by byte length, each once. Not a driver measurement.
  const seen = new Set<unknown>();
  const parts: Record<string, number> = {};
  let total = 0;
  const add = (what: string, obj: unknown, bytes: number) => {
    if (seen.has(obj)) return;
    seen.add(obj);
    parts[what] = (parts[what] ?? 0) + bytes;
    total += bytes;
  };
  // ScalpScene's three Scene is private in TS, present at run time.
  (scene as unknown as { scene: import('three').Scene }).scene.traverse((o) => {
    const m = o as import('three').Mesh;
    if (!m.geometry) return;
    const name = m.renderOrder === 1 ? 'strands' : m.renderOrder === 0 ? 'skin' : 'markers';
    for (const a of Object.values(m.geometry.attributes)) add(`${name}Geometry`, a, (a as import('three').BufferAttribute).array.byteLength);
    if (m.geometry.index) add(`${name}Geometry`, m.geometry.index, m.geometry.index.array.byteLength);
    const uniforms = (m.material as import('three').ShaderMaterial).uniforms ?? {};
    for (const u of Object.values(uniforms)) {
      const v = u.value as { isTexture?: boolean; image?: { data?: ArrayBufferView } };
      if (v && v.isTexture && v.image?.data) add(`${name}Texture`, v, v.image.data.byteLength);
    }
  });
  const info = (scene as unknown as { shared: { renderer: import('three').WebGLRenderer } }).shared.renderer.info;
  const gl = (scene as unknown as { shared: { renderer: import('three').WebGLRenderer } }).shared.renderer.getContext();
  return {
    count: shown.count,
    buildMs,
    firstRenderMs,
    firstFrameMs,
    frameMs: median(frameMs.slice(1)),
    copyMs: median(copyMs.slice(1)),
    copyMode: (shared as unknown as { copyMode: string }).copyMode,
    // The frame without the copy into the visible 2D canvas: what a scene displaying the
    // WebGL canvas directly would pay (per frame, then median).
    frameNoCopyMs: median(frameMs.slice(1).map((t, i) => t - copyMs[i + 1])),
    seekJsMs: median(seekJsMs.slice(1)),
    // Medians over the frames after the first 4 (the policy settling from its start step).
    orbitFrameMs: median(orbit.times.slice(4)),
    playFrameMs: median(play.times.slice(4)),
    orbitQuality: orbit.quality,
    playQuality: play.quality,
    orbitTimes: orbit.times.map((t) => Math.round(t)),
    playTimes: play.times.map((t) => Math.round(t)),
    restAfterMs,
    gpuBufferBytes: total,
    gpuParts: parts,
    triangles: info.render.triangles,
    renderer: rendererString(gl),
    size: [canvas.width, canvas.height],
  };
};
