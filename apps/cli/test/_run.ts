import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The built binary, as published. */
export const BIN = fileURLToPath(new URL('../dist/csto.cjs', import.meta.url));

/** What one run of the binary printed and how it ended. */
export interface Run {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: number | null;
}

/** Runs the built binary as a real process, with colours not forced in any way. */
export function csto(args: readonly string[], env: Record<string, string> = {}): Run {
  const { NO_COLOR: _, FORCE_COLOR: __, ...rest } = process.env;
  // The whole dataset is over spawnSync's default 1 MiB of output.
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...rest, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { stdout: result.stdout, stderr: result.stderr, code: result.status };
}

/** Runs the binary, expects success and returns its standard output. */
export function ok(args: readonly string[]): string {
  const run = csto(args);
  if (run.code !== 0 || run.stderr !== '') {
    throw new Error(`csto ${args.join(' ')} exited with ${run.code}: ${run.stderr}`);
  }
  return run.stdout;
}

/** Runs the binary with --json and parses the output. */
export function json(args: readonly string[]): unknown {
  return JSON.parse(ok([...args, '--json']));
}

/** The lines of a text output that are wider than 80 columns, URLs on their own line excepted. */
export function wideLines(text: string): string[] {
  return text.split('\n').filter((line) => line.length > 80 && !/^\s*https?:\/\/\S+$/.test(line));
}
