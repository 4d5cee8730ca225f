import type { ReactiveController, ReactiveControllerHost, TemplateResult, nothing } from 'lit';
import type { Scenario } from '../model/scenario.ts';
import type { ScalpScene } from '../render/index.ts';
import { KioskController } from './KioskController.ts';
import type { KioskActions, KioskClock } from './KioskController.ts';
import { kioskOverlay } from './kioskOverlay.ts';
import type { KioskStrings } from './kioskOverlay.ts';
import { CaptionSwipe } from './touchGestures.ts';

/** The element as kiosk mode sees it: its public API (no import of the element, no cycle). */
export type KioskViewer = ReactiveControllerHost &
  HTMLElement & {
    readonly renderRoot: HTMLElement | DocumentFragment;
    kiosk: boolean;
    idleTimeout: number;
    loop: boolean;
    readonly time: number;
    readonly motionReduced: boolean;
    play(): void;
    pause(): void;
    seek(to: number | string): void;
    exportScenario(): Scenario;
    scenario: string | Scenario | null;
    cameraOrbit?: string | null;
    resetView?(): void;
    nextChapter?(): void;
    previousChapter?(): void;
    readonly chapters?: readonly { start: number }[];
  };

/** What the element lends kiosk mode. */
export interface KioskAccess {
  /** The scene (undefined before set-up, after removal, without WebGL). */
  scene(): ScalpScene | undefined;
  /** The element's strings table (kiosk keys included). */
  text(): KioskStrings;
  /** Whole numbers in the element's language. */
  integer(n: number): string;
}

/** Attract loop camera turn, degrees per second: a turn in 90 s, slow enough to read the crown. */
export const ATTRACT_TURN_DEG_PER_S = 4;
/** With reduced motion the loop shows still chapters instead, one this many ms. */
export const ATTRACT_STILL_MS = 6000;
/**
 * Moving frame budget of the attract loop, ms (interactive views aim under ~55). Nobody drives
 * the loop and it turns 4°/s, so ~6–12 frames a second look smooth enough, and on software
 * WebGL at full HD the longer frames keep about twice the render scale (a sharp head, not a
 * blocky one). A GPU draws full quality either way. Ends with the first touch.
 */
export const ATTRACT_FRAME_BUDGET_MS = 160;

/**
 * Attributes that are state the element writes itself (not what the page set): a session
 * reset leaves them to the element.
 */
const OWN_ATTRIBUTES = new Set([
  'time', 'week', 'chapter', 'kiosk', 'kiosk-state', 'idle-timeout', 'url-state', 'style', 'class', 'id',
  // The view: reset through the property below (its reflected text is not always page input).
  'camera-orbit',
]);

/**
 * Kiosk mode on the element: the idle state machine (KioskController), what the attract loop
 * and a session reset do to the element, the overlay, and the caption swipe. Reads `kiosk`
 * and `idle-timeout` from the element before each update, and reflects the state as the
 * read-only `kiosk-state` attribute for page CSS.
 */
export class KioskMode implements ReactiveController, KioskActions {
  readonly controller: KioskController;
  #host: KioskViewer;
  #access: KioskAccess;
  #swipe?: CaptionSwipe;
  /**
   * The start state: the page's attributes and scenario as the first visitor found them (taken
   * when the attract loop first ends, so a `scenario` URL still loading at start-up is in it).
   */
  #start?: { attributes: Map<string, string>; scenario: string; orbit: string | null };
  #savedLoop = false;
  #turnFrame = 0;
  #lastTurn = 0;
  #stillTimer?: ReturnType<typeof setInterval>;

  constructor(host: KioskViewer, access: KioskAccess, clock?: KioskClock) {
    this.#host = host;
    this.#access = access;
    host.addController(this);
    this.controller = new KioskController(host, this, clock, globalThis.window ?? host);
  }

  /** The attract call or the countdown, for the element's stage. */
  overlay(): TemplateResult | typeof nothing {
    return kioskOverlay(this.controller, this.#access.text(), (n) => this.#access.integer(n));
  }

  hostConnected(): void {
    this.#swipe = new CaptionSwipe(this.#host.renderRoot, {
      next: () => this.#host.nextChapter?.(),
      previous: () => this.#host.previousChapter?.(),
    });
  }

  hostDisconnected(): void {
    this.#swipe?.detach();
    this.#swipe = undefined;
    this.#stopMotion();
  }

  hostUpdate(): void {
    this.controller.idleTimeout = this.#host.idleTimeout;
    this.controller.enabled = this.#host.kiosk;
    const state = this.controller.state;
    // 0: the scene's interactive default.
    this.#access.scene()?.setMotionBudget(state === 'attract' ? ATTRACT_FRAME_BUDGET_MS : 0);
    if (state === 'off') this.#host.removeAttribute('kiosk-state');
    else if (this.#host.getAttribute('kiosk-state') !== state) this.#host.setAttribute('kiosk-state', state);
  }

  // ---- KioskActions -----------------------------------------------------------

  startAttract(): void {
    const host = this.#host;
    this.#savedLoop = host.loop;
    host.loop = true;
    this.#stopMotion();
    if (host.motionReduced) {
      // No motion: a still of each chapter in turn.
      this.#stillTimer = setInterval(() => this.#nextStill(), ATTRACT_STILL_MS);
    } else {
      host.play();
      this.#lastTurn = 0;
      this.#turnFrame = requestAnimationFrame(this.#turn);
    }
  }

  stopAttract(): void {
    this.#stopMotion();
    this.#host.loop = this.#savedLoop;
    this.#host.pause();
    this.#start ??= {
      attributes: this.#pageAttributes(),
      scenario: JSON.stringify(this.#host.exportScenario()),
      orbit: this.#host.cameraOrbit ?? null,
    };
  }

  resetSession(): void {
    const host = this.#host;
    const start = this.#start;
    host.pause();
    if (start) {
      for (const { name } of [...host.attributes]) {
        if (!start.attributes.has(name) && !OWN_ATTRIBUTES.has(name) && !name.startsWith('data-') && !name.startsWith('aria-')) {
          host.removeAttribute(name);
        }
      }
      for (const [name, value] of start.attributes) if (host.getAttribute(name) !== value) host.setAttribute(name, value);
      // Plan edits made through properties (sites, a scenario object) are not attributes.
      if (JSON.stringify(host.exportScenario()) !== start.scenario) host.scenario = JSON.parse(start.scenario) as Scenario;
    }
    host.seek(0);
    if (start?.orbit) host.cameraOrbit = start.orbit;
    else if (host.resetView) host.resetView();
    else this.#access.scene()?.resetView();
  }

  // ---- the loop's motion ------------------------------------------------------

  #turn = (now: number): void => {
    const rig = this.#access.scene()?.cameraRig;
    if (rig && this.#lastTurn) {
      const dt = Math.min(0.25, (now - this.#lastTurn) / 1000); // a stalled frame must not jump
      const orbit = rig.getOrbit();
      rig.setOrbit({ ...orbit, theta: orbit.theta + ATTRACT_TURN_DEG_PER_S * dt });
    }
    this.#lastTurn = now;
    this.#turnFrame = requestAnimationFrame(this.#turn);
  };

  #nextStill(): void {
    const host = this.#host;
    const starts = host.chapters?.map((c) => c.start) ?? [];
    const next = starts.find((s) => s > host.time + 1e-6);
    host.seek(next ?? 0);
  }

  #stopMotion(): void {
    cancelAnimationFrame(this.#turnFrame);
    this.#turnFrame = 0;
    clearInterval(this.#stillTimer);
    this.#stillTimer = undefined;
  }

  /** The attributes the page set (not the element's own state). */
  #pageAttributes(): Map<string, string> {
    const out = new Map<string, string>();
    for (const { name, value } of [...this.#host.attributes]) {
      if (!OWN_ATTRIBUTES.has(name) && !name.startsWith('data-') && !name.startsWith('aria-')) out.set(name, value);
    }
    return out;
  }
}
