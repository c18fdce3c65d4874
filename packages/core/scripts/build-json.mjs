// Writes dist/data.json (the whole record), dist/data.schema.json (its JSON Schema, generated from the zod
// schemas) and dist/data/<domain>.json (one file per domain of the manifest, compact, which Node's builds
// read on the first use of each domain), from the authored data in src/. Run by `pnpm build`, after tsup.
// data.json is `datasetJson()`, so it is byte for byte what the library and the CLI export.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { z } from 'zod/v4';
import { importSource } from './lib/load-source.mjs';

const { datasetJson } = await importSource('src/dataset.ts');
const { domainNames } = await importSource('src/manifest.ts');
const { DataSchema } = await importSource('src/schema.ts');

const text = datasetJson();
const checked = DataSchema.safeParse(JSON.parse(text));
if (!checked.success) {
  console.error(z.prettifyError(checked.error));
  process.exit(1);
}
const schema = z.toJSONSchema(DataSchema, { target: 'draft-2020-12', unrepresentable: 'any' });
const dist = new URL('../dist/', import.meta.url);
writeFileSync(new URL('data.json', dist), text);
writeFileSync(new URL('data.schema.json', dist), `${JSON.stringify(schema, null, 2)}\n`);
// A clean folder, so that a domain renamed or removed from the manifest leaves no file behind.
const perDomain = new URL('data/', dist);
rmSync(perDomain, { recursive: true, force: true });
mkdirSync(perDomain);
const data = JSON.parse(text);
for (const name of domainNames) writeFileSync(new URL(`${name}.json`, perDomain), JSON.stringify(data[name]));
console.log(`wrote dist/data.json, dist/data.schema.json and dist/data/ (${domainNames.length} domains)`);
