import type { IsoDate, MembershipPeriod, MembershipStatus, State, StateCode } from '@csto/core';
import { membershipOn, membersOn, stateCodes, states } from '@csto/core/states';
import { type CommandSpec, type Context, defineCommand } from '../internal/_define.js';
import { nameIn, pick, statusText, t } from '../internal/_i18n.js';
import { Notes } from '../internal/_notes.js';
import { dayArg, onOption } from '../internal/_options.js';
import { lineWidth, pad } from '../internal/_text.js';

/**
 * One row of `members`: the state, its status on the day and the period behind it (`null` when none).
 * @example
 * memberRows(['UZ'], '2013-06-01')[0]?.status; //=> 'suspended'
 */
export interface MemberRow {
  readonly status: MembershipStatus;
  readonly state: State;
  readonly period: MembershipPeriod | null;
}

/**
 * The rows for some states on a day.
 * @example
 * memberRows(['AM'], '2025-01-01')[0]?.status; //=> 'frozen'
 */
export function memberRows(codes: readonly StateCode[], on: IsoDate): MemberRow[] {
  return codes.map((code) => {
    const period = membershipOn(code, on) ?? null;
    return { status: period?.status ?? 'not-member', state: states[code], period };
  });
}

/**
 * `AM  Armenia   member   since 1992-05-15`, one line per state.
 * @example
 * renderMemberRows(memberRows(['AM'], '2021-04-27'), context, new Notes(context)); //=> ['  AM  Armenia  member  since 1992-05-15']
 */
export function renderMemberRows(rows: readonly MemberRow[], context: Context, notes: Notes): string[] {
  const { lang, style } = context;
  const nameWidth = Math.max(...rows.map((r) => pick(r.state.name, lang).length));
  const statusWidth = Math.max(...rows.map((r) => statusText(r.status, lang).length));
  return rows.flatMap((row) => {
    const status = statusText(row.status, lang);
    const coloured =
      row.status === 'member'
        ? style.green(status)
        : row.status === 'frozen'
          ? style.yellow(status)
          : style.red(status);
    const since = row.period ? `${t('since', lang)} ${row.period.from}` : '';
    const padding = ' '.repeat(statusWidth - status.length);
    const name = pad(nameIn(row.state.name, lang), nameWidth);
    const line = `  ${style.dim(row.state.code)}  ${name}  ${coloured}${padding}  ${since}`.trimEnd();
    const cite = notes.cite(row.period?.citations ?? []);
    const plainWidth = 2 + 2 + 2 + nameWidth + 2 + statusWidth + 2 + since.length;
    // The source numbers go on the next line when they would not fit.
    return plainWidth + (cite === '' ? 0 : cite.length - style.dim('').length) <= lineWidth()
      ? [line + cite]
      : [line, `      ${cite.trim()}`];
  });
}

/**
 * The declaration of `csto members`; usage, help and parsing are generated from it.
 * @example
 * members.run(context).json;
 */
export const members: CommandSpec = defineCommand({
  name: 'members',
  summary:
    'The members on a day: formal members, that is member or frozen (a suspended state is not a formal member). With --all, every state ever party to the treaty and its status that day.',
  args: [dayArg],
  options: [onOption, { name: 'all', description: 'every state ever party to the treaty, with its status' }],
  examples: ['csto members', 'csto members 2012-07-01', 'csto members --all --on yesterday', 'csto members -l ru'],
  run(context) {
    const on = context.options.on ?? context.today;
    const all = context.options.all === true;
    const rows = memberRows(all ? stateCodes : membersOn(on), on);
    return {
      on,
      json: { on, all, members: rows },
      text() {
        const { lang, style } = context;
        const notes = new Notes(context);
        const title = all ? `${t('everParty', lang)} ${on}` : `${t('membersOn', lang)} ${on} (${rows.length})`;
        const lines = [style.bold(title), ...renderMemberRows(rows, context, notes), ...notes.render()];
        return `${lines.join('\n')}\n`;
      },
    };
  },
});
