import { css } from 'lit';

/** The element's shadow styles. Every custom property has a default. */
export const styles = css`
  :host {
    display: block;
    position: relative;
    /* A sensible box with no size given; pages override width/height. */
    aspect-ratio: 16 / 10;
    min-height: 320px;
    box-sizing: border-box;
    overflow: hidden;
    contain: layout paint;
    color: var(--scalp-viewer-color, #1f2933);
    background: var(--scalp-viewer-background, #f3efeb);
    font-family: var(--scalp-viewer-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--scalp-viewer-font-size, 15px);
    line-height: 1.35;
    border-radius: var(--scalp-viewer-radius, 12px);
  }
  :host([hidden]) {
    display: none;
  }
  .frame {
    position: absolute;
    inset: 0;
    display: flex;
    flex-direction: column;
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
    background: var(--scalp-viewer-background, #f3efeb);
  }
  .poster-art {
    width: min(60%, 320px);
    max-height: 65%;
  }
  .poster-sites circle {
    fill: var(--scalp-viewer-accent, #0f766e);
  }
  .progress {
    width: min(60%, 280px);
    height: 6px;
    border-radius: 3px;
    background: color-mix(in srgb, var(--scalp-viewer-accent, #0f766e) 20%, transparent);
    overflow: hidden;
  }
  .progress > div {
    height: 100%;
    background: var(--scalp-viewer-accent, #0f766e);
    transition: width 0.2s ease-out;
  }
  .updating {
    position: absolute;
    top: 10px;
    right: 10px;
    padding: 4px 10px;
    border-radius: 999px;
    font-size: 0.85em;
    background: color-mix(in srgb, var(--scalp-viewer-background, #f3efeb) 85%, transparent);
  }
  .controls {
    display: flex;
    align-items: center;
    gap: 12px;
    padding: 8px 12px;
    flex-wrap: wrap;
    border-top: 1px solid color-mix(in srgb, currentColor 12%, transparent);
  }
  button {
    flex: none;
    width: 44px;
    height: 44px;
    min-width: 44px;
    min-height: 44px;
    display: inline-grid;
    place-items: center;
    padding: 0;
    border: none;
    border-radius: 50%;
    color: var(--scalp-viewer-on-accent, #fff);
    background: var(--scalp-viewer-accent, #0f766e);
    cursor: pointer;
  }
  button:disabled {
    opacity: 0.5;
    cursor: default;
  }
  button:focus-visible,
  input:focus-visible {
    outline: 3px solid var(--scalp-viewer-focus, #2563eb);
    outline-offset: 2px;
  }
  button svg {
    width: 22px;
    height: 22px;
    fill: currentColor;
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
  input[type='range'] {
    width: 100%;
    height: 44px;
    margin: 0;
    accent-color: var(--scalp-viewer-accent, #0f766e);
    cursor: pointer;
  }
  .readout {
    flex: 0 1 auto;
    display: flex;
    flex-direction: column;
    font-variant-numeric: tabular-nums;
  }
  .readout .label {
    font-size: 0.85em;
    opacity: 0.75;
  }
  .readout .figures {
    white-space: nowrap;
  }
  .readout .density {
    font-weight: 600;
  }
  .disclaimer {
    margin: 0;
    padding: 4px 12px 8px;
    font-size: 0.85em;
    opacity: 0.85;
  }
`;
