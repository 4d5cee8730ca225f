import { svg } from 'lit';

/**
 * The drawn stand-in shown while the model builds and when there is no WebGL:
 * a head from above with a thinning crown and a grid of injection sites, so
 * the box is never blank. Pure SVG, no network, no script.
 */
export const posterArt = svg`
  <svg class="poster-art" viewBox="0 0 200 160" aria-hidden="true" focusable="false">
    <defs>
      <pattern id="hair" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(24)">
        <line x1="1.2" y1="0.6" x2="1.2" y2="4.2" stroke="#3a2a21" stroke-width="1.1" stroke-linecap="round" />
        <line x1="3.7" y1="2.4" x2="3.7" y2="5" stroke="#4a3429" stroke-width="0.9" stroke-linecap="round" />
      </pattern>
      <radialGradient id="crown" cx="0.5" cy="0.45" r="0.55">
        <stop offset="0" stop-color="#000" />
        <stop offset="0.38" stop-color="#000" />
        <stop offset="0.78" stop-color="#fff" />
      </radialGradient>
      <mask id="thinning">
        <ellipse cx="100" cy="82" rx="60" ry="70" fill="url(#crown)" />
      </mask>
    </defs>
    <ellipse cx="34" cy="84" rx="7" ry="15" fill="#d9ab8f" />
    <ellipse cx="166" cy="84" rx="7" ry="15" fill="#d9ab8f" />
    <ellipse cx="100" cy="82" rx="62" ry="72" fill="#e6bea3" />
    <ellipse cx="100" cy="82" rx="62" ry="72" fill="url(#hair)" mask="url(#thinning)" />
    <g class="poster-sites">
      ${[-2, -1, 0, 1, 2].flatMap((i) =>
        [-2, -1, 0, 1, 2]
          .filter((j) => i * i + j * j <= 5)
          .map((j) => svg`<circle cx=${100 + i * 9} cy=${78 + j * 9} r="1.8" />`),
      )}
    </g>
  </svg>
`;
