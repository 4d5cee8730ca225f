import { describe, expect, it } from 'vitest';
import { MARKER_RESTING_STRENGTH, markerStrength } from '../../src/render/InjectionMarkers.ts';

describe('injection-site markers', () => {
  const sessions = [0, 28, 56];

  it('stay clearly visible all year, so sites added by plan editing can be found late in the year', () => {
    for (const day of [1.5, 14, 100, 200, 364]) expect(markerStrength(day, sessions)).toBeGreaterThanOrEqual(0.6);
    expect(markerStrength(300, [])).toBe(MARKER_RESTING_STRENGTH);
  });

  it('are strongest on a session day and ease back to resting over that day', () => {
    expect(markerStrength(28, sessions)).toBe(1);
    expect(markerStrength(28.5, sessions)).toBeGreaterThan(MARKER_RESTING_STRENGTH);
    expect(markerStrength(28.5, sessions)).toBeLessThan(1);
    expect(markerStrength(29, sessions)).toBe(MARKER_RESTING_STRENGTH);
    // Not loud outside sessions: clearly weaker than a session day.
    expect(MARKER_RESTING_STRENGTH).toBeLessThanOrEqual(0.8);
  });
});
