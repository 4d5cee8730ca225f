import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PlaybackTimelineOptions } from '../../src/timeline/index.ts';

// GSAP's ticker keeps a reference to Date.now and, with no requestAnimationFrame
// in Node, schedules itself with setTimeout. Installing fake timers before GSAP
// is loaded lets a test play the timeline for an exact span of wall-clock time.
vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout', 'performance'] });
const { PlaybackTimeline, DEFAULT_SPEED } = await import('../../src/timeline/index.ts');

type Timeline = InstanceType<typeof PlaybackTimeline>;

function make(options: Partial<PlaybackTimelineOptions> = {}) {
  const updates: number[] = [];
  let ended = 0;
  let loops = 0;
  const timeline = new PlaybackTimeline({
    duration: 365,
    onUpdate: (day) => updates.push(day),
    onEnded: () => ended++,
    onLoop: () => loops++,
    ...options,
  });
  return {
    timeline,
    updates,
    get ended() {
      return ended;
    },
    get loops() {
      return loops;
    },
  };
}

/** Advance the fake clock in frame-sized steps, as a browser would. */
function playFor(seconds: number) {
  const frameMs = 16;
  for (let t = 0; t < seconds * 1000; t += frameMs) vi.advanceTimersByTime(frameMs);
}

let live: Timeline[] = [];
function track<T extends { timeline: Timeline }>(made: T): T {
  live.push(made.timeline);
  return made;
}

beforeEach(() => {
  live = [];
});
afterEach(() => {
  live.forEach((t) => t.dispose());
});

describe('PlaybackTimeline seek', () => {
  it('starts paused at day 0 with the default speed of a week per second', () => {
    const { timeline } = track(make());
    expect(timeline.time).toBe(0);
    expect(timeline.playing).toBe(false);
    expect(timeline.speed).toBe(DEFAULT_SPEED);
    expect(DEFAULT_SPEED).toBe(7);
  });

  it('seek moves to the day and reports it once through onUpdate', () => {
    const t = track(make());
    t.timeline.seek(84);
    expect(t.timeline.time).toBe(84);
    expect(t.updates).toEqual([84]);
  });

  it('seek clamps to [0, duration] and ignores non-finite days', () => {
    const t = track(make());
    t.timeline.seek(-10);
    expect(t.timeline.time).toBe(0);
    t.timeline.seek(1000);
    expect(t.timeline.time).toBe(365);
    t.timeline.seek(Number.NaN);
    expect(t.timeline.time).toBe(365);
    expect(t.updates).toEqual([0, 365]);
  });

  it('seeking to the end does not fire onEnded', () => {
    const t = track(make());
    t.timeline.seek(365);
    expect(t.ended).toBe(0);
  });

  it('setting time is a seek', () => {
    const t = track(make());
    t.timeline.time = 200;
    expect(t.timeline.time).toBe(200);
    expect(t.updates).toEqual([200]);
  });

  it('seek while paused does not advance afterwards', () => {
    const t = track(make());
    t.timeline.seek(10);
    playFor(1);
    expect(t.timeline.time).toBe(10);
  });
});

describe('PlaybackTimeline playback', () => {
  it('plays at speed days per second, reporting each tick', () => {
    const t = track(make({ speed: 10 }));
    t.timeline.play();
    expect(t.timeline.playing).toBe(true);
    playFor(2);
    expect(t.timeline.time).toBeGreaterThan(18);
    expect(t.timeline.time).toBeLessThan(22);
    // about one update per frame, increasing
    expect(t.updates.length).toBeGreaterThan(50);
    expect([...t.updates].sort((a, b) => a - b)).toEqual(t.updates);
  });

  it('changing speed while playing changes the rate', () => {
    const t = track(make({ speed: 1 }));
    t.timeline.play();
    playFor(1);
    const before = t.timeline.time;
    t.timeline.speed = 30;
    playFor(1);
    expect(t.timeline.time - before).toBeGreaterThan(27);
    expect(t.timeline.time - before).toBeLessThan(33);
  });

  it('pause stops the playhead where it is', () => {
    const t = track(make({ speed: 10 }));
    t.timeline.play();
    playFor(1);
    t.timeline.pause();
    const at = t.timeline.time;
    const updates = t.updates.length;
    playFor(1);
    expect(t.timeline.playing).toBe(false);
    expect(t.timeline.time).toBe(at);
    expect(t.updates.length).toBe(updates);
  });

  it('seek while playing keeps playing from the new day', () => {
    const t = track(make({ speed: 10 }));
    t.timeline.play();
    playFor(0.5);
    t.timeline.seek(100);
    playFor(1);
    expect(t.timeline.playing).toBe(true);
    expect(t.timeline.time).toBeGreaterThan(108);
    expect(t.timeline.time).toBeLessThan(112);
  });

  it('without loop, playback stops at the end and fires onEnded once', () => {
    const t = track(make({ duration: 20, speed: 10 }));
    t.timeline.play();
    playFor(3);
    expect(t.timeline.time).toBe(20);
    expect(t.timeline.playing).toBe(false);
    expect(t.ended).toBe(1);
    expect(t.loops).toBe(0);
    expect(t.updates.at(-1)).toBe(20);
  });

  it('play after the end starts again from day 0', () => {
    const t = track(make({ duration: 20, speed: 10 }));
    t.timeline.play();
    playFor(3);
    t.timeline.play();
    playFor(0.5);
    expect(t.timeline.playing).toBe(true);
    expect(t.timeline.time).toBeGreaterThan(3);
    expect(t.timeline.time).toBeLessThan(7);
  });

  it('with loop, playback wraps to day 0, fires onLoop and never onEnded', () => {
    const t = track(make({ duration: 20, speed: 10, loop: true }));
    t.timeline.play();
    playFor(4.5); // 45 days = two wraps, then 5 days into the third pass
    expect(t.loops).toBe(2);
    expect(t.ended).toBe(0);
    expect(t.timeline.playing).toBe(true);
    expect(t.timeline.time).toBeGreaterThan(3);
    expect(t.timeline.time).toBeLessThan(7);
    expect(Math.max(...t.updates)).toBeLessThanOrEqual(20);
  });

  it('turning loop off while several loops in ends at the end of the current pass', () => {
    const t = track(make({ duration: 20, speed: 10, loop: true }));
    t.timeline.play();
    playFor(4.5);
    t.timeline.loop = false;
    expect(t.timeline.loop).toBe(false);
    const at = t.timeline.time;
    expect(at).toBeLessThan(20);
    playFor(3);
    expect(t.ended).toBe(1);
    expect(t.timeline.time).toBe(20);
  });

  it('rejects a speed that is not a positive number', () => {
    const { timeline } = track(make());
    expect(() => (timeline.speed = 0)).toThrow(RangeError);
    expect(() => (timeline.speed = -2)).toThrow(RangeError);
    expect(() => (timeline.speed = Number.NaN)).toThrow(RangeError);
    expect(timeline.speed).toBe(DEFAULT_SPEED);
  });

  it('changing duration keeps the day where it fits and clamps it otherwise', () => {
    const t = track(make());
    t.timeline.seek(300);
    t.timeline.duration = 500;
    expect(t.timeline.time).toBe(300);
    t.timeline.duration = 100;
    expect(t.timeline.time).toBe(100);
    t.timeline.seek(1000);
    expect(t.timeline.time).toBe(100);
  });
});

describe('PlaybackTimeline dispose', () => {
  it('after dispose nothing plays, seeks or calls back', () => {
    const t = make({ speed: 10 });
    t.timeline.play();
    playFor(0.5);
    t.timeline.dispose();
    const count = t.updates.length;
    playFor(1);
    t.timeline.seek(50);
    t.timeline.play();
    playFor(1);
    expect(t.updates.length).toBe(count);
    expect(t.timeline.playing).toBe(false);
  });
});

/** One slow frame: the clock jumps by `ms` with no tick in between, then the next tick runs. */
function slowFrame(ms: number) {
  vi.setSystemTime(Date.now() + ms);
  vi.advanceTimersByTime(5);
}

describe('PlaybackTimeline advances by real time despite GSAP lag smoothing', () => {
  it('a 1.2 s frame advances speed × 1.2 days (GSAP alone would count 33 ms)', async () => {
    const { gsap } = await import('gsap/gsap-core');
    const t = track(make({ speed: 7 }));
    t.timeline.play();
    playFor(0.2);
    const before = t.timeline.time;
    slowFrame(1200);
    const advanced = t.timeline.time - before;
    expect(advanced).toBeGreaterThan(7 * 1.2 - 0.1);
    expect(advanced).toBeLessThan(7 * 1.2 + 0.2);
    // The page's GSAP keeps its lag smoothing: the shared ticker's clock still skipped the lag.
    const tickerBefore = gsap.ticker.time;
    slowFrame(1200);
    expect(gsap.ticker.time - tickerBefore).toBeLessThan(0.1);
  });

  it('several slow frames keep the average rate; with loop on they wrap and report loops', () => {
    const t = track(make({ speed: 10, duration: 20, loop: true }));
    t.timeline.play();
    for (let i = 0; i < 5; i++) slowFrame(800); // 4 s: 40 days = two passes of 20
    expect(t.loops).toBe(2);
    expect(t.timeline.time).toBeLessThan(1);
  });

  it('a slow frame past the end ends playback once', () => {
    const t = track(make({ speed: 10, duration: 30 }));
    t.timeline.play();
    slowFrame(5000);
    expect(t.timeline.time).toBe(30);
    expect(t.timeline.playing).toBe(false);
    expect(t.ended).toBe(1);
  });

  it('a paused timeline does not jump after a long gap', () => {
    const t = track(make({ speed: 10 }));
    t.timeline.play();
    playFor(0.1);
    t.timeline.pause();
    const at = t.timeline.time;
    slowFrame(3000);
    expect(t.timeline.time).toBe(at);
    t.timeline.play();
    playFor(0.1);
    expect(t.timeline.time - at).toBeLessThan(1.5);
  });
});
