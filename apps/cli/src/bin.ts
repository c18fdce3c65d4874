import { fstatSync, statSync, writeSync } from 'node:fs';
import { main } from './main.js';

/** A failure to write the output: the environment's (a full disk, a closed terminal), not the program's. */
class WriteError extends Error {}

/**
 * Writes everything to a file descriptor synchronously (no stream is set up, which keeps start-up
 * short). A closed pipe (`csto timeline | head`) ends the output quietly; any other failure is a
 * {@link WriteError}.
 */
function write(fd: number, text: string): boolean {
  let buffer = Buffer.from(text);
  while (buffer.length > 0) {
    try {
      buffer = buffer.subarray(writeSync(fd, buffer));
    } catch (error) {
      const code = error instanceof Error && 'code' in error ? String(error.code) : 'unknown';
      if (code === 'EAGAIN') continue;
      if (code === 'EPIPE') return false;
      throw new WriteError(`cannot write to ${fd === 1 ? 'standard output' : 'standard error'} (${code})`);
    }
  }
  return true;
}

let tty: typeof import('node:tty') | undefined;

/**
 * Whether standard output is a terminal. `node:tty` loads Node's whole networking stack, so it is
 * required only when the output is a character device other than /dev/null (a terminal, then), never
 * for a pipe, a file or /dev/null.
 */
function isTty(): boolean {
  try {
    const out = fstatSync(1);
    if (!out.isCharacterDevice()) return false;
    if (statSync('/dev/null', { throwIfNoEntry: false })?.rdev === out.rdev) return false;
    tty ??= require('node:tty') as typeof import('node:tty');
    return tty.isatty(1);
  } catch {
    return false;
  }
}

/** The terminal's width (asked only on a terminal). */
function columns(): number | undefined {
  return process.stdout.columns;
}

try {
  const result = main(process.argv.slice(2), { env: process.env, isTty, columns });
  if (result.stdout && !write(1, result.stdout)) process.exitCode = 0;
  else process.exitCode = result.code;
  if (result.stderr) write(2, result.stderr);
} catch (error) {
  const environment = error instanceof WriteError;
  const message = error instanceof Error ? error.message : String(error);
  try {
    write(2, `csto: ${environment ? `environment failure: ${message}` : `internal error: ${message}`}\n`);
  } catch {
    // Standard error is gone too: the exit code is all that is left.
  }
  process.exitCode = 1;
}
