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
 * The rules for reading the record that its shapes do not show, in words: `data.json` carries them under
 * `conventions`, for readers who never see this package's documentation.
 *
 * @example
 * const rule: Conventions['periods'] = conventions.periods;
 */
export interface Conventions {
  /** How dates are written. */
  readonly dates: string;
  /** Where a period begins and ends: its `from` day inclusive, its `to` day exclusive. */
  readonly periods: string;
  /** Which statuses make a state a formal member: `member` and `frozen`. */
  readonly formalMember: string;
  /** What `DATA_AS_OF` means for answers about later days. */
  readonly dataAsOf: string;
}

/**
 * The whole record as one document: the shape of `dist/data.json`, of `csto export --format json`, and
 * of what `dataset()` returns. Its keys (but `DATA_AS_OF` and `conventions`) are the data domains of `domains`.
 *
 * @example
 * const asOf: Dataset['DATA_AS_OF'] = '2026-01-20';
 */
export interface Dataset {
  /** The day up to which the data was checked against its sources. */
  readonly DATA_AS_OF: IsoDate;
  /** How to read the record: dates, periods, formal membership and `DATA_AS_OF`. */
  readonly conventions: Conventions;
  /** The organisation's names. */
  readonly organization: Organization;
  /** Every state ever party to the treaty, by ISO 3166-1 alpha-2 code. */
  readonly states: Readonly<Record<StateCode, State>>;
  /** Dated events in how members take part, apart from their legal status, oldest first. */
  readonly politicalEvents: readonly PoliticalEvent[];
  /** Dated events in the life of the treaty and the organisation, by id. */
  readonly milestones: Readonly<Record<MilestoneId, Milestone>>;
  /** The treaty, the Charter, agreements and protocols, by id. */
  readonly instruments: Readonly<Record<InstrumentId, Instrument>>;
  /** The chairmanships of the Collective Security Council, oldest first. */
  readonly chairmanships: readonly Chairmanship[];
  /** The terms of office of the Secretaries General, oldest first. */
  readonly secretariesGeneral: readonly SecretaryGeneralTerm[];
  /** The organisation's bodies, by id. */
  readonly bodies: Readonly<Record<BodyId, Body>>;
  /** The sessions of the bodies, oldest first. */
  readonly sessions: readonly Session[];
  /** The standing collective forces, by id. */
  readonly forces: Readonly<Record<ForceId, CollectiveForce>>;
  /** The deployments of collective forces. */
  readonly operations: readonly ForceOperation[];
  /** Every source the citations name, by id. */
  readonly sources: Readonly<Record<SourceId, Source>>;
  /** Facts looked for and not established, or declined, with the reasons. */
  readonly openQuestions: readonly OpenQuestion[];
}

/**
 * The name of a data domain: a key of {@link Dataset} other than `DATA_AS_OF` and `conventions`.
 *
 * @example
 * const domain: DomainName = 'secretariesGeneral';
 */
export type DomainName = Exclude<keyof Dataset, 'DATA_AS_OF' | 'conventions'>;
