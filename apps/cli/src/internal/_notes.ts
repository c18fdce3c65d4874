import type { Citation } from '@csto/core';
import { getSource } from '@csto/core/sources';
import type { Context } from './_define.js';
import { t } from './_i18n.js';
import { wrap } from './_text.js';

/**
 * Numbered source notes: `cite(citations)` returns a marker such as ` [1, 2]` to put after a line, and
 * `render()` the list of the sources cited, each with its URL on a line of its own (a URL is never broken,
 * so it is the one kind of line that can be wider than 80 columns).
 * @example
 * const notes = new Notes(context, true);
 * notes.cite(session.citations); //=> ' [1]'
 */
export class Notes {
  readonly #ids: Citation['source'][] = [];
  readonly #enabled: boolean;
  readonly #context: Context;

  constructor(context: Context, enabled: boolean = context.sources) {
    this.#context = context;
    this.#enabled = enabled;
  }

  cite(citations: readonly Citation[]): string {
    if (!this.#enabled || citations.length === 0) return '';
    const ids = [...new Set(citations.map((c) => c.source))];
    const numbers = ids.map((id) => {
      let index = this.#ids.indexOf(id);
      if (index === -1) index = this.#ids.push(id) - 1;
      return index + 1;
    });
    return ` ${this.#context.style.dim(`[${numbers.join(', ')}]`)}`;
  }

  render(): string[] {
    if (this.#ids.length === 0) return [];
    const lines = ['', this.#context.style.bold(t('sources', this.#context.lang))];
    this.#ids.forEach((id, index) => {
      const source = getSource(id);
      const marker = `  [${index + 1}] `;
      const published = source.published ? `, ${source.published}` : '';
      lines.push(...wrap(`${source.publisher}${published}: ${source.title}`, marker, ' '.repeat(marker.length)));
      lines.push(`${' '.repeat(marker.length)}${source.url}`);
    });
    return lines;
  }
}
