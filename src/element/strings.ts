/**
 * Every word the element shows, in one place so it can be translated later
 * (a `strings` property will let a page replace them).
 */
export const strings = {
  play: 'Play',
  pause: 'Pause',
  timelineLabel: 'Time since the first session',
  week: (week: string, total: string) => `Week ${week} of ${total}`,
  treatedArea: 'Treated area',
  hairsPerCm2: 'visible hairs/cm²',
  change: 'since day 0',
  sham: (change: string) => `Sham: ${change}`,
  range: (low: string, high: string) => `Range: ${low} to ${high}`,
  noFigure: '–',
  preparing: 'Preparing the model…',
  updating: 'Updating the model…',
  noWebgl: 'This browser cannot show the 3D view (WebGL is unavailable or switched off).',
  buildFailed: 'The model could not be built.',
  caveat: 'Teaching model, not a prediction of individual results',
  sceneLabel:
    'A 3D scalp with its hair follicles, the injection sites of the treatment plan, and the hair that grows back over time',
} as const;
