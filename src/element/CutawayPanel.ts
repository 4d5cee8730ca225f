import { html, nothing, svg } from 'lit';
import type { ReactiveController } from 'lit';
import type { Vec3 } from '../model/index.ts';
import { STRUCTURES } from '../model/landmarks.ts';
import {
  INJECTION_DEPTH_MM,
  MINIATURISED_BULB_DEPTH_MM,
  SECTION_DEPTH_MM,
  SKIN_LAYERS,
  TERMINAL_BULB_DEPTH_MM,
} from '../model/skinLayers.ts';
import { projectAnchor } from '../render/AnchorProjector.ts';
import type { TeachingAccess, TeachingElement } from './teachingHost.ts';

// Drawing units per mm: the section is drawn to scale (1 mm = 40 units, about 40 CSS px at
// full size), so depths read against the ruler. The head in 3D is ~200 mm across and the skin
// 1.8 mm thick: a true section in the 3D view would be a hairline, hence a magnified inset.
const PX_PER_MM = 40;
const TOP = 34; // room above the skin for the emerging shafts
const SECTION_W = 5 * PX_PER_MM;
const LABEL_X = SECTION_W + 14;
const VIEW_W = 470;
const VIEW_H = TOP + SECTION_DEPTH_MM * PX_PER_MM + 8;
const y = (mm: number) => TOP + mm * PX_PER_MM;

// The depth (mm) each label's text sits at: spread out so 13 px text never overlaps.
const LABEL_ROWS_MM = {
  epidermis: -0.2,
  dermis: 0.55,
  miniaturised: 1.15,
  injection: 2.0,
  subcutis: 3.0,
  terminal: 3.95,
} as const;

/** A label at depth `rowMm`, with a line from what it names (at depth `atMm`, from x `fromX`). */
function label(atMm: number, rowMm: number, text: string, id: string, fromX = SECTION_W) {
  return svg`<line x1=${fromX} x2=${LABEL_X - 4} y1=${y(atMm)} y2=${y(rowMm)} stroke="#1f2933" stroke-width="1" />
    <text x=${LABEL_X} y=${y(rowMm) + 4.5} class=${id === 'injection' ? 'label injection' : 'label'} data-label=${id}>${text}</text>`;
}

/**
 * The `cutaway`: a magnified section through the skin, drawn to scale from skinLayers.ts
 * (science.md §1.3, §4): epidermis, dermis, subcutaneous fat, a terminal follicle with its
 * bulb ≈4 mm deep, a miniaturised one at ≈1.5 mm, and the 1.5–2.5 mm plane where injections
 * go. A leader line ties it to a point of the 3D view: the injection site nearest the view's
 * centre, or the crown when the plan has none in view.
 */
export class CutawayPanel implements ReactiveController {
  readonly #host: TeachingElement;
  readonly #access: TeachingAccess;

  constructor(host: TeachingElement, access: TeachingAccess) {
    this.#host = host;
    this.#access = access;
    host.addController(this);
  }

  hostConnected(): void {}

  /** Redraw the 3D view once the panel appears or goes, so the leader is placed. */
  hostUpdated(): void {
    const shown = this.#host.cutaway;
    if (shown !== this.#wasShown) {
      this.#wasShown = shown;
      this.#access.scene()?.invalidate();
    }
  }
  #wasShown = false;

  /** The inset and its leader; goes inside the stage. */
  render() {
    if (!this.#host.cutaway) return nothing;
    const t = this.#access.text();
    const layerFill = { epidermis: '#b9785f', dermis: '#f0c2ae', subcutis: '#f6e2a6' } as const;
    const layerName = { epidermis: t.cutawayEpidermis, dermis: t.cutawayDermis, subcutis: t.cutawaySubcutis } as const;
    const inj = INJECTION_DEPTH_MM;
    // Fat lobules: a fixed scatter, so the picture is the same every time.
    const lobules = [
      [22, 2.3], [70, 2.6], [120, 2.2], [170, 2.5], [40, 3.3], [100, 3.1], [155, 3.4],
      [20, 4.4], [75, 4.6], [130, 4.3], [180, 4.7], [50, 5.2], [110, 5.25], [165, 5.2],
    ];
    const body = svg`
      <defs>
        <clipPath id="section"><rect x="0" y=${TOP} width=${SECTION_W} height=${SECTION_DEPTH_MM * PX_PER_MM} /></clipPath>
      </defs>
      <g clip-path="url(#section)">
        ${SKIN_LAYERS.map(
          (l) => svg`<rect class="layer" data-layer=${l.id} x="0" y=${y(l.topMm)} width=${SECTION_W}
            height=${(l.bottomMm - l.topMm) * PX_PER_MM} fill=${layerFill[l.id]} />`,
        )}
        ${lobules.map(([cx, d]) => svg`<ellipse cx=${cx} cy=${y(d!)} rx="17" ry="12" fill="none" stroke="#e2c77c" stroke-width="1.5" />`)}
        <rect class="injection-plane" x="0" y=${y(inj.from)} width=${SECTION_W} height=${(inj.to - inj.from) * PX_PER_MM}
          fill="rgba(15,118,110,0.22)" stroke="#0f766e" stroke-width="1.5" stroke-dasharray="6 4" />
        <!-- terminal follicle: sheath down to the bulb in the fat -->
        <path class="follicle terminal" d="M 62 ${y(0)} L 78 ${y(TERMINAL_BULB_DEPTH_MM - 0.25)}" stroke="#8a5a44" stroke-width="9" stroke-linecap="round" fill="none" />
        <ellipse cx="79" cy=${y(TERMINAL_BULB_DEPTH_MM - 0.12)} rx="9" ry="7" fill="#6b3f2c" />
        <!-- miniaturised follicle: short and thin, in the dermis -->
        <path class="follicle miniaturised" d="M 146 ${y(0)} L 150 ${y(MINIATURISED_BULB_DEPTH_MM - 0.1)}" stroke="#8a5a44" stroke-width="4" stroke-linecap="round" fill="none" />
        <ellipse cx="150" cy=${y(MINIATURISED_BULB_DEPTH_MM - 0.05)} rx="4" ry="3" fill="#6b3f2c" />
      </g>
      <!-- shafts above the skin -->
      <path d="M 62 ${y(0)} Q 50 ${TOP - 18} 30 ${TOP - 30}" stroke="#2b1d16" stroke-width="3" fill="none" />
      <path d="M 146 ${y(0)} Q 142 ${TOP - 8} 134 ${TOP - 14}" stroke="#7a6255" stroke-width="1.2" fill="none" />
      <line x1="0" x2=${SECTION_W} y1=${y(0)} y2=${y(0)} stroke="#6b3f2c" stroke-width="1.5" />
      <!-- the needle, bevel in the injection plane -->
      <line x1=${SECTION_W - 6} y1=${TOP - 26} x2=${SECTION_W - 50} y2=${y((inj.from + inj.to) / 2)} stroke="#475569" stroke-width="3" stroke-linecap="round" />
      <circle cx=${SECTION_W - 50} cy=${y((inj.from + inj.to) / 2)} r="7" fill="rgba(15,118,110,0.55)" />
      <!-- depth ruler, 1 mm ticks -->
      ${[0, 1, 2, 3, 4, 5].map(
        (mm) => svg`<line x1="0" x2="8" y1=${y(mm)} y2=${y(mm)} stroke="#1f2933" stroke-width="1.5" />
          <text x="11" y=${y(mm) + 4} class="tick">${mm}</text>`,
      )}
      <text x="4" y=${TOP - 6} class="tick">mm</text>
      <!-- labels, each at its own height so none overlap; a line from each to what it names -->
      ${SKIN_LAYERS.map((l) => {
        const mid = l.id === 'epidermis' ? 0.05 : (l.topMm + l.bottomMm) / 2;
        return label(mid, LABEL_ROWS_MM[l.id], layerName[l.id], l.id);
      })}
      ${label(MINIATURISED_BULB_DEPTH_MM, LABEL_ROWS_MM.miniaturised, t.cutawayMiniaturised, 'miniaturised', 154)}
      ${label((inj.from + inj.to) / 2, LABEL_ROWS_MM.injection, t.cutawayInjection, 'injection')}
      ${label(TERMINAL_BULB_DEPTH_MM - 0.12, LABEL_ROWS_MM.terminal, t.cutawayTerminal, 'terminal', 88)}
    `;
    return html`<svg class="cutaway-leader" aria-hidden="true">
        <line class="leader-line" x1="0" y1="0" x2="0" y2="0"></line>
        <circle class="leader-dot" r="6" cx="0" cy="0"></circle>
      </svg>
      <figure class="cutaway" part="cutaway">
        <figcaption>${t.cutawayTitle}</figcaption>
        <svg viewBox="0 0 ${VIEW_W} ${VIEW_H}" role="img" aria-label=${t.cutawayLabel}>${body}</svg>
      </figure>`;
  }

  /** The main view drew a frame: point the leader at the anchor, or hide it when occluded. */
  place(): void {
    if (!this.#host.cutaway) return;
    const root = this.#host.renderRoot;
    const scene = this.#access.scene();
    const canvas = root.querySelector<HTMLCanvasElement>('canvas[part~="canvas"]');
    const figure = root.querySelector<HTMLElement>('.cutaway');
    const leader = root.querySelector<SVGSVGElement>('.cutaway-leader');
    if (!scene || !canvas || !figure || !leader) return;
    const width = canvas.clientWidth, height = canvas.clientHeight;
    const anchor = this.#anchorPoint(width, height);
    const at = anchor ? projectAnchor(scene.cameraRig.camera, anchor, width, height) : null;
    const seen = !!at && at.inView && !at.occluded;
    leader.style.visibility = seen ? 'visible' : 'hidden';
    if (!at || !seen) return;
    const x = canvas.offsetLeft + at.x, yy = canvas.offsetTop + at.y;
    const fx = figure.offsetLeft, fy = figure.offsetTop; // the inset's top-left corner
    const line = leader.querySelector('line')!, dot = leader.querySelector('circle')!;
    line.setAttribute('x1', String(fx)); line.setAttribute('y1', String(fy));
    line.setAttribute('x2', x.toFixed(1)); line.setAttribute('y2', yy.toFixed(1));
    dot.setAttribute('cx', x.toFixed(1)); dot.setAttribute('cy', yy.toFixed(1));
    leader.dataset.x = x.toFixed(1);
    leader.dataset.y = yy.toFixed(1);
  }

  /** The plan's site nearest the view's centre that the camera sees, else the crown. */
  #anchorPoint(width: number, height: number): Vec3 | null {
    const scene = this.#access.scene();
    const sites = this.#access.model()?.plan.sites ?? [];
    if (!scene) return null;
    let best: Vec3 | null = null, bestD = Infinity;
    for (const s of sites) {
      const a = projectAnchor(scene.cameraRig.camera, s, width, height);
      if (!a.inView || a.occluded) continue;
      const d = (a.x - width / 2) ** 2 + (a.y - height / 2) ** 2;
      if (d < bestD) { bestD = d; best = s; }
    }
    return best ?? STRUCTURES.crown;
  }
}
