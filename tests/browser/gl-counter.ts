// Counts live WebGL objects on every WebGL2 context of the page by wrapping the create/delete
// calls on the prototype (three calls them through the prototype on each use, so wrapping
// works whenever it is installed; objects made before are simply not counted).
// Also counts getContext('webgl2') calls, live Workers, and gives the page's JS heap.
import { executeServerCommand } from '@web/test-runner-commands';

type Kind = 'buffers' | 'textures' | 'programs' | 'shaders' | 'vertexArrays' | 'framebuffers' | 'renderbuffers';

const PAIRS: Record<Kind, [create: string, remove: string]> = {
  buffers: ['createBuffer', 'deleteBuffer'],
  textures: ['createTexture', 'deleteTexture'],
  programs: ['createProgram', 'deleteProgram'],
  shaders: ['createShader', 'deleteShader'],
  vertexArrays: ['createVertexArray', 'deleteVertexArray'],
  framebuffers: ['createFramebuffer', 'deleteFramebuffer'],
  renderbuffers: ['createRenderbuffer', 'deleteRenderbuffer'],
};

const live = Object.fromEntries(Object.keys(PAIRS).map((k) => [k, new Set<object>()])) as Record<Kind, Set<object>>;
/** getContext('webgl2' | 'webgl' | 'experimental-webgl') calls that returned a context. */
export const contexts = { webgl: 0 };
/** Workers constructed and terminated (by terminate(); a worker closing itself is not seen). */
export const workers = { created: 0, terminated: 0 };

let installed = false;

/** Wraps the WebGL2 create/delete calls, getContext and Worker. Idempotent. */
export function installGlCounter(): void {
  if (installed) return;
  installed = true;
  const proto = WebGL2RenderingContext.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const [kind, [create, remove]] of Object.entries(PAIRS) as [Kind, [string, string]][]) {
    const make = proto[create]!;
    const free = proto[remove]!;
    proto[create] = function (this: unknown, ...args: unknown[]) {
      const made = make.apply(this, args);
      if (made) live[kind].add(made as object);
      return made;
    };
    proto[remove] = function (this: unknown, ...args: unknown[]) {
      if (args[0]) live[kind].delete(args[0] as object);
      return free.apply(this, args);
    };
  }
  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
    const ctx = (getContext as (...a: unknown[]) => RenderingContext | null).call(this, type, ...rest);
    if (ctx && /webgl/i.test(type) && !seen.has(ctx)) {
      seen.add(ctx);
      contexts.webgl++;
    }
    return ctx;
  } as typeof HTMLCanvasElement.prototype.getContext;
  const NativeWorker = window.Worker;
  class CountedWorker extends NativeWorker {
    #ended = false;
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      workers.created++;
    }
    override terminate(): void {
      if (!this.#ended) workers.terminated++;
      this.#ended = true;
      super.terminate();
    }
  }
  window.Worker = CountedWorker;
}

const seen = new WeakSet<object>();

/** Live WebGL objects created since installation, by kind. */
export function liveGl(): Record<Kind, number> {
  return Object.fromEntries(Object.entries(live).map(([k, set]) => [k, set.size])) as Record<Kind, number>;
}

/** The page's JS heap in bytes after a full garbage collection (through CDP; see hardening-commands.mjs). */
export async function heapAfterGc(): Promise<number> {
  const usage = await executeServerCommand<{ usedSize: number; totalSize: number }, { gc: boolean }>('hardening-heap', {
    gc: true,
  });
  return usage!.usedSize;
}

export const MB = 1024 * 1024;
