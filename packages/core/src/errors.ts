/**
 * What went wrong, as a stable machine-readable code on {@link CstoError}.
 *
 * @example
 * const code: CstoErrorCode = 'INVALID_DATE';
 */
export type CstoErrorCode =
  | 'INVALID_DATE'
  | 'INVALID_YEAR'
  | 'UNKNOWN_STATE'
  | 'AMBIGUOUS_STATE'
  | 'UNKNOWN_BODY'
  | 'UNKNOWN_SESSION'
  | 'UNKNOWN_FORCE'
  | 'UNKNOWN_INSTRUMENT'
  | 'UNKNOWN_SOURCE'
  | 'INVALID_QUERY'
  | 'UNKNOWN_TABLE';

/**
 * The one error type the library throws for bad input. Its `message` says what was wrong and what is
 * accepted; its `code` is stable across releases. Every entry point of a build shares this one class, so
 * an error thrown by `@csto/core/states` is `instanceof` the `CstoError` of `@csto/core`.
 *
 * @example
 * try {
 *   isMember('XX', '2021-01-01');
 * } catch (error) {
 *   if (error instanceof CstoError) console.log(error.code); // prints UNKNOWN_STATE
 * }
 */
export class CstoError extends Error {
  /** A stable code naming the kind of bad input. */
  readonly code: CstoErrorCode;

  constructor(code: CstoErrorCode, message: string) {
    super(message);
    this.name = 'CstoError';
    this.code = code;
  }
}

/**
 * Tells whether a value is a {@link CstoError}, also across copies of the library (a bundled CLI and an
 * installed package, or the `import` and `require` builds loaded side by side), where `instanceof` fails.
 *
 * @example
 * isCstoError(new CstoError('INVALID_YEAR', 'bad year')); //=> true
 * isCstoError(new Error('x')); //=> false
 */
export function isCstoError(value: unknown): value is CstoError {
  return value instanceof CstoError || (value instanceof Error && value.name === 'CstoError' && 'code' in value);
}
