import { css } from 'lit';

/**
 * Kiosk mode's look: the whole window, large type, touch targets of at least 64 px, no text
 * input, no page scroll or browser zoom from a touch; plus the attract call and the idle
 * countdown (kioskOverlay.ts). Every custom property has a default.
 */
export const kioskStyles = css`
  :host([kiosk]) {
    /* The element's own touch-target size (styles.ts), kiosk-sized unless the page sets one. */
    --_target: var(--scalp-viewer-target-size, 72px);
    position: fixed;
    inset: 0;
    z-index: 1;
    width: auto;
    height: auto;
    aspect-ratio: auto;
    min-height: 0;
    border-radius: 0;
    font-size: var(--scalp-viewer-kiosk-font-size, 24px);
    /* One finger orbits and two pinch-zoom the view (OrbitControls); the page must neither
       scroll nor zoom, nor select text or open a long-press menu. touch-action applies to
       the whole subtree through the host. */
    touch-action: none;
    user-select: none;
    -webkit-user-select: none;
    -webkit-touch-callout: none;
    overscroll-behavior: none;
  }
  :host([kiosk]) button {
    min-width: 64px;
    min-height: 64px;
  }
  :host([kiosk]) button svg {
    width: 36px;
    height: 36px;
  }
  :host([kiosk]) .controls,
  :host([kiosk]) [part~='controls'] {
    gap: 20px;
    padding: 14px 24px;
  }
  /* A kiosk has no keyboard: no field to type in, no file to save. */
  :host([kiosk]) input:not([type='range']),
  :host([kiosk]) textarea,
  :host([kiosk]) select,
  :host([kiosk]) [part~='download-button'] {
    display: none !important;
  }
  /* A fat track and thumb: a tap anywhere on the track seeks there. */
  :host([kiosk]) input[type='range'] {
    -webkit-appearance: none;
    appearance: none;
    height: 64px;
    min-height: 64px;
    background: transparent;
  }
  :host([kiosk]) input[type='range']::-webkit-slider-runnable-track {
    height: 14px;
    border-radius: 7px;
    background: color-mix(in srgb, var(--scalp-viewer-accent, #0f766e) 30%, transparent);
  }
  :host([kiosk]) input[type='range']::-webkit-slider-thumb {
    -webkit-appearance: none;
    width: 48px;
    height: 48px;
    margin-top: -17px;
    border-radius: 50%;
    border: 4px solid var(--scalp-viewer-on-accent, #fff);
    background: var(--scalp-viewer-accent, #0f766e);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.3);
  }
  :host([kiosk]) input[type='range']::-moz-range-track {
    height: 14px;
    border-radius: 7px;
    background: color-mix(in srgb, var(--scalp-viewer-accent, #0f766e) 30%, transparent);
  }
  :host([kiosk]) input[type='range']::-moz-range-thumb {
    width: 40px;
    height: 40px;
    border-radius: 50%;
    border: 4px solid var(--scalp-viewer-on-accent, #fff);
    background: var(--scalp-viewer-accent, #0f766e);
  }
  :host([kiosk]) [part~='caption'] {
    touch-action: pan-y;
  }

  .kiosk-call,
  .kiosk-countdown {
    position: absolute;
    pointer-events: none;
    display: flex;
    flex-direction: column;
    align-items: center;
    text-align: center;
  }
  .kiosk-call {
    /* In the bottom-right corner, clear of the head: centred at the foot it covered the nape
       and lower head at 1920 x 1080 (the head fills the stage's height). The hint wraps to
       keep the call narrow; the view buttons are at the top of this side. */
    right: 16px;
    bottom: 16px;
    width: max-content;
    max-width: min(calc(100% - 32px), 22em);
    align-items: flex-end;
    text-align: end;
    gap: 2px;
    box-sizing: border-box;
    padding: 12px 28px;
    border-radius: 28px;
    color: var(--scalp-viewer-on-accent, #fff);
    background: color-mix(in srgb, var(--scalp-viewer-accent, #0f766e) 88%, transparent);
    box-shadow: 0 6px 24px rgb(0 0 0 / 0.25);
    animation: kiosk-breathe 2.4s ease-in-out infinite;
  }
  .kiosk-call-title {
    font-size: 1.3em;
    font-weight: 700;
  }
  .kiosk-call-hint {
    font-size: 0.7em;
    opacity: 0.9;
  }
  .kiosk-countdown {
    inset: 0;
    justify-content: center;
    gap: 20px;
    padding: 24px;
    color: var(--scalp-viewer-color, #1f2933);
    background: color-mix(in srgb, var(--scalp-viewer-background, #f3efeb) 72%, transparent);
  }
  .kiosk-countdown-number {
    display: grid;
    place-items: center;
    width: 3.6em;
    height: 3.6em;
    border-radius: 50%;
    font-size: 2em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    color: var(--scalp-viewer-on-accent, #fff);
    background: var(--scalp-viewer-accent, #0f766e);
  }
  .kiosk-countdown-text {
    font-size: 1.3em;
    font-weight: 600;
  }
  /* While the model is prepared, the poster and its progress speak; the call waits. */
  :host(:not([data-ready])) .kiosk-call {
    display: none;
  }
  @keyframes kiosk-breathe {
    50% {
      transform: scale(1.04);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    :host(:not([reduced-motion='off'])) .kiosk-call {
      animation: none;
    }
  }
  :host([reduced-motion='on']) .kiosk-call {
    animation: none;
  }
`;
