import { type CommandSpec, defineCommand } from '../internal/_define.js';
import { UsageError } from '../internal/_errors.js';
import { quote, wrap } from '../internal/_text.js';
import { type Place, walk } from '../internal/_walk.js';

/** Case, accents and `ё` folded away, so that `Dushanbe`, `DUSHANBE` and `dushanbé` match. */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/ё/g, 'е');
}

/** The fields searched: texts of agendas, documents, notes and passages, not ids, codes, dates or addresses. */
const SKIP =
  /(^|\.)(id|code|alpha3|numeric|source|url|date|endDate|from|to|published|body|bodies|host|state|status|kind|format|language)$/;

/**
 * One match: where it stands and the text that matched.
 * @example
 * const hit: Hit = { domain: 'sessions', record: 'cmd-2021-04-27-dushanbe', path: 'agenda.0.text.en', text: '…' };
 */
export interface Hit extends Place {
  readonly text: string;
}

/**
 * Every text of the data (agendas, documents, notes, passages and glosses, names, in English and
 * Russian) that contains the query, case- and accent-insensitively.
 * @example
 * search('rapid response').length > 0; //=> true
 */
export function searchData(query: string): Hit[] {
  const needle = fold(query.trim());
  const hits: Hit[] = [];
  walk({
    text: (text, place) => {
      if (!SKIP.test(place.path) && fold(text).includes(needle)) hits.push({ ...place, text });
    },
  });
  return hits;
}

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
    if (text.trim().length < 2) {
      throw new UsageError(`search for at least 2 characters, not ${quote(text)}: \`csto search Dushanbe\`.`);
    }
    const hits = searchData(text);
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
