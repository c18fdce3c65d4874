import type { Anniversary, Body, Milestone, Source, State } from '@csto/core';
import { chairmanships } from '@csto/core/chairmanships';
import { DATA_AS_OF, MAX_YEAR, MIN_YEAR, precisionOf } from '@csto/core/dates';
import { anniversariesIn, milestones } from '@csto/core/milestones';
import { secretariesGeneral } from '@csto/core/secretaries-general';
import { states } from '@csto/core/states';
import { sessionsDomain, sourcesDomain } from '../internal/_core.js';
import { toCsv } from '../internal/_csv.js';
import type { CommandSpec, Context } from '../internal/_define.js';
import { UsageError } from '../internal/_errors.js';
import { pick, t } from '../internal/_i18n.js';
import { type IcsEvent, toIcs } from '../internal/_ics.js';
import { closest, didYouMean } from '../internal/_suggest.js';
import { VERSION } from '../version.js';

/**
 * The data domains `export` writes as JSON or CSV.
 * @example
 * DATA_DOMAINS.includes('sessions'); //=> true
 */
export const DATA_DOMAINS = [
  'states',
  'milestones',
  'chairmanships',
  'secretaries-general',
  'bodies',
  'sessions',
  'sources',
] as const;
/**
 * The domains `export --format ics` writes as calendar events.
 * @example
 * CALENDAR_DOMAINS; //=> ['sessions', 'anniversaries']
 */
export const CALENDAR_DOMAINS = ['sessions', 'anniversaries'] as const;

type DataDomain = (typeof DATA_DOMAINS)[number];

function records(domain: DataDomain): readonly unknown[] {
  switch (domain) {
    case 'states':
      return Object.values(states);
    case 'milestones':
      return Object.values(milestones);
    case 'chairmanships':
      return chairmanships;
    case 'secretaries-general':
      return secretariesGeneral;
    case 'bodies':
      return Object.values(sessionsDomain().bodies);
    case 'sessions':
      return sessionsDomain().sessions;
    case 'sources':
      return Object.values(sourcesDomain().sources);
  }
}

/** One CSV table per domain; states get one row per membership period. */
function csv(domain: DataDomain): string {
  switch (domain) {
    case 'states':
      return toCsv(
        ['code', 'alpha3', 'numeric', 'name_en', 'name_ru', 'status', 'from', 'to', 'basis', 'sources'],
        (Object.values(states) as State[]).flatMap((s) =>
          s.membership.map((p) => [
            s.code,
            s.alpha3,
            s.numeric,
            s.name.en,
            s.name.ru,
            p.status,
            p.from,
            p.to,
            p.basis,
            p.sources,
          ]),
        ),
      );
    case 'milestones':
      return toCsv(
        ['id', 'kind', 'date', 'title_en', 'title_ru', 'place_en', 'place_ru', 'commemorated', 'sources'],
        (Object.values(milestones) as Milestone[]).map((m) => [
          m.id,
          m.kind,
          m.date,
          m.title.en,
          m.title.ru,
          m.place?.en,
          m.place?.ru,
          m.commemorated,
          m.sources,
        ]),
      );
    case 'chairmanships':
      return toCsv(
        ['id', 'year', 'state', 'chair_en', 'chair_ru', 'from', 'to', 'handover', 'sources'],
        chairmanships.map((c) => [
          c.id,
          c.year,
          c.state,
          c.chair.name.en,
          c.chair.name.ru,
          c.from,
          c.to,
          c.handover,
          c.sources,
        ]),
      );
    case 'secretaries-general':
      return toCsv(
        ['id', 'name_en', 'name_ru', 'nationality', 'acting', 'appointed', 'from', 'to', 'sources'],
        secretariesGeneral.map((s) => [
          s.id,
          s.person.name.en,
          s.person.name.ru,
          s.nationality,
          s.acting,
          s.appointed,
          s.from,
          s.to,
          s.sources,
        ]),
      );
    case 'bodies':
      return toCsv(
        ['id', 'kind', 'name_en', 'name_ru', 'abbreviation_en', 'abbreviation_ru', 'composition', 'sources'],
        (Object.values(sessionsDomain().bodies) as Body[]).map((b) => [
          b.id,
          b.kind,
          b.name.en,
          b.name.ru,
          b.abbreviation?.en,
          b.abbreviation?.ru,
          b.composition,
          b.sources,
        ]),
      );
    case 'sessions':
      return toCsv(
        [
          'id',
          'body',
          'kind',
          'format',
          'date',
          'end_date',
          'place_en',
          'place_ru',
          'host',
          'chair_en',
          'chair_state',
          'agenda_en',
          'sources',
        ],
        sessionsDomain().sessions.map((s) => [
          s.id,
          s.body,
          s.kind,
          s.format,
          s.date,
          s.endDate,
          s.place?.en,
          s.place?.ru,
          s.host,
          s.chair?.name.en,
          s.chair?.state,
          s.agenda.map((a) => a.text.en).join(' | '),
          s.sources,
        ]),
      );
    case 'sources':
      return toCsv(
        ['id', 'publisher', 'title', 'url', 'published', 'language', 'primary'],
        (Object.values(sourcesDomain().sources) as Source[]).map((s) => [
          s.id,
          s.publisher,
          s.title,
          s.url,
          s.published,
          s.language,
          s.primary,
        ]),
      );
  }
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
    const { bodies, sessions } = sessionsDomain();
    for (const s of sessions) {
      const body = bodies[s.body];
      const where = s.place ? pick(s.place, lang) : t(s.format, lang);
      const agenda = s.agenda.map((item, i) => `${i + 1}. ${pick(item.text, lang)}`).join('\n');
      const firstSource = s.sources[0];
      events.push({
        uid: `session-${s.id}@csto`,
        start: s.date,
        end: s.endDate ?? s.date,
        summary: `${pick(body.name, lang)}, ${where}`,
        ...(s.place ? { location: pick(s.place, lang) } : {}),
        ...(agenda ? { description: `${t('agenda', lang)}:\n${agenda}` } : {}),
        ...(firstSource ? { url: sourcesDomain().getSource(firstSource).url } : {}),
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
export const exportCommand: CommandSpec = {
  name: 'export',
  summary:
    'The data for other tools. json: every domain, or one; csv: one domain (states give one row per membership period); ics: sessions and round anniversaries as all-day events (RFC 5545).',
  args: [
    {
      name: 'DOMAIN',
      required: false,
      value: 'string',
      description: `json, csv: ${DATA_DOMAINS.join(', ')}; ics: ${CALENDAR_DOMAINS.join(', ')}`,
    },
  ],
  options: [
    {
      name: 'format',
      value: { choices: ['json', 'csv', 'ics'] },
      placeholder: 'FORMAT',
      description: 'json, csv or ics (default: json)',
    },
  ],
  examples: [
    'csto export --format json > csto.json',
    'csto export --format csv sessions > sessions.csv',
    'csto export --format ics > csto.ics',
  ],
  run(context) {
    const given = context.options.format as string | undefined;
    if (context.json && given !== undefined && given !== 'json') {
      throw new UsageError(`--json conflicts with --format ${given}: give one of them.`);
    }
    const format = given ?? 'json';
    const domain = context.args.DOMAIN as string | undefined;
    const accepted: readonly string[] = format === 'ics' ? CALENDAR_DOMAINS : DATA_DOMAINS;
    if (domain !== undefined && !accepted.includes(domain)) {
      throw new UsageError(
        `DOMAIN: unknown domain "${domain}" for --format ${format}: expected one of ${accepted.join(', ')}.${didYouMean(closest(domain, accepted))}`,
      );
    }
    if (format === 'ics') return { raw: calendar(domain, context) };
    if (format === 'csv') {
      if (domain === undefined) {
        throw new UsageError(`--format csv needs a DOMAIN: one of ${DATA_DOMAINS.join(', ')}.`);
      }
      return { raw: csv(domain as DataDomain) };
    }
    const data =
      domain === undefined
        ? Object.fromEntries(DATA_DOMAINS.map((d) => [d, records(d)]))
        : records(domain as DataDomain);
    return { raw: `${JSON.stringify(data, null, 2)}\n` };
  },
};
