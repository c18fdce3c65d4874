/**
 * The tables of the tabular data package (`dist/tables/*.csv` and `datapackage.json`), one entry per data
 * domain of the manifest: the one place that says which columns each table has and where its rows come
 * from. Every row is read through the public API (`dataset()`, `bodiesOf`, `statusOn`).
 */
import { dataset } from '../dataset.js';
import { domains } from '../manifest.js';
import type { Citation } from '../model/common.js';
import type { Dataset, DomainName } from '../model/dataset.js';
import { bodiesOf } from '../sessions.js';
import { type Columns, table } from './_columns.js';
import * as enums from './_enums.js';
import { stateYears } from './_state-years.js';
import type { AnyTable, Column, ForeignKey, PackageLayout } from './_table-schema.js';

const ID = '^[a-z0-9]+(-[a-z0-9]+)*$';

/** A foreign key from `field` to the `code` of `states`. */
const toState = (field: string) => ({ fields: [field], resource: 'states', reference: ['code'] });
const toSession = { fields: ['session'], resource: 'sessions', reference: ['id'] };

const data = (): Dataset => dataset();

type Session = Dataset['sessions'][number];
type ListOf<K extends 'agenda' | 'documents' | 'absent'> = NonNullable<Session[K]>[number];

/**
 * A table of one of the lists each session holds (its agenda, its documents, its absences): a row per item
 * with the session, the item's index in the list (which a citation of the item names) and its own columns.
 */
function sessionListTable<K extends 'agenda' | 'documents' | 'absent'>(
  list: K,
  shape: { name: string; description: string; primaryKey: readonly string[]; foreignKeys?: readonly ForeignKey[] },
  columns: (
    k: Columns<{ session: string; index: number; item: ListOf<K> }>,
  ) => Column<{ session: string; index: number; item: ListOf<K> }>[],
) {
  return table(
    () =>
      data().sessions.flatMap((s) =>
        ((s[list] ?? []) as readonly ListOf<K>[]).map((item, index) => ({ session: s.id, index, item })),
      ),
    (k) => ({
      ...shape,
      foreignKeys: [toSession, ...(shape.foreignKeys ?? [])],
      columns: [
        k.text('session', 'The session.', (r) => r.session, true),
        k.integer(
          'index',
          `The item's index in the session's \`${list}\` list in data.json, from 0: a citation of the item has the field \`${list}.<index>\`.`,
          (r) => r.index,
        ),
        ...columns(k),
      ],
    }),
  );
}

const statesTable = /*#__PURE__*/ table(
  () => Object.values(data().states),
  (k) => ({
    name: 'states',
    description: domains.states.description,
    primaryKey: ['code'],
    columns: [
      k.state('code', 'ISO 3166-1 alpha-2 code.', (r) => r.code),
      k.text('alpha3', 'ISO 3166-1 alpha-3 code.', (r) => r.alpha3, true),
      k.text('numeric', 'ISO 3166-1 numeric code, three digits.', (r) => r.numeric, true),
      ...k.texts('name', 'Short name', (r) => r.name, true),
      ...k.texts('official_name', 'Full official name', (r) => r.officialName, true),
      k.wikidata('wikidata', 'The Wikidata item of the state.', (r) => r.ids.wikidata, true),
      k.integer('cow', 'The Correlates of War state number (ccode).', (r) => r.ids.cow),
      k.integer('gw', 'The Gleditsch–Ward state number (gwcode).', (r) => r.ids.gw),
    ],
  }),
);

const membershipPeriods = /*#__PURE__*/ table(
  () =>
    Object.values(data().states).flatMap((s) =>
      s.membership.map((period, index) => ({ state: s.code, index, period })),
    ),
  (k) => ({
    name: 'membership_periods',
    description:
      'Every period of every state’s membership: `from` inclusive, `to` exclusive (empty while it lasts). Days outside every period are not-member days. A formal member is a state whose status is `member` or `frozen`.',
    primaryKey: ['state', 'from'],
    foreignKeys: [toState('state')],
    columns: [
      k.state('state', 'The state.', (r) => r.state),
      k.integer(
        'index',
        'The period’s index in the state’s `membership` list, from 0: a citation of the period has the field `membership.<index>`.',
        (r) => r.index,
      ),
      k.oneOf('status', 'The status during the period.', enums.PERIOD_STATUSES, (r) => r.period.status),
      k.day('from', 'The first day of the period (inclusive).', (r) => r.period.from, true),
      k.day(
        'to',
        'The day the period ended (exclusive: the first day of the next status); empty while it lasts.',
        (r) => r.period.to,
      ),
      k.text('basis', 'The legal act or statement that began the period.', (r) => r.period.basis, true),
      k.text('note', 'Context a reader needs.', (r) => r.period.note),
    ],
  }),
);

const stateYearsTable = /*#__PURE__*/ table(stateYears, (k) => ({
  name: 'state_years',
  description:
    'A state-year panel: one row per state ever party and year, from the year it first became party to the year of DATA_AS_OF, with its status on 1 January and 31 December and the days it spent in each status (periods read with `from` inclusive, `to` exclusive). Days after DATA_AS_OF assume the status of DATA_AS_OF holds.',
  primaryKey: ['state', 'year'],
  foreignKeys: [toState('state')],
  columns: [
    k.state('state', 'The state.', (r) => r.state),
    k.integer('year', 'The calendar year.', (r) => r.year),
    k.oneOf('status_jan1', 'The status on 1 January.', enums.MEMBERSHIP_STATUSES, (r) => r.january1),
    k.oneOf('status_dec31', 'The status on 31 December.', enums.MEMBERSHIP_STATUSES, (r) => r.december31),
    ...enums.MEMBERSHIP_STATUSES.map((status) =>
      k.integer(
        `days_${status.replace('-', '_')}`,
        `Days of the year the state was \`${status}\`.`,
        (r) => r.days[status],
      ),
    ),
    k.integer('days_in_year', '365, or 366 in a leap year: the sum of the day counts.', (r) => r.daysInYear),
  ],
}));

const politicalEvents = /*#__PURE__*/ table(
  () => data().politicalEvents,
  (k) => ({
    name: 'political_events',
    description: domains.politicalEvents.description,
    primaryKey: ['id'],
    foreignKeys: [toState('state')],
    columns: [
      k.text('id', 'The state’s code in lower case, the day and the kind, joined by hyphens.', (r) => r.id, true),
      k.state('state', 'The state.', (r) => r.state),
      k.partialDate('date', 'When.', (r) => r.date, true),
      k.oneOf('kind', 'What kind of event.', enums.POLITICAL_EVENT_KINDS, (r) => r.kind),
      ...k.texts('text', 'What happened', (r) => r.text, true),
      k.text(
        'date_derivation',
        'How the date was derived, where no cited passage spells it out.',
        (r) => r.dateDerivation,
      ),
      k.text('note', 'Context a reader needs.', (r) => r.note),
    ],
  }),
);

const milestones = /*#__PURE__*/ table(
  () => Object.values(data().milestones),
  (k) => ({
    name: 'milestones',
    description: domains.milestones.description,
    primaryKey: ['id'],
    foreignKeys: [{ fields: ['instrument'], resource: 'instruments', reference: ['id'] }],
    columns: [
      k.text('id', 'The milestone’s id.', (r) => r.id, true),
      k.oneOf('kind', 'What kind of event.', enums.MILESTONE_KINDS, (r) => r.kind),
      ...k.texts('title', 'What happened', (r) => r.title, true),
      k.partialDate('date', 'When.', (r) => r.date, true),
      ...k.texts('place', 'Where', (r) => r.place),
      ...k.texts('document', 'The document concerned', (r) => r.document),
      k.text('instrument', 'The legal instrument the milestone concerns.', (r) => r.instrument),
      k.boolean(
        'commemorated',
        '`true` for the two founding dates whose round anniversaries the organisation celebrates.',
        (r) => r.commemorated,
      ),
      k.text('note', 'Context a reader needs.', (r) => r.note),
    ],
  }),
);

const instruments = /*#__PURE__*/ table(
  () => Object.values(data().instruments),
  (k) => ({
    name: 'instruments',
    description: domains.instruments.description,
    primaryKey: ['id'],
    foreignKeys: [{ fields: ['amends'], resource: '', reference: ['id'] }],
    columns: [
      k.text('id', 'The instrument’s id.', (r) => r.id, true),
      k.oneOf('kind', 'What kind of instrument.', enums.INSTRUMENT_KINDS, (r) => r.kind),
      ...k.texts('title', 'The title', (r) => r.title, true),
      k.partialDate('signed', 'The day of signature.', (r) => r.signed, true),
      ...k.texts('place', 'Where it was signed', (r) => r.place),
      k.partialDate('in_force', 'The day it entered into force, where the sources say.', (r) => r.inForce),
      k.text('amends', 'The instrument it prolongs or amends.', (r) => r.amends),
      k.text('note', 'Context a reader needs.', (r) => r.note),
    ],
  }),
);

const instrumentParties = /*#__PURE__*/ table(
  () =>
    Object.values(data().instruments).flatMap((i) => (i.parties ?? []).map((party) => ({ instrument: i.id, party }))),
  (k) => ({
    name: 'instrument_parties',
    description:
      'The states that signed each instrument, where the sources list them: one row per instrument and state.',
    primaryKey: ['instrument', 'state'],
    foreignKeys: [{ fields: ['instrument'], resource: 'instruments', reference: ['id'] }, toState('state')],
    columns: [
      k.text('instrument', 'The instrument.', (r) => r.instrument, true),
      k.state('state', 'A state that signed it.', (r) => r.party),
    ],
  }),
);

/** The two columns of a boundary of a chairmanship not known to the day: the days it may have fallen on. */
const windowColumns = (k: Columns<Dataset['chairmanships'][number]>, which: 'from' | 'to') => {
  const boundary = which === 'from' ? 'start' : 'end';
  return [
    k.day(
      `${which}_window_from`,
      `When the ${boundary} is not known to the day: the first day it may have fallen on.`,
      (r) => r[`${which}Window`]?.from,
    ),
    k.day(
      `${which}_window_to`,
      `When the ${boundary} is not known to the day: the day after the last it may have fallen on (exclusive).`,
      (r) => r[`${which}Window`]?.to,
    ),
  ];
};

const chairmanships = /*#__PURE__*/ table(
  () => data().chairmanships,
  (k) => ({
    name: 'chairmanships',
    description: `${domains.chairmanships.description} \`from\` inclusive, \`to\` exclusive.`,
    primaryKey: ['id'],
    foreignKeys: [toState('state')],
    columns: [
      k.text('id', 'The chairmanship’s id.', (r) => r.id, true),
      k.state('state', 'The state that chaired.', (r) => r.state),
      ...k.texts('chair', 'The head of state who chaired the Collective Security Council', (r) => r.chair.name, true),
      k.wikidata(
        'chair_wikidata',
        'The Wikidata item of the chair, where one is recorded.',
        (r) => r.chair.ids?.wikidata,
      ),
      k.integer(
        'year',
        'The year the chairmanship is officially named for (the later year of a chairmanship named for two).',
        (r) => r.year,
      ),
      k.day('from', 'The first day (inclusive).', (r) => r.from, true),
      k.day('to', 'The day it ended (exclusive); empty where the end is not known.', (r) => r.to),
      ...windowColumns(k, 'from'),
      ...windowColumns(k, 'to'),
      k.oneOf('handover', 'How the chairmanship was taken over on `from`.', enums.HANDOVERS, (r) => r.handover),
      k.text('note', 'Context a reader needs.', (r) => r.note),
    ],
  }),
);

const secretariesGeneral = /*#__PURE__*/ table(
  () => data().secretariesGeneral,
  (k) => ({
    name: 'secretaries_general',
    description: `${domains.secretariesGeneral.description} \`from\` inclusive, \`to\` exclusive.`,
    primaryKey: ['id'],
    foreignKeys: [toState('nationality')],
    columns: [
      k.text('id', 'The term’s id.', (r) => r.id, true),
      ...k.texts('name', 'The holder', (r) => r.person.name, true),
      k.wikidata('wikidata', 'The Wikidata item of the holder, where one is recorded.', (r) => r.person.ids?.wikidata),
      k.state('nationality', 'The state the holder is a national of.', (r) => r.nationality),
      k.boolean('acting', '`true` for a holder acting in the post, not appointed to it.', (r) => r.acting),
      k.day('appointed', 'The day of the decision appointing the holder, when known.', (r) => r.appointed),
      k.day('from', 'The first day of the term (inclusive).', (r) => r.from, true),
      k.day('to', 'The day the term ended (exclusive); empty where the end is not known.', (r) => r.to),
      k.text('note', 'Context a reader needs.', (r) => r.note),
    ],
  }),
);

const bodies = /*#__PURE__*/ table(
  () => Object.values(data().bodies),
  (k) => ({
    name: 'bodies',
    description: domains.bodies.description,
    primaryKey: ['id'],
    columns: [
      k.text('id', 'The body’s id.', (r) => r.id, true),
      k.oneOf(
        'kind',
        'A statutory body, a permanent working body or the Parliamentary Assembly.',
        enums.BODY_KINDS,
        (r) => r.kind,
      ),
      ...k.texts('name', 'The name', (r) => r.name, true),
      ...k.texts('abbreviation', 'The usual abbreviation', (r) => r.abbreviation),
      k.text('composition', 'Who sits on it.', (r) => r.composition, true),
    ],
  }),
);

const sessions = /*#__PURE__*/ table(
  () => data().sessions,
  (k) => ({
    name: 'sessions',
    description: `${domains.sessions.description} A joint meeting of several bodies is one row: \`body\` is the presiding (or first listed) body; session_bodies lists every body that met.`,
    primaryKey: ['id'],
    foreignKeys: [{ fields: ['body'], resource: 'bodies', reference: ['id'] }, toState('host'), toState('chair_state')],
    columns: [
      k.text(
        'id',
        'The body (or `joint`), the first day and the place or `online`, joined by hyphens.',
        (r) => r.id,
        true,
      ),
      k.text(
        'body',
        'The body that met; for a joint meeting, the presiding or first listed body (see session_bodies).',
        (r) => r.body,
        true,
      ),
      k.text(
        'bodies',
        'Every body that met, separated by spaces: the body alone, or each body of a joint meeting (as session_bodies lists them).',
        (r) => bodiesOf(r).join(' '),
        true,
      ),
      k.oneOf('kind', 'What kind of session.', enums.SESSION_KINDS, (r) => r.kind),
      k.boolean(
        'kind_inferred',
        '`true` when no source names the kind and it is inferred.',
        (r) => r.kindInferred === true,
      ),
      k.oneOf(
        'status',
        'Held, planned (announced, not known to have happened) or cancelled.',
        enums.SESSION_STATUSES,
        (r) => r.status,
      ),
      k.oneOf('format', 'In person, online or both.', enums.SESSION_FORMATS, (r) => r.format),
      k.dayOrMonth('date', 'The first (or only) day.', (r) => r.date, true),
      k.day('end_date', 'The last day of a session over several days.', (r) => r.endDate),
      ...k.texts('place', 'The city, for sessions held in person', (r) => r.place),
      k.state('host', 'The host state, for sessions held in person.', (r) => r.host, false),
      ...k.texts('chair', 'Who chaired it', (r) => r.chair?.name),
      k.state('chair_state', 'The state the chair represented.', (r) => r.chair?.state, false),
      k.text(
        'date_derivation',
        'How the date was worked out, where no cited passage spells it out.',
        (r) => r.dateDerivation,
      ),
      k.text('note', 'Context a reader needs.', (r) => r.note),
    ],
  }),
);

const sessionBodies = /*#__PURE__*/ table(
  () =>
    data().sessions.flatMap((s) => bodiesOf(s).map((body) => ({ session: s.id, body, presiding: body === s.body }))),
  (k) => ({
    name: 'session_bodies',
    description:
      'Every body that took part in every session, one row per session and body: join sessions to bodies through it, so that a joint meeting counts for each of its bodies.',
    primaryKey: ['session', 'body'],
    foreignKeys: [toSession, { fields: ['body'], resource: 'bodies', reference: ['id'] }],
    columns: [
      k.text('session', 'The session.', (r) => r.session, true),
      k.text('body', 'A body that met.', (r) => r.body, true),
      k.boolean(
        'presiding',
        '`true` for the body recorded as the session’s `body` (the presiding or first listed one).',
        (r) => r.presiding,
      ),
    ],
  }),
);

const agendaItems = /*#__PURE__*/ sessionListTable(
  'agenda',
  {
    name: 'agenda_items',
    description: 'What was on the agenda of each session, as announced or reported, in order.',
    primaryKey: ['session', 'index'],
  },
  (k) => k.texts('text', 'The item', (r) => r.item.text, true),
);

const documents = /*#__PURE__*/ sessionListTable(
  'documents',
  {
    name: 'documents',
    description: 'The documents each session adopted or signed, where sources list them, in order.',
    primaryKey: ['session', 'index'],
  },
  (k) => k.texts('title', 'The title', (r) => r.item.title, true),
);

const absences = /*#__PURE__*/ sessionListTable(
  'absent',
  {
    name: 'absences',
    description: 'Member states that did not attend a session, where sources say so.',
    primaryKey: ['session', 'state'],
    foreignKeys: [toState('state')],
  },
  (k) => [
    k.state('state', 'The state that did not attend.', (r) => r.item.state),
    k.text('note', 'Context a reader needs.', (r) => r.item.note),
  ],
);

const forces = /*#__PURE__*/ table(
  () => Object.values(data().forces),
  (k) => ({
    name: 'forces',
    description: `${domains.forces.description} Their dated events are in data.json (\`events\`), and their citations in citations.`,
    primaryKey: ['id'],
    columns: [
      k.text('id', 'The force’s id.', (r) => r.id, true),
      ...k.texts('name', 'The name', (r) => r.name, true),
      ...k.texts('abbreviation', 'The usual abbreviation', (r) => r.abbreviation),
      k.partialDate('established', 'When it was established.', (r) => r.established, true),
      k.text('basis', 'The decision that established it.', (r) => r.basis, true),
      k.text('note', 'Context a reader needs.', (r) => r.note),
    ],
  }),
);

const operations = /*#__PURE__*/ table(
  () => data().operations,
  (k) => ({
    name: 'operations',
    description: `${domains.operations.description} Unlike periods, \`deployed\` and \`withdrawn\` are both days of the operation, as the sources state them. Contributing states are in operation_contributors.`,
    primaryKey: ['id'],
    foreignKeys: [{ fields: ['force'], resource: 'forces', reference: ['id'] }, toState('host')],
    columns: [
      k.text('id', 'The operation’s id.', (r) => r.id, true),
      k.text('force', 'The force deployed.', (r) => r.force, true),
      ...k.texts('name', 'The name', (r) => r.name, true),
      k.state('host', 'The state the force was deployed to.', (r) => r.host),
      k.day('requested', 'The day the host asked for it.', (r) => r.requested),
      k.day('decided', 'The day it was decided.', (r) => r.decided, true),
      k.day('deployed', 'The day the deployment began.', (r) => r.deployed, true),
      k.day('withdrawal_began', 'The day the withdrawal began.', (r) => r.withdrawalBegan),
      k.day('withdrawn', 'The day the withdrawal was completed.', (r) => r.withdrawn),
      k.text('note', 'Context a reader needs.', (r) => r.note),
    ],
  }),
);

const operationContributors = /*#__PURE__*/ table(
  () => data().operations.flatMap((o) => o.contributors.map((contributor) => ({ operation: o.id, contributor }))),
  (k) => ({
    name: 'operation_contributors',
    description: 'The states that contributed to each operation: one row per operation and state.',
    primaryKey: ['operation', 'state'],
    foreignKeys: [{ fields: ['operation'], resource: 'operations', reference: ['id'] }, toState('state')],
    columns: [
      k.text('operation', 'The operation.', (r) => r.operation, true),
      k.state('state', 'A contributing state.', (r) => r.contributor),
    ],
  }),
);

const organization = /*#__PURE__*/ table(
  () => [data().organization],
  (k) => ({
    name: 'organization',
    description: domains.organization.description,
    primaryKey: ['abbreviation_en'],
    columns: [
      ...k.texts('abbreviation', 'The abbreviation', (r) => r.abbreviation, true),
      ...k.texts('name', 'The name', (r) => r.name, true),
      k.wikidata('wikidata', 'The Wikidata item of the organisation.', (r) => r.ids?.wikidata),
    ],
  }),
);

const sourcesTable = /*#__PURE__*/ table(
  () => Object.values(data().sources),
  (k) => ({
    name: 'sources',
    description: domains.sources.description,
    primaryKey: ['id'],
    columns: [
      {
        name: 'id',
        type: 'string',
        description: 'The source’s id, which citations give.',
        required: true,
        pattern: ID,
        value: (r) => r.id,
      },
      k.text('title', 'The title as published.', (r) => r.title, true),
      k.text('publisher', 'Who published it.', (r) => r.publisher, true),
      k.text('url', 'Where it was read.', (r) => r.url, true),
      k.day('published', 'The day it was published, when the source says.', (r) => r.published),
      k.oneOf(
        'language',
        'The language of the source and of the passages cited from it.',
        enums.SOURCE_LANGUAGES,
        (r) => r.language,
      ),
      k.boolean(
        'primary',
        '`true` for the organisation’s own publications, official state sites and legal texts.',
        (r) => r.primary,
      ),
    ],
  }),
);

const openQuestions = /*#__PURE__*/ table(
  () => data().openQuestions,
  (k) => ({
    name: 'open_questions',
    description: domains.openQuestions.description,
    primaryKey: ['id'],
    columns: [
      k.text('id', 'The question’s id.', (r) => r.id, true),
      k.oneOf('domain', 'What the question is about.', enums.OPEN_QUESTION_DOMAINS, (r) => r.domain),
      k.text('question', 'The question.', (r) => r.question, true),
      k.text('reason', 'Why it is open or declined.', (r) => r.reason, true),
    ],
  }),
);

/**
 * The tables of each domain: the first table of a domain holds one row per record, and citations point to
 * it. A domain missing here fails to compile.
 *
 * @example
 * LAYOUT.states; // { tables: [states, membership_periods, state_years] }
 */
export const LAYOUT = {
  organization: { tables: [organization] },
  states: { tables: [statesTable, membershipPeriods, stateYearsTable] },
  politicalEvents: { tables: [politicalEvents] },
  milestones: { tables: [milestones] },
  instruments: { tables: [instruments, instrumentParties] },
  chairmanships: { tables: [chairmanships] },
  secretariesGeneral: { tables: [secretariesGeneral] },
  bodies: { tables: [bodies] },
  sessions: { tables: [sessions, sessionBodies, agendaItems, documents, absences] },
  forces: { tables: [forces] },
  operations: { tables: [operations, operationContributors] },
  sources: { tables: [sourcesTable] },
  openQuestions: { tables: [openQuestions] },
} as const satisfies PackageLayout;

/** The table that holds one row per record of a domain, and its key column. */
function recordTable(name: DomainName): { table: AnyTable; key: (record: object) => string } {
  const layout: PackageLayout[DomainName] = LAYOUT[name];
  if (!('tables' in layout) || layout.tables[0] === undefined) throw new Error(`${name} has no table`);
  const field = (domains[name] as { key?: string }).key;
  return {
    table: layout.tables[0],
    key: (record) =>
      String(
        field === undefined
          ? (record as Dataset['organization']).abbreviation.en
          : (record as Record<string, unknown>)[field],
      ),
  };
}

interface CitationRow {
  readonly id: number;
  readonly table: string;
  readonly key: string;
  readonly field: string;
  readonly position: number;
  readonly citation: Citation;
}

/** Every citation inside a value, with the dotted path of the object that carries it. */
function* citationsWithin(value: unknown, path: string[]): Generator<[string, number, Citation]> {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* citationsWithin(item, [...path, String(i)]);
    return;
  }
  for (const [key, child] of Object.entries(value)) {
    if (key === 'citations' && Array.isArray(child)) {
      for (const [i, citation] of child.entries()) yield [path.join('.'), i + 1, citation as Citation];
    } else yield* citationsWithin(child, [...path, key]);
  }
}

/** One row per citation of every record of every domain. */
function citationRows(): CitationRow[] {
  const all = data();
  const rows: CitationRow[] = [];
  for (const name of Object.keys(LAYOUT) as DomainName[]) {
    const { table: target, key } = recordTable(name);
    const value: unknown = all[name];
    const records = domains[name].shape === 'object' ? [value as object] : Object.values(value as object);
    for (const record of records)
      for (const [field, position, citation] of citationsWithin(record, []))
        rows.push({ id: rows.length + 1, table: target.name, key: key(record), field, position, citation });
  }
  return rows;
}

const citations = /*#__PURE__*/ table(citationRows, (k) => ({
  name: 'citations',
  description:
    'The evidence for every claim, one row per citation: the record (its table and key), the field of it the citation supports (a dotted path into the record as data.json holds it, indexes from 0; empty for the record itself), and the source with the passage that states the value, verbatim. `table`, `key`, `field` and `position` together are unique too.',
  primaryKey: ['id'],
  foreignKeys: [{ fields: ['source'], resource: 'sources', reference: ['id'] }],
  columns: [
    k.integer(
      'id',
      'The row’s number, from 1, in the order of the records: it may change from one release to the next.',
      (r) => r.id,
    ),
    k.oneOf(
      'table',
      'The table of the record cited for.',
      Object.values(LAYOUT).map((l) => l.tables[0].name),
      (r) => r.table,
    ),
    k.text('key', 'The key of the record in that table (its `id`, or `code` for states).', (r) => r.key, true),
    k.text(
      'field',
      'The part of the record the citation supports: a dotted path into it as data.json holds it (`membership.1`, `ids`, `agenda.0`, `membership.0.conflicts.0.values.1`); empty for the record as a whole.',
      (r) => r.field,
    ),
    k.integer('position', 'The citation’s place among the citations of that field, from 1.', (r) => r.position),
    k.text('source', 'The source (see sources).', (r) => r.citation.source, true),
    k.text(
      'passage',
      'The words of the source that state the value, verbatim, in the source’s language.',
      (r) => r.citation.passage,
      true,
    ),
    k.text('gloss', 'A faithful English rendering of a passage not in English.', (r) => r.citation.gloss),
    k.text('locator', 'Where in the source the passage stands.', (r) => r.citation.locator),
  ],
}));

/**
 * Every table of the package, in the order `datapackage.json` lists them: each domain's tables in manifest
 * order, then the citations.
 *
 * @example
 * TABLES.map((t) => t.name).includes('session_bodies'); // true
 */
export const TABLES: readonly AnyTable[] = /*#__PURE__*/ (() => [
  ...Object.values<PackageLayout[DomainName]>(LAYOUT).flatMap((l) => ('tables' in l ? l.tables : [])),
  citations,
])();
