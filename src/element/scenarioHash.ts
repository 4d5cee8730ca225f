import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Scenario } from '../model/scenario.ts';

/**
 * The view in the page URL's hash (the `url-state` attribute), so that a link reproduces what
 * is shown: the scenario, the day and the camera orbit, under one key so the rest of the hash
 * (an anchor, another app's state) is left alone:
 *
 *   #scalp-viewer=<URI-encoded JSON {"scenario":{…},"time":84,"orbit":"…"}>
 *
 * The URL is rewritten with `history.replaceState` (no history entry per change, no
 * `hashchange`), at most once per {@link WRITE_INTERVAL_MS} while something changes.
 */
export const HASH_KEY = 'scalp-viewer';

/** Writes to the URL while playing or dragging are at most this often. */
export const WRITE_INTERVAL_MS = 500;

/** What the hash carries. */
export interface ViewState {
  scenario: Scenario;
  /** The current day. */
  time: number;
  /** The camera orbit, in the element's own text form, when it has one. */
  orbit?: string;
}

/** What a hash gave: unchecked (the element validates the scenario as any other). */
export interface HashViewState {
  scenario?: unknown;
  time?: number;
  orbit?: string;
}

const PREFIX = `${HASH_KEY}=`;

/** The view state in `hash` ("#…" or ""), or null when it has none or it is unreadable. */
export function readViewState(hash: string): HashViewState | null {
  const part = hash.replace(/^#/, '').split('&').find((p) => p.startsWith(PREFIX));
  if (!part) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(decodeURIComponent(part.slice(PREFIX.length)));
  } catch {
    return null;
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return null;
  const o = raw as Record<string, unknown>;
  const out: HashViewState = {};
  if (o.scenario !== undefined) out.scenario = o.scenario;
  if (typeof o.time === 'number' && Number.isFinite(o.time)) out.time = o.time;
  if (typeof o.orbit === 'string') out.orbit = o.orbit;
  return out;
}

/** `hash` with the view state put in (replacing an earlier one), other parts kept in order. */
export function withViewState(hash: string, state: ViewState): string {
  const value = JSON.stringify({
    scenario: state.scenario,
    time: Math.round(state.time * 100) / 100,
    ...(state.orbit ? { orbit: state.orbit } : {}),
  });
  const ours = PREFIX + encodeURIComponent(value);
  const parts = hash.replace(/^#/, '').split('&').filter((p) => p !== '');
  const at = parts.findIndex((p) => p.startsWith(PREFIX));
  if (at >= 0) parts[at] = ours;
  else parts.push(ours);
  return `#${parts.join('&')}`;
}

/** How the element reads and applies its view. */
export interface ViewStateAccess {
  /** The `url-state` attribute: whether this element uses the URL at all. */
  enabled(): boolean;
  read(): ViewState;
  apply(state: HashViewState): void;
}

/**
 * Keeps the URL hash and the element's view in step while `url-state` is on: reads the hash
 * when the element connects or the attribute comes on (a link's view wins over the page's
 * attributes) and on `hashchange` (a pasted link, the back button); writes it after updates
 * and camera gestures, throttled. Only the viewer with `url-state` does either, so several
 * viewers on one page never fight over the URL.
 */
export class UrlStateController implements ReactiveController {
  #host: ReactiveControllerHost & EventTarget;
  #access: ViewStateAccess;
  #on = false;
  #timer?: ReturnType<typeof setTimeout>;

  constructor(host: ReactiveControllerHost & EventTarget, access: ViewStateAccess) {
    this.#host = host;
    this.#access = access;
    host.addController(this);
  }

  hostConnected(): void {
    this.#sync(this.#access.enabled());
  }

  hostDisconnected(): void {
    this.#sync(false);
  }

  hostUpdate(): void {
    this.#sync(this.#access.enabled());
  }

  hostUpdated(): void {
    if (this.#on) this.schedule();
  }

  /** Write the hash soon (at most once per {@link WRITE_INTERVAL_MS}). */
  schedule(): void {
    if (this.#timer !== undefined || !this.#on) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.writeNow();
    }, WRITE_INTERVAL_MS);
  }

  /** Write the hash now, if the view changed. */
  writeNow(): void {
    if (!this.#on) return;
    const next = withViewState(location.hash, this.#access.read());
    if (next === location.hash) return;
    history.replaceState(history.state, '', `${location.pathname}${location.search}${next}`);
  }

  #sync(on: boolean): void {
    if (on === this.#on) return;
    this.#on = on;
    if (on) {
      this.#readHash();
      window.addEventListener('hashchange', this.#readHash);
      this.#host.addEventListener('pointerup', this.#cameraMoved);
      this.#host.addEventListener('wheel', this.#cameraMoved, { passive: true });
    } else {
      clearTimeout(this.#timer);
      this.#timer = undefined;
      window.removeEventListener('hashchange', this.#readHash);
      this.#host.removeEventListener('pointerup', this.#cameraMoved);
      this.#host.removeEventListener('wheel', this.#cameraMoved);
    }
  }

  #readHash = (): void => {
    const state = readViewState(location.hash);
    if (state) this.#access.apply(state);
  };

  // The orbit settles after the gesture (damping): write once it has, later rather than sooner.
  #cameraMoved = (): void => {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.schedule();
  };
}

/** The element as the URL state sees it: its public API. */
export interface UrlStateViewer {
  urlState: boolean;
  readonly time: number;
  scenario: string | Scenario | null;
  cameraOrbit?: string | null;
  exportScenario(): Scenario;
  seek(to: number | string): void;
}

/**
 * The access for a viewer: the scenario it exports, its day, and the live camera orbit
 * (`orbit()`, as `camera-orbit` text) when there is a scene. A hash's scenario goes through the
 * element's `scenario` property, so a bad one warns and changes nothing, as any other.
 */
export function viewerStateAccess(viewer: UrlStateViewer, orbit: () => string | undefined): ViewStateAccess {
  return {
    enabled: () => viewer.urlState,
    read: () => {
      const o = orbit();
      return { scenario: viewer.exportScenario(), time: viewer.time, ...(o ? { orbit: o } : {}) };
    },
    apply: (state) => {
      if (state.scenario !== undefined) viewer.scenario = JSON.stringify(state.scenario);
      if (state.time !== undefined) viewer.seek(state.time);
      if (state.orbit !== undefined && 'cameraOrbit' in viewer) viewer.cameraOrbit = state.orbit;
    },
  };
}
