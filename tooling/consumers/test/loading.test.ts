// Core 0.2's loading, proved from the packed tarball: one copy of each module per build (so one CstoError
// class across entry points), each domain read from its own file on first use, and datasetJson equal to
// data.json.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const { bare } = inject('consumers');

function node(file: string, source: string): unknown {
  writeFileSync(join(bare, file), source);
  return JSON.parse(
    execFileSync(process.execPath, [file], { cwd: bare, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }),
  );
}

describe('core 0.2 loading, from the installed tarball', () => {
  it('throws one CstoError class from every entry point, through import', () => {
    expect(
      node(
        'one-class.mjs',
        `import { CstoError } from '@csto/core';
import { getState } from '@csto/core/states';
import { getSession } from '@csto/core/sessions';
const caught = (f) => { try { f(); } catch (e) { return e; } };
console.log(JSON.stringify([caught(() => getState('XX')) instanceof CstoError, caught(() => getSession('x')) instanceof CstoError]));`,
      ),
    ).toEqual([true, true]);
  });

  it('throws one CstoError class from every entry point, through require', () => {
    expect(
      node(
        'one-class.cjs',
        `const { CstoError } = require('@csto/core');
const { getState } = require('@csto/core/states');
try { getState('XX'); } catch (e) { console.log(JSON.stringify(e instanceof CstoError)); }`,
      ),
    ).toBe(true);
  });

  it('reads the record from data.json on first use, and hands out exactly its contents', () => {
    const file = readFileSync(join(bare, 'node_modules/@csto/core/dist/data.json'), 'utf8');
    const out = node(
      'dataset.mjs',
      `import { datasetJson, sessions, getSource } from '@csto/core';
const citation = sessions[0].citations[0];
console.log(JSON.stringify({ json: datasetJson(), passage: citation.passage, source: getSource(citation.source).id }));`,
    ) as { json: string; passage: string; source: string };
    expect(out.json).toBe(file);
    expect(out.passage.length).toBeGreaterThan(10);
    expect(out.source).toBe(JSON.parse(file).sessions[0].citations[0].source);
  });

  it('reads each domain from its own file on first use: chairOn parses the chairmanships, not the sessions', () => {
    const domains = readdirSync(join(bare, 'node_modules/@csto/core/dist/data')).sort();
    expect(domains).toContain('sessions.json');
    const read = node(
      'lazy.cjs',
      `const fs = require('node:fs');
const files = [];
const readFileSync = fs.readFileSync;
fs.readFileSync = (path, ...rest) => {
  if (/[\\/]data[\\/][^\\/]+\\.json$/.test(String(path))) files.push(String(path).split('/').slice(-2).join('/'));
  return readFileSync(path, ...rest);
};
const { chairOn } = require('@csto/core');
const before = files.length;
chairOn('2021-10-01');
console.log(JSON.stringify({ before, after: files }));`,
    ) as { before: number; after: string[] };
    expect(read.before).toBe(0);
    expect(read.after).toEqual(['data/chairmanships.json']);
  });
});
