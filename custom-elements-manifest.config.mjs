// Custom elements manifest (custom-elements.json): `cem analyze --litelement` reads the
// element's JSDoc (@element, @attr, @fires, @slot, @csspart, @cssprop and member doc comments).
// `npm run build` writes it at the package root; scripts/api-docs.mjs renders the README's API
// reference from the same analysis.

/** The module the package's main entry resolves to: the manifest describes what users import. */
const PUBLIC_MODULE = 'dist/esm/index.js';
const ENTRY = 'src/index.ts';

/** Text of a JSDoc tag's comment (TypeScript gives a string or a list of parts). */
function commentText(comment) {
  if (!comment) return '';
  return typeof comment === 'string' ? comment : comment.map((part) => part.text ?? '').join('');
}

/**
 * Keeps the package's manifest true to its public API:
 * - attributes keep the class's `@attr` text (values, default), which the Lit support would
 *   otherwise replace with the linked property's shorter doc comment;
 * - `new CustomEvent(name, …)` with a variable name is not an event called `name`;
 * - members keyed by a symbol (`[$scene]`) are internal;
 * - one module, the package's entry (dist/esm/index.js), holding what src/index.ts exports,
 *   rather than source paths the package does not ship.
 */
function publicApi() {
  /** class name → attribute name → its `@attr` description */
  const attrDocs = new Map();
  /** class name → names of its `@fires` events */
  const firesDocs = new Map();
  /** identifiers passed as the name of a `new CustomEvent(…)` */
  const dynamicEventNames = new Set();
  return {
    name: 'scalp-viewer-public-api',
    analyzePhase({ ts, node }) {
      if (ts.isClassDeclaration(node) && node.name) {
        const attrs = new Map();
        const fires = new Set();
        for (const tag of ts.getJSDocTags(node)) {
          const kind = tag.tagName.text;
          const text = commentText(tag.comment).trim();
          const m = /^(?:\{[^}]*\}\s*)?\[?([\w-]+)(?:=[^\]]*)?\]?\s*(?:-\s*)?([\s\S]*)$/.exec(text);
          if (!m) continue;
          if (kind === 'attr' || kind === 'attribute') attrs.set(m[1], m[2].trim());
          if (kind === 'fires' || kind === 'event') fires.add(m[1]);
        }
        attrDocs.set(node.name.text, attrs);
        firesDocs.set(node.name.text, fires);
      }
      if (
        ts.isNewExpression(node) &&
        ts.isIdentifier(node.expression) &&
        /^(Custom)?Event$/.test(node.expression.text) &&
        node.arguments?.[0] &&
        ts.isIdentifier(node.arguments[0])
      ) {
        dynamicEventNames.add(node.arguments[0].text);
      }
    },
    moduleLinkPhase({ moduleDoc }) {
      for (const decl of moduleDoc.declarations ?? []) {
        if (decl.kind !== 'class') continue;
        const attrs = attrDocs.get(decl.name);
        for (const attr of decl.attributes ?? []) {
          const doc = attrs?.get(attr.name);
          if (doc) attr.description = doc;
        }
        const fires = firesDocs.get(decl.name) ?? new Set();
        if (decl.events) {
          decl.events = decl.events.filter((e) => fires.has(e.name) || !dynamicEventNames.has(e.name));
        }
        if (decl.members) decl.members = decl.members.filter((m) => !m.name.startsWith('['));
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules;
      const entry = modules.find((m) => m.path === ENTRY);
      if (!entry) return;
      const exported = new Set((entry.exports ?? []).map((e) => e.declaration?.name ?? e.name));
      const declarations = modules.flatMap((m) => (m.declarations ?? []).filter((d) => exported.has(d.name)));
      const declared = new Set(declarations.map((d) => d.name));
      const exports = (entry.exports ?? [])
        .filter((e) => declared.has(e.declaration?.name))
        .map((e) => ({ ...e, declaration: { name: e.declaration.name, module: PUBLIC_MODULE } }));
      customElementsManifest.modules = [
        { kind: 'javascript-module', path: PUBLIC_MODULE, declarations, exports },
      ];
    },
  };
}

export default {
  globs: ['src/index.ts', 'src/element/ScalpViewer.ts'],
  outdir: '.',
  litelement: true,
  // package.json names the file itself; the analyzer must not rewrite package.json.
  packagejson: false,
  quiet: true,
  plugins: [publicApi()],
};
