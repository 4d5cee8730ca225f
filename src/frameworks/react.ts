/**
 * React 19 typings for `<scalp-viewer>`: makes `<scalp-viewer pattern="norwood-4" …>` type-check
 * in JSX, with the element's attributes as optional props and its events as `on<event>` props.
 *
 * Opt in once per project: `import type {} from 'scalp-viewer/react';` in any file (or
 * `"types": ["scalp-viewer/react"]` in tsconfig.json). Type-only: no runtime code.
 *
 * React 19 sets a prop on a custom element as a property when the element has one (`pattern`,
 * `spacing`, `sessions`, `scenario`, …), else as an attribute (`density-scale`), and adds a
 * listener for `on<name>` props: `ontimeupdate={…}` listens to `timeupdate`. React's own
 * `onPlay`/`onPause`/`onEnded`/`onError`/`onTimeUpdate` do not reach custom elements, so they are
 * left out: use the lower-case forms.
 */
import type { HTMLAttributes, RefAttributes } from 'react';
import type { ScalpViewer } from '../element/ScalpViewer.ts';
import type { ScalpViewerAttributes, ScalpViewerEventListener, ScalpViewerEventMap } from './attributes.ts';

export type * from './attributes.ts';

/** `on<event>` props, one per event: `onready`, `ontimeupdate`, `onchapterchange`, `onerror`, … */
export type ScalpViewerReactEventProps = {
  [K in keyof ScalpViewerEventMap as `on${K}`]?: ScalpViewerEventListener<K>;
};

/** React's synthetic-event props for media events, which never fire on a custom element. */
type MediaEventProps = 'onPlay' | 'onPause' | 'onEnded' | 'onError' | 'onTimeUpdate';

/** Props of `<scalp-viewer>` in React 19 JSX. */
export type ScalpViewerReactProps = Omit<
  HTMLAttributes<ScalpViewer>,
  keyof ScalpViewerAttributes | keyof ScalpViewerReactEventProps | MediaEventProps
> &
  ScalpViewerAttributes &
  ScalpViewerReactEventProps &
  RefAttributes<ScalpViewer>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'scalp-viewer': ScalpViewerReactProps;
    }
  }
}
