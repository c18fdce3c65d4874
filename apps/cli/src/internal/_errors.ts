/**
 * Bad usage of the command line (exit code 2). The message is one line: what was wrong, what is accepted.
 * @example
 * throw new UsageError('unknown command "x": expected one of members, state.');
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
