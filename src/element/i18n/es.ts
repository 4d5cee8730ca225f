import type { Strings } from './en.ts';
import { kioskEs } from './kiosk.ts';
import { teachingEs } from './teaching.ts';

/** Spanish. Typed {@link Strings}: every English key, no other. */
export const es: Strings = {
  play: 'Reproducir',
  pause: 'Pausa',
  previousChapter: 'Capítulo anterior',
  nextChapter: 'Capítulo siguiente',
  timelineLabel: 'Línea de tiempo',
  week: (week, total) => `Semana ${week} de ${total}`,
  sliderValue: (week, chapter) => `${week} — ${chapter}`,
  chapterAnnouncement: (index, total, title) => `Capítulo ${index} de ${total}: ${title}`,
  toolbarLabel: 'Reproducción',
  viewLabel: 'Vista',
  rotateLeft: 'Girar a la izquierda',
  rotateRight: 'Girar a la derecha',
  zoomIn: 'Acercar',
  zoomOut: 'Alejar',
  resetView: 'Restablecer vista',
  legendLabel: 'Capas',
  overlaySignal: 'Señal de factores de crecimiento',
  overlayVascular: 'Aumento del riego sanguíneo (ilustrativo)',
  overlayLabels: 'Etiquetas',
  labelSites: 'Puntos de inyección',
  labelCrown: 'Coronilla',
  labelHairline: 'Línea frontal',
  labelTemple: 'Sien',
  labelOccipital: 'Zona occipital',
  treatedArea: 'Zona tratada',
  hairsPerCm2: 'cabellos visibles/cm²',
  change: 'desde el día 0',
  sham: (change) => `Simulado: ${change}`,
  range: (low, high) => `Intervalo: de ${low} a ${high}`,
  noFigure: '–',
  preparing: 'Preparando el modelo…',
  updating: 'Actualizando el modelo…',
  noWebgl: 'Este navegador no puede mostrar la vista 3D (WebGL no está disponible o está desactivado).',
  buildFailed: 'No se pudo construir el modelo.',
  contextLost: 'El sistema gráfico interrumpió la vista 3D. Volverá por sí sola…',
  caveat: 'Modelo didáctico, no una predicción de resultados individuales',
  sceneLabel:
    'Un cuero cabelludo en 3D con sus folículos, los puntos de inyección del plan de tratamiento y el cabello que vuelve a crecer con el tiempo',
  chapterInjection: 'Día de la inyección',
  captionInjection:
    'Se inyectan pequeñas cantidades del producto en la piel de la zona que clarea, en una cuadrícula de aproximadamente 1 cm. Todavía no cambia nada visible.',
  chapterSignal: 'La señal se extiende',
  captionSignal:
    'Los factores de crecimiento liberados en cada punto se extienden unos milímetros y se desvanecen en días. Se cree que despiertan los folículos en reposo cercanos.',
  chapterVascular: 'Aumenta el riego sanguíneo',
  captionVascular:
    'Los pequeños vasos alrededor de los puntos crecen durante algunas semanas y aportan más a los folículos. La magnitud de este aumento es ilustrativa.',
  chapterBelowSkin: 'Primer crecimiento bajo la piel',
  captionBelowSkin:
    'Los folículos despertados inician una nueva fase de crecimiento. Durante aproximadamente un mes, los cabellos nuevos siguen bajo la piel.',
  chapterVisible: 'Nuevo crecimiento visible',
  captionVisible:
    'Los cabellos nuevos alcanzan la superficie y crecen alrededor de 1 cm al mes. Hacia el tercer mes el cambio puede empezar a notarse.',
  chapterPeak: 'El máximo',
  captionPeak:
    'Los estudios describen entre un 10 y un 20 % más de cabellos en la zona tratada a los 3–6 meses: no una cabellera completa, y algunas personas no responden.',
  chapterFading: 'Se desvanece sin mantenimiento',
  captionFading:
    'Sin sesiones de repetición, la mejora se desvanece en 6–12 meses y la alopecia de patrón sigue avanzando.',
  // kiosk mode and the scenario download (kiosk.ts)
  ...kioskEs,
  // the teaching parts: presenter, compare views, annotations, cutaway, plan editing (teaching.ts)
  ...teachingEs,
};
