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
  YearMonth,
} from './model/common.js';
import type { Dataset } from './model/dataset.js';
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

/** Publishes an inferred schema under the record type it checks (the type tests prove they agree). */
const as = <T>(schema: z.ZodType): z.ZodType<T> => schema as z.ZodType<T>;

/** A real calendar day, `YYYY-MM-DD`. @example IsoDateSchema.safeParse('2021-02-30').success; //=> false */
export const IsoDateSchema: z.ZodType<IsoDate> = as(inferred.IsoDateSchema);
/** A month, `YYYY-MM`. @example YearMonthSchema.safeParse('2011-13').success; //=> false */
export const YearMonthSchema: z.ZodType<YearMonth> = as(inferred.YearMonthSchema);
/** A date of day, month or year precision. @example PartialDateSchema.parse('2024-02'); //=> '2024-02' */
export const PartialDateSchema: z.ZodType<PartialDate> = as(inferred.PartialDateSchema);
/** A text in English and Russian. @example LocalizedTextSchema.parse({ en: 'Dushanbe', ru: 'Душанбе' }).en; //=> 'Dushanbe' */
export const LocalizedTextSchema: z.ZodType<LocalizedText> = as(inferred.LocalizedTextSchema);
/** A text in English and, where sourced, Russian. @example PartiallyLocalizedTextSchema.parse({ en: 'x' }).en; //=> 'x' */
export const PartiallyLocalizedTextSchema: z.ZodType<PartiallyLocalizedText> = as(
  inferred.PartiallyLocalizedTextSchema,
);
/** A person's name. @example PersonSchema.parse({ name: { en: 'Stanislav Zas', ru: 'Станислав Зась' } }).name.en; //=> 'Stanislav Zas' */
export const PersonSchema: z.ZodType<Person> = as(inferred.PersonSchema);
/** A citation: a source id and its passage. @example CitationSchema.safeParse({ source: 'x', passage: '' }).success; //=> false */
export const CitationSchema: z.ZodType<Citation> = as(inferred.CitationSchema);
/** A source. @example SourceSchema.parse(sources['kazinform-2021-04-23']).publisher; //=> 'Kazinform' */
export const SourceSchema: z.ZodType<Source> = as(inferred.SourceSchema);
/** Sources that disagree. @example RecordedConflictSchema.safeParse({ field: 'from' }).success; //=> false */
export const RecordedConflictSchema: z.ZodType<RecordedConflict> = as(inferred.RecordedConflictSchema);
/** One membership period. @example MembershipPeriodSchema.parse(states.UZ.membership[0]).status; //=> 'member' */
export const MembershipPeriodSchema: z.ZodType<MembershipPeriod> = as(inferred.MembershipPeriodSchema);
/** A state's Wikidata, Correlates of War and Gleditsch–Ward identifiers. @example StateIdentifiersSchema.parse(states.AM.ids).cow; //=> 371 */
export const StateIdentifiersSchema: z.ZodType<StateIdentifiers> = as(inferred.StateIdentifiersSchema);
/** A state ever party to the treaty. @example StateSchema.parse(states.AM).alpha3; //=> 'ARM' */
export const StateSchema: z.ZodType<State> = as(inferred.StateSchema);
/** A milestone. @example MilestoneSchema.parse(milestones['treaty-signed']).date; //=> '1992-05-15' */
export const MilestoneSchema: z.ZodType<Milestone> = as(inferred.MilestoneSchema);
/** A legal instrument. @example InstrumentSchema.parse(instruments.charter).kind; //=> 'charter' */
export const InstrumentSchema: z.ZodType<Instrument> = as(inferred.InstrumentSchema);
/** A political event. @example PoliticalEventSchema.parse(politicalEvents[0]).state; //=> 'BY' */
export const PoliticalEventSchema: z.ZodType<PoliticalEvent> = as(inferred.PoliticalEventSchema);
/** Days within which an uncertain boundary fell. @example BoundaryWindowSchema.parse({ from: '2010-12-10', to: '2011-01-01' }).to; //=> '2011-01-01' */
export const BoundaryWindowSchema: z.ZodType<BoundaryWindow> = as(inferred.BoundaryWindowSchema);
/** A chairmanship. @example ChairmanshipSchema.parse(chairmanships[0]).handover; //=> 'session' */
export const ChairmanshipSchema: z.ZodType<Chairmanship> = as(inferred.ChairmanshipSchema);
/** A Secretary General's term. @example SecretaryGeneralTermSchema.parse(secretariesGeneral[0]).acting; //=> false */
export const SecretaryGeneralTermSchema: z.ZodType<SecretaryGeneralTerm> = as(inferred.SecretaryGeneralTermSchema);
/** A body of the organisation. @example BodySchema.parse(bodies.csc).kind; //=> 'statutory' */
export const BodySchema: z.ZodType<Body> = as(inferred.BodySchema);
/** An agenda item or decision. @example AgendaItemSchema.safeParse({ text: { en: 'x' }, citations: [] }).success; //=> false */
export const AgendaItemSchema: z.ZodType<AgendaItem> = as(inferred.AgendaItemSchema);
/** A document a session adopted. @example SessionDocumentSchema.safeParse({ title: { en: 'x' } }).success; //=> false */
export const SessionDocumentSchema: z.ZodType<SessionDocument> = as(inferred.SessionDocumentSchema);
/** A state absent from a session. @example AbsenceSchema.safeParse({ state: 'AM' }).success; //=> false */
export const AbsenceSchema: z.ZodType<Absence> = as(inferred.AbsenceSchema);
/** A session of a body. @example SessionSchema.parse(sessions[0]).status; //=> 'held' */
export const SessionSchema: z.ZodType<Session> = as(inferred.SessionSchema);
/** A dated fact about a force. @example ForceEventSchema.parse(forces.crrf.events[0]).date; //=> '2009-02-04' */
export const ForceEventSchema: z.ZodType<ForceEvent> = as(inferred.ForceEventSchema);
/** A collective force. @example CollectiveForceSchema.parse(forces.crrf).id; //=> 'crrf' */
export const CollectiveForceSchema: z.ZodType<CollectiveForce> = as(inferred.CollectiveForceSchema);
/** An operation of a collective force. @example ForceOperationSchema.parse(operations[0]).host; //=> 'KZ' */
export const ForceOperationSchema: z.ZodType<ForceOperation> = as(inferred.ForceOperationSchema);
/** An open or declined question. @example OpenQuestionSchema.parse(openQuestions[0]).id.length > 0; //=> true */
export const OpenQuestionSchema: z.ZodType<OpenQuestion> = as(inferred.OpenQuestionSchema);
/** The organisation's names. @example OrganizationSchema.parse(organization).abbreviation.en; //=> 'CSTO' */
export const OrganizationSchema: z.ZodType<Organization> = as(inferred.OrganizationSchema);

/**
 * The whole record as one document: the shape of `@csto/core/data.json`, whose JSON Schema is
 * `@csto/core/data.schema.json`. Its keys are `DATA_AS_OF` and the domains of the manifest, in order.
 *
 * @example
 * DataSchema.parse(dataset()).DATA_AS_OF; //=> '2026-01-20'
 */
export const DataSchema: z.ZodType<Dataset> & { readonly shape: Record<string, z.ZodType> } =
  inferred.DataSchema as unknown as z.ZodType<Dataset> & { readonly shape: Record<string, z.ZodType> };
