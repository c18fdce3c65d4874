import { CstoError, type CstoErrorCode } from '../errors.js';
import { describe } from './_describe.js';

/** Tells whether a value is an own key of a record: never an inherited name such as `"toString"`. */
export function isKeyOf<K extends string>(record: Readonly<Record<K, unknown>>, value: unknown): value is K {
  return typeof value === 'string' && Object.hasOwn(record, value);
}

/**
 * Returns a value that is a key of the record, or throws {@link CstoError} with `code` and the message built
 * from the value as shown to the user (`expected` says what is accepted).
 */
export function toKeyOf<K extends string>(
  record: Readonly<Record<K, unknown>>,
  value: unknown,
  code: CstoErrorCode,
  expected: (shown: string) => string,
): K {
  if (isKeyOf(record, value)) return value;
  throw new CstoError(code, expected(describe(value)));
}
