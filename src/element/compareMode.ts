// Its own module, free of three: the element's public typings name it, and a page's TypeScript
// must not need three's types to check them.

/** The `compare` views: none, before/after split, sham twin beside, responder band. */
export type CompareMode = '' | 'before-after' | 'sham' | 'band';
/** The `compare` values as constants (string union plus const object, as elsewhere). */
export const CompareMode = { NONE: '', BEFORE_AFTER: 'before-after', SHAM: 'sham', BAND: 'band' } as const;
