// `pnpm check:data`: checks a change to the data before a pull request and says what is wrong in plain words.
// It reads the data as authored in src/ (no build needed): every record against its schema, every citation
// against the sources, the dates the passages state, the invariants the tests keep, and the generated reports.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { checkDatedClaims, STATED_DATES_FLOOR } from './lib/claims.mjs';
import { importSource } from './lib/load-source.mjs';
import { sharedUrls } from './lib/sources.mjs';

const problems = [];
const notes = [];
const say = (line) => process.stdout.write(`${line}\n`);

/** A record's place in the data, as a reader would look for it: `sessions → csc-2017-11-30-minsk → agenda 1`. */
function where(data, path) {
  const parts = [];
  let value = data;
  for (const key of path) {
    value = value?.[key];
    if (typeof key === 'number') parts.push(value?.id ?? value?.code ?? `item ${key + 1}`);
    else parts.push(key);
  }
  return parts.join(' → ');
}

let lib;
try {
  lib = await importSource('src/index.ts');
} catch (error) {
  say('The data files could not be read. The first error, as the compiler reports it:');
  say(`  ${String(error.errors?.[0]?.text ?? error.message)}`);
  const location = error.errors?.[0]?.location;
  if (location) say(`  in ${location.file}, line ${location.line}: ${location.lineText.trim()}`);
  say('Look for a missing comma, quote or bracket there.');
  process.exit(1);
}
const { DataSchema } = await importSource('src/schema.ts');
const data = JSON.parse(lib.datasetJson());

// 1. The shape of every record.
const parsed = DataSchema.safeParse(data);
if (!parsed.success) {
  for (const issue of parsed.error.issues) {
    problems.push(`${where(data, issue.path)}: ${issue.message}.`);
  }
}

// 2. Citations and sources.
const cited = new Set();
(function walk(value, path) {
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      walk(v, [...path, i]);
    });
    return;
  }
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value.citations)) {
    value.citations.forEach((c, i) => {
      cited.add(c.source);
      const at = `${where(data, path)} → citation ${i + 1}`;
      const source = data.sources[c.source];
      if (!source) problems.push(`${at} names the source "${c.source}", which is not in src/data/sources.ts.`);
      else if (source.language !== 'en' && !c.gloss)
        notes.push(`${at} quotes a ${source.language} passage without an English gloss.`);
    });
  }
  for (const [key, v] of Object.entries(value)) if (key !== 'citations' && key !== 'sources') walk(v, [...path, key]);
})(data, []);
for (const id of Object.keys(data.sources)) {
  if (!cited.has(id))
    problems.push(`The source "${id}" is in src/data/sources.ts but no record cites it: cite it or remove it.`);
}

for (const ids of sharedUrls(data.sources)) {
  problems.push(
    `The sources ${ids.map((id) => `"${id}"`).join(', ')} name one address: keep one of them and cite it instead.`,
  );
}

// 3. Dates stated by their passages.
const { stated, derived, unstated } = checkDatedClaims(lib);
if (stated.length < STATED_DATES_FLOOR) {
  problems.push(
    `Only ${stated.length} dated records quote a passage that states their date; at least ${STATED_DATES_FLOOR} did before. A record's citation must quote the words that give its date.`,
  );
}
for (const claim of unstated) notes.push(`No cited passage states the date of ${claim.label} (${claim.date}).`);

// 4. The invariants the test suite keeps (order, overlaps, members in the chair, …).
try {
  execFileSync('npx', ['vitest', 'run', 'test/invariants.test.ts', 'test/edges.test.ts', '--reporter=dot'], {
    cwd: new URL('..', import.meta.url),
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
} catch (error) {
  const failed = `${error.stdout ?? ''}`.split('\n').filter((line) => /FAIL|AssertionError|expected/.test(line));
  problems.push(`A data rule is broken. The test report says:\n    ${failed.slice(0, 8).join('\n    ')}`);
}

// 5. The generated files.
const { renderCoverage, renderOpenQuestions } = await import('./coverage.mjs');
const coverage = readFileSync(new URL('../docs/data-coverage.md', import.meta.url), 'utf8');
const dataMd = readFileSync(new URL('../DATA.md', import.meta.url), 'utf8');
if (problems.length === 0 && (coverage !== renderCoverage(lib) || !dataMd.endsWith(renderOpenQuestions(lib)))) {
  problems.push(
    'docs/data-coverage.md or DATA.md is out of date: run `pnpm --filter @csto/core coverage` and commit the result.',
  );
}

say(
  `Checked ${data.sessions.length} sessions, ${Object.keys(data.sources).length} sources and ${stated.length + derived.length + unstated.length} dated records.`,
);
say(
  `${stated.length} dated records quote a passage that states their date; ${derived.length} say how their date was derived; ${unstated.length} do neither yet.`,
);
if (notes.length > 0) {
  say(`\n${notes.length} things to improve when you can (they do not block a change):`);
  for (const note of notes.slice(0, 20)) say(`  - ${note}`);
  if (notes.length > 20) say(`  … and ${notes.length - 20} more.`);
}
if (problems.length > 0) {
  say(`\n${problems.length} problems to fix before the change can go in:`);
  for (const problem of problems) say(`  - ${problem}`);
  process.exit(1);
}
say('\nThe data is consistent.');
