/**
 * Node's source of the record: one JSON file per domain of the manifest (`data/<domain>.json`, beside the
 * built modules), each read on the first use of its domain. The `import` and `require` builds read the
 * data from here instead of carrying it in their code, so that loading the package costs the same however
 * large the record is, and a program that asks about chairmanships parses the chairmanships alone, not
 * the sessions' agendas (the sessions, the largest domain, come one file per year: `data/sessions/<year>.json`,
 * so that a question about one year reads that year). Bundlers take the `module` build, which carries the data in its code instead
 * (see `_records.ts`). `data.json` holds the same domains in one document, for readers of JSON.
 */
import { readFileSync } from 'node:fs';
import type { Dataset, DomainName } from '../model/dataset.js';

/** The files read so far, by path inside `data/`: each is parsed once, into a private copy no other `require` shares. */
const read = new Map<string, unknown>();

/**
 * Any file of `data/` (a path inside it), parsed on first use: a domain's records, or an index the build
 * precomputed.
 *
 * @example
 * dataFile<Record<string, unknown>>('citations/0.json');
 */
export function dataFile<T>(path: string): T {
  if (!read.has(path)) read.set(path, JSON.parse(readFileSync(new URL(`./data/${path}`, import.meta.url), 'utf8')));
  return read.get(path) as T;
}

/**
 * One domain's records, parsed from its file on first use.
 *
 * @example
 * domainFile('chairmanships')[0]?.id;
 */
export function domainFile<K extends DomainName>(name: K): Dataset[K] {
  return dataFile<Dataset[K]>(`${name}.json`);
}
