import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Scenario } from '../model/scenario.ts';

/** File name of a downloaded scenario. */
export const SCENARIO_FILE_NAME = 'scalp-viewer-scenario.json';

/** A URL revoked this long after the click: the download has its bytes by then. */
const REVOKE_AFTER_MS = 10_000;

/**
 * Saves a scenario as a JSON file through a Blob and an object URL: no network, nothing
 * leaves the page but the file the user asked for. Pretty-printed,
 * so a person can read and edit it and load it back as `scenario`.
 */
export function downloadScenario(scenario: Scenario, fileName = SCENARIO_FILE_NAME): void {
  const blob = new Blob([`${JSON.stringify(scenario, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}

/** The element as the download button sees it. */
export interface DownloadViewer {
  /** Teaching (presenter) mode: the button shows only there. */
  readonly presenter?: boolean;
  exportScenario(): Scenario;
}

const downloadIcon = html`<svg viewBox="0 0 24 24" aria-hidden="true">
  <path d="M11 4h2v8.2l3.3-3.3 1.4 1.4L12 16l-5.7-5.7 1.4-1.4 3.3 3.3zM5 18h14v2H5z" />
</svg>`;

/**
 * The "Download scenario" button of teaching mode (the `presenter` attribute); nothing
 * elsewhere (a kiosk has no files to save, a clinic page its own UI).
 */
export function downloadButton(viewer: DownloadViewer, label: string): TemplateResult | typeof nothing {
  if (!viewer.presenter) return nothing;
  return html`<button
    type="button"
    part="download-button"
    aria-label=${label}
    title=${label}
    @click=${() => downloadScenario(viewer.exportScenario())}
  >
    ${downloadIcon}
  </button>`;
}
