/** Bad usage of the command line (exit code 2). The message is one line: what was wrong, what is accepted. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
