import { kioskEn } from './kiosk.ts';
import { teachingEn } from './teaching.ts';

/**
 * English: the source table. Every string the element shows or speaks is a key here; other
 * languages are typed {@link Strings}, so a missing or extra key fails the type check.
 * Entries that take figures are functions of already formatted text (numbers go through
 * Intl first), so word order stays the translator's.
 */
export const en = {
  // playback
  play: 'Play',
  pause: 'Pause',
  previousChapter: 'Previous chapter',
  nextChapter: 'Next chapter',
  timelineLabel: 'Timeline',
  week: (week: string, total: string) => `Week ${week} of ${total}`,
  /** The slider's spoken value: "Week 12 of 52 — visible regrowth". */
  sliderValue: (week: string, chapter: string) => `${week} — ${chapter}`,
  chapterAnnouncement: (index: string, total: string, title: string) => `Chapter ${index} of ${total}: ${title}`,
  toolbarLabel: 'Playback',
  // view
  viewLabel: 'View',
  rotateLeft: 'Rotate left',
  rotateRight: 'Rotate right',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  resetView: 'Reset view',
  // overlays and legend
  legendLabel: 'Overlays',
  overlaySignal: 'Growth-factor signal',
  overlayVascular: 'Blood-supply boost (illustrative)',
  overlayLabels: 'Labels',
  labelSites: 'Injection sites',
  labelCrown: 'Crown',
  labelHairline: 'Frontal hairline',
  labelTemple: 'Temple',
  labelOccipital: 'Back of the head',
  // readout
  treatedArea: 'Treated area',
  hairsPerCm2: 'visible hairs/cm²',
  change: 'since day 0',
  sham: (change: string) => `Sham: ${change}`,
  range: (low: string, high: string) => `Range: ${low} to ${high}`,
  noFigure: '–',
  // states
  preparing: 'Preparing the model…',
  updating: 'Updating the model…',
  noWebgl: 'This browser cannot show the 3D view (WebGL is unavailable or switched off).',
  buildFailed: 'The model could not be built.',
  contextLost: 'The 3D view was interrupted by the graphics system. It comes back by itself…',
  caveat: 'Teaching model, not a prediction of individual results',
  /** The default `alt`: the scene's text alternative. */
  sceneLabel:
    'A 3D scalp with its hair follicles, the injection sites of the treatment plan, and the hair that grows back over time',
  // the default chapters (science.md §4.4 summary, §5, §6)
  chapterInjection: 'Injection day',
  captionInjection:
    'Small amounts of the product are injected into the skin of the thinning area, in a grid about 1 cm apart. Nothing visible changes yet.',
  chapterSignal: 'The signal spreads',
  captionSignal:
    'Growth factors released at each site spread a few millimetres and fade within days. They are thought to wake resting follicles nearby.',
  chapterVascular: 'Blood supply rises',
  captionVascular:
    'Small blood vessels around the sites grow for some weeks and bring more to the follicles. The size of this boost is illustrative.',
  chapterBelowSkin: 'First growth below the skin',
  captionBelowSkin:
    'Woken follicles start a new growth phase. For about a month the new hairs are still under the skin.',
  chapterVisible: 'Visible regrowth',
  captionVisible:
    'New hairs reach the surface and grow about 1 cm a month. Around month 3 the change may become noticeable.',
  chapterPeak: 'The peak',
  captionPeak:
    'Studies report about 10–20 % more hairs in the treated area at 3–6 months: not a full head of hair, and some people do not respond.',
  chapterFading: 'Fading without maintenance',
  captionFading:
    'Without repeat sessions the gain fades over 6–12 months, and pattern hair loss keeps progressing.',
  // kiosk mode and the scenario download (kiosk.ts)
  ...kioskEn,
  // the teaching parts: presenter, compare views, annotations, cutaway, plan editing (teaching.ts)
  ...teachingEn,
};

/** The shape of a strings table: the English keys, each a string or a function giving one. */
export type Strings = {
  [K in keyof typeof en]: (typeof en)[K] extends (...args: infer A) => string ? (...args: A) => string : string;
};
