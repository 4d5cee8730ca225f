import { css } from 'lit';

/**
 * The element's shadow styles. Every public custom property has a default, and each theme
 * only changes those defaults: a page's `--scalp-viewer-*` value wins in every theme.
 * Internal `--_*` properties carry the resolved values so each rule reads one name.
 */
export const styles = css`
  :host {
    --_bg: var(--scalp-viewer-background, #f3efeb);
    --_fg: var(--scalp-viewer-color, #1f2933);
    --_accent: var(--scalp-viewer-accent, #0f766e);
    --_on-accent: var(--scalp-viewer-on-accent, #fff);
    --_focus: var(--scalp-viewer-focus, #2563eb);
    --_surface: var(--scalp-viewer-surface, #fffdfa);
    --_signal: var(--scalp-viewer-signal, #d97706);
    --_vascular: var(--scalp-viewer-vascular, #dc2626);
    --_target: var(--scalp-viewer-target-size, 44px);
    --_line: color-mix(in srgb, var(--_fg) 16%, transparent);
    display: block;
    position: relative;
    /* A sensible box with no size given; pages override width/height. */
    aspect-ratio: 16 / 10;
    min-height: 320px;
    box-sizing: border-box;
    overflow: hidden;
    contain: layout paint;
    color: var(--_fg);
    background: var(--_bg);
    font-family: var(--scalp-viewer-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--scalp-viewer-font-size, 15px);
    line-height: 1.35;
    border-radius: var(--scalp-viewer-radius, 12px);
  }
  :host([theme='dark']) {
    --_bg: var(--scalp-viewer-background, #141920);
    --_fg: var(--scalp-viewer-color, #e7e9ec);
    /* White icons on the accent in both light and dark, so a page that sets only its brand accent keeps legible buttons. */
    --_accent: var(--scalp-viewer-accent, #0d9488);
    --_on-accent: var(--scalp-viewer-on-accent, #fff);
    --_focus: var(--scalp-viewer-focus, #93c5fd);
    --_surface: var(--scalp-viewer-surface, #202733);
    --_signal: var(--scalp-viewer-signal, #fbbf24);
    --_vascular: var(--scalp-viewer-vascular, #f87171);
  }
  /*
   * Maximum contrast: black, white and yellow, solid lines. Fixed on purpose: a page's brand
   * colours must not lower the contrast of the mode meant for low vision (fonts and sizes still apply).
   */
  :host([theme='high-contrast']) {
    --_bg: #000;
    --_fg: #fff;
    --_accent: #ffe500;
    --_on-accent: #000;
    --_focus: #00e5ff;
    --_surface: #000;
    --_signal: #ffb000;
    --_vascular: #ff6b6b;
    --_line: #fff;
  }
  :host([hidden]) {
    display: none;
  }
  .frame {
    position: absolute;
    inset: 0;
    display: flex;
    flex-direction: column;
    /* The layout follows the element's own size, not the page's (see the compact rules below). */
    container: viewer / size;
  }
  .stage {
    position: relative;
    flex: 1 1 auto;
    min-height: 0;
  }
  canvas {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    display: block;
    outline: none;
  }
  canvas:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
  }
  .cover {
    position: absolute;
    inset: 0;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: 12px;
    padding: 16px;
    text-align: center;
    background: var(--_bg);
  }
  .poster-art,
  .poster-image {
    width: min(60%, 320px);
    max-height: 65%;
    object-fit: contain;
  }
  .poster-sites circle {
    fill: var(--_accent);
  }
  .progress {
    width: min(60%, 280px);
    height: 6px;
    border-radius: 3px;
    background: color-mix(in srgb, var(--_accent) 20%, transparent);
    overflow: hidden;
  }
  .progress > div {
    height: 100%;
    background: var(--_accent);
    transition: width 0.2s ease-out;
  }
  .updating {
    position: absolute;
    top: 10px;
    left: 50%;
    transform: translateX(-50%);
    padding: 4px 10px;
    border-radius: 999px;
    font-size: 0.85em;
    background: var(--_surface);
  }
  .interrupted {
    position: absolute;
    left: 50%;
    bottom: 12px;
    transform: translateX(-50%);
    max-width: calc(100% - 24px);
    padding: 6px 12px;
    border-radius: 8px;
    font-size: 0.9em;
    text-align: center;
    background: color-mix(in srgb, var(--_bg) 90%, transparent);
  }

  /* ---- buttons ---------------------------------------------------------- */
  button {
    flex: none;
    width: var(--_target);
    height: var(--_target);
    min-width: 44px;
    min-height: 44px;
    display: inline-grid;
    place-items: center;
    padding: 0;
    border: 2px solid transparent;
    border-radius: 50%;
    font: inherit;
    color: var(--_on-accent);
    background: var(--_accent);
    cursor: pointer;
  }
  button:disabled {
    opacity: 0.5;
    cursor: default;
  }
  button:focus-visible,
  input:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  button svg {
    width: 22px;
    height: 22px;
    fill: currentColor;
  }
  .corner-pause {
    position: absolute;
    top: 8px;
    left: 8px;
  }

  /* ---- overlays on the view: view buttons, legend, labels ---------------- */
  .view-buttons {
    position: absolute;
    top: 8px;
    right: 8px;
    display: flex;
    flex-direction: column;
    gap: 4px;
  }
  .view-buttons button,
  .legend .toggle {
    color: var(--_fg);
    background: var(--_surface);
    border-color: var(--_line);
  }
  .legend {
    position: absolute;
    left: 8px;
    bottom: 8px;
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 4px;
    max-width: calc(100% - 76px);
  }
  .legend .toggle {
    width: auto;
    height: auto;
    min-height: var(--_target);
    display: inline-flex;
    align-items: center;
    gap: 8px;
    padding: 4px 12px 4px 10px;
    border-radius: 999px;
    font-size: 0.85em;
    text-align: start;
  }
  .legend .toggle[aria-pressed='true'] {
    border-color: var(--_accent);
  }
  .swatch {
    flex: none;
    width: 14px;
    height: 14px;
    border-radius: 50%;
    border: 2px solid currentColor;
    box-sizing: border-box;
  }
  .swatch.signal {
    border-color: var(--_signal);
  }
  .swatch.vascular {
    border-color: var(--_vascular);
  }
  .swatch.labels {
    border-radius: 3px;
  }
  /* Pressed: a filled swatch; not pressed: an empty ring (shape, not only colour, tells). */
  [aria-pressed='true'] > .swatch.signal {
    background: var(--_signal);
  }
  [aria-pressed='true'] > .swatch.vascular {
    background: var(--_vascular);
  }
  [aria-pressed='true'] > .swatch.labels {
    background: currentColor;
  }
  .scene-labels {
    position: absolute;
    inset: 0;
    pointer-events: none;
    overflow: hidden;
    /* Over the compare panes (they follow in the DOM): a label names the same place in each. */
    z-index: 1;
  }
  .scene-label {
    position: absolute;
    left: -999px;
    transform: translate(-50%, calc(-100% - 10px));
    padding: 3px 8px;
    border-radius: 6px;
    font-size: 0.85em;
    white-space: nowrap;
    color: var(--_fg);
    background: var(--_surface);
    border: 1px solid var(--_line);
  }
  .scene-label.hidden-label {
    visibility: hidden;
  }
  .scene-label::after {
    content: '';
    position: absolute;
    left: 50%;
    top: 100%;
    width: 2px;
    height: 10px;
    background: var(--_fg);
  }

  /* ---- caption ------------------------------------------------------------ */
  .caption {
    padding: 6px 12px;
    border-top: 1px solid var(--_line);
    font-size: var(--scalp-viewer-caption-font-size, 0.93em);
    background: var(--_surface);
  }
  .caption-title {
    font-weight: 700;
    margin-inline-end: 0.35em;
  }

  /* ---- toolbar ------------------------------------------------------------ */
  .controls {
    display: flex;
    align-items: center;
    gap: 8px 10px;
    padding: 8px 12px;
    flex-wrap: wrap;
    border-top: 1px solid var(--_line);
  }
  .scrub {
    flex: 1 1 220px;
    display: flex;
    flex-direction: column;
    min-width: 160px;
  }
  .week {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
  .track {
    position: relative;
  }
  input[type='range'] {
    width: 100%;
    height: var(--_target);
    min-height: 44px;
    margin: 0;
    accent-color: var(--_accent);
    cursor: pointer;
  }
  .marks {
    position: absolute;
    inset: 0;
    pointer-events: none;
  }
  /* The native thumb is 16px wide: its centre runs from 8px to the width minus 8px. */
  .mark {
    position: absolute;
    top: calc(50% + 6px);
    left: calc(8px + (100% - 16px) * var(--at, 0));
    width: 3px;
    height: 9px;
    margin-left: -1px;
    border-radius: 1px;
    background: color-mix(in srgb, var(--_fg) 60%, transparent);
  }
  .mark.current {
    background: var(--_accent);
  }
  .readout {
    flex: 0 1 auto;
    display: flex;
    flex-direction: column;
    font-variant-numeric: tabular-nums;
  }
  .readout .label {
    font-size: 0.85em;
  }
  .readout .figures,
  .readout .extras {
    white-space: nowrap;
  }
  .readout .density {
    font-weight: 600;
  }
  .disclaimer {
    margin: 0;
    padding: 4px 12px 8px;
    font-size: 0.85em;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  /*
   * Compact: a small embed keeps every control (and every target at 44 px) but folds the
   * chrome so the view keeps room: view buttons and overlay toggles in rows, toggles as
   * swatches (their names stay for assistive technology), the caption at two lines.
   */
  @container viewer (max-width: 639px) or (max-height: 459px) {
    .view-buttons {
      flex-direction: row;
    }
    .legend {
      flex-direction: row;
      max-width: none;
    }
    .legend .toggle {
      width: var(--_target);
      padding: 0;
      justify-content: center;
    }
    .toggle-text,
    .readout .label {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
    .caption {
      padding-block: 4px;
    }
    .caption-body {
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 2;
      line-clamp: 2;
      overflow: hidden;
    }
    .controls {
      padding-block: 4px;
    }
    .week {
      font-size: 0.85em;
    }
    .readout {
      flex-direction: row;
      flex-wrap: wrap;
      gap: 0 0.4em;
      font-size: 0.9em;
    }
    .disclaimer {
      padding: 2px 12px 4px;
      font-size: 0.8em;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .progress > div {
      transition: none;
    }
  }
  :host([reduced-motion='on']) .progress > div {
    transition: none;
  }
`;
