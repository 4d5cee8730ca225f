// Bench page: the idiomatic CPU baseline. The same head (buildHeadMesh + the shipping skin
// shader) and camera, plus a three InstancedMesh of N thin quads (2 triangles, like the
// shipping ribbon) whose matrices are recomputed on the CPU every frame with setMatrixAt
// (strand length from a simple per-follicle function of time), then rendered.
import {
  DoubleSide, InstancedMesh, Matrix4, MeshBasicMaterial, PlaneGeometry, Quaternion, Scene, Vector3, WebGLRenderer,
  DynamicDrawUsage,
} from 'three';
import { buildHeadMesh, makeTreatmentPlan } from '../../src/model/index.ts';
import { HeadSkin } from '../../src/render/HeadSkin.ts';
import { CameraRig } from '../../src/render/CameraRig.ts';
import { benchField, median, rendererString } from './common.ts';

declare global {
  interface Window { runBench(frames: number): Promise<unknown> }
}

const size = new URLSearchParams(location.search).get('n') ?? '100k';

window.runBench = async (frames: number) => {
  const tb = performance.now();
  const head = buildHeadMesh();
  const field = benchField(size);
  const plan = makeTreatmentPlan({});
  const buildMs = performance.now() - tb;
  const n = field.count;

  const renderer = new WebGLRenderer({ antialias: false, alpha: true, preserveDrawingBuffer: true });
  renderer.setPixelRatio(1);
  renderer.setSize(1280, 720, false);
  renderer.setClearColor(0x000000, 0);
  const canvas = renderer.domElement;
  canvas.style.width = '1280px';
  canvas.style.height = '720px';
  document.getElementById('host')!.append(canvas);
  const gl = renderer.getContext();

  const scene = new Scene();
  const skin = new HeadSkin(head);
  skin.setPlan(plan);
  skin.setOverlays({ signal: true, vascular: false });
  scene.add(skin.mesh);
  const rig = new CameraRig(canvas, () => {});
  rig.setBounds(skin.mesh.geometry.boundingSphere!);
  rig.setAspect(1280 / 720);
  const camera = rig.camera;
  camera.updateMatrixWorld();
  skin.setViewUp(new Vector3(0, 1, 0).transformDirection(camera.matrixWorldInverse));

  const quad = new PlaneGeometry(1, 1); // XY plane, 2 triangles; +y runs along the strand
  const material = new MeshBasicMaterial({ color: 0x3a2a1e, side: DoubleSide });
  const mesh = new InstancedMesh(quad, material, n);
  mesh.instanceMatrix.setUsage(DynamicDrawUsage);
  mesh.frustumCulled = false;
  mesh.renderOrder = 1;
  scene.add(mesh);

  // Per-follicle constants, computed once: orientation (+y → shaft direction), phase, length.
  const up = new Vector3(0, 1, 0);
  const d = new Vector3();
  const quats: Quaternion[] = new Array(n);
  const phase = new Float32Array(n);
  const maxLen = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    d.fromArray(field.directions, 3 * i).normalize();
    quats[i] = new Quaternion().setFromUnitVectors(up, d);
    phase[i] = (i * 0.618034) % 1;
    maxLen[i] = 6 + 8 * (((i * 0.41421356) % 1));
  }
  const m = new Matrix4();
  const pos = new Vector3();
  const scl = new Vector3();
  const W = 0.08; // mm, about one hair's calibre
  const update = (day: number) => {
    const p = field.positions;
    const dir = field.directions;
    for (let i = 0; i < n; i++) {
      // A simple per-follicle growth cycle: length rises over a ~120-day period, then drops.
      const c = (day / 120 + phase[i]) % 1;
      const len = 0.2 + maxLen[i] * c;
      pos.set(p[3 * i] + dir[3 * i] * len * 0.5, p[3 * i + 1] + dir[3 * i + 1] * len * 0.5, p[3 * i + 2] + dir[3 * i + 2] * len * 0.5);
      scl.set(W, len, 1);
      m.compose(pos, quats[i], scl);
      mesh.setMatrixAt(i, m);
    }
    mesh.instanceMatrix.needsUpdate = true;
  };
  const px = new Uint8Array(4);
  const readback = () => gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, px);

  const tf = performance.now();
  update(0);
  renderer.render(scene, camera);
  readback();
  const firstRenderMs = performance.now() - tf;
  const firstFrameMs = performance.now();

  const frameMs: number[] = [];
  const jsMs: number[] = [];
  for (let i = 0; i < frames; i++) {
    const t0 = performance.now();
    update(30 + i * 40); // the seek: every matrix on the CPU
    jsMs.push(performance.now() - t0);
    renderer.render(scene, camera);
    readback(); // forces completion
    frameMs.push(performance.now() - t0); // update + render + completion
  }
  const skinBytes = Object.values(skin.mesh.geometry.attributes).reduce((s, a) => s + (a as { array: ArrayBufferView }).array.byteLength, 0)
    + (skin.mesh.geometry.index?.array.byteLength ?? 0);
  const quadBytes = Object.values(quad.attributes).reduce((s, a) => s + (a as { array: ArrayBufferView }).array.byteLength, 0)
    + (quad.index?.array.byteLength ?? 0);
  return {
    count: n,
    buildMs,
    firstRenderMs,
    firstFrameMs,
    frameMs: median(frameMs.slice(1)),
    seekJsMs: median(jsMs.slice(1)),
    gpuBufferBytes: skinBytes + quadBytes + mesh.instanceMatrix.array.byteLength,
    triangles: renderer.info.render.triangles,
    renderer: rendererString(gl),
    size: [canvas.width, canvas.height],
  };
};
