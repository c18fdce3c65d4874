// Writes dist/data.json (the whole record, which Node's builds read on first use) and dist/data.schema.json
// (its JSON Schema, generated from the zod schemas), from the authored data in src/. Run by `pnpm build`,
// after tsup. The JSON is `datasetJson()`, so it is byte for byte what the library and the CLI export.
import { writeFileSync } from 'node:fs';
import { z } from 'zod/v4';
import { importSource } from './lib/load-source.mjs';

const { datasetJson } = await importSource('src/dataset.ts');
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
console.log('wrote dist/data.json and dist/data.schema.json');
