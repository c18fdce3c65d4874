/**
 * The zod schemas as zod infers them. `../schema.ts` publishes each under the record type it checks, so the
 * published declarations stay small; the type tests compare these inferred types with the interfaces.
 */

import { z } from 'zod/v4';
import type { DomainName } from '../model/dataset.js';
import * as enums from './_enums.js';

/**
 * A real calendar day of the Gregorian calendar, `YYYY-MM-DD`, as one regular expression: months 01 to 12, each
 * month's own number of days, and 29 February only in leap years. It is the JSON Schema's `pattern` for a date,
 * so that a validator rejects `2021-02-30` even without format checking; a test holds it equal to `isIsoDate`.
 *
 * @example
 * ISO_DATE_PATTERN.test('2024-02-29'); // true
 * ISO_DATE_PATTERN.test('2021-02-30'); // false
 */
export const ISO_DATE_PATTERN =
  /^(?:\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2[0-8]))|(?:\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$/;

/**
 * A real calendar day, `YYYY-MM-DD`.
 *
 * @example
 * IsoDateSchema.safeParse('2021-02-30').success; //=> false
 */
export const IsoDateSchema = z.string().regex(ISO_DATE_PATTERN, {
  message: 'Expected a real calendar day as YYYY-MM-DD',
}) as unknown as z.ZodType<`${number}-${number}-${number}`>;

/**
 * A month, `YYYY-MM`.
 *
 * @example
 * YearMonthSchema.safeParse('2011-13').success; //=> false
 */
export const YearMonthSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/) as unknown as z.ZodType<`${number}-${number}`>;

/**
 * A date of day, month or year precision: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
 *
 * @example
 * PartialDateSchema.parse('2024-02'); //=> '2024-02'
 */
export const PartialDateSchema = z.union([
  IsoDateSchema,
  YearMonthSchema,
  z.string().regex(/^\d{4}$/) as unknown as z.ZodType<`${number}`>,
]);

/** A text in English and Russian. @example LocalizedTextSchema.parse({ en: 'Dushanbe', ru: 'Душанбе' }); */
export const LocalizedTextSchema = z.strictObject({ en: z.string().min(1), ru: z.string().min(1) }).readonly();

/** A text in English and, where sourced, Russian. @example PartiallyLocalizedTextSchema.parse({ en: 'x' }); */
export const PartiallyLocalizedTextSchema = z
  .strictObject({ en: z.string().min(1), ru: z.string().min(1).optional() })
  .readonly();

const StateCodeSchema = z.string().regex(/^[A-Z]{2}$/);
const WikidataItemSchema = z.string().regex(/^Q[1-9]\d*$/);

/**
 * The evidence for one claim: a source id and the passage of it that states the value.
 *
 * @example
 * CitationSchema.parse({ source: 'kazinform-2021-04-23', passage: 'Tajikistan presides over the Collective Security Treaty Organization in 2021.' });
 */
export const CitationSchema = z
  .strictObject({
    source: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    passage: z.string().min(1),
    gloss: z.string().min(1).optional(),
    locator: z.string().min(1).optional(),
  })
  .readonly();

const CitationsSchema = z.array(CitationSchema).min(1).readonly();

/** A source. @example SourceSchema.parse(sources['kazinform-2021-04-23']); */
export const SourceSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    title: z.string().min(1),
    publisher: z.string().min(1),
    url: z.url({ protocol: /^https?$/ }),
    published: IsoDateSchema.optional(),
    language: z.enum(enums.SOURCE_LANGUAGES),
    primary: z.boolean(),
  })
  .readonly();

/** Sources that disagree. @example RecordedConflictSchema.parse({ field: 'from', values: [], chosen: 'x', reason: 'y' }); */
export const RecordedConflictSchema = z
  .strictObject({
    field: z.string().min(1),
    values: z.array(z.strictObject({ value: z.string().min(1), citations: CitationsSchema }).readonly()).readonly(),
    chosen: z.string().min(1),
    reason: z.string().min(1),
  })
  .readonly();

const ConflictsSchema = z.array(RecordedConflictSchema).readonly().optional();

/** A Wikidata item with its citations. @example WikidataIdentifierSchema.parse(organization.ids); */
export const WikidataIdentifierSchema = z
  .strictObject({ wikidata: WikidataItemSchema, citations: CitationsSchema, conflicts: ConflictsSchema })
  .readonly();

/** A person's name. @example PersonSchema.parse({ name: { en: 'Stanislav Zas', ru: 'Станислав Зась' } }); */
export const PersonSchema = z
  .strictObject({ name: LocalizedTextSchema, ids: WikidataIdentifierSchema.optional() })
  .readonly();

/** One membership period. @example MembershipPeriodSchema.parse(states.UZ.membership[0]); */
export const MembershipPeriodSchema = z
  .strictObject({
    status: z.enum(enums.PERIOD_STATUSES),
    from: IsoDateSchema,
    to: IsoDateSchema.optional(),
    basis: z.string().min(1),
    note: z.string().min(1).optional(),
    citations: CitationsSchema,
    conflicts: ConflictsSchema,
  })
  .readonly();

/** A state's identifiers in other datasets. @example StateIdentifiersSchema.parse(states.AM.ids); */
export const StateIdentifiersSchema = z
  .strictObject({
    wikidata: WikidataItemSchema,
    cow: z.number().int().positive(),
    gw: z.number().int().positive(),
    citations: CitationsSchema,
    conflicts: ConflictsSchema,
  })
  .readonly();

/** A state ever party to the treaty. @example StateSchema.parse(states.AM); */
export const StateSchema = z
  .strictObject({
    code: StateCodeSchema,
    alpha3: z.string().regex(/^[A-Z]{3}$/),
    numeric: z.string().regex(/^\d{3}$/),
    name: LocalizedTextSchema,
    officialName: LocalizedTextSchema,
    aliases: z.array(z.string().min(1)).readonly(),
    ids: StateIdentifiersSchema,
    membership: z.array(MembershipPeriodSchema).min(1).readonly(),
    citations: CitationsSchema,
    conflicts: ConflictsSchema,
  })
  .readonly();

/** A milestone. @example MilestoneSchema.parse(milestones['treaty-signed']); */
export const MilestoneSchema = z
  .strictObject({
    id: z.string().min(1),
    kind: z.enum(enums.MILESTONE_KINDS),
    title: LocalizedTextSchema,
    date: PartialDateSchema,
    place: LocalizedTextSchema.optional(),
    document: LocalizedTextSchema.optional(),
    instrument: z.string().min(1).optional(),
    commemorated: z.boolean(),
    note: z.string().min(1).optional(),
    citations: CitationsSchema,
    conflicts: ConflictsSchema,
  })
  .readonly();

/** A legal instrument. @example InstrumentSchema.parse(instruments.charter); */
export const InstrumentSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    kind: z.enum(enums.INSTRUMENT_KINDS),
    title: PartiallyLocalizedTextSchema,
    signed: PartialDateSchema,
    place: LocalizedTextSchema.optional(),
    inForce: PartialDateSchema.optional(),
    parties: z.array(StateCodeSchema).min(1).readonly().optional(),
    amends: z.string().min(1).optional(),
    note: z.string().min(1).optional(),
    citations: CitationsSchema,
    conflicts: ConflictsSchema,
  })
  .readonly();

/** A political event. @example PoliticalEventSchema.parse(politicalEvents[0]); */
export const PoliticalEventSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    state: StateCodeSchema,
    date: PartialDateSchema,
    kind: z.enum(enums.POLITICAL_EVENT_KINDS),
    text: PartiallyLocalizedTextSchema,
    dateDerivation: z.string().min(1).optional(),
    note: z.string().min(1).optional(),
    citations: CitationsSchema,
    conflicts: ConflictsSchema,
  })
  .readonly();

/** Days within which an uncertain boundary fell. @example BoundaryWindowSchema.parse({ from: '2010-12-10', to: '2011-01-01' }); */
export const BoundaryWindowSchema = z.strictObject({ from: IsoDateSchema, to: IsoDateSchema }).readonly();

/** A chairmanship. @example ChairmanshipSchema.parse(chairmanships[0]); */
export const ChairmanshipSchema = z
  .strictObject({
    id: z.string().min(1),
    state: StateCodeSchema,
    chair: PersonSchema,
    year: z.int().min(1992).max(2100),
    from: IsoDateSchema,
    to: IsoDateSchema.optional(),
    fromWindow: BoundaryWindowSchema.optional(),
    toWindow: BoundaryWindowSchema.optional(),
    handover: z.enum(enums.HANDOVERS),
    note: z.string().min(1).optional(),
    citations: CitationsSchema,
    conflicts: ConflictsSchema,
  })
  .readonly();

/** A Secretary General's term. @example SecretaryGeneralTermSchema.parse(secretariesGeneral[0]); */
export const SecretaryGeneralTermSchema = z
  .strictObject({
    id: z.string().min(1),
    person: PersonSchema,
    nationality: StateCodeSchema,
    acting: z.boolean(),
    appointed: IsoDateSchema.optional(),
    from: IsoDateSchema,
    to: IsoDateSchema.optional(),
    note: z.string().min(1).optional(),
    citations: CitationsSchema,
    conflicts: ConflictsSchema,
  })
  .readonly();

/** A body of the organisation. @example BodySchema.parse(bodies.csc); */
export const BodySchema = z
  .strictObject({
    id: z.string().min(1),
    kind: z.enum(enums.BODY_KINDS),
    name: LocalizedTextSchema,
    abbreviation: PartiallyLocalizedTextSchema.optional(),
    composition: z.string().min(1),
    citations: CitationsSchema,
    conflicts: ConflictsSchema,
  })
  .readonly();

/** An agenda item or decision. @example AgendaItemSchema.parse({ text: { en: 'x' }, citations: [{ source: 's', passage: 'x' }] }); */
export const AgendaItemSchema = z
  .strictObject({ text: PartiallyLocalizedTextSchema, citations: CitationsSchema, conflicts: ConflictsSchema })
  .readonly();

/** A document a session adopted. @example SessionDocumentSchema.parse({ title: { en: 'x' }, citations: [{ source: 's', passage: 'x' }] }); */
export const SessionDocumentSchema = z
  .strictObject({ title: PartiallyLocalizedTextSchema, citations: CitationsSchema, conflicts: ConflictsSchema })
  .readonly();

/** A state absent from a session. @example AbsenceSchema.parse({ state: 'AM', citations: [{ source: 's', passage: 'x' }] }); */
export const AbsenceSchema = z
  .strictObject({
    state: StateCodeSchema,
    note: z.string().min(1).optional(),
    citations: CitationsSchema,
    conflicts: ConflictsSchema,
  })
  .readonly();

/** A session of a body. @example SessionSchema.parse(sessions[0]); */
export const SessionSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    body: z.string().min(1),
    bodies: z.array(z.string().min(1)).min(2).readonly().optional(),
    kind: z.enum(enums.SESSION_KINDS),
    status: z.enum(enums.SESSION_STATUSES),
    kindInferred: z.boolean().optional(),
    format: z.enum(enums.SESSION_FORMATS),
    date: z.union([IsoDateSchema, YearMonthSchema]),
    endDate: IsoDateSchema.optional(),
    place: LocalizedTextSchema.optional(),
    host: StateCodeSchema.optional(),
    chair: z.strictObject({ name: LocalizedTextSchema, state: StateCodeSchema }).readonly().optional(),
    agenda: z.array(AgendaItemSchema).readonly(),
    documents: z.array(SessionDocumentSchema).readonly().optional(),
    absent: z.array(AbsenceSchema).readonly().optional(),
    dateDerivation: z.string().min(1).optional(),
    related: z.array(AgendaItemSchema).readonly().optional(),
    note: z.string().min(1).optional(),
    citations: CitationsSchema,
    conflicts: ConflictsSchema,
  })
  .readonly();

/** A dated fact about a force. @example ForceEventSchema.parse(forces.crrf.events[0]); */
export const ForceEventSchema = z
  .strictObject({
    date: PartialDateSchema,
    text: PartiallyLocalizedTextSchema,
    citations: CitationsSchema,
    conflicts: ConflictsSchema,
  })
  .readonly();

/** A collective force. @example CollectiveForceSchema.parse(forces.crrf); */
export const CollectiveForceSchema = z
  .strictObject({
    id: z.string().min(1),
    name: LocalizedTextSchema,
    abbreviation: PartiallyLocalizedTextSchema.optional(),
    established: PartialDateSchema,
    basis: z.string().min(1),
    events: z.array(ForceEventSchema).min(1).readonly(),
    note: z.string().min(1).optional(),
    citations: CitationsSchema,
    conflicts: ConflictsSchema,
  })
  .readonly();

/** An operation of a collective force. @example ForceOperationSchema.parse(operations[0]); */
export const ForceOperationSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    force: z.string().min(1),
    name: PartiallyLocalizedTextSchema,
    host: StateCodeSchema,
    requested: IsoDateSchema.optional(),
    decided: IsoDateSchema,
    deployed: IsoDateSchema,
    withdrawalBegan: IsoDateSchema.optional(),
    withdrawn: IsoDateSchema.optional(),
    contributors: z.array(StateCodeSchema).min(1).readonly(),
    events: z.array(ForceEventSchema).readonly(),
    note: z.string().min(1).optional(),
    citations: CitationsSchema,
    conflicts: ConflictsSchema,
  })
  .readonly();

/** An open or declined question. @example OpenQuestionSchema.parse(openQuestions[0]); */
export const OpenQuestionSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    domain: z.enum(enums.OPEN_QUESTION_DOMAINS),
    question: z.string().min(1),
    reason: z.string().min(1),
  })
  .readonly();

/** The organisation's names. @example OrganizationSchema.parse(organization).abbreviation.en; //=> 'CSTO' */
export const OrganizationSchema = z
  .strictObject({
    name: LocalizedTextSchema,
    abbreviation: LocalizedTextSchema,
    ids: WikidataIdentifierSchema.optional(),
    citations: CitationsSchema,
    conflicts: ConflictsSchema,
  })
  .readonly();

/** The rules for reading the record, in words. @example ConventionsSchema.parse(conventions); */
export const ConventionsSchema = z
  .strictObject({
    dates: z.string().min(1),
    periods: z.string().min(1),
    formalMember: z.string().min(1),
    dataAsOf: z.string().min(1),
  })
  .readonly();

/** The schema of each domain's collection: a domain of the manifest missing here fails to compile. */
const domainSchemas = {
  organization: OrganizationSchema,
  states: z.record(z.string(), StateSchema),
  politicalEvents: z.array(PoliticalEventSchema),
  milestones: z.record(z.string(), MilestoneSchema),
  instruments: z.record(z.string(), InstrumentSchema),
  chairmanships: z.array(ChairmanshipSchema),
  secretariesGeneral: z.array(SecretaryGeneralTermSchema),
  bodies: z.record(z.string(), BodySchema),
  sessions: z.array(SessionSchema),
  forces: z.record(z.string(), CollectiveForceSchema),
  operations: z.array(ForceOperationSchema),
  sources: z.record(z.string(), SourceSchema),
  openQuestions: z.array(OpenQuestionSchema),
} satisfies { readonly [K in DomainName]: z.ZodType };

/**
 * The whole dataset as one document: the shape of `@csto/core/data.json`, whose JSON Schema is
 * `@csto/core/data.schema.json`.
 *
 * @example
 * const data = DataSchema.parse(JSON.parse(readFileSync('node_modules/@csto/core/dist/data.json', 'utf8')));
 * data.DATA_AS_OF; // '2026-01-20'
 */
export const DataSchema = z.strictObject({
  DATA_AS_OF: IsoDateSchema,
  conventions: ConventionsSchema,
  ...domainSchemas,
});
