// The kiosk's attract loop and idle reset, driven by a fake clock on a fake host (no DOM).
import { describe, it, expect, beforeEach, afterEach, vi } from 'vitest';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  DEFAULT_IDLE_TIMEOUT_S, KioskController, WARNING_SECONDS, parseIdleTimeout,
} from '../../src/element/KioskController.ts';
import type { IdleWarningDetail } from '../../src/element/KioskController.ts';

/** A host like a LitElement as far as the controller can tell, that records what happens. */
class FakeHost extends EventTarget implements ReactiveControllerHost {
  controllers: ReactiveController[] = [];
  log: string[] = [];
  listeners = 0;
  updateComplete = Promise.resolve(true);
  addController(c: ReactiveController) {
    this.controllers.push(c);
  }
  removeController() {}
  requestUpdate() {}
  connect() {
    for (const c of this.controllers) c.hostConnected?.();
  }
  disconnect() {
    for (const c of this.controllers) c.hostDisconnected?.();
  }
  override addEventListener(...args: Parameters<EventTarget['addEventListener']>) {
    this.listeners++;
    super.addEventListener(...args);
  }
  override removeEventListener(...args: Parameters<EventTarget['removeEventListener']>) {
    this.listeners--;
    super.removeEventListener(...args);
  }
  touch() {
    this.dispatchEvent(new Event('pointerdown'));
  }
}

function kioskOn(idleTimeout = 60) {
  const host = new FakeHost();
  const kiosk = new KioskController(host, {
    startAttract: () => host.log.push('startAttract'),
    stopAttract: () => host.log.push('stopAttract'),
    resetSession: () => host.log.push('resetSession'),
  });
  for (const type of ['attractstart', 'attractend', 'idlewarning', 'sessionreset']) {
    host.addEventListener(type, (e) => {
      const detail = (e as CustomEvent<IdleWarningDetail | undefined>).detail;
      host.log.push(detail ? `${type}(${detail.seconds})` : type);
    });
  }
  const listenersBefore = host.listeners;
  kiosk.idleTimeout = idleTimeout;
  kiosk.enabled = true;
  host.connect();
  host.log.length = 0;
  return { host, kiosk, listenersBefore };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('kiosk controller', () => {
  it('starts in the attract loop when on and connected, and the first input ends it', () => {
    const host = new FakeHost();
    const kiosk = new KioskController(host, {
      startAttract: () => host.log.push('startAttract'),
      stopAttract: () => host.log.push('stopAttract'),
      resetSession: () => host.log.push('resetSession'),
    });
    host.addEventListener('attractstart', () => host.log.push('attractstart'));
    host.addEventListener('attractend', () => host.log.push('attractend'));
    host.connect();
    expect(kiosk.state).toBe('off');
    kiosk.enabled = true;
    expect(kiosk.state).toBe('attract');
    expect(host.log).toEqual(['startAttract', 'attractstart']);
    host.touch();
    expect(kiosk.state).toBe('active');
    expect(host.log).toEqual(['startAttract', 'attractstart', 'stopAttract', 'attractend']);
  });

  it('after the idle timeout: warning with a countdown, then reset, then the attract loop again', () => {
    const { host, kiosk } = kioskOn(60);
    host.touch();
    host.log.length = 0;
    vi.advanceTimersByTime(59_999);
    expect(kiosk.state).toBe('active');
    vi.advanceTimersByTime(1);
    expect(kiosk.state).toBe('warning');
    expect(kiosk.secondsLeft).toBe(WARNING_SECONDS);
    expect(host.log).toEqual([`idlewarning(${WARNING_SECONDS})`]);
    vi.advanceTimersByTime(3000);
    expect(kiosk.secondsLeft).toBe(WARNING_SECONDS - 3);
    vi.advanceTimersByTime((WARNING_SECONDS - 3) * 1000);
    expect(host.log).toEqual([`idlewarning(${WARNING_SECONDS})`, 'resetSession', 'sessionreset', 'startAttract', 'attractstart']);
    expect(kiosk.state).toBe('attract');
  });

  it('input during the countdown cancels it, and the idle timer starts over', () => {
    const { host, kiosk } = kioskOn(20);
    host.touch();
    vi.advanceTimersByTime(20_000 + 4000);
    expect(kiosk.state).toBe('warning');
    host.dispatchEvent(new Event('keydown'));
    expect(kiosk.state).toBe('active');
    expect(kiosk.secondsLeft).toBe(0);
    vi.advanceTimersByTime(19_000);
    expect(kiosk.state).toBe('active');
    expect(host.log).not.toContain('resetSession');
  });

  it('each kind of input keeps a session alive', () => {
    for (const type of ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart']) {
      const { host, kiosk } = kioskOn(10);
      host.touch();
      vi.advanceTimersByTime(9000);
      host.dispatchEvent(new Event(type));
      vi.advanceTimersByTime(9000);
      expect(kiosk.state, type).toBe('active');
      host.disconnect();
    }
  });

  it('the attract loop runs until input: no timer resets it', () => {
    const { host, kiosk } = kioskOn(1);
    vi.advanceTimersByTime(24 * 3600 * 1000);
    expect(kiosk.state).toBe('attract');
    expect(host.log).toEqual([]);
  });

  it('a short idle timeout gets a countdown no longer than itself', () => {
    const { host, kiosk } = kioskOn(1);
    host.touch();
    vi.advanceTimersByTime(1000);
    expect(kiosk.secondsLeft).toBe(1);
    vi.advanceTimersByTime(1000);
    expect(kiosk.state).toBe('attract');
  });

  it('a day of loops leaves no timer and no listener behind after disconnect', () => {
    const { host, kiosk, listenersBefore } = kioskOn(5);
    for (let i = 0; i < 500; i++) {
      host.touch();
      vi.advanceTimersByTime(5000 + 5000);
      expect(kiosk.state).toBe('attract');
    }
    expect(vi.getTimerCount()).toBe(0); // attract holds no timer
    host.touch();
    expect(vi.getTimerCount()).toBe(1); // the idle timer, and only one
    host.disconnect();
    expect(vi.getTimerCount()).toBe(0);
    expect(host.listeners).toBe(listenersBefore);
    expect(kiosk.state).toBe('off');
  });

  it('turning kiosk off stops everything; input then does nothing', () => {
    const { host, kiosk } = kioskOn(5);
    host.touch();
    kiosk.enabled = false;
    expect(vi.getTimerCount()).toBe(0);
    host.log.length = 0;
    host.touch();
    vi.advanceTimersByTime(60_000);
    expect(host.log).toEqual([]);
  });

  it('idle-timeout accepts positive seconds, anything else is the default', () => {
    expect(parseIdleTimeout('1')).toBe(1);
    expect(parseIdleTimeout('90')).toBe(90);
    expect(parseIdleTimeout('0.5')).toBe(0.5);
    for (const bad of ['', '0', '-3', 'soon', null, undefined]) expect(parseIdleTimeout(bad)).toBe(DEFAULT_IDLE_TIMEOUT_S);
  });
});
