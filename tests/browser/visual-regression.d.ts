// Types for @web/test-runner-visual-regression's browser command: its package `exports` list
// `import` before `types`, so TypeScript finds the .mjs without declarations.
declare module '@web/test-runner-visual-regression' {
  /** Screenshots `element` and compares it with the baseline `name` (no dots in names). */
  export function visualDiff(element: Node, name: string): Promise<void>;
}
