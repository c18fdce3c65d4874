import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { typecheck } from './_typecheck.js';

const { full } = inject('consumers');

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

describe('TypeScript against the installed tarballs', () => {
  it.concurrent('type-checks ESM and CommonJS use under moduleResolution node16, and rejects a misspelt state code', async () => {
    const diagnostics = await typecheck(
      join(full, 'ts-node16'),
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

  it.concurrent('type-checks use under moduleResolution bundler, and rejects a misspelt state code', async () => {
    const diagnostics = await typecheck(
      join(full, 'ts-bundler'),
      { module: 'preserve', moduleResolution: 'bundler' },
      { 'uses-api.ts': usesTheApi, 'misspelt.ts': misspeltCode },
    );
    expect(diagnostics.filter((d) => d.file !== 'misspelt.ts')).toEqual([]);
    expect(diagnostics).toEqual([
      expect.objectContaining({ file: 'misspelt.ts', code: 'TS2345', text: expect.stringContaining('"UK"') }),
    ]);
  });
});
