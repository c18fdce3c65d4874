import { forceData, operationData } from './data/forces.js';
import { toIsoDate } from './dates.js';
import { CstoError } from './errors.js';
import { deepFreeze } from './internal/_freeze.js';
import { isKeyOf, toKeyOf } from './internal/_keys.js';
import type { SourceId } from './sources.js';
import type { StateCode } from './state-codes.js';
import type { IsoDate, LocalizedText, PartialDate, PartiallyLocalizedText, RecordedConflict } from './types.js';

/**
 * The id of a collective force in {@link forces}.
 *
 * @example
 * const id: ForceId = 'crrf';
 */
export type ForceId = keyof typeof forceData;

/**
 * A dated fact in the life of a force or an operation, as precisely as its source dates it.
 *
 * @example
 * forces.crrf.events[0]?.date; //=> '2009-02-04'
 */
export interface ForceEvent {
  readonly date: PartialDate;
  readonly text: PartiallyLocalizedText;
  readonly sources: readonly SourceId[];
}

/**
 * A standing collective force of the organisation.
 *
 * @example
 * forces.cpf.name.en; //=> 'Collective Peacekeeping Forces'
 */
export interface CollectiveForce {
  readonly id: ForceId;
  readonly name: LocalizedText;
  /** The usual abbreviation, where the sources use one. */
  readonly abbreviation?: PartiallyLocalizedText;
  /** The day of the founding decision or agreement. */
  readonly established: PartialDate;
  /** The founding decision or agreement. */
  readonly basis: string;
  /** Dated facts about the force, oldest first. */
  readonly events: readonly ForceEvent[];
  readonly note?: string;
  readonly sources: readonly SourceId[];
  readonly conflicts?: readonly RecordedConflict[];
}

/**
 * A deployment of a collective force. Every day is inclusive: the force was in the host state from
 * `deployed` to `withdrawn`, both days included.
 *
 * @example
 * operations[0]?.contributors; //=> ['AM', 'BY', 'KG', 'RU', 'TJ']
 */
export interface ForceOperation {
  readonly id: string;
  readonly force: ForceId;
  readonly name: PartiallyLocalizedText;
  /** The state the force was sent to. */
  readonly host: StateCode;
  /** The day the host state asked for help. */
  readonly requested?: IsoDate;
  /** The day of the Collective Security Council's decision. */
  readonly decided: IsoDate;
  /** The day the first units arrived. */
  readonly deployed: IsoDate;
  /** The day the withdrawal began. */
  readonly withdrawalBegan?: IsoDate;
  /** The last day of the withdrawal. */
  readonly withdrawn?: IsoDate;
  /** The states that sent contingents, in code order. */
  readonly contributors: readonly StateCode[];
  readonly events: readonly ForceEvent[];
  readonly note?: string;
  readonly sources: readonly SourceId[];
  readonly conflicts?: readonly RecordedConflict[];
}

/**
 * The organisation's collective forces, keyed by id, in order of establishment. Deeply frozen.
 *
 * @example
 * forces['crdf-central-asia'].established; //=> '2001-05-25'
 */
export const forces: Readonly<Record<ForceId, CollectiveForce>> = /*#__PURE__*/ deepFreeze(forceData);

/**
 * Every operation of the collective forces, oldest first. Deeply frozen.
 *
 * @example
 * operations[0]?.decided; //=> '2022-01-06'
 */
export const operations: readonly ForceOperation[] = /*#__PURE__*/ deepFreeze(operationData);

/**
 * Tells whether a value is a {@link ForceId}.
 *
 * @example
 * isForceId('crrf'); //=> true
 */
export function isForceId(value: unknown): value is ForceId {
  return isKeyOf(forceData, value);
}

/**
 * Looks up a collective force by id, or throws {@link CstoError} `UNKNOWN_FORCE` listing the ids.
 *
 * @example
 * getForce('crrf').abbreviation?.ru; //=> 'КСОР'
 */
export function getForce(id: ForceId): CollectiveForce {
  const key = toKeyOf(
    forceData,
    id,
    'UNKNOWN_FORCE',
    (shown) => `Unknown force ${shown}: expected one of ${Object.keys(forceData).join(', ')}.`,
  );
  return forces[key];
}

/**
 * The operations under way on a day: deployed on or before it and not yet withdrawn (the last day of
 * the withdrawal included).
 *
 * @param on - the day, `YYYY-MM-DD`; today (UTC) when omitted
 * @throws {CstoError} `INVALID_DATE`
 * @example
 * operationsOn('2022-01-10').map((o) => o.host); //=> ['KZ']
 */
export function operationsOn(on?: IsoDate): ForceOperation[] {
  const day = toIsoDate(on);
  return operations.filter((o) => o.deployed <= day && (o.withdrawn === undefined || day <= o.withdrawn));
}
