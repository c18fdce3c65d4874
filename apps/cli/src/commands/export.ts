import type { Anniversary, DomainName } from '@csto/core';
import { dataset, datasetJson, domainNames, isCstoError } from '@csto/core';
import { DATA_AS_OF, MAX_YEAR, MIN_YEAR, precisionOf } from '@csto/core/dates';
import { anniversariesIn } from '@csto/core/milestones';
import { bodies, bodiesOf, sessions } from '@csto/core/sessions';
import { getSource } from '@csto/core/sources';
import { tableCsv, tableNames } from '@csto/core/tables';
import { type CommandSpec, type Context, defineCommand } from '../internal/_define.js';
import { UsageError } from '../internal/_errors.js';
import { pick, t } from '../internal/_i18n.js';
import { type IcsEvent, toIcs } from '../internal/_ics.js';
import { closest, didYouMean } from '../internal/_suggest.js';
import { quote } from '../internal/_text.js';
import { VERSION } from '../version.js';
import { statusMark } from './sessions.js';

/** The iCalendar STATUS of a session's event (RFC 5545): a planned session is tentative. */
const ICS_STATUS = { held: 'CONFIRMED', planned: 'TENTATIVE', cancelled: 'CANCELLED' } as const;

/**
 * The domains `export --format ics` writes as calendar events.
 * @example
 * CALENDAR_DOMAINS; //=> ['sessions', 'anniversaries']
 */
export const CALENDAR_DOMAINS = ['sessions', 'anniversaries'] as const;

/** `secretaries-general` and `open-questions` name the manifest's `secretariesGeneral` and `openQuestions`. */
function domainName(input: string): DomainName | undefined {
  const camel = input.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
  return domainNames.find((name) => name === camel);
}

/**
 * Every round anniversary from the first possible year to the last year the library answers for.
 * @example
 * allAnniversaries()[0]?.milestone.id; //=> 'treaty-signed'
 */
export function allAnniversaries(): Anniversary[] {
  const found: Anniversary[] = [];
  for (let year = MIN_YEAR; year <= MAX_YEAR; year++) found.push(...anniversariesIn(year));
  return found;
}

function calendar(domain: string | undefined, context: Context): string {
  const { lang } = context;
  const events: IcsEvent[] = [];
  if (domain === undefined || domain === 'sessions') {
    for (const s of sessions) {
      // Only sessions known to the day make all-day events; one known only to its month is on no day.
      if (precisionOf(s.date) !== 'day') continue;
      const names = bodiesOf(s).map((id) => pick(bodies[id].name, lang));
      const where = s.place ? pick(s.place, lang) : t(s.format, lang);
      const agenda = s.agenda.map((item, i) => `${i + 1}. ${pick(item.text, lang)}`).join('\n');
      const firstSource = s.citations[0]?.source;
      events.push({
        uid: `session-${s.id}@csto`,
        start: s.date,
        end: s.endDate ?? s.date,
        summary: `${names.join(' + ')}, ${where}${statusMark(s, lang)}`,
        status: ICS_STATUS[s.status],
        ...(s.place ? { location: pick(s.place, lang) } : {}),
        ...(agenda ? { description: `${t('agenda', lang)}:\n${agenda}` } : {}),
        ...(firstSource ? { url: getSource(firstSource).url } : {}),
      });
    }
  }
  if (domain === undefined || domain === 'anniversaries') {
    for (const a of allAnniversaries()) {
      // Only anniversaries known to the day make all-day events.
      if (precisionOf(a.date) !== 'day') continue;
      events.push({
        uid: `anniversary-${a.milestone.id}-${a.years}@csto`,
        start: a.date,
        end: a.date,
        summary: `${a.years} ${t('years', lang)}: ${pick(a.milestone.title, lang)}`,
        description: `${pick(a.milestone.title, lang)}, ${a.milestone.date}`,
      });
    }
  }
  return toIcs(events, DATA_AS_OF, VERSION);
}

/**
 * The declaration of `csto export`; usage, help and parsing are generated from it.
 * @example
 * exportCommand.run({ ...context, options: { format: 'ics' } });
 */
export const exportCommand: CommandSpec = defineCommand({
  name: 'export',
  summary:
    'The data for other tools. json: every domain (byte for byte the library’s data.json), or one; csv: one table of the data package (byte for byte @csto/core/tables/NAME.csv); ics: sessions, planned ones marked tentative, and round anniversaries as all-day events (RFC 5545). With no arguments on a terminal, prints this help.',
  args: [
    {
      name: 'DOMAIN',
      required: false,
      value: 'string',
      description: `json: ${domainNames.join(', ')}; csv: a table of the data package (listed by \`csto export --format csv\`); ics: ${CALENDAR_DOMAINS.join(', ')}`,
    },
  ],
  options: [
    {
      name: 'format',
      value: { choices: ['json', 'csv', 'ics'] },
      placeholder: 'FORMAT',
      description: 'json, csv or ics (default: json)',
    },
    {
      name: 'domain',
      value: 'string',
      placeholder: 'DOMAIN',
      description: 'the domain or table (the same as the argument)',
    },
    { name: 'bom', description: 'csv: start with a UTF-8 byte order mark, for spreadsheets' },
  ],
  examples: [
    'csto export --format json > csto.json',
    'csto export --format csv sessions > sessions.csv',
    'csto export --format csv membership-periods --bom > membership_periods.csv',
    'csto export --format ics > csto.ics',
  ],
  run(context) {
    const given = context.options.format;
    if (context.json && given !== undefined && given !== 'json') {
      throw new UsageError(`--json conflicts with --format ${given}: give one of them.`);
    }
    const positional = context.args.DOMAIN;
    const option = context.options.domain;
    if (positional !== undefined && option !== undefined && positional !== option) {
      throw new UsageError(`give the domain once: \`csto export ${positional}\`.`);
    }
    const input = positional ?? option;
    if (given === undefined && input === undefined && !context.json && context.isTty()) return { help: true };
    const format = given ?? 'json';
    if (format === 'ics') {
      if (input !== undefined && !CALENDAR_DOMAINS.some((domain) => domain === input)) {
        throw new UsageError(
          `unknown domain ${quote(input)} for --format ics: expected one of ${CALENDAR_DOMAINS.join(', ')}. For the data, try \`csto export --format json ${input}\`.`,
        );
      }
      return { raw: calendar(input, context) };
    }
    if (format === 'csv') {
      if (input === undefined) {
        throw new UsageError(
          `--format csv needs a TABLE: one of ${tableNames.join(', ')}. For example: \`csto export --format csv sessions\`.`,
        );
      }
      // The core reads the name as typed (`membership-periods`, `secretariesGeneral`); the CLI only words its refusal.
      let text: string;
      try {
        text = tableCsv(input);
      } catch (error) {
        if (!isCstoError(error) || error.code !== 'UNKNOWN_TABLE') throw error;
        const suggestion = input.length <= 60 ? closest(input, tableNames) : undefined;
        throw new UsageError(
          `unknown table ${quote(input)} for --format csv: expected one of ${tableNames.join(', ')}.${didYouMean(suggestion)} For example: \`csto export --format csv ${suggestion ?? 'sessions'}\`.`,
        );
      }
      return { raw: context.options.bom === true ? `\ufeff${text}` : text };
    }
    const name = input === undefined ? undefined : domainName(input);
    if (input !== undefined && name === undefined) {
      const suggestion = input.length <= 60 ? closest(input, domainNames) : undefined;
      throw new UsageError(
        `unknown domain ${quote(input)} for --format ${format}: expected one of ${domainNames.join(', ')}.${didYouMean(suggestion)} For example: \`csto export --format ${format} ${suggestion ?? domainNames[0]}\`.`,
      );
    }
    return { raw: name === undefined ? datasetJson() : `${JSON.stringify(dataset()[name], null, 2)}\n` };
  },
});
