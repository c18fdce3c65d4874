import { fstatSync, writeSync } from 'node:fs';
import { main } from './main.js';

/**
 * Writes everything to a file descriptor synchronously (no stream is set up, which keeps start-up
 * short). A closed pipe (`csto timeline | head`) ends the output quietly.
 */
function write(fd: number, text: string): boolean {
  let buffer = Buffer.from(text);
  while (buffer.length > 0) {
    try {
      buffer = buffer.subarray(writeSync(fd, buffer));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') continue;
      if (code === 'EPIPE') return false;
      throw error;
    }
  }
  return true;
}

/**
 * Whether standard output is a terminal. `node:tty` loads Node's whole networking stack, so it is
 * required only when the output is a character device (a terminal, or /dev/null), never for a pipe
 * or a file.
 */
function isTty(): boolean {
  try {
    return fstatSync(1).isCharacterDevice() && (require('node:tty') as typeof import('node:tty')).isatty(1);
  } catch {
    return false;
  }
}

try {
  const result = main(process.argv.slice(2), { env: process.env, isTty });
  if (result.stdout && !write(1, result.stdout)) process.exitCode = 0;
  else process.exitCode = result.code;
  if (result.stderr) write(2, result.stderr);
} catch (error) {
  write(2, `csto: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
