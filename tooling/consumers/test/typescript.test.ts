import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const { full } = inject('consumers');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

const usesTheApi = `import { isMember, membersOn, presidencyIn, states, type StateCode } from '@csto/core';
import { StateSchema } from '@csto/core/schema';

const code: StateCode = 'TJ';
export const answers: { member: boolean; members: readonly StateCode[]; chair: StateCode | undefined; name: string } = {
  member: isMember(code, '2021-04-27'),
  members: membersOn('2021-04-27'),
  chair: presidencyIn(2021)?.state,
  name: states.TJ.name.en,
};
export const parsed = StateSchema.parse(states[code]);
`;

// 'UK' is not, and never was, a party to the treaty: the literal union must reject it.
const misspeltCode = `import { isMember } from '@csto/core';

export const wrong = isMember('UK', '2021-04-27');
`;

interface Diagnostic {
  file: string;
  code: string;
  text: string;
}

/** Type-checks a folder of files against the installed tarballs; returns tsc's diagnostics. */
function typecheck(
  name: string,
  compilerOptions: Record<string, unknown>,
  files: Record<string, string>,
): Diagnostic[] {
  const dir = join(full, name);
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
    output = execFileSync(process.execPath, [tsc, '-p', 'tsconfig.json', '--pretty', 'false'], {
      cwd: dir,
      encoding: 'utf8',
    });
  } catch (error) {
    output = (error as { stdout: string }).stdout;
  }
  return output
    .split('\n')
    .map((line) => /^(.+?)\(\d+,\d+\): error (TS\d+): (.*)$/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map(([, file, code, text]) => ({ file: file!, code: code!, text: text! }));
}

describe('TypeScript against the installed tarballs', () => {
  it('type-checks ESM and CommonJS use under moduleResolution node16, and rejects a misspelt state code', () => {
    const diagnostics = typecheck(
      'ts-node16',
      { module: 'node16', moduleResolution: 'node16' },
      {
        'uses-api.mts': usesTheApi,
        'uses-api.cts': usesTheApi
          .replace(', type StateCode', '')
          .replace("from '@csto/core';", "from '@csto/core';\nimport type { StateCode } from '@csto/core';"),
        'misspelt.mts': misspeltCode,
      },
    );
    expect(diagnostics.filter((d) => d.file !== 'misspelt.mts')).toEqual([]);
    expect(diagnostics).toEqual([
      expect.objectContaining({ file: 'misspelt.mts', code: 'TS2345', text: expect.stringContaining('"UK"') }),
    ]);
  });

  it('type-checks use under moduleResolution bundler, and rejects a misspelt state code', () => {
    const diagnostics = typecheck(
      'ts-bundler',
      { module: 'preserve', moduleResolution: 'bundler' },
      { 'uses-api.ts': usesTheApi, 'misspelt.ts': misspeltCode },
    );
    expect(diagnostics.filter((d) => d.file !== 'misspelt.ts')).toEqual([]);
    expect(diagnostics).toEqual([
      expect.objectContaining({ file: 'misspelt.ts', code: 'TS2345', text: expect.stringContaining('"UK"') }),
    ]);
  });
});
