#!/usr/bin/env node
// The custom elements manifest and the README's API reference, both from the element's JSDoc.
//
//   node scripts/api-docs.mjs            rewrite README.md between <!-- api:start --> and <!-- api:end -->
//   node scripts/api-docs.mjs --check    exit 1 when that section is stale (tests/unit/package-api-docs.test.ts)
//   node scripts/api-docs.mjs --manifest write custom-elements.json (part of `npm run build`)
//
// The manifest comes from `cem analyze` with custom-elements-manifest.config.mjs (Lit support, and
// a plugin that keeps it to the public API). Whatever the JSDoc holds at the time is documented.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cli as cem } from '@custom-elements-manifest/analyzer/cli.js';

export const README = 'README.md';
export const START = '<!-- api:start -->';
export const END = '<!-- api:end -->';

/** Lifecycle and rendering members of LitElement/HTMLElement: not the element's own API. */
const LIFECYCLE = new Set([
  'connectedCallback', 'disconnectedCallback', 'attributeChangedCallback', 'adoptedCallback',
  'render', 'update', 'updated', 'firstUpdated', 'willUpdate', 'shouldUpdate', 'createRenderRoot',
  'performUpdate', 'scheduleUpdate', 'getUpdateComplete', 'requestUpdate',
]);

/** Runs the analyzer; returns the manifest (and writes custom-elements.json when `write`). */
export async function analyze({ write = false } = {}) {
  const log = console.log;
  try {
    // The analyzer logs a line even when quiet is set in some versions; keep stdout clean.
    console.log = () => {};
    return await cem({ argv: ['analyze'], cwd: process.cwd(), noWrite: !write });
  } finally {
    console.log = log;
  }
}

/** Text for one table cell: one line, pipes escaped. */
function cell(text) {
  if (text === undefined || text === null || text === '') return '—';
  return String(text).replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
}

/** `code` for a table cell. */
function code(text) {
  if (text === undefined || text === null || text === '') return '—';
  return '`' + cell(text).replace(/`/g, "'") + '`';
}

/**
 * The default stated in a description: `Default \`x\``, `Default: "x"`, `Default 10`,
 * `(default)`-style options, or "Default empty". Undefined when none is stated.
 */
export function defaultOf(description = '') {
  const m = /\bDefault:?\s+(`[^`]*`|"[^"]*"|-?\d[\d.]*(?:\s*(?:px|em|ms|s|mm|%))?\b|empty\b)/.exec(description);
  if (m) return m[1] === 'empty' ? '(empty)' : m[1].replace(/^["`]|["`]$/g, '');
  const option = /`([^`]+)`\s*\(default\b/.exec(description);
  return option ? option[1] : undefined;
}

function table(header, rows) {
  if (rows.length === 0) return '';
  const head = `| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|\n`;
  return head + rows.map((r) => `| ${r.join(' | ')} |`).join('\n') + '\n';
}

function section(title, body) {
  return body ? `#### ${title}\n\n${body.trimEnd()}\n` : '';
}

/** The API reference in Markdown, for every custom element of the manifest. */
export function renderApi(manifest) {
  const elements = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.customElement && d.tagName);
  const out = [];
  for (const el of elements) {
    const members = (el.members ?? []).filter(
      (m) => !m.static && m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('#') &&
        !m.name.startsWith('_') && !LIFECYCLE.has(m.name),
    );
    const fields = new Map(members.filter((m) => m.kind === 'field').map((m) => [m.name, m]));
    const attrs = (el.attributes ?? []).map((a) => {
      const field = a.fieldName ? fields.get(a.fieldName) : undefined;
      const type = a.type?.text ?? field?.type?.text;
      const def = a.default ?? field?.default ?? defaultOf(a.description);
      return [code(a.name), code(a.fieldName), code(type), code(def), cell(a.description ?? field?.description)];
    });
    const withAttribute = new Set((el.attributes ?? []).map((a) => a.fieldName).filter(Boolean));
    const props = [...fields.values()]
      .filter((f) => !withAttribute.has(f.name))
      .map((f) => {
        const readOnly = f.readonly && !/^read-only/i.test(f.description ?? '') ? 'Read-only. ' : '';
        return [code(f.name), code(f.type?.text), cell(readOnly + (f.description ?? ''))];
      });
    const methods = members
      .filter((m) => m.kind === 'method')
      .map((m) => {
        const params = (m.parameters ?? [])
          .map((p) => `${p.rest ? '...' : ''}${p.name}${p.optional || p.default !== undefined ? '?' : ''}${p.type?.text ? `: ${p.type.text}` : ''}`)
          .join(', ');
        const ret = m.return?.type?.text ? `: ${m.return.type.text}` : '';
        return [code(`${m.name}(${params})${ret}`), cell(m.description)];
      });
    const eventType = (e) =>
      e.type?.text && e.type.text !== 'CustomEvent' && e.type.text !== 'Event' ? e.type.text : undefined;
    const typed = (el.events ?? []).some(eventType);
    const events = (el.events ?? []).map((e) =>
      typed ? [code(e.name), code(eventType(e)), cell(e.description)] : [code(e.name), cell(e.description)],
    );
    const slots = (el.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)]);
    const parts = (el.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]);
    const cssProps = (el.cssProperties ?? []).map((p) => [
      code(p.name), code(p.default ?? defaultOf(p.description)), cell(p.description),
    ]);

    out.push(`### \`<${el.tagName}>\`\n`);
    if (el.summary) out.push(`${el.summary.trim()}\n`);
    if (el.description) out.push(`${el.description.trim()}\n`);
    out.push(
      section('Attributes', table(['attribute', 'property', 'type', 'default', 'description'], attrs)),
      section('Properties', props.length ? 'Properties without an attribute.\n\n' + table(['property', 'type', 'description'], props) : ''),
      section('Methods', table(['method', 'description'], methods)),
      section('Events', events.length ? 'All are `CustomEvent`s.\n\n' + table(typed ? ['event', 'type', 'description'] : ['event', 'description'], events) : ''),
      section('Slots', table(['slot', 'description'], slots)),
      section('CSS parts', table(['part', 'description'], parts)),
      section('CSS custom properties', table(['property', 'default', 'description'], cssProps)),
    );
  }
  return out.filter(Boolean).join('\n').trimEnd() + '\n';
}

/** The README's text between the markers, as generated (markers and notice included). */
export function apiBlock(markdown) {
  return (
    `${START}\n<!-- Generated by \`npm run docs:api\` from the element's JSDoc (custom-elements.json). Do not edit by hand. -->\n\n` +
    `${markdown}\n${END}`
  );
}

/** README text with its API block replaced; throws when the markers are missing. */
export function withApiBlock(readme, markdown) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${README} has no ${START} … ${END} section`);
  return readme.slice(0, start) + apiBlock(markdown) + readme.slice(end + END.length);
}

async function main(args) {
  if (args.includes('--manifest')) {
    await analyze({ write: true });
    console.log('custom-elements.json');
    return 0;
  }
  const manifest = await analyze();
  const readme = readFileSync(README, 'utf8');
  const next = withApiBlock(readme, renderApi(manifest));
  if (args.includes('--check')) {
    if (next === readme) return 0;
    console.error(`${README}: the API reference is stale (the element's JSDoc changed). Run \`npm run docs:api\`.`);
    return 1;
  }
  if (next !== readme) writeFileSync(README, next);
  console.log(next === readme ? `${README}: API reference up to date` : `${README}: API reference rewritten`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main(process.argv.slice(2));
}
