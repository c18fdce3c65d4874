import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as workspaceCore from '@csto/core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { cjsDomainProbe, cjsProbe, esmDomainProbe, esmProbe, expectedProbe } from './_probe.js';

const { full, bare } = inject('consumers');

function node(cwd: string, file: string, source: string): string {
  writeFileSync(join(cwd, file), source);
  return execFileSync(process.execPath, [file], { cwd, encoding: 'utf8' });
}

const expected = expectedProbe(workspaceCore);

beforeAll(() => {
  // The oracle is the workspace build; make sure it is not vacuous.
  expect(workspaceCore.membersOn('2021-04-27').length).toBeGreaterThan(0);
});

describe('the installed @csto/core tarball in Node', () => {
  it('answers through an ES module import exactly as the workspace build does', () => {
    expect(JSON.parse(node(full, 'probe.mjs', esmProbe))).toEqual(expected);
  });

  it('answers through CommonJS require exactly as the workspace build does', () => {
    expect(JSON.parse(node(full, 'probe.cjs', cjsProbe))).toEqual(expected);
  });

  it('ships the citations index and answers citationsOf and searchRecord from it as the workspace does', () => {
    const source = 'kazinform-2021-04-23';
    const expectedClaims = JSON.parse(JSON.stringify(workspaceCore.citationsOf(source)));
    expect(expectedClaims.length).toBeGreaterThan(10);
    const esm = `import { citationsOf, searchRecord } from '@csto/core/sources';
console.log(JSON.stringify([citationsOf('${source}'), searchRecord('Душанбе').length]));`;
    const cjs = `const { citationsOf, searchRecord } = require('@csto/core');
console.log(JSON.stringify([citationsOf('${source}'), searchRecord('Душанбе').length]));`;
    const hits = workspaceCore.searchRecord('Душанбе').length;
    expect(JSON.parse(node(full, 'cited.mjs', esm))).toEqual([expectedClaims, hits]);
    expect(JSON.parse(node(full, 'cited.cjs', cjs))).toEqual([expectedClaims, hits]);
  });

  it('answers the same through the domain entries (@csto/core/states, …), as ESM and CommonJS', () => {
    expect(JSON.parse(node(full, 'domains.mjs', esmDomainProbe))).toEqual(expected);
    expect(JSON.parse(node(full, 'domains.cjs', cjsDomainProbe))).toEqual(expected);
  });

  it('loads its main entry with no zod installed, both as ESM and CommonJS', () => {
    expect(() =>
      execFileSync(process.execPath, ['-e', "require.resolve('zod')"], { cwd: bare, stdio: 'pipe' }),
    ).toThrow();
    expect(JSON.parse(node(bare, 'probe.mjs', esmProbe))).toEqual(expected);
    expect(JSON.parse(node(bare, 'probe.cjs', cjsProbe))).toEqual(expected);
  });

  it('validates every state with the zod schema from @csto/core/schema through import', () => {
    const out = node(
      full,
      'schema.mjs',
      `import { states, stateCodes } from '@csto/core';
import { StateSchema } from '@csto/core/schema';
const failures = stateCodes.filter((code) => !StateSchema.safeParse(states[code]).success);
const rejectsJunk = !StateSchema.safeParse({ code: 'TJ' }).success;
console.log(JSON.stringify({ checked: stateCodes.length, failures, rejectsJunk }));
`,
    );
    expect(JSON.parse(out)).toEqual({ checked: workspaceCore.stateCodes.length, failures: [], rejectsJunk: true });
  });

  it('validates every state with the zod schema from @csto/core/schema through require', () => {
    const out = node(
      full,
      'schema.cjs',
      `const { states, stateCodes } = require('@csto/core');
const { StateSchema } = require('@csto/core/schema');
const failures = stateCodes.filter((code) => !StateSchema.safeParse(states[code]).success);
const rejectsJunk = !StateSchema.safeParse({ code: 'TJ' }).success;
console.log(JSON.stringify({ checked: stateCodes.length, failures, rejectsJunk }));
`,
    );
    expect(JSON.parse(out)).toEqual({ checked: workspaceCore.stateCodes.length, failures: [], rejectsJunk: true });
  });

  it('shares one module between import and require of the same entry (no dual-package state split in data)', () => {
    const out = node(
      full,
      'dual.mjs',
      `import { createRequire } from 'node:module';
import * as esm from '@csto/core';
const cjs = createRequire(import.meta.url)('@csto/core');
console.log(JSON.stringify({ sameKeys: Object.keys(esm).filter((k) => k !== 'default').sort().join() === Object.keys(cjs).sort().join() }));
`,
    );
    expect(JSON.parse(out)).toEqual({ sameKeys: true });
  });
});
