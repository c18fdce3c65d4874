/**
 * Node's source of the record: one JSON file per domain of the manifest (`data/<domain>.json`, beside the
 * built modules), each read on the first use of its domain. The `import` and `require` builds read the
 * data from here instead of carrying it in their code, so that loading the package costs the same however
 * large the record is, and a program that asks about chairmanships parses the chairmanships alone, not
 * the sessions' agendas. Bundlers take the `module` build, which carries the data in its code instead
 * (see `_records.ts`). `data.json` holds the same domains in one document, for readers of JSON.
 */
import { readFileSync } from 'node:fs';
import type { Dataset, DomainName } from '../model/dataset.js';

/** The domains read so far: each file is parsed once, into a private copy no other `require` shares. */
const read: { [K in DomainName]?: Dataset[K] } = {};

/**
 * One domain's records, parsed from its file on first use.
 *
 * @example
 * domainFile('chairmanships')[0]?.id;
 */
export function domainFile<K extends DomainName>(name: K): Dataset[K] {
  const parsed: Dataset[K] =
    read[name] ?? JSON.parse(readFileSync(new URL(`./data/${name}.json`, import.meta.url), 'utf8'));
  read[name] = parsed;
  return parsed;
}
