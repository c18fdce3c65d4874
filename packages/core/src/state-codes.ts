import { CstoError } from './errors.js';
import { describe } from './internal/_describe.js';
import { isKeyOf } from './internal/_keys.js';
import { lazyList } from './internal/_lazy.js';
import { timelineRecords } from './internal/_records.js';
import type { StateCode } from './model/ids.generated.js';

export type { StateCode } from './model/ids.generated.js';

/**
 * The codes of every state ever party to the treaty, sorted. Frozen.
 *
 * @example
 * stateCodes.includes('BY'); //=> true
 */
export const stateCodes: readonly StateCode[] = /*#__PURE__*/ lazyList(() => listStateCodes());

/** The sorted codes, computed once (the helpers use this rather than the `stateCodes` view). */
export function listStateCodes(): readonly StateCode[] {
  if (codes === undefined) codes = Object.freeze(Object.keys(timelineRecords()).sort() as StateCode[]);
  return codes;
}

let codes: readonly StateCode[] | undefined;

/**
 * Tells whether a value is the code of a state ever party to the treaty.
 *
 * @example
 * isStateCode('AM'); //=> true
 * isStateCode('am'); //=> false
 */
export function isStateCode(value: unknown): value is StateCode {
  return isKeyOf(timelineRecords(), value);
}

/**
 * Checks a state code argument, or throws {@link CstoError} `UNKNOWN_STATE` listing the accepted codes.
 * To accept names and other codes as people type them, use `resolveState`.
 *
 * @example
 * toStateCode('KZ'); //=> 'KZ'
 */
export function toStateCode(value: unknown): StateCode {
  if (isStateCode(value)) return value;
  throw new CstoError(
    'UNKNOWN_STATE',
    `Unknown state ${describe(value)}: expected an ISO 3166-1 alpha-2 code of a state ever party to the treaty (${listStateCodes().join(', ')}).`,
  );
}
