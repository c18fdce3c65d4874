import { toIsoDate } from './dates.js';
import { deepFreeze } from './internal/_freeze.js';
import { isKeyOf, toKeyOf } from './internal/_keys.js';
import { lazyList, lazyRecord, once } from './internal/_lazy.js';
import { forcesRecords, operationsRecords } from './internal/_records.js';
import type { IsoDate } from './model/common.js';
import type { CollectiveForce, ForceOperation } from './model/force.js';
import type { ForceId } from './model/ids.generated.js';

export type { CollectiveForce, ForceEvent, ForceOperation } from './model/force.js';
export type { ForceId } from './model/ids.generated.js';

const loadForces = /*#__PURE__*/ once(() => deepFreeze(forcesRecords()));
const loadOperations = /*#__PURE__*/ once(() => deepFreeze(operationsRecords()));

/**
 * The organisation's collective forces, keyed by id, in order of establishment. Deeply frozen.
 *
 * @example
 * forces['crdf-central-asia'].established; //=> '2001-05-25'
 */
export const forces: Readonly<Record<ForceId, CollectiveForce>> = /*#__PURE__*/ lazyRecord(loadForces);

/**
 * Every operation of the collective forces, oldest first. Deeply frozen.
 *
 * @example
 * operations[0]?.decided; //=> '2022-01-06'
 */
export const operations: readonly ForceOperation[] = /*#__PURE__*/ lazyList(loadOperations);

/**
 * Tells whether a value is a {@link ForceId}.
 *
 * @example
 * isForceId('crrf'); //=> true
 */
export function isForceId(value: unknown): value is ForceId {
  return isKeyOf(loadForces(), value);
}

/**
 * Looks up a collective force by id, or throws {@link CstoError} `UNKNOWN_FORCE` listing the ids.
 *
 * @example
 * getForce('crrf').abbreviation?.ru; //=> 'КСОР'
 */
export function getForce(id: ForceId): CollectiveForce {
  const all = loadForces();
  const key = toKeyOf(
    all,
    id,
    'UNKNOWN_FORCE',
    (shown) => `Unknown force ${shown}: expected one of ${Object.keys(all).join(', ')}.`,
  );
  return all[key];
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
  return loadOperations().filter((o) => o.deployed <= day && (o.withdrawn === undefined || day <= o.withdrawn));
}
