import type {
  Chairmanship,
  IsoDate,
  MembershipPeriod,
  MembershipStatus,
  Milestone,
  PartialDate,
  SecretaryGeneralTerm,
  Session,
  StateCode,
  YearMonth,
} from '@csto/core';
import { chairmanships } from '@csto/core/chairmanships';
import { MAX_YEAR, MIN_YEAR, yearOf } from '@csto/core/dates';
import { milestones } from '@csto/core/milestones';
import { secretariesGeneral } from '@csto/core/secretaries-general';
import { sessions, sessionsIn } from '@csto/core/sessions';
import { stateCodes, states } from '@csto/core/states';
import { type CommandSpec, type Context, defineCommand } from '../internal/_define.js';
import { UsageError } from '../internal/_errors.js';
import { nameIn, pick, statusText, t } from '../internal/_i18n.js';
import { Notes } from '../internal/_notes.js';
import { dayOf } from '../internal/_parse.js';
import { wrap } from '../internal/_text.js';
import { sessionTitle } from './sessions.js';

/**
 * One dated event of the timeline. `membership` events mark the start of a period, or (`status:
 * 'not-member'`) the end of the last one, with the period that ended.
 * @example
 * timelineEvents()[0]?.kind; //=> 'milestone'
 */
export type TimelineEvent =
  | { readonly date: PartialDate; readonly kind: 'milestone'; readonly milestone: Milestone }
  | {
      readonly date: IsoDate;
      readonly kind: 'membership';
      readonly state: StateCode;
      readonly status: MembershipStatus;
      readonly period: MembershipPeriod;
    }
  | { readonly date: IsoDate; readonly kind: 'chair'; readonly chairmanship: Chairmanship }
  | { readonly date: IsoDate; readonly kind: 'secretary-general'; readonly term: SecretaryGeneralTerm }
  | { readonly date: IsoDate | YearMonth; readonly kind: 'session'; readonly session: Session };

/**
 * The sessions that begin in the years from `from` to `to` (every session when neither is given), through
 * the core's `sessionsIn`, so that a timeline of one year reads that year's sessions alone.
 * @example
 * sessionsOfYears('2021-01-01', '2021-12-31').every((s) => s.date.startsWith('2021')); //=> true
 */
export function sessionsOfYears(from?: IsoDate, to?: IsoDate): readonly Session[] {
  if (from === undefined && to === undefined) return sessions;
  const first = Math.max(MIN_YEAR, from === undefined ? MIN_YEAR : yearOf(from));
  const last = Math.min(MAX_YEAR, to === undefined ? MAX_YEAR : yearOf(to));
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i).flatMap((year) => sessionsIn(year));
}

/**
 * Every event from `from` to `to` (inclusive; the whole record when neither is given), in date order (stable:
 * milestones, membership, chairs, secretaries general, sessions). A partial date is in the range when its span
 * overlaps it: '2024' is kept for a range from 2024-06-01.
 * @example
 * timelineEvents()[0]?.date; //=> '1992-05-15'
 */
export function timelineEvents(from?: IsoDate, to?: IsoDate): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (const milestone of Object.values(milestones)) {
    events.push({ date: milestone.date, kind: 'milestone', milestone });
  }
  for (const code of stateCodes) {
    const periods = states[code].membership;
    periods.forEach((period, i) => {
      events.push({ date: period.from, kind: 'membership', state: code, status: period.status, period });
      const next = periods[i + 1];
      if (period.to !== undefined && next?.from !== period.to) {
        events.push({ date: period.to, kind: 'membership', state: code, status: 'not-member', period });
      }
    });
  }
  for (const chairmanship of chairmanships) events.push({ date: chairmanship.from, kind: 'chair', chairmanship });
  for (const term of secretariesGeneral) events.push({ date: term.from, kind: 'secretary-general', term });
  for (const session of sessionsOfYears(from, to)) events.push({ date: session.date, kind: 'session', session });
  // Partial dates sort as their first day ('2024-02' as '2024-02-01'); the sort is stable.
  const key = (date: string): string => (date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date);
  return events
    .filter(
      (e) =>
        (from === undefined || e.date >= from.slice(0, e.date.length)) &&
        (to === undefined || e.date.slice(0, 10) <= to),
    )
    .sort((a, b) => (key(a.date) < key(b.date) ? -1 : key(a.date) > key(b.date) ? 1 : 0));
}

function describeEvent(event: TimelineEvent, context: Context, notes: Notes): string {
  const { lang } = context;
  switch (event.kind) {
    case 'milestone': {
      const place = event.milestone.place ? ` (${nameIn(event.milestone.place, lang)})` : '';
      return `${pick(event.milestone.title, lang)}${place}${notes.cite(event.milestone.citations)}`;
    }
    case 'membership': {
      const status = event.status === 'not-member' ? t('leaves', lang) : statusText(event.status, lang);
      return `${nameIn(states[event.state].name, lang)}: ${status}${notes.cite(event.period.citations)}`;
    }
    case 'chair': {
      const c = event.chairmanship;
      return `${t('chair', lang)} ${c.year}: ${nameIn(states[c.state].name, lang)}, ${nameIn(c.chair.name, lang)}${notes.cite(c.citations)}`;
    }
    case 'secretary-general': {
      const acting = event.term.acting ? ` (${t('acting', lang)})` : '';
      return `${t('secretaryGeneral', lang)}: ${nameIn(event.term.person.name, lang)}${acting}${notes.cite(event.term.citations)}`;
    }
    case 'session': {
      return `${t('session', lang)}: ${sessionTitle(event.session, context)}${notes.cite(event.session.citations)}`;
    }
  }
}

/**
 * The declaration of `csto timeline`; usage, help and parsing are generated from it.
 * @example
 * timeline.run({ ...context, options: { from: '2021-01-01' } });
 */
export const timeline: CommandSpec = defineCommand({
  name: 'timeline',
  summary:
    'Milestones, membership changes, chair handovers, secretaries general and sessions in date order (--from and --to inclusive).',
  args: [{ name: 'YEAR|DATE', required: false, value: 'when', description: 'only this year, or this day' }],
  options: [
    { name: 'from', value: 'date', placeholder: 'DATE', description: 'the first day, YYYY-MM-DD' },
    { name: 'to', value: 'date', placeholder: 'DATE', description: 'the last day, YYYY-MM-DD' },
  ],
  examples: [
    'csto timeline',
    'csto timeline 2021',
    'csto timeline --from 2020-01-01 --to 2021-12-31',
    'csto timeline --json | jq length',
  ],
  run(context) {
    const when = context.args['YEAR|DATE'];
    const given = { from: context.options.from, to: context.options.to };
    if (when !== undefined && (given.from !== undefined || given.to !== undefined)) {
      throw new UsageError(`give a year or a day, or --from and --to, not both: \`csto timeline ${when}\`.`);
    }
    // A year is its whole span; a day is itself.
    const from = typeof when === 'number' ? dayOf(`${when}-01-01`, context.today) : (when ?? given.from);
    const to = typeof when === 'number' ? dayOf(`${when}-12-31`, context.today) : (when ?? given.to);
    if (from !== undefined && to !== undefined && from > to) {
      throw new UsageError(
        `--from ${from} is after --to ${to}: nothing lies between. Did you mean \`csto timeline --from ${to} --to ${from}\`?`,
      );
    }
    const events = timelineEvents(from, to);
    return {
      json: events,
      text() {
        const { lang, style } = context;
        if (events.length === 0) return `${t('noEvents', lang)}\n`;
        const notes = new Notes(context);
        const lines = [style.bold(t('timeline', lang))];
        for (const event of events) {
          const head = `  ${event.date.padEnd(10)}  `;
          const [first, ...rest] = wrap(describeEvent(event, context, notes), head, ' '.repeat(head.length));
          lines.push(`  ${style.dim(event.date.padEnd(10))}${first!.slice(12)}`, ...rest);
        }
        lines.push(...notes.render());
        return `${lines.join('\n')}\n`;
      },
    };
  },
});
