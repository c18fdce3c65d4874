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

  /** The files of `dist/data/` a script reads, in order, after it has loaded the package and before it asks. */
  function filesRead(file: string, load: string, ask: string): { before: number; after: string[] } {
    return node(
      file,
      `const fs = require('node:fs');
const files = [];
const readFileSync = fs.readFileSync;
fs.readFileSync = (path, ...rest) => {
  const inData = /[\\/]dist[\\/](data[\\/].+\\.json)$/.exec(String(path));
  if (inData) files.push(inData[1].replaceAll('\\\\', '/'));
  return readFileSync(path, ...rest);
};
${load}
const before = files.length;
${ask}
console.log(JSON.stringify({ before, after: files }));`,
    ) as { before: number; after: string[] };
  }

  it('reads each domain from its own file on first use: chairOn parses the chairmanships, not the sessions', () => {
    const domains = readdirSync(join(bare, 'node_modules/@csto/core/dist/data')).sort();
    expect(domains).toContain('chairmanships.json');
    const read = filesRead('lazy.cjs', "const { chairOn } = require('@csto/core');", "chairOn('2021-10-01');");
    expect(read.before).toBe(0);
    expect(read.after).toEqual(['data/chairmanships.json']);
  });

  it('reads the sessions of the year asked alone: getSession and sessionsIn read one year, the list every year', () => {
    expect(readdirSync(join(bare, 'node_modules/@csto/core/dist/data/sessions'))).toContain('2021.json');
    const load = "const { getSession, sessionsIn, sessions } = require('@csto/core/sessions');";
    const one = filesRead('one-year.cjs', load, "getSession('cmd-2021-04-27-dushanbe'); sessionsIn(2021);");
    expect(one).toEqual({ before: 0, after: ['data/sessions/years.json', 'data/sessions/2021.json'] });
    const all = filesRead('all-years.cjs', load, 'sessions.length;');
    const years = JSON.parse(readFileSync(join(bare, 'node_modules/@csto/core/dist/data/sessions/years.json'), 'utf8'));
    expect(all.after).toEqual(['data/sessions/years.json', ...years.map((y: number) => `data/sessions/${y}.json`)]);
  });
});
