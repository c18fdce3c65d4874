import { isCstoError } from '@csto/core';
import { searchRecord } from '@csto/core/sources';
import { type CommandSpec, defineCommand } from '../internal/_define.js';
import { UsageError } from '../internal/_errors.js';
import { quote, wrap } from '../internal/_text.js';

/**
 * The declaration of `csto search`; usage, help and parsing are generated from it.
 * @example
 * search.run({ ...context, args: { TEXT: 'Afghanistan' } }).json;
 */
export const search: CommandSpec = defineCommand({
  name: 'search',
  summary:
    'Searches agendas, documents, notes, names and the cited passages, in English and Russian, ignoring case and accents.',
  args: [{ name: 'TEXT', required: true, value: 'string', description: 'the words to find (at least 2 characters)' }],
  options: [],
  examples: ['csto search Afghanistan', 'csto search "rapid response"', 'csto search Душанбе --json'],
  run(context) {
    const text = context.args.TEXT;
    const hits = (() => {
      try {
        return searchRecord(text);
      } catch (error) {
        if (!isCstoError(error) || error.code !== 'INVALID_QUERY') throw error;
        throw new UsageError(`search for at least 2 characters, not ${quote(text)}: \`csto search Dushanbe\`.`);
      }
    })();
    return {
      json: hits,
      text() {
        const { style } = context;
        if (hits.length === 0) return `No text in the data contains ${quote(text)}.\n`;
        const lines = [style.bold(`${hits.length} matches for ${quote(text)}`)];
        for (const hit of hits) {
          lines.push(`  ${hit.domain} ${hit.record} (${hit.path})`);
          lines.push(...wrap(hit.text, '    ').map(style.dim));
        }
        return `${lines.join('\n')}\n`;
      },
    };
  },
});
