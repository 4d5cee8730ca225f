import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Kiosk mode's attract loop and idle reset, as a Lit ReactiveController. It knows nothing of
 * the scene: it watches input on the host, keeps time with an injectable clock (fake timers
 * in unit tests), fires the kiosk events and calls back the host's {@link KioskActions}.
 *
 * States: `off` (no `kiosk`) → `attract` (the loop plays until the first input) → `active`
 * (a visitor explores; any input restarts the idle timer) → after `idle-timeout` seconds
 * without input, `warning` (a visible countdown; any input goes back to `active`) → at zero
 * the session resets and the loop starts again.
 */
export type KioskState = 'off' | 'attract' | 'active' | 'warning';

/** What the host does for the kiosk. */
export interface KioskActions {
  /** Start the attract loop: loop the timeline, turn the camera (unless reduced motion). */
  startAttract(): void;
  /** Stop the loop where it is, for the visitor to explore. */
  stopAttract(): void;
  /** Back to the start state: day 0, default view, the page's attributes, paused. */
  resetSession(): void;
}

/** Timers, so that tests can drive time. Defaults to the global ones, looked up at call time. */
export interface KioskClock {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** `detail` of the `idlewarning` event. */
export interface IdleWarningDetail {
  /** Seconds until the session resets, unless there is input. */
  seconds: number;
}

/** Seconds `idle-timeout` defaults to. */
export const DEFAULT_IDLE_TIMEOUT_S = 60;
/** Length of the "Starting over in N s" countdown (shorter when the idle timeout is shorter). */
export const WARNING_SECONDS = 10;

/** Input that counts as a visitor being there (touch screens give pointer and touch events). */
const INPUT_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

const globalClock: KioskClock = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** The `idle-timeout` attribute as seconds: a positive number, else the default. */
export function parseIdleTimeout(value: unknown): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return Number.isFinite(n) && n > 0 ? n : DEFAULT_IDLE_TIMEOUT_S;
}

export class KioskController implements ReactiveController {
  #host: ReactiveControllerHost & EventTarget;
  #actions: KioskActions;
  #clock: KioskClock;
  #state: KioskState = 'off';
  #enabled = false;
  #connected = false;
  #idleTimeoutS = DEFAULT_IDLE_TIMEOUT_S;
  #secondsLeft = 0;
  #timer: unknown = undefined;
  #listening = false;
  #inputTarget: EventTarget;

  /**
   * `inputTarget` is where input is watched: the host by default; kiosk mode passes the window,
   * since a kiosk owns the screen and a key pressed with the focus on the page counts too.
   */
  constructor(
    host: ReactiveControllerHost & EventTarget, actions: KioskActions, clock: KioskClock = globalClock, inputTarget: EventTarget = host,
  ) {
    this.#host = host;
    this.#actions = actions;
    this.#clock = clock;
    this.#inputTarget = inputTarget;
    host.addController(this);
  }

  /** Where the kiosk is: `off`, `attract`, `active` or `warning`. */
  get state(): KioskState {
    return this.#state;
  }

  /** Whole seconds left on the countdown (in `warning`), else 0. */
  get secondsLeft(): number {
    return this.#state === 'warning' ? this.#secondsLeft : 0;
  }

  /** Seconds without input before the countdown starts. */
  get idleTimeout(): number {
    return this.#idleTimeoutS;
  }
  set idleTimeout(seconds: number) {
    const next = parseIdleTimeout(seconds);
    if (next === this.#idleTimeoutS) return;
    this.#idleTimeoutS = next;
    if (this.#state === 'active') this.#armIdle(); // a new timeout counts from now
  }

  /** Kiosk mode on or off (the `kiosk` attribute). Turning it on starts the attract loop. */
  get enabled(): boolean {
    return this.#enabled;
  }
  set enabled(on: boolean) {
    if (on === this.#enabled) return;
    this.#enabled = on;
    this.#sync();
  }

  hostConnected(): void {
    this.#connected = true;
    this.#sync();
  }

  hostDisconnected(): void {
    // Everything stops: no timer or listener outlives the element's time on the page.
    this.#connected = false;
    this.#sync();
  }

  /** A visitor did something (called by the input listeners; public for the host and tests). */
  noteInput(): void {
    switch (this.#state) {
      case 'attract':
        this.#actions.stopAttract();
        this.#enter('active');
        this.#emit('attractend');
        break;
      case 'warning':
        this.#enter('active');
        break;
      case 'active':
        this.#armIdle();
        break;
      case 'off':
        break;
    }
  }

  /** Starts or stops according to `enabled` and the host being on the page. */
  #sync(): void {
    const run = this.#enabled && this.#connected;
    if (run && this.#state === 'off') {
      this.#listen(true);
      this.#startAttract();
    } else if (!run && this.#state !== 'off') {
      const wasAttract = this.#state === 'attract';
      this.#enter('off');
      this.#listen(false);
      if (wasAttract) this.#actions.stopAttract();
    }
  }

  #startAttract(): void {
    this.#enter('attract');
    this.#actions.startAttract();
    this.#emit('attractstart');
  }

  #enter(state: KioskState): void {
    this.#clearTimer();
    this.#state = state;
    if (state === 'active') this.#armIdle();
    this.#host.requestUpdate();
  }

  #armIdle(): void {
    this.#clearTimer();
    this.#timer = this.#clock.setTimeout(() => this.#warn(), this.#idleTimeoutS * 1000);
  }

  #warn(): void {
    this.#timer = undefined;
    this.#state = 'warning';
    // A short idle timeout (tests, a busy demo) gets a countdown no longer than itself.
    this.#secondsLeft = Math.max(1, Math.ceil(Math.min(WARNING_SECONDS, this.#idleTimeoutS)));
    this.#emit('idlewarning', { seconds: this.#secondsLeft } satisfies IdleWarningDetail);
    this.#host.requestUpdate();
    this.#tick();
  }

  #tick(): void {
    this.#timer = this.#clock.setTimeout(() => {
      this.#timer = undefined;
      if (this.#state !== 'warning') return;
      this.#secondsLeft -= 1;
      if (this.#secondsLeft > 0) {
        this.#host.requestUpdate();
        this.#tick();
        return;
      }
      this.#actions.resetSession();
      this.#emit('sessionreset');
      this.#startAttract();
    }, 1000);
  }

  #clearTimer(): void {
    if (this.#timer !== undefined) this.#clock.clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #listen(on: boolean): void {
    if (on === this.#listening) return;
    this.#listening = on;
    for (const type of INPUT_EVENTS) {
      // Capture: input consumed inside the shadow root (OrbitControls, the slider) still counts.
      if (on) this.#inputTarget.addEventListener(type, this.#onInput, { capture: true, passive: true });
      else this.#inputTarget.removeEventListener(type, this.#onInput, { capture: true });
    }
  }

  #onInput = (): void => this.noteInput();

  #emit(type: string, detail?: unknown): void {
    this.#host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}
