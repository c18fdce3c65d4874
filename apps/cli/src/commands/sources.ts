import { sources as allSources, citationsOf, getSource, isSourceId } from '@csto/core/sources';
import { type CommandSpec, defineCommand } from '../internal/_define.js';
import { UsageError } from '../internal/_errors.js';
import { t } from '../internal/_i18n.js';
import { closest, didYouMean } from '../internal/_suggest.js';
import { quote, wrap } from '../internal/_text.js';

/**
 * The declaration of `csto sources`; usage, help and parsing are generated from it.
 * @example
 * sources.run(context).json;
 */
export const sources: CommandSpec = defineCommand({
  name: 'sources',
  summary: 'Every source the data cites: id, publisher, date and title (`csto source ID` for one with its passages).',
  args: [],
  options: [
    { name: 'primary', description: 'only primary sources (the organisation’s own, official sites, legal texts)' },
  ],
  examples: ['csto sources', 'csto sources --primary', 'csto sources --json'],
  run(context) {
    const found = Object.values(allSources).filter((s) => context.options.primary !== true || s.primary);
    return {
      json: found,
      text() {
        const { lang, style } = context;
        const lines = [style.bold(`${t('sources', lang)} (${found.length})`)];
        for (const s of found) {
          lines.push(`  ${s.id}`);
          const published = s.published ? `, ${s.published}` : '';
          lines.push(...wrap(`${s.publisher}${published}: ${s.title}`, '    ').map(style.dim));
        }
        return `${lines.join('\n')}\n`;
      },
    };
  },
});

/**
 * The declaration of `csto source`; usage, help and parsing are generated from it.
 * @example
 * source.run({ ...context, args: { ID: 'kazinform-2021-04-23' } }).json;
 */
export const source: CommandSpec = defineCommand({
  name: 'source',
  summary: 'One source, and every passage of it that the data cites, with the record each passage supports.',
  args: [{ name: 'ID', required: true, value: 'string', description: 'a source id, as listed by `csto sources`' }],
  options: [],
  examples: ['csto source kazinform-2021-04-23', 'csto source kazinform-2021-04-23 --json'],
  run(context) {
    const id = context.args.ID;
    if (!isSourceId(id)) {
      const suggestion = id.length <= 60 ? closest(id, Object.keys(allSources)) : undefined;
      throw new UsageError(`unknown source ${quote(id)}.${didYouMean(suggestion)} Run \`csto sources\` for the list.`);
    }
    const found = getSource(id);
    const cited = citationsOf(id);
    return {
      json: { source: found, citations: cited },
      text() {
        const { style } = context;
        const published = found.published ? `, ${found.published}` : '';
        const lines = [
          ...wrap(`${found.publisher}${published}: ${found.title}`, '').map(style.bold),
          found.url,
          `${found.id}: ${found.language}${found.primary ? ', primary' : ''}`,
          '',
          style.bold(`Cited ${cited.length} times`),
        ];
        for (const { citation, domain, record, path } of cited) {
          lines.push(`  ${domain} ${record}${path ? ` (${path})` : ''}`);
          lines.push(...wrap(`“${citation.passage}”`, '    ').map(style.dim));
          if (citation.gloss) lines.push(...wrap(`(${citation.gloss})`, '    '));
        }
        return `${lines.join('\n')}\n`;
      },
    };
  },
});
