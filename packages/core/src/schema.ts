/**
 * `@csto/core/schema`: zod schemas for every record of `@csto/core`, for validating data that crosses a
 * boundary (a JSON file, an API response, the CLI's `--json` output). Each schema is typed as the record
 * it checks (`z.ZodType<State>`), so `parse` returns the library's own interfaces. Requires `zod` 3.25.50+ or 4 as a peer (it uses `zod/v4`, which zod 3.25 ships beside its zod 3 API).
 *
 * @example
 * import { StateSchema } from '@csto/core/schema';
 * StateSchema.parse(states.TJ).code; //=> 'TJ'
 *
 * @packageDocumentation
 */
import type { z } from 'zod/v4';
import type { MISSING_ZOD } from './internal/_missing-zod.js';
import * as inferred from './internal/_schemas.js';
import type { Body } from './model/body.js';
import type { BoundaryWindow, Chairmanship } from './model/chairmanship.js';
import type {
  Citation,
  IsoDate,
  LocalizedText,
  PartialDate,
  PartiallyLocalizedText,
  Person,
  RecordedConflict,
  WikidataIdentifier,
  YearMonth,
} from './model/common.js';
import type { Conventions, Dataset } from './model/dataset.js';
import type { CollectiveForce, ForceEvent, ForceOperation } from './model/force.js';
import type { Instrument } from './model/instrument.js';
import type { Milestone } from './model/milestone.js';
import type { OpenQuestion } from './model/open-question.js';
import type { Organization } from './model/organization.js';
import type { PoliticalEvent } from './model/political-event.js';
import type { SecretaryGeneralTerm } from './model/secretary-general.js';
import type { Absence, AgendaItem, Session, SessionDocument } from './model/session.js';
import type { Source } from './model/source.js';
import type { MembershipPeriod, State, StateIdentifiers } from './model/state.js';

/**
 * A schema's type where `zod/v4` resolves; where it does not (no zod, or one older than 3.25), the fix as a string
 * type, so that `StateSchema.parse(x)` fails to compile with the fix in the error even under `skipLibCheck` (which
 * hides the unresolved import inside these declarations, and would leave every schema `any`). It tests
 * `keyof typeof z`: a conditional type on an unresolved import is `any` again, but its `keyof` is
 * `string | number | symbol`, while zod's namespace has string keys only.
 */
type NeedsZod<T> = symbol extends keyof typeof z ? typeof MISSING_ZOD : T;

/** A zod schema that parses to `T`: `z.ZodType<T>`, or the fix where zod is missing. */
type Schema<T> = NeedsZod<z.ZodType<T>>;

/** Publishes an inferred schema under the record type it checks (the type tests prove they agree). */
const as = <T>(schema: z.ZodType): Schema<T> => schema as Schema<T>;

/** A real calendar day, `YYYY-MM-DD`. @example IsoDateSchema.safeParse('2021-02-30').success; //=> false */
export const IsoDateSchema: Schema<IsoDate> = as(inferred.IsoDateSchema);
/** A month, `YYYY-MM`. @example YearMonthSchema.safeParse('2011-13').success; //=> false */
export const YearMonthSchema: Schema<YearMonth> = as(inferred.YearMonthSchema);
/** A date of day, month or year precision. @example PartialDateSchema.parse('2024-02'); //=> '2024-02' */
export const PartialDateSchema: Schema<PartialDate> = as(inferred.PartialDateSchema);
/** A text in English and Russian. @example LocalizedTextSchema.parse({ en: 'Dushanbe', ru: 'Душанбе' }).en; //=> 'Dushanbe' */
export const LocalizedTextSchema: Schema<LocalizedText> = as(inferred.LocalizedTextSchema);
/** A text in English and, where sourced, Russian. @example PartiallyLocalizedTextSchema.parse({ en: 'x' }).en; //=> 'x' */
export const PartiallyLocalizedTextSchema: Schema<PartiallyLocalizedText> = as(inferred.PartiallyLocalizedTextSchema);
/** A person's name. @example PersonSchema.parse({ name: { en: 'Stanislav Zas', ru: 'Станислав Зась' } }).name.en; //=> 'Stanislav Zas' */
export const PersonSchema: Schema<Person> = as(inferred.PersonSchema);
/** A Wikidata item with its citations. @example WikidataIdentifierSchema.parse(organization.ids).wikidata; //=> 'Q318693' */
export const WikidataIdentifierSchema: Schema<WikidataIdentifier> = as(inferred.WikidataIdentifierSchema);
/** A citation: a source id and its passage. @example CitationSchema.safeParse({ source: 'x', passage: '' }).success; //=> false */
export const CitationSchema: Schema<Citation> = as(inferred.CitationSchema);
/** A source. @example SourceSchema.parse(sources['kazinform-2021-04-23']).publisher; //=> 'Kazinform' */
export const SourceSchema: Schema<Source> = as(inferred.SourceSchema);
/** Sources that disagree. @example RecordedConflictSchema.safeParse({ field: 'from' }).success; //=> false */
export const RecordedConflictSchema: Schema<RecordedConflict> = as(inferred.RecordedConflictSchema);
/** One membership period. @example MembershipPeriodSchema.parse(states.UZ.membership[0]).status; //=> 'member' */
export const MembershipPeriodSchema: Schema<MembershipPeriod> = as(inferred.MembershipPeriodSchema);
/** A state's Wikidata, Correlates of War and Gleditsch–Ward identifiers. @example StateIdentifiersSchema.parse(states.AM.ids).cow; //=> 371 */
export const StateIdentifiersSchema: Schema<StateIdentifiers> = as(inferred.StateIdentifiersSchema);
/** A state ever party to the treaty. @example StateSchema.parse(states.AM).alpha3; //=> 'ARM' */
export const StateSchema: Schema<State> = as(inferred.StateSchema);
/** A milestone. @example MilestoneSchema.parse(milestones['treaty-signed']).date; //=> '1992-05-15' */
export const MilestoneSchema: Schema<Milestone> = as(inferred.MilestoneSchema);
/** A legal instrument. @example InstrumentSchema.parse(instruments.charter).kind; //=> 'charter' */
export const InstrumentSchema: Schema<Instrument> = as(inferred.InstrumentSchema);
/** A political event. @example PoliticalEventSchema.parse(politicalEvents[0]).state; //=> 'BY' */
export const PoliticalEventSchema: Schema<PoliticalEvent> = as(inferred.PoliticalEventSchema);
/** Days within which an uncertain boundary fell. @example BoundaryWindowSchema.parse({ from: '2010-12-10', to: '2011-01-01' }).to; //=> '2011-01-01' */
export const BoundaryWindowSchema: Schema<BoundaryWindow> = as(inferred.BoundaryWindowSchema);
/** A chairmanship. @example ChairmanshipSchema.parse(chairmanships[0]).handover; //=> 'session' */
export const ChairmanshipSchema: Schema<Chairmanship> = as(inferred.ChairmanshipSchema);
/** A Secretary General's term. @example SecretaryGeneralTermSchema.parse(secretariesGeneral[0]).acting; //=> false */
export const SecretaryGeneralTermSchema: Schema<SecretaryGeneralTerm> = as(inferred.SecretaryGeneralTermSchema);
/** A body of the organisation. @example BodySchema.parse(bodies.csc).kind; //=> 'statutory' */
export const BodySchema: Schema<Body> = as(inferred.BodySchema);
/** An agenda item or decision. @example AgendaItemSchema.safeParse({ text: { en: 'x' }, citations: [] }).success; //=> false */
export const AgendaItemSchema: Schema<AgendaItem> = as(inferred.AgendaItemSchema);
/** A document a session adopted. @example SessionDocumentSchema.safeParse({ title: { en: 'x' } }).success; //=> false */
export const SessionDocumentSchema: Schema<SessionDocument> = as(inferred.SessionDocumentSchema);
/** A state absent from a session. @example AbsenceSchema.safeParse({ state: 'AM' }).success; //=> false */
export const AbsenceSchema: Schema<Absence> = as(inferred.AbsenceSchema);
/** A session of a body. @example SessionSchema.parse(sessions[0]).status; //=> 'held' */
export const SessionSchema: Schema<Session> = as(inferred.SessionSchema);
/** A dated fact about a force. @example ForceEventSchema.parse(forces.crrf.events[0]).date; //=> '2009-02-04' */
export const ForceEventSchema: Schema<ForceEvent> = as(inferred.ForceEventSchema);
/** A collective force. @example CollectiveForceSchema.parse(forces.crrf).id; //=> 'crrf' */
export const CollectiveForceSchema: Schema<CollectiveForce> = as(inferred.CollectiveForceSchema);
/** An operation of a collective force. @example ForceOperationSchema.parse(operations[0]).host; //=> 'KZ' */
export const ForceOperationSchema: Schema<ForceOperation> = as(inferred.ForceOperationSchema);
/** An open or declined question. @example OpenQuestionSchema.parse(openQuestions[0]).id.length > 0; //=> true */
export const OpenQuestionSchema: Schema<OpenQuestion> = as(inferred.OpenQuestionSchema);
/** The organisation's names. @example OrganizationSchema.parse(organization).abbreviation.en; //=> 'CSTO' */
export const OrganizationSchema: Schema<Organization> = as(inferred.OrganizationSchema);

/** The rules for reading the record, in words. @example ConventionsSchema.parse(conventions).periods.length > 0; //=> true */
export const ConventionsSchema: Schema<Conventions> = as(inferred.ConventionsSchema);

/**
 * The whole record as one document: the shape of `@csto/core/data.json`, whose JSON Schema is
 * `@csto/core/data.schema.json`. Its keys are `DATA_AS_OF` and the domains of the manifest, in order.
 *
 * @example
 * DataSchema.parse(dataset()).DATA_AS_OF; //=> '2026-01-20'
 */
export const DataSchema: NeedsZod<z.ZodType<Dataset> & { readonly shape: Record<string, z.ZodType> }> =
  inferred.DataSchema as unknown as NeedsZod<z.ZodType<Dataset> & { readonly shape: Record<string, z.ZodType> }>;
