// @csto/core/schema beside each zod its peer range accepts, installed by npm in the order of a user who already has
// zod (zod first, the tarball after), and with no zod at all.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import * as workspaceCore from '@csto/core';
import { build } from 'esbuild';
import { describe, expect, inject, it } from 'vitest';
import { expectedSchemaProbe, MISSING_ZOD, schemaProbe } from './_probe.js';
import { PEER_ZODS } from './_setup.js';
import { typecheck } from './_typecheck.js';

const { bare, zod } = inject('consumers');

function node(cwd: string, file: string, source: string) {
  writeFileSync(join(cwd, file), source);
  return spawnSync(process.execPath, [file], { cwd, encoding: 'utf8' });
}

const usesTheSchemas = `import { states } from '@csto/core';
import { DataSchema, StateSchema } from '@csto/core/schema';

export const name: string = StateSchema.parse(states.TJ).name.en;
export const dataAsOf: string = DataSchema.parse({}).DATA_AS_OF;
// @ts-expect-error: a parsed name is a string; were the schemas \`any\`, this line would be an unused directive.
export const wrong: number = StateSchema.parse(states.TJ).name.en;
`;

describe.each(zod)('@csto/core installed by npm into a project that has zod $zod', (project) => {
  it('installs with no ERESOLVE or peer warning, and leaves that zod in place', () => {
    expect(project.install.output).not.toMatch(/ERESOLVE|peer/i);
    expect(project.install.status, project.install.output).toBe(0);
    const installed = JSON.parse(readFileSync(join(project.dir, 'node_modules/zod/package.json'), 'utf8'));
    expect(installed.version).toBe(project.zod);
  });

  it('validates the whole of data.json with that zod through @csto/core/schema, by import and by require', () => {
    for (const [file, source] of [
      ['schema.mjs', schemaProbe.esm],
      ['schema.cjs', schemaProbe.cjs],
    ] as const) {
      const result = node(project.dir, file, source);
      expect(result.stderr).toBe('');
      expect(JSON.parse(result.stdout)).toEqual(expectedSchemaProbe(workspaceCore, project.zod));
    }
  });
});

// The workspace's zod is type-checked against in typescript.test.ts. The checks run at once: each is a tsc process.
describe('the declarations of @csto/core/schema beside the peer range’s edge releases of zod', () => {
  it.concurrent.each(zod.filter((project) => PEER_ZODS.includes(project.zod)))(
    'type what the schemas parse from the declarations of zod $zod, with which ours agree',
    async (project) => {
      // With skipLibCheck off, so that errors in our declarations show; some zod releases have errors in their own.
      const diagnostics = await typecheck(
        join(project.dir, 'ts'),
        { module: 'preserve', moduleResolution: 'bundler', skipLibCheck: false },
        { 'uses-schemas.ts': usesTheSchemas },
      );
      expect(diagnostics.filter((diagnostic) => !/(?:^|\/)node_modules\/zod\//.test(diagnostic.file))).toEqual([]);
    },
  );
});

describe('@csto/core/schema with no zod installed', () => {
  it.each(['mjs', 'cjs'])(
    'fails to load from a .%s file with a message naming the fix, and a non-zero exit',
    (kind) => {
      const result = node(bare, `schema.${kind}`, kind === 'mjs' ? schemaProbe.esm : schemaProbe.cjs);
      expect(result.status).not.toBe(0);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(`Error: ${MISSING_ZOD}`);
    },
  );

  it('makes using a schema a type error naming the fix, even under skipLibCheck', async () => {
    const diagnostics = await typecheck(
      join(bare, 'ts-no-zod'),
      { module: 'preserve', moduleResolution: 'bundler', skipLibCheck: true },
      {
        'uses-schema.ts': `import { states } from '@csto/core';
import { StateSchema } from '@csto/core/schema';

export const parsed = StateSchema.parse(states.TJ);
`,
      },
    );
    expect(diagnostics).toEqual([
      { file: 'uses-schema.ts', code: 'TS2339', text: `Property 'parse' does not exist on type '"${MISSING_ZOD}"'.` },
    ]);
  });
});

describe('@csto/core/schema in a bundle', () => {
  const project = zod.filter((candidate) => candidate.zod.startsWith('3.')).at(-1)!;

  it('gives bundlers a static import of zod/v4 (no top-level await), so even an IIFE bundle builds and validates', async () => {
    writeFileSync(
      join(project.dir, 'bundle-entry.mjs'),
      `import { states } from '@csto/core';
import { StateSchema } from '@csto/core/schema';
globalThis.valid = StateSchema.safeParse(states.TJ).success && !StateSchema.safeParse({ code: 'TJ' }).success;
`,
    );
    const result = await build({
      absWorkingDir: project.dir,
      entryPoints: ['bundle-entry.mjs'],
      bundle: true,
      platform: 'browser',
      format: 'iife',
      target: 'es2022',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs).toContain('node_modules/@csto/core/dist/module/schema.js');
    // zod comes from the project, not from inside our files.
    expect(inputs.some((input) => input.startsWith('node_modules/zod/'))).toBe(true);
    const context = createContext({});
    runInContext(result.outputFiles[0]!.text, context);
    expect(context.valid).toBe(true);
  });
});
