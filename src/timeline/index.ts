/** Playback of simulated days (GSAP behind a small interface). */
export { PlaybackTimeline, DEFAULT_SPEED } from './PlaybackTimeline.ts';
export type { PlaybackTimelineOptions } from './PlaybackTimeline.ts';
