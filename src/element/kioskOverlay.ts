import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { KioskController } from './KioskController.ts';
import type { kioskEn } from './i18n/kiosk.ts';

/** The kiosk strings an overlay needs (a part of the element's table). */
export type KioskStrings = Pick<typeof kioskEn, 'kioskCall' | 'kioskHint' | 'kioskCountdown'>;

/**
 * What kiosk mode lays over the 3D view: the "Touch to explore" call during the attract loop,
 * and the idle countdown. Neither takes pointer events: the first touch goes straight to the
 * view (it orbits, and ends the loop) and any touch during the countdown continues.
 */
export function kioskOverlay(kiosk: KioskController, text: KioskStrings, format: (n: number) => string): TemplateResult | typeof nothing {
  switch (kiosk.state) {
    case 'attract':
      return html`<div class="kiosk-call" part="kiosk-call">
        <span class="kiosk-call-title">${text.kioskCall}</span>
        <span class="kiosk-call-hint">${text.kioskHint}</span>
      </div>`;
    case 'warning':
      return html`<div class="kiosk-countdown" part="kiosk-countdown" role="alert">
        <span class="kiosk-countdown-number" aria-hidden="true">${format(kiosk.secondsLeft)}</span>
        <span class="kiosk-countdown-text">${text.kioskCountdown(format(kiosk.secondsLeft))}</span>
      </div>`;
    default:
      return nothing;
  }
}
