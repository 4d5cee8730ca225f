/**
 * Phase-change events as the renderer receives them: one float per event, day·4 + phase.
 * Days are integers (possibly negative for the day-0 phase's start), so the code is exact in a
 * Float32 for |day| < 4,000,000 / 4.
 */
import type { Phase } from './types.ts';

/** Phase changes stored per follicle; slot 0 is the phase on day 0 with its start day. */
export const EVENT_SLOTS = 8;
/** Encoded value of an unused slot (any value ≥ this is to be ignored). */
export const NO_EVENT = 4_000_000;

/** Encodes a phase change: the follicle is in `phase` from `day` on. */
export function encodeEvent(day: number, phase: Phase): number {
  return Math.round(day) * 4 + phase;
}

/** Decodes an event produced by {@link encodeEvent}. */
export function decodeEvent(v: number): { day: number; phase: Phase } {
  const day = Math.floor(v / 4);
  return { day, phase: (v - day * 4) as Phase };
}
