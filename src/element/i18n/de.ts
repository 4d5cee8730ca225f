import type { Strings } from './en.ts';
import { kioskDe } from './kiosk.ts';
import { teachingDe } from './teaching.ts';

/** German. Typed {@link Strings}: every English key, no other. */
export const de: Strings = {
  play: 'Abspielen',
  pause: 'Anhalten',
  previousChapter: 'Vorheriges Kapitel',
  nextChapter: 'Nächstes Kapitel',
  timelineLabel: 'Zeitleiste',
  week: (week, total) => `Woche ${week} von ${total}`,
  sliderValue: (week, chapter) => `${week} – ${chapter}`,
  chapterAnnouncement: (index, total, title) => `Kapitel ${index} von ${total}: ${title}`,
  toolbarLabel: 'Wiedergabe',
  viewLabel: 'Ansicht',
  rotateLeft: 'Nach links drehen',
  rotateRight: 'Nach rechts drehen',
  zoomIn: 'Vergrößern',
  zoomOut: 'Verkleinern',
  resetView: 'Ansicht zurücksetzen',
  legendLabel: 'Ebenen',
  overlaySignal: 'Wachstumsfaktor-Signal',
  overlayVascular: 'Stärkere Durchblutung (veranschaulichend)',
  overlayLabels: 'Beschriftungen',
  labelSites: 'Injektionsstellen',
  labelCrown: 'Wirbel',
  labelHairline: 'Stirnhaaransatz',
  labelTemple: 'Schläfe',
  labelOccipital: 'Hinterkopf',
  treatedArea: 'Behandelter Bereich',
  hairsPerCm2: 'sichtbare Haare/cm²',
  change: 'seit Tag 0',
  sham: (change) => `Schein: ${change}`,
  range: (low, high) => `Spanne: ${low} bis ${high}`,
  noFigure: '–',
  preparing: 'Modell wird vorbereitet…',
  updating: 'Modell wird aktualisiert…',
  noWebgl: 'Dieser Browser kann die 3D-Ansicht nicht zeigen (WebGL ist nicht verfügbar oder ausgeschaltet).',
  buildFailed: 'Das Modell konnte nicht erstellt werden.',
  contextLost: 'Die 3D-Ansicht wurde vom Grafiksystem unterbrochen. Sie kommt von selbst zurück…',
  caveat: 'Lehrmodell, keine Vorhersage individueller Ergebnisse',
  sceneLabel:
    'Eine Kopfhaut in 3D mit ihren Haarfollikeln, den Injektionsstellen des Behandlungsplans und dem Haar, das mit der Zeit nachwächst',
  chapterInjection: 'Tag der Injektion',
  captionInjection:
    'Kleine Mengen des Präparats werden in die Haut des lichten Bereichs gespritzt, in einem Raster von etwa 1 cm. Noch ist nichts zu sehen.',
  chapterSignal: 'Das Signal breitet sich aus',
  captionSignal:
    'An jeder Stelle freigesetzte Wachstumsfaktoren breiten sich einige Millimeter aus und klingen binnen Tagen ab. Sie sollen ruhende Follikel in der Nähe wecken.',
  chapterVascular: 'Die Durchblutung steigt',
  captionVascular:
    'Kleine Blutgefäße um die Stellen wachsen einige Wochen lang und versorgen die Follikel besser. Die Stärke dieses Effekts ist nur veranschaulichend.',
  chapterBelowSkin: 'Erstes Wachstum unter der Haut',
  captionBelowSkin:
    'Geweckte Follikel beginnen eine neue Wachstumsphase. Etwa einen Monat lang bleiben die neuen Haare unter der Haut.',
  chapterVisible: 'Sichtbares Nachwachsen',
  captionVisible:
    'Neue Haare erreichen die Oberfläche und wachsen etwa 1 cm im Monat. Um den dritten Monat kann der Unterschied auffallen.',
  chapterPeak: 'Der Höhepunkt',
  captionPeak:
    'Studien berichten nach 3–6 Monaten von etwa 10–20 % mehr Haaren im behandelten Bereich: kein volles Haar, und manche sprechen nicht an.',
  chapterFading: 'Nachlassen ohne Auffrischung',
  captionFading:
    'Ohne Wiederholungssitzungen lässt der Gewinn über 6–12 Monate nach, und der erblich bedingte Haarausfall schreitet fort.',
  // kiosk mode and the scenario download (kiosk.ts)
  ...kioskDe,
  // the teaching parts: presenter, compare views, annotations, cutaway, plan editing (teaching.ts)
  ...teachingDe,
};
