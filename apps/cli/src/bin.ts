import { writeSync } from 'node:fs';
import { isatty } from 'node:tty';
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

try {
  const result = main(process.argv.slice(2), { env: process.env, isTty: isatty(1) });
  if (result.stdout && !write(1, result.stdout)) process.exitCode = 0;
  else process.exitCode = result.code;
  if (result.stderr) write(2, result.stderr);
} catch (error) {
  write(2, `csto: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
