import type { Source, State } from '@csto/core';
import { states, statusOn } from '@csto/core/states';
import { sourcesDomain } from '../internal/_core.js';
import type { CommandSpec } from '../internal/_define.js';
import { pick, statusText, t } from '../internal/_i18n.js';
import { Notes } from '../internal/_notes.js';
import { resolveState } from '../internal/_resolve.js';
import { wrap } from '../internal/_text.js';

/**
 * Every source a state's record cites, in order of first citation.
 * @example
 * sourcesOf(states.UZ).length > 0; //=> true
 */
export function sourcesOf(state: State): Source[] {
  const ids = new Set<string>(state.sources);
  for (const period of state.membership) for (const id of period.sources) ids.add(id);
  for (const period of state.membership) {
    for (const conflict of period.conflicts ?? [])
      for (const v of conflict.values) for (const id of v.sources) ids.add(id);
  }
  return [...ids].map((id) => sourcesDomain().getSource(id));
}

/**
 * The declaration of `csto state`; usage, help and parsing are generated from it.
 * @example
 * state.run({ ...context, args: { CODE: 'uz' } });
 */
export const state: CommandSpec = {
  name: 'state',
  summary:
    'One state’s full membership history, with its sources. CODE is an ISO 3166-1 alpha-2 or alpha-3 code or an English or Russian name, in any case.',
  args: [{ name: 'CODE', required: true, value: 'string', description: 'KZ, KAZ, Kazakhstan or Казахстан' }],
  options: [],
  examples: ['csto state UZ', 'csto state armenia', 'csto state Беларусь --lang ru', 'csto state GEO --json'],
  run(context) {
    const record = states[resolveState(String(context.args.CODE))];
    const today = statusOn(record.code, context.today);
    return {
      json: { state: record, status: today, on: context.today, sources: sourcesOf(record) },
      text() {
        const { lang, style } = context;
        const notes = new Notes(context, true);
        const lines = [
          ...wrap(
            `${pick(record.name, lang)} (${record.code}, ${record.alpha3}): ${pick(record.officialName, lang)}`,
            '',
          ).map(style.bold),
          `${t('statusToday', lang)} ${context.today}: ${statusText(today, lang)}`,
          '',
          style.bold(t('membership', lang)),
        ];
        for (const period of record.membership) {
          const span = period.to
            ? `${period.from} ${t('until', lang)} ${period.to}`
            : `${t('since', lang)} ${period.from}`;
          lines.push(`  ${span}: ${statusText(period.status, lang)}${notes.cite(period.sources)}`);
          lines.push(...wrap(`${t('basis', lang)}: ${period.basis}`, '    '));
          if (period.note) lines.push(...wrap(`${t('note', lang)}: ${period.note}`, '    '));
          for (const conflict of period.conflicts ?? []) {
            const values = conflict.values.map((v) => `${v.value}${notes.cite(v.sources)}`).join(', ');
            lines.push(
              ...wrap(
                `${t('conflict', lang)} "${conflict.field}": ${values}; ${t('chosen', lang)} ${conflict.chosen}. ${conflict.reason}`,
                '    ',
              ),
            );
          }
        }
        notes.cite(record.sources);
        lines.push(...notes.render());
        return `${lines.join('\n')}\n`;
      },
    };
  },
};
