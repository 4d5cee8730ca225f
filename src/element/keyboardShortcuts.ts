/**
 * The keys the element answers while focus is inside it, as in media players (YouTube's
 * K, numbers to tenths) and the ARIA slider pattern (arrows, PageUp/PageDown, Home/End).
 */
export type ShortcutAction =
  | { kind: 'toggle-play' }
  | { kind: 'step-weeks'; weeks: number }
  | { kind: 'step-chapters'; chapters: number }
  | { kind: 'start' }
  | { kind: 'end' }
  | { kind: 'fraction'; share: number };

/** What the shortcuts see of a key press. */
export interface KeyPress {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/** Where focus is: Space and Enter must keep pressing a focused button. */
export interface FocusKind {
  onButton: boolean;
  onSlider: boolean;
}

/** `aria-keyshortcuts` of the scene and slider: the keys below, as ARIA spells them. */
export const ARIA_KEYSHORTCUTS =
  'Space K ArrowLeft ArrowRight Shift+ArrowLeft Shift+ArrowRight PageUp PageDown Home End 0 1 2 3 4 5 6 7 8 9';

/** The action for a key press, or null to leave the key to the browser. */
export function shortcutFor(press: KeyPress, focus: FocusKind): ShortcutAction | null {
  // Browser and assistive-technology chords stay theirs.
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  const key = press.key;
  if (key === ' ' || key === 'Spacebar') return focus.onButton ? null : { kind: 'toggle-play' };
  if (key === 'k' || key === 'K') return { kind: 'toggle-play' };
  const forward = key === 'ArrowRight' || (focus.onSlider && key === 'ArrowUp');
  const back = key === 'ArrowLeft' || (focus.onSlider && key === 'ArrowDown');
  if (forward || back) {
    const sign = forward ? 1 : -1;
    return press.shiftKey ? { kind: 'step-chapters', chapters: sign } : { kind: 'step-weeks', weeks: sign };
  }
  if (key === 'PageUp') return { kind: 'step-chapters', chapters: 1 };
  if (key === 'PageDown') return { kind: 'step-chapters', chapters: -1 };
  if (key === 'Home') return { kind: 'start' };
  if (key === 'End') return { kind: 'end' };
  if (/^[0-9]$/.test(key)) return { kind: 'fraction', share: Number(key) / 10 };
  return null;
}
