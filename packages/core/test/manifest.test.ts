import { readdirSync, readFileSync } from 'node:fs';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import * as root from '../src/index.js';
import { dataset, datasetJson, domainNames, domains } from '../src/index.js';
import * as schema from '../src/schema.js';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const entries = new Set(Object.values(domains).map((d) => d.entry));

describe('the domain manifest', () => {
  it('names every key of the dataset, in order', () => {
    expect(Object.keys(dataset())).toEqual(['DATA_AS_OF', 'conventions', ...domainNames]);
    expect(Object.keys(schema.DataSchema.shape)).toEqual(['DATA_AS_OF', 'conventions', ...domainNames]);
  });

  it('exports every domain from the root and from its own entry point', async () => {
    for (const name of domainNames) {
      expect(root, name).toHaveProperty(name);
      const entry = await import(`../src/entries/${domains[name].entry}.ts`);
      expect(entry[name], `${name} in entries/${domains[name].entry}`).toBe(root[name]);
    }
  });

  it('gives every entry of the manifest a package export, and every entry file one', () => {
    const files = readdirSync(new URL('../src/entries/', import.meta.url)).map((f) => f.replace(/\.ts$/, ''));
    for (const entry of entries) expect(files).toContain(entry);
    for (const file of files) expect(Object.keys(pkg.exports)).toContain(`./${file}`);
  });

  it('writes data.json as datasetJson, which validates with the schema', () => {
    const data = JSON.parse(datasetJson());
    expect(schema.DataSchema.safeParse(data).success).toBe(true);
    expect(Object.keys(data)).toEqual(['DATA_AS_OF', 'conventions', ...domainNames]);
  });
});

describe('collections that load on first use', () => {
  it('behave like the frozen arrays and records they stand for', () => {
    for (const name of domainNames) {
      const collection = root[name] as object;
      expect(Object.isFrozen(collection), name).toBe(true);
      expect(Array.isArray(collection), name).toBe(domains[name].shape === 'list');
      expect(JSON.parse(JSON.stringify(collection)), name).toEqual(JSON.parse(JSON.stringify(dataset()[name])));
      expect(() => {
        (collection as Record<string, unknown>).extra = 1;
      }, name).toThrow(TypeError);
    }
  });

  it('print their contents, not an empty shell', () => {
    expect(inspect(root.sessions, { depth: 0 })).toMatch(/^\[/);
    expect(inspect(root.states, { depth: 0 })).toContain('TJ');
  });

  it('freeze every record deeply, in every domain', () => {
    const unfrozen: string[] = [];
    const walk = (value: unknown, path: string) => {
      if (value === null || typeof value !== 'object') return;
      if (!Object.isFrozen(value)) unfrozen.push(path);
      for (const [key, v] of Object.entries(value)) walk(v, `${path}.${key}`);
    };
    for (const name of domainNames) walk(root[name], name);
    expect(unfrozen).toEqual([]);
  });
});
