import type { Anniversary, DomainName } from '@csto/core';
import { type Dataset, dataset, datasetJson, domainNames, domains } from '@csto/core';
import { DATA_AS_OF, MAX_YEAR, MIN_YEAR, precisionOf } from '@csto/core/dates';
import { anniversariesIn } from '@csto/core/milestones';
import { bodies, bodiesOf, sessions } from '@csto/core/sessions';
import { getSource } from '@csto/core/sources';
import { toCsv } from '../internal/_csv.js';
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
 * The domains `export --format csv` writes: every domain of the manifest that holds records.
 * @example
 * TABLE_DOMAINS.includes('sessions'); //=> true
 */
export const TABLE_DOMAINS: readonly DomainName[] = domainNames.filter((name) => domains[name].shape !== 'object');

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

/** One domain's records, a list whichever the shape. */
function records(name: DomainName): readonly object[] {
  const value: Dataset[DomainName] = dataset()[name];
  return Array.isArray(value) ? value : domains[name].shape === 'record' ? Object.values(value) : [value];
}

/** Whether a value is a text in English and maybe Russian. */
function isText(value: object): value is { en: string; ru?: string } {
  const keys = Object.keys(value);
  return keys.includes('en') && keys.every((k) => k === 'en' || k === 'ru');
}

/**
 * One record as CSV cells: texts as `_en`/`_ru` columns, citations as the ids of their sources, and a nested
 * person or sourced object (a state's `ids`) as prefixed columns (`ids_wikidata`, `ids_sources`).
 */
function flatten(record: object, prefix = ''): [string, unknown][] {
  const cells: [string, unknown][] = [];
  for (const [key, value] of Object.entries(record)) {
    const column = prefix + key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
    if (key === 'citations' && Array.isArray(value)) {
      cells.push([`${prefix}sources`, [...new Set(value.map((c: { source: string }) => c.source))].join(' ')]);
    } else if (value !== null && typeof value === 'object' && !Array.isArray(value) && isText(value)) {
      cells.push([`${column}_en`, value.en], [`${column}_ru`, value.ru]);
    } else if (
      value !== null &&
      typeof value === 'object' &&
      !Array.isArray(value) &&
      ('name' in value || 'citations' in value)
    ) {
      cells.push(...flatten(value, `${column}_`));
    } else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
      cells.push([column, value.join(' ')]);
    } else if (value !== null && typeof value === 'object') {
      cells.push([column, JSON.stringify(value)]);
    } else {
      cells.push([column, value]);
    }
  }
  return cells;
}

/** The rows of a domain: states give one row per membership period; sessions list every body that met. */
function rows(name: DomainName): Map<string, unknown>[] {
  if (name === 'states') {
    return Object.values(dataset().states).flatMap(({ membership, ...state }) =>
      membership.map((period) => new Map([...flatten(state), ...flatten(period, 'period_')])),
    );
  }
  if (name === 'sessions') {
    return dataset().sessions.map((session) => {
      const { bodies: _, ...rest } = session;
      return new Map([...flatten(rest), ['bodies', bodiesOf(session).join(' ')]]);
    });
  }
  return records(name).map((record) => new Map(flatten(record)));
}

/** One CSV table for a domain, columns in order of first appearance. */
function csv(name: DomainName, bom: boolean): string {
  const table = rows(name);
  const columns = [...new Set(table.flatMap((row) => [...row.keys()]))];
  const text = toCsv(
    columns,
    table.map((row) => columns.map((c) => row.get(c))),
  );
  return bom ? `\ufeff${text}` : text;
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
    'The data for other tools. json: every domain (byte for byte the library’s data.json), or one; csv: one domain (states give one row per membership period); ics: sessions, planned ones marked tentative, and round anniversaries as all-day events (RFC 5545). With no arguments on a terminal, prints this help.',
  args: [
    {
      name: 'DOMAIN',
      required: false,
      value: 'string',
      description: `json: ${domainNames.join(', ')}; csv: all but organization; ics: ${CALENDAR_DOMAINS.join(', ')}`,
    },
  ],
  options: [
    {
      name: 'format',
      value: { choices: ['json', 'csv', 'ics'] },
      placeholder: 'FORMAT',
      description: 'json, csv or ics (default: json)',
    },
    { name: 'domain', value: 'string', placeholder: 'DOMAIN', description: 'the domain (the same as the argument)' },
    { name: 'bom', description: 'csv: start with a UTF-8 byte order mark, for spreadsheets' },
  ],
  examples: [
    'csto export --format json > csto.json',
    'csto export --format csv sessions > sessions.csv',
    'csto export --format csv --domain states --bom > states.csv',
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
    const accepted = format === 'csv' ? TABLE_DOMAINS : domainNames;
    const name = input === undefined ? undefined : domainName(input);
    if (input !== undefined && (name === undefined || !accepted.includes(name))) {
      const suggestion = input.length <= 60 ? closest(input, accepted) : undefined;
      throw new UsageError(
        `unknown domain ${quote(input)} for --format ${format}: expected one of ${accepted.join(', ')}.${didYouMean(suggestion)} For example: \`csto export --format ${format} ${suggestion ?? accepted[0]}\`.`,
      );
    }
    if (format === 'csv') {
      if (name === undefined) {
        throw new UsageError(
          `--format csv needs a DOMAIN: one of ${TABLE_DOMAINS.join(', ')}. For example: \`csto export --format csv sessions\`.`,
        );
      }
      return { raw: csv(name, context.options.bom === true) };
    }
    return { raw: name === undefined ? datasetJson() : `${JSON.stringify(dataset()[name], null, 2)}\n` };
  },
});
