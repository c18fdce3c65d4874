import type { CollectiveForce, ForceEvent, ForceOperation } from '@csto/core';
import { forces as allForces, getForce, operations, operationsOn } from '@csto/core/forces';
import { states } from '@csto/core/states';
import { type CommandSpec, type Context, defineCommand } from '../internal/_define.js';
import { english, nameIn, pick, t } from '../internal/_i18n.js';
import { Notes } from '../internal/_notes.js';
import { dayArg, onOption } from '../internal/_options.js';
import { wrap } from '../internal/_text.js';

/** A force's or an operation's dated events, one wrapped line each. */
function eventLines(events: readonly ForceEvent[], context: Context, notes: Notes): string[] {
  return events.flatMap((e) => {
    const head = `    ${e.date.padEnd(10)}  `;
    return wrap(`${pick(e.text, context.lang)}${notes.cite(e.citations)}`, head, ' '.repeat(head.length));
  });
}

/** One force: its name, abbreviation, date of establishment, basis and events. */
function forceLines(force: CollectiveForce, context: Context, notes: Notes): string[] {
  const { lang, style } = context;
  const short = force.abbreviation ? ` (${pick(force.abbreviation, lang)})` : '';
  return [
    ...wrap(`${nameIn(force.name, lang)}${short}${notes.cite(force.citations)}`, '  ').map(style.bold),
    ...wrap(`${force.id}: ${t('established', lang)} ${force.established}; ${english(force.basis, lang)}`, '    '),
    ...eventLines(force.events, context, notes),
    ...(force.note ? wrap(`${t('note', lang)}: ${english(force.note, lang)}`, '    ') : []),
  ];
}

/** One operation: its name, force, host, dates, contributors and events. */
function operationLines(operation: ForceOperation, context: Context, notes: Notes): string[] {
  const { lang } = context;
  const force = getForce(operation.force);
  const dates = [
    `${t('decided', lang)} ${operation.decided}`,
    `${t('deployed', lang)} ${operation.deployed}`,
    ...(operation.withdrawn ? [`${t('withdrawn', lang)} ${operation.withdrawn}`] : []),
  ].join(', ');
  const contributors = operation.contributors.map((code) => nameIn(states[code].name, lang)).join(', ');
  return [
    ...wrap(
      `${pick(operation.name, lang)} (${pick(force.abbreviation ?? force.name, lang)}), ${nameIn(states[operation.host].name, lang)}${notes.cite(operation.citations)}`,
      '  ',
    ),
    ...wrap(`${operation.id}: ${dates}; ${t('contributors', lang)}: ${contributors}`, '    '),
    ...eventLines(operation.events, context, notes),
    ...(operation.note ? wrap(`${t('note', lang)}: ${english(operation.note, lang)}`, '    ') : []),
  ];
}

/**
 * The declaration of `csto forces`; usage, help and parsing are generated from it.
 * @example
 * forces.run(context).json;
 */
export const forces: CommandSpec = defineCommand({
  name: 'forces',
  summary:
    'The collective forces (established when, on what basis, what happened to them) and their operations; with a day, only the operations under way that day.',
  args: [dayArg],
  options: [onOption],
  examples: ['csto forces', 'csto forces 2022-01-10', 'csto forces --lang ru --sources', 'csto forces --json'],
  run(context) {
    const on = context.options.on;
    const listed = Object.values(allForces);
    const found = on === undefined ? [...operations] : operationsOn(on);
    return {
      ...(on === undefined ? {} : { on }),
      json: { forces: listed, operations: found },
      text() {
        const { lang, style } = context;
        const notes = new Notes(context);
        const lines = [style.bold(t('forces', lang))];
        for (const force of listed) lines.push(...forceLines(force, context, notes));
        const title = on === undefined ? t('operations', lang) : `${t('operationsOn', lang)} ${on}`;
        lines.push('', style.bold(`${title} (${found.length})`));
        if (found.length === 0) lines.push(`  ${t('noOperations', lang)}`);
        for (const operation of found) lines.push(...operationLines(operation, context, notes));
        lines.push(...notes.render());
        return `${lines.join('\n')}\n`;
      },
    };
  },
});
