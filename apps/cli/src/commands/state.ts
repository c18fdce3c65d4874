import type { Citation, Source, State } from '@csto/core';
import { getSource } from '@csto/core/sources';
import { states, statusOn } from '@csto/core/states';
import { type CommandSpec, defineCommand } from '../internal/_define.js';
import { english, nameIn, statusText, t } from '../internal/_i18n.js';
import { Notes } from '../internal/_notes.js';
import { stateArg } from '../internal/_resolve.js';
import { wrap } from '../internal/_text.js';

/**
 * Every source a state's record cites, in order of first citation.
 * @example
 * sourcesOf(states.UZ).length > 0; //=> true
 */
export function sourcesOf(state: State): Source[] {
  const citations: Citation[] = [...state.citations];
  for (const period of state.membership) {
    citations.push(...period.citations);
    for (const conflict of period.conflicts ?? []) for (const v of conflict.values) citations.push(...v.citations);
  }
  return [...new Set(citations.map((c) => c.source))].map((id) => getSource(id));
}

/**
 * The declaration of `csto state`; usage, help and parsing are generated from it.
 * @example
 * state.run({ ...context, args: { STATE: 'uz' } });
 */
export const state: CommandSpec = defineCommand({
  name: 'state',
  summary:
    'One state’s full membership history, with its sources. STATE is an ISO 3166-1 code (alpha-2, alpha-3 or numeric), an English or Russian name, a short or former name, or the start of a name, in any case.',
  args: [
    { name: 'STATE', required: true, value: 'string', description: 'KZ, KAZ, 398, Kazakhstan, Казахстан, Kaz or РФ' },
  ],
  options: [],
  examples: [
    'csto state UZ',
    'csto state Kyrgyz',
    'csto state арм',
    'csto state РФ --lang ru',
    'csto state 051 --json',
  ],
  run(context) {
    const record = states[stateArg(context.args.STATE)];
    const today = statusOn(record.code, context.today);
    return {
      json: { state: record, status: today, on: context.today, sources: sourcesOf(record) },
      text() {
        const { lang, style } = context;
        const notes = new Notes(context, true);
        const lines = [
          ...wrap(
            `${nameIn(record.name, lang)} (${record.code}, ${record.alpha3}): ${nameIn(record.officialName, lang)}`,
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
          lines.push(`  ${span}: ${statusText(period.status, lang)}${notes.cite(period.citations)}`);
          lines.push(...wrap(`${t('basis', lang)}: ${english(period.basis, lang)}`, '    '));
          if (period.note) lines.push(...wrap(`${t('note', lang)}: ${english(period.note, lang)}`, '    '));
          for (const conflict of period.conflicts ?? []) {
            const values = conflict.values.map((v) => `${v.value}${notes.cite(v.citations)}`).join(', ');
            lines.push(
              ...wrap(
                `${t('conflict', lang)} "${conflict.field}": ${values}; ${t('chosen', lang)} ${conflict.chosen}. ${english(conflict.reason, lang)}`,
                '    ',
              ),
            );
          }
        }
        notes.cite(record.citations);
        lines.push(...notes.render());
        return `${lines.join('\n')}\n`;
      },
    };
  },
});
