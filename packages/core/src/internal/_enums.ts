/**
 * The closed lists of values of the record types, as values: the zod schemas (`_schemas.ts`) and the data
 * package's tables (`_tables.ts`) both read them from here. Each is checked against its type in `src/model/`
 * both ways: `satisfies` refuses a value outside the type, and a type test (`test/types.test-d.ts`) a value
 * of the type that the list misses. Plain literals, so that a bundler drops the lists a program does not
 * use, and zod-free, so that the tables need no zod.
 */
import type { BodyKind } from '../model/body.js';
import type { Handover } from '../model/chairmanship.js';
import type { SourceLanguage } from '../model/common.js';
import type { InstrumentKind } from '../model/instrument.js';
import type { MilestoneKind } from '../model/milestone.js';
import type { OpenQuestionDomain } from '../model/open-question.js';
import type { PoliticalEventKind } from '../model/political-event.js';
import type { SessionFormat, SessionKind, SessionStatus } from '../model/session.js';
import type { MembershipStatus } from '../model/state.js';

/** @example SOURCE_LANGUAGES.includes('pl'); // true */
export const SOURCE_LANGUAGES = ['en', 'ru', 'fr', 'pl'] as const satisfies readonly SourceLanguage[];
/** The statuses a membership period can have (not `not-member`, which no period has). @example PERIOD_STATUSES[0]; // 'member' */
export const PERIOD_STATUSES = ['member', 'frozen', 'suspended'] as const satisfies readonly Exclude<
  MembershipStatus,
  'not-member'
>[];
/**
 * Every status a state can have on a day, in the order the panel's day counts list them: a period's
 * statuses, then `not-member`.
 * @example MEMBERSHIP_STATUSES.length; // 4
 */
export const MEMBERSHIP_STATUSES = [...PERIOD_STATUSES, 'not-member'] as const satisfies readonly MembershipStatus[];
/** @example MILESTONE_KINDS.includes('signature'); // true */
export const MILESTONE_KINDS = [
  'signature',
  'entry-into-force',
  'registration',
  'prolongation',
  'decision',
  'status',
] as const satisfies readonly MilestoneKind[];
/** @example INSTRUMENT_KINDS.includes('charter'); // true */
export const INSTRUMENT_KINDS = [
  'treaty',
  'protocol',
  'charter',
  'agreement',
] as const satisfies readonly InstrumentKind[];
/** @example POLITICAL_EVENT_KINDS.includes('boycott'); // true */
export const POLITICAL_EVENT_KINDS = [
  'statement',
  'refusal-to-sign',
  'boycott',
  'funding-stop',
  'absence',
  'suspension-note',
  'other',
] as const satisfies readonly PoliticalEventKind[];
/** @example HANDOVERS; // ['session', 'calendar'] */
export const HANDOVERS = ['session', 'calendar'] as const satisfies readonly Handover[];
/** @example BODY_KINDS.includes('working'); // true */
export const BODY_KINDS = ['statutory', 'working', 'parliamentary'] as const satisfies readonly BodyKind[];
/** @example SESSION_KINDS.includes('informal'); // true */
export const SESSION_KINDS = [
  'regular',
  'extraordinary',
  'informal',
  'jubilee',
] as const satisfies readonly SessionKind[];
/** @example SESSION_STATUSES.includes('cancelled'); // true */
export const SESSION_STATUSES = ['held', 'planned', 'cancelled'] as const satisfies readonly SessionStatus[];
/** @example SESSION_FORMATS.includes('online'); // true */
export const SESSION_FORMATS = ['in-person', 'online', 'hybrid'] as const satisfies readonly SessionFormat[];
/** @example OPEN_QUESTION_DOMAINS.includes('sessions'); // true */
export const OPEN_QUESTION_DOMAINS = [
  'membership',
  'milestones',
  'chairmanships',
  'secretaries-general',
  'bodies',
  'sessions',
  'forces',
] as const satisfies readonly OpenQuestionDomain[];
