import type { Body } from './body.js';
import type { Chairmanship } from './chairmanship.js';
import type { IsoDate } from './common.js';
import type { CollectiveForce, ForceOperation } from './force.js';
import type { BodyId, ForceId, InstrumentId, MilestoneId, SourceId, StateCode } from './ids.generated.js';
import type { Instrument } from './instrument.js';
import type { Milestone } from './milestone.js';
import type { OpenQuestion } from './open-question.js';
import type { Organization } from './organization.js';
import type { PoliticalEvent } from './political-event.js';
import type { SecretaryGeneralTerm } from './secretary-general.js';
import type { Session } from './session.js';
import type { Source } from './source.js';
import type { State } from './state.js';

/**
 * The whole record as one document: the shape of `dist/data.json`, of `csto export --format json`, and
 * of what `dataset()` returns. Its keys (but `DATA_AS_OF`) are the data domains of `domains`.
 *
 * @example
 * const asOf: Dataset['DATA_AS_OF'] = '2026-01-20';
 */
export interface Dataset {
  /** The day up to which the data was checked against its sources. */
  readonly DATA_AS_OF: IsoDate;
  readonly organization: Organization;
  readonly states: Readonly<Record<StateCode, State>>;
  readonly politicalEvents: readonly PoliticalEvent[];
  readonly milestones: Readonly<Record<MilestoneId, Milestone>>;
  readonly instruments: Readonly<Record<InstrumentId, Instrument>>;
  readonly chairmanships: readonly Chairmanship[];
  readonly secretariesGeneral: readonly SecretaryGeneralTerm[];
  readonly bodies: Readonly<Record<BodyId, Body>>;
  readonly sessions: readonly Session[];
  readonly forces: Readonly<Record<ForceId, CollectiveForce>>;
  readonly operations: readonly ForceOperation[];
  readonly sources: Readonly<Record<SourceId, Source>>;
  readonly openQuestions: readonly OpenQuestion[];
}

/**
 * The name of a data domain: a key of {@link Dataset} other than `DATA_AS_OF`.
 *
 * @example
 * const domain: DomainName = 'secretariesGeneral';
 */
export type DomainName = Exclude<keyof Dataset, 'DATA_AS_OF'>;
