// React 19 JSX with <scalp-viewer>: what type-checks and what must not.
import type {} from '../../src/frameworks/react.ts';
import { useRef } from 'react';
import type { ScalpViewer } from '../../src/index.ts';

export function Viewers() {
  const ref = useRef<ScalpViewer>(null);
  return (
    <div>
      <scalp-viewer
        ref={ref}
        id="viewer"
        className="viewer"
        style={{ height: 480 }}
        pattern="norwood-4"
        product="exosomes"
        area="vertex"
        responsiveness="high"
        spacing={10}
        sessions="0,28,56"
        time="84"
        speed={7}
        seed={3}
        density-scale={0.25}
        overlays="vascular labels signal"
        readout="sham band"
        theme="high-contrast"
        controls="minimal"
        loading="lazy"
        reduced-motion="on"
        camera-orbit="-150deg 40deg 80%"
        chapter="visible"
        week={12}
        lang="es"
        kiosk
        presenter
        compare="before-after"
        cutaway
        editable
        idle-timeout={90}
        url-state
        autoplay
        loop
        onready={(event) => event.currentTarget.seek(84)}
        ontimeupdate={(event) => {
          const week: number = event.detail.week;
          void week;
        }}
        onchapterchange={(event) => {
          const title: string = event.detail.title;
          void title;
        }}
        onloop={(event) => void event.detail.count}
        onidlewarning={(event) => void event.detail.seconds}
        onplanchange={(event) => void event.detail.sessions}
        onerror={(event) => {
          const type: 'webgl' | 'model' | 'scenario' = event.detail.type;
          void type;
        }}
      >
        <span slot="disclaimer">Teaching model, not a prediction.</span>
      </scalp-viewer>
      <scalp-viewer sessions={[0, 28, 56]} spacing="12.5" scenario="/scenarios/crown.json" />
      <scalp-viewer
        // @ts-expect-error: not a hair-loss pattern
        pattern="norwood-9"
      />
      <scalp-viewer
        // @ts-expect-error: not a product
        product="minoxidil"
      />
      <scalp-viewer
        // @ts-expect-error: not a treatment area
        area="beard"
      />
      <scalp-viewer
        // @ts-expect-error: not a responder level
        responsiveness="extreme"
      />
      <scalp-viewer
        // @ts-expect-error: spacing is a number
        spacing="wide"
      />
      {/* @ts-expect-error: density-scale is a number (for a hyphenated name TS reports the tag) */}
      <scalp-viewer density-scale="half" />
      <scalp-viewer
        // @ts-expect-error: not an overlay
        overlays="signal hair"
      />
      <scalp-viewer
        // @ts-expect-error: a token twice
        overlays="signal signal"
      />
      <scalp-viewer
        // @ts-expect-error: not a theme
        theme="sepia"
      />
      <scalp-viewer
        // @ts-expect-error: not a comparison mode
        compare="side-by-side"
      />
      <scalp-viewer
        // @ts-expect-error: not a controls mode
        controls="some"
      />
      {/* @ts-expect-error: not a reduced-motion setting (for a hyphenated name TS reports the tag) */}
      <scalp-viewer reduced-motion="yes" />
      <scalp-viewer
        // @ts-expect-error: not a readout token
        readout="range"
      />
      <scalp-viewer
        // @ts-expect-error: no such attribute
        colour="red"
      />
      <scalp-viewer
        // @ts-expect-error: React's onTimeUpdate never fires on a custom element; use ontimeupdate
        onTimeUpdate={() => {}}
      />
      <scalp-viewer
        // @ts-expect-error: timeupdate's detail has no `day`
        ontimeupdate={(event) => event.detail.day}
      />
    </div>
  );
}
