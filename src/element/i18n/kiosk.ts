/**
 * Strings of kiosk mode (attract call, idle countdown) and of the scenario download, per
 * language; spread into the en/es/de tables, so they are ordinary `Strings` keys a page can
 * override through the `strings` property.
 */
export const kioskEn = {
  kioskCall: 'Touch to explore',
  kioskHint: 'Drag to turn the head · pinch to zoom · swipe the caption for the next chapter',
  /** The idle countdown: "Starting over in 10 s — touch to continue". */
  kioskCountdown: (seconds: string) => `Starting over in ${seconds} s — touch to continue`,
  downloadScenario: 'Download scenario (JSON)',
};

export const kioskEs: typeof kioskEn = {
  kioskCall: 'Toque para explorar',
  kioskHint: 'Arrastre para girar la cabeza · pellizque para acercar · deslice el texto para el siguiente capítulo',
  kioskCountdown: (seconds: string) => `Se reinicia en ${seconds} s — toque para continuar`,
  downloadScenario: 'Descargar escenario (JSON)',
};

export const kioskDe: typeof kioskEn = {
  kioskCall: 'Zum Erkunden berühren',
  kioskHint: 'Ziehen dreht den Kopf · zwei Finger zoomen · Text wischen für das nächste Kapitel',
  kioskCountdown: (seconds: string) => `Neustart in ${seconds} s — berühren zum Fortfahren`,
  downloadScenario: 'Szenario herunterladen (JSON)',
};
