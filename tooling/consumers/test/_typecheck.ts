import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const execFileAsync = promisify(execFile);

export interface Diagnostic {
  file: string;
  code: string;
  text: string;
}

/**
 * Writes `files` and a tsconfig.json into `dir` (a folder inside a consumer project, so that the installed
 * tarballs resolve), type-checks them with the workspace's TypeScript and resolves to tsc's diagnostics. It does
 * not block, so that several checks can run at once (`it.concurrent`).
 */
export async function typecheck(
  dir: string,
  compilerOptions: Record<string, unknown>,
  files: Record<string, string>,
): Promise<Diagnostic[]> {
  mkdirSync(dir, { recursive: true });
  for (const [file, source] of Object.entries(files)) writeFileSync(join(dir, file), source);
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        types: [],
        target: 'ES2022',
        ...compilerOptions,
      },
      files: Object.keys(files),
    }),
  );
  let output = '';
  try {
    ({ stdout: output } = await execFileAsync(process.execPath, [tsc, '-p', 'tsconfig.json', '--pretty', 'false'], {
      cwd: dir,
      encoding: 'utf8',
    }));
  } catch (error) {
    output = (error as { stdout: string }).stdout;
  }
  return output
    .split('\n')
    .map((line) => /^(.+?)\(\d+,\d+\): error (TS\d+): (.*)$/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map(([, file, code, text]) => ({ file: file!, code: code!, text: text! }));
}
