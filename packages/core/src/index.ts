/**
 * `@csto/core`: typed, sourced, date-aware data on the Collective Security Treaty Organization.
 *
 * @example
 * import { isMember, membersOn, presidencyIn } from '@csto/core';
 * isMember('UZ', '2010-01-01'); //=> true
 * membersOn('2021-04-27'); //=> ['AM', 'BY', 'KG', 'KZ', 'RU', 'TJ']
 * presidencyIn(2021)?.state; //=> 'TJ'
 *
 * @packageDocumentation
 */
export type { Anniversary } from './anniversaries.js';
export { anniversariesIn } from './anniversaries.js';
export type { Body, BodyId, BodyKind } from './bodies.js';
export { bodies, getBody, isBodyId } from './bodies.js';
export type { BoundaryWindow, Chairmanship, Handover } from './chairmanships.js';
export { chairmanships, chairOn, presidencyIn } from './chairmanships.js';
export { DATA_AS_OF } from './data-as-of.js';
export { isIsoDate, MAX_YEAR, MIN_YEAR, precisionOf, todayUtc, toIsoDate, toYear, yearOf } from './dates.js';
export type { CstoErrorCode } from './errors.js';
export { CstoError, isCstoError } from './errors.js';
export type { CollectiveForce, ForceEvent, ForceId, ForceOperation } from './forces.js';
export { forces, getForce, isForceId, operations, operationsOn } from './forces.js';
export { isFormalStatus, isMember, membershipOn, membersOn, statusOn } from './membership.js';
export type { Milestone, MilestoneId, MilestoneKind } from './milestones.js';
export { milestones } from './milestones.js';
export type { OpenQuestion, OpenQuestionDomain } from './open-questions.js';
export { openQuestions } from './open-questions.js';
export type { Organization } from './organization.js';
export { organization } from './organization.js';
export type { SecretaryGeneralTerm } from './secretaries-general.js';
export { secretariesGeneral, secretaryGeneralOn } from './secretaries-general.js';
export type { AgendaItem, Session, SessionFormat, SessionId, SessionKind, SessionQuery } from './sessions.js';
export { getSession, sessions, sessionsIn } from './sessions.js';
export type { SourceId } from './sources.js';
export { getSource, sources } from './sources.js';
export type { StateCode } from './state-codes.js';
export { isStateCode, stateCodes, toStateCode } from './state-codes.js';
export type { MembershipPeriod, MembershipStatus, State } from './states.js';
export { getState, states } from './states.js';
export type {
  DatePrecision,
  IsoDate,
  Language,
  LocalizedText,
  PartialDate,
  PartiallyLocalizedText,
  Person,
  RecordedConflict,
  Source,
} from './types.js';
