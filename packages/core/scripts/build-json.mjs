// Writes dist/data.json (the whole record), dist/data.schema.json (its JSON Schema, generated from the zod
// schemas) and dist/data/<domain>.json (one file per domain of the manifest, compact, which Node's builds
// read on the first use of each domain; the sessions, the largest domain, as one file per year in
// dist/data/sessions/, listed by its years.json), from the authored data in src/. Run by `pnpm build`, after tsup.
// data.json is `datasetJson()`, so it is byte for byte what the library and the CLI export.
//
// The JSON Schema shares one definition (`$defs`) per published schema of `@csto/core/schema` (`Citation`,
// `LocalizedText`, `IsoDate`, …), and every definition and field carries the TSDoc of its record type as its
// `description`: the text is written once, in src/model/, and the build fails where a field has none.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { z } from 'zod/v4';
import { importSource } from './lib/load-source.mjs';
import { describe, publishedTypes } from './lib/tsdoc.mjs';

const { datasetJson } = await importSource('src/dataset.ts');
const { domainNames } = await importSource('src/manifest.ts');
const { citationsOf, sources } = await importSource('src/index.ts');
const { SHARDS, shardOf } = await importSource('src/internal/_shard.ts');
const { sessionYearsRecords } = await importSource('src/internal/_records.ts');
const { sessionsIn } = await importSource('src/sessions.ts');
const schemas = await importSource('src/schema.ts');
const { DataSchema } = schemas;

const text = datasetJson();
const checked = DataSchema.safeParse(JSON.parse(text));
if (!checked.success) {
  console.error(z.prettifyError(checked.error));
  process.exit(1);
}

/** Keywords a definition adds to what zod writes, by definition. */
const extra = { IsoDate: { format: 'date' } };

const registry = z.registry();
for (const [name, schema] of Object.entries(schemas)) {
  if (name !== 'DataSchema' && name.endsWith('Schema')) {
    const id = name.slice(0, -'Schema'.length);
    registry.add(schema, { id, ...extra[id] });
  }
}
registry.add(DataSchema, { title: 'CSTO dataset' });
const schema = z.toJSONSchema(DataSchema, { target: 'draft-2020-12', unrepresentable: 'any', metadata: registry });

// zod writes `format: "uri"` for a URL, but a source's address is kept as its publisher prints it, which may hold
// letters outside ASCII (a path in Armenian): an IRI (RFC 3987), which `uri` would reject.
schema.$defs.Source.properties.url.format = 'iri';

const { checker, types } = publishedTypes(new URL('../src/schema.ts', import.meta.url).pathname);
const dataType = types.get('Data');
const missing = describe(schema, dataType.type, checker, 'Dataset', dataType.symbol);
for (const [id, definition] of Object.entries(schema.$defs)) {
  const published = types.get(id);
  if (!published) throw new Error(`no record type is published for the definition ${id}`);
  missing.push(...describe(definition, published.type, checker, id, published.symbol));
  if (!definition.description) missing.push(`${id} (the type itself)`);
}
if (missing.length > 0) {
  console.error(`fields without TSDoc (the JSON Schema's descriptions come from it):\n  ${missing.join('\n  ')}`);
  process.exit(1);
}

const dist = new URL('../dist/', import.meta.url);
writeFileSync(new URL('data.json', dist), text);
writeFileSync(new URL('data.schema.json', dist), `${JSON.stringify(schema, null, 2)}\n`);
// A clean folder, so that a domain renamed or removed from the manifest leaves no file behind.
const perDomain = new URL('data/', dist);
rmSync(perDomain, { recursive: true, force: true });
mkdirSync(perDomain);
const data = JSON.parse(text);
for (const name of domainNames) {
  if (name !== 'sessions') writeFileSync(new URL(`${name}.json`, perDomain), JSON.stringify(data[name]));
}

// The sessions by year, as the module build's loaders split them and `sessionsIn` answers them, and the list of
// those years: Node's build reads one year's file for a question about that year (`sessionsIn`, `getSession`),
// and every file, in the years' order, for the whole list (a test checks they join into data.json's sessions).
const years = sessionYearsRecords();
mkdirSync(new URL('sessions/', perDomain));
writeFileSync(new URL('sessions/years.json', perDomain), JSON.stringify(years));
for (const year of years) writeFileSync(new URL(`sessions/${year}.json`, perDomain), JSON.stringify(sessionsIn(year)));

// The citations of each source, as `citationsOf` finds them by walking the record (this script loads the
// sources, as the module build does), in SHARDS files by `shardOf`: Node's build answers `citationsOf` from them.
const shards = Array.from({ length: SHARDS }, () => ({}));
for (const id of Object.keys(sources)) shards[shardOf(id)][id] = citationsOf(id);
mkdirSync(new URL('citations/', perDomain));
for (const [n, shard] of shards.entries())
  writeFileSync(new URL(`citations/${n}.json`, perDomain), JSON.stringify(shard));
console.log(
  `wrote dist/data.json, dist/data.schema.json and dist/data/ (${domainNames.length} domains, the citations of ${Object.keys(sources).length} sources)`,
);
