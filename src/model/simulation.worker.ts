/**
 * The simulation Worker (DESIGN.md: "the simulation runs once per plan, in a Worker for a full
 * scalp"). A module worker: the element's SimulationClient starts it with
 * `new Worker(new URL('../model/simulation.worker.ts', import.meta.url), { type: 'module' })`.
 *
 * Protocol (types in simulationJob.ts): the client posts `{ type: 'run', request }` or
 * `{ type: 'cancel', id }`; the worker posts `ready` once, then per request `started`, an optional `patch`
 * and a `done` (or an `error`), every typed array transferred, none copied. A newer request
 * replaces an older one: the older stops at its next stage and posts nothing more.
 */
import { SimulationJobs, transferables } from './simulationJob.ts';
import type { ClientMessage, SimulationMessage } from './simulationJob.ts';

/** The part of a dedicated worker's global scope used here (tsconfig has the DOM lib, not WebWorker). */
interface WorkerScope {
  postMessage(message: SimulationMessage, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<ClientMessage>) => void) | null;
}
const scope = globalThis as unknown as WorkerScope;

// Yield through a MessageChannel rather than setTimeout: a port message is queued behind the
// client's messages that already arrived, so a newer request is seen at the very next stage,
// and there is no timer clamping.
const channel = new MessageChannel();
const resumers: (() => void)[] = [];
channel.port1.onmessage = () => resumers.shift()?.();
const yieldNow = (): Promise<void> => new Promise((resolve) => {
  resumers.push(resolve);
  channel.port2.postMessage(0);
});

const jobs = new SimulationJobs({ yieldNow, copyField: true });
/** The request that may still post; -1 when the last one was cancelled. */
let current = -1;

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'cancel') {
    if (message.id === current) current = -1;
    return;
  }
  const { id } = message.request;
  current = id;
  scope.postMessage({ type: 'started', id }, []);
  void jobs.run(message.request, () => current === id, (out) => scope.postMessage(out, transferables(out)));
};

scope.postMessage({ type: 'ready' }, []);
