/**
 * Vue 3 typings for `<scalp-viewer>`: registers it in Vue's `GlobalComponents`, so that Volar /
 * vue-tsc check its attributes and `@event` listeners in templates.
 *
 * Opt in once per project: `import type {} from 'scalp-viewer/vue';` in any file (or
 * `"types": ["scalp-viewer/vue"]` in tsconfig.json). Type-only: no runtime code. Vue must also
 * be told that the tag is a custom element (`compilerOptions.isCustomElement`), see the README.
 */
import type { DefineComponent } from 'vue';
import type {
  CamelCase, ScalpViewerAttributes, ScalpViewerEventListener, ScalpViewerEventMap,
} from './attributes.ts';

export type * from './attributes.ts';

/**
 * Props of `<scalp-viewer>` in Vue templates: the attributes by their HTML names and camelCase
 * (`density-scale` or `densityScale`; Vue sets either, as a property when the element has one),
 * and `on<Event>` for `@event` listeners (`@timeupdate` is `onTimeupdate`).
 */
export type ScalpViewerVueProps = ScalpViewerAttributes & {
  [K in keyof ScalpViewerAttributes as CamelCase<K & string>]?: ScalpViewerAttributes[K];
} & {
  [K in keyof ScalpViewerEventMap as `on${Capitalize<K>}`]?: ScalpViewerEventListener<K>;
};

declare module 'vue' {
  interface GlobalComponents {
    'scalp-viewer': DefineComponent<ScalpViewerVueProps>;
  }
}
