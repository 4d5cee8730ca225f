import { css } from 'lit';

/** Styles of the teaching parts (compare panes, notes, cutaway, plan panel, presenter). */
export const teachingStyles = css`
  /* ---- compare views: the main canvas becomes one pane ---- */
  :host([compare='sham']) canvas[part~='canvas'] {
    width: 50%;
  }
  :host([compare='band']) canvas[part~='canvas'] {
    left: 33.333%;
    width: 33.334%;
  }
  .compare {
    position: absolute;
    inset: 0;
    pointer-events: none;
  }
  .compare canvas.pane {
    position: absolute;
    top: 0;
    height: 100%;
    pointer-events: auto;
    touch-action: none;
  }
  .compare[data-mode='before-after'] canvas.pane {
    left: 0;
    width: 100%;
    clip-path: inset(0 calc(100% - var(--split)) 0 0);
  }
  .compare[data-mode='sham'] canvas.pane {
    left: 50%;
    width: 50%;
  }
  .compare[data-mode='band'] canvas[data-pane='low'] {
    left: 0;
    width: 33.333%;
  }
  .compare[data-mode='band'] canvas[data-pane='high'] {
    left: 66.667%;
    width: 33.333%;
  }
  .compare[data-mode='sham'] canvas.pane,
  .compare[data-mode='band'] canvas[data-pane='high'] {
    border-left: 2px solid var(--scalp-viewer-background, #f3efeb);
    box-sizing: border-box;
  }
  .compare[data-mode='band'] canvas[data-pane='low'] {
    border-right: 2px solid var(--scalp-viewer-background, #f3efeb);
    box-sizing: border-box;
  }
  /* One column per pane, each label centred over its pane. */
  .compare-labels {
    position: absolute;
    inset: 10px 0 auto 0;
    display: grid;
    grid-auto-flow: column;
    grid-auto-columns: 1fr;
    justify-items: center;
    gap: 8px;
  }
  /* Before/after: labels at the two edges, clear of the view buttons in the top-right corner. */
  .compare[data-mode='before-after'] .compare-label:first-child {
    justify-self: start;
    margin-left: 10px;
  }
  .compare[data-mode='before-after'] .compare-label:last-child {
    justify-self: end;
    margin-right: 64px;
  }
  .compare-label {
    padding: 3px 10px;
    border-radius: 999px;
    font-weight: 600;
    font-size: 0.9em;
    background: color-mix(in srgb, var(--scalp-viewer-background, #f3efeb) 88%, transparent);
  }
  .divider {
    position: absolute;
    top: 0;
    bottom: 0;
    left: var(--split);
    width: 44px;
    transform: translateX(-50%);
    pointer-events: auto;
    cursor: ew-resize;
    touch-action: none;
    outline: none;
  }
  .divider::before {
    content: '';
    position: absolute;
    top: 0;
    bottom: 0;
    left: 50%;
    width: 3px;
    transform: translateX(-50%);
    background: var(--scalp-viewer-on-accent, #fff);
    box-shadow: 0 0 0 1px var(--scalp-viewer-accent, #0f766e);
  }
  .divider-handle {
    position: absolute;
    top: 50%;
    left: 50%;
    width: 36px;
    height: 36px;
    transform: translate(-50%, -50%);
    border-radius: 50%;
    background: var(--scalp-viewer-accent, #0f766e);
    border: 3px solid var(--scalp-viewer-on-accent, #fff);
    box-sizing: border-box;
  }
  .divider:focus-visible .divider-handle {
    outline: 3px solid var(--scalp-viewer-focus, #2563eb);
    outline-offset: 2px;
  }

  /* ---- annotations ---- */
  .annotations {
    position: absolute;
    inset: 0;
    pointer-events: none;
    overflow: hidden;
  }
  .annotation {
    position: absolute;
    left: 0;
    top: 0;
    visibility: hidden;
    pointer-events: auto;
    will-change: transform;
  }
  ::slotted([slot^='annotation-']) {
    display: block;
    min-width: 44px;
    min-height: 44px;
    box-sizing: border-box;
    transform: translate(-50%, -100%);
    cursor: pointer;
  }
  ::slotted([slot^='annotation-']:focus-visible) {
    outline: 3px solid var(--scalp-viewer-focus, #2563eb);
    outline-offset: 2px;
  }

  /* ---- cutaway ---- */
  .cutaway-leader {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    pointer-events: none;
    overflow: visible;
  }
  .cutaway-leader line {
    stroke: var(--scalp-viewer-color, #1f2933);
    stroke-width: 1.5;
    stroke-dasharray: 5 4;
  }
  .cutaway-leader circle {
    fill: none;
    stroke: var(--scalp-viewer-accent, #0f766e);
    stroke-width: 3;
  }
  .cutaway {
    position: absolute;
    /* Bottom right: the legend holds the bottom left, the view buttons the top right. */
    right: 12px;
    bottom: 12px;
    margin: 0;
    padding: 8px 10px;
    width: min(58%, 470px);
    border-radius: 10px;
    background: color-mix(in srgb, var(--scalp-viewer-background, #f3efeb) 94%, transparent);
    box-shadow: 0 2px 10px rgb(0 0 0 / 0.15);
  }
  .cutaway figcaption {
    font-weight: 600;
    font-size: 0.9em;
    margin-bottom: 4px;
  }
  .cutaway svg {
    display: block;
    width: 100%;
    height: auto;
    max-height: 40vh;
  }
  .cutaway text {
    font: 13px var(--scalp-viewer-font, system-ui, sans-serif);
    fill: var(--scalp-viewer-color, #1f2933);
  }
  .cutaway text.tick {
    font-size: 11px;
  }
  .cutaway text.injection {
    fill: #0f766e;
    font-weight: 600;
  }

  /* ---- plan editing ---- */
  canvas.editable {
    cursor: crosshair;
  }
  .plan {
    position: absolute;
    top: 10px;
    left: 10px;
    display: flex;
    flex-direction: column;
    gap: 6px;
    width: min(300px, 45%);
    box-sizing: border-box;
    padding: 8px 10px;
    border-radius: 10px;
    font-size: 0.9em;
    background: color-mix(in srgb, var(--scalp-viewer-background, #f3efeb) 94%, transparent);
    box-shadow: 0 2px 10px rgb(0 0 0 / 0.15);
  }
  :host([compare]) .plan {
    top: 48px;
  }
  .plan label {
    display: grid;
    grid-template-columns: 5.5em 1fr;
    align-items: center;
    gap: 6px;
  }
  .plan select {
    min-height: 44px;
    min-width: 0;
    width: 100%;
    font: inherit;
  }
  .plan-hint,
  .plan-count {
    opacity: 0.8;
  }
  .plan-buttons {
    display: flex;
    flex-direction: column;
    gap: 6px;
  }
  .plan button.text-button {
    width: auto;
    min-height: 44px;
    height: auto;
    padding: 6px 12px;
    border-radius: 8px;
    font: inherit;
  }
  .plan select:focus-visible {
    outline: 3px solid var(--scalp-viewer-focus, #2563eb);
    outline-offset: 2px;
  }

  /* ---- presenter ---- */
  :host([presenter]) [part~='caption'] {
    font-size: clamp(1.15rem, 1.7vw, 1.9rem);
    line-height: 1.3;
  }
  :host([presenter]) .caption-title {
    font-size: clamp(1.1rem, 1.8vw, 1.8rem);
  }
  .blank {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: end center;
    padding: 12px;
    background: #000;
    color: #555;
    font-size: 0.8em;
  }
`;
