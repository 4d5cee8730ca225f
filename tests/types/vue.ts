// Vue 3 templates with <scalp-viewer>: vue-tsc checks a tag's attributes against the props of
// the component registered under its name in GlobalComponents. `propsOf` does the same here
// without a .vue file: the props object of `<scalp-viewer …>`.
import type {} from '../../src/frameworks/vue.ts';
import type { GlobalComponents } from 'vue';

declare function propsOf<C>(
  component: C,
): C extends new (...args: never[]) => { $props: infer P } ? (props: P) => void : never;
declare const components: GlobalComponents;

const scalpViewer = propsOf(components['scalp-viewer']);

// <scalp-viewer pattern="norwood-4" product="prp" :spacing="10" density-scale="0.5" …>
scalpViewer({
  pattern: 'norwood-4',
  product: 'prp',
  area: 'whole',
  responsiveness: 'low',
  spacing: 10,
  sessions: '0,28,56',
  time: '84',
  'density-scale': '0.5',
  overlays: '',
  readout: 'band',
  autoplay: true,
  onTimeupdate: (event) => {
    const week: number = event.detail.week;
    void week;
  },
  onError: (event) => {
    const message: string = event.detail.message;
    void message;
  },
});
// :density-scale / :densityScale, :sessions="[0, 28]"
scalpViewer({ densityScale: 0.5, sessions: [0, 28], reducedMotion: 'off', cameraOrbit: '0deg 60deg 100%' });
// @chapterchange, @loop
scalpViewer({ compare: 'sham', editable: true, onPlanchange: (event) => void event.detail.product });
scalpViewer({ kiosk: true, idleTimeout: 90, 'url-state': true, onIdlewarning: (event) => void event.detail.seconds });
scalpViewer({ onChapterchange: (event) => void event.detail.chapter, onLoop: (event) => void event.detail.count });

// @ts-expect-error: not a hair-loss pattern
scalpViewer({ pattern: 'norwood-9' });
// @ts-expect-error: not a product
scalpViewer({ product: 'minoxidil' });
// @ts-expect-error: densityScale is a number
scalpViewer({ densityScale: 'half' });
// @ts-expect-error: not a comparison mode
scalpViewer({ compare: 'side-by-side' });
// @ts-expect-error: not a theme
scalpViewer({ theme: 'sepia' });
// @ts-expect-error: not a reduced-motion setting
scalpViewer({ reducedMotion: 'yes' });
// @ts-expect-error: not a responder level
scalpViewer({ responsiveness: 'extreme' });
// @ts-expect-error: timeupdate's detail has no `day`
scalpViewer({ onTimeupdate: (event) => event.detail.day });
