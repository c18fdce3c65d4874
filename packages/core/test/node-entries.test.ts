// Node's builds compile the whole API, the schemas and the tables; every other entry re-exports its names from
// the whole API's module (scripts/build-entries.mjs). Turbo runs the build before the tests.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const root = new URL('../', import.meta.url);
const require = createRequire(import.meta.url);
const { exports } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as {
  exports: Record<
    string,
    { module?: { default: string }; import?: { default: string }; require?: { default: string } }
  >;
};
const reExported = Object.entries(exports).filter(
  ([subpath, conditions]) => conditions.import !== undefined && !['.', './schema', './tables'].includes(subpath),
);

describe("Node's builds: one module for the whole API", () => {
  it('gives every other entry the names of its module build, each the very value of the whole API', async () => {
    expect(reExported.map(([subpath]) => subpath)).toContain('./sessions');
    const esm = await import(new URL('dist/index.js', root).href);
    const cjs = require('../dist/index.cjs');
    for (const [subpath, conditions] of reExported) {
      const names = Object.keys(await import(new URL(conditions.module!.default, root).href)).sort();
      const fromEsm = await import(new URL(conditions.import!.default, root).href);
      const fromCjs = require(`../${conditions.require!.default}`);
      expect(Object.keys(fromEsm).sort(), subpath).toEqual(names);
      expect(Object.keys(fromCjs).sort(), subpath).toEqual(names);
      for (const name of names) {
        expect(fromEsm[name], `${subpath} ${name}`).toBe(esm[name]);
        expect(fromCjs[name], `${subpath} ${name}`).toBe(cjs[name]);
      }
    }
  });

  it('loads the whole API from a few files, not a chunk per shared module', () => {
    const files = JSON.parse(
      execFileSync(
        process.execPath,
        ['-e', "require('./dist/index.cjs'); console.log(JSON.stringify(Object.keys(require.cache)))"],
        { cwd: new URL('.', root), encoding: 'utf8' },
      ),
    ) as string[];
    expect(files.length).toBeGreaterThan(0);
    expect(files.length).toBeLessThanOrEqual(4);
  });
});
