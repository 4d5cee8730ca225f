import { noChange } from 'lit';
import { Directive, PartType, directive } from 'lit/directive.js';
import type { AttributePart, PartInfo } from 'lit/directive.js';

/**
 * `style=${cssomStyle({ width: '40%', '--at': '0.5' })}`: sets inline styles through the CSSOM
 * (`element.style.setProperty`), never through the `style` attribute. A page whose
 * Content-Security-Policy has `style-src 'self'` without `'unsafe-inline'` refuses every
 * written `style` attribute, which is what Lit's `styleMap` does on its first render and what a
 * `style="--x: ${v}"` binding does always; CSSOM writes are allowed. Property names are CSS
 * names (`background-color`, `--custom`), not camelCase.
 */
class CssomStyleDirective extends Directive {
  #names = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ATTRIBUTE || partInfo.name !== 'style' || (partInfo.strings?.length ?? 0) > 2) {
      throw new Error('cssomStyle() must be the whole value of a style attribute');
    }
  }

  render(_styles: Readonly<Record<string, string | number | null | undefined>>): unknown {
    return noChange;
  }

  override update(part: AttributePart, [styles]: [Readonly<Record<string, string | number | null | undefined>>]): unknown {
    const style = (part.element as HTMLElement).style;
    for (const name of this.#names) if (styles[name] === undefined || styles[name] === null) style.removeProperty(name);
    this.#names.clear();
    for (const [name, value] of Object.entries(styles)) {
      if (value === undefined || value === null) continue;
      style.setProperty(name, String(value));
      this.#names.add(name);
    }
    return noChange;
  }
}

export const cssomStyle = directive(CssomStyleDirective);
