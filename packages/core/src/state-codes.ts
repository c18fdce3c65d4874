import { membershipTimeline } from './data/membership.js';
import { CstoError } from './errors.js';
import { isKeyOf, toKeyOf } from './internal/_keys.js';

/**
 * ISO 3166-1 alpha-2 code of a state that has ever been party to the Collective Security Treaty.
 * The union comes from the data itself, so a misspelt code does not compile.
 *
 * @example
 * const code: StateCode = 'TJ';
 */
export type StateCode = keyof typeof membershipTimeline;

/**
 * The codes of every state ever party to the treaty, sorted.
 *
 * @example
 * stateCodes.includes('BY'); //=> true
 */
export const stateCodes: readonly StateCode[] = /*#__PURE__*/ Object.freeze(
  (Object.keys(membershipTimeline) as StateCode[]).sort(),
);

/**
 * Tells whether a value is the code of a state ever party to the treaty.
 *
 * @example
 * isStateCode('AM'); //=> true
 * isStateCode('am'); //=> false
 */
export function isStateCode(value: unknown): value is StateCode {
  return isKeyOf(membershipTimeline, value);
}

/**
 * Checks a state code argument, or throws {@link CstoError} `UNKNOWN_STATE` listing the accepted codes.
 *
 * @example
 * toStateCode('KZ'); //=> 'KZ'
 */
export function toStateCode(value: unknown): StateCode {
  return toKeyOf(
    membershipTimeline,
    value,
    'UNKNOWN_STATE',
    (shown) =>
      `Unknown state ${shown}: expected an ISO 3166-1 alpha-2 code of a state ever party to the treaty (${stateCodes.join(', ')}).`,
  );
}
