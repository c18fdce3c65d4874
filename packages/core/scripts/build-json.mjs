// Writes dist/data.json (the whole dataset) and dist/data.schema.json (its JSON Schema, generated from
// the zod schemas) from the built package, for users of other languages. Run by `pnpm build`.
import { writeFileSync } from 'node:fs';
import { z } from 'zod/v4';
import * as csto from '../dist/index.js';
import { DataSchema } from '../dist/schema.js';

/** The dataset as one plain object, in a stable key order. */
function dataset(lib = csto) {
  return {
    DATA_AS_OF: lib.DATA_AS_OF,
    organization: lib.organization,
    states: lib.states,
    milestones: lib.milestones,
    chairmanships: lib.chairmanships,
    secretariesGeneral: lib.secretariesGeneral,
    bodies: lib.bodies,
    sessions: lib.sessions,
    forces: lib.forces,
    operations: lib.operations,
    sources: lib.sources,
    openQuestions: lib.openQuestions,
  };
}

function jsonSchema() {
  return z.toJSONSchema(DataSchema, { target: 'draft-2020-12', unrepresentable: 'any' });
}

const dist = new URL('../dist/', import.meta.url);
writeFileSync(new URL('data.json', dist), `${JSON.stringify(DataSchema.parse(dataset()), null, 2)}\n`);
writeFileSync(new URL('data.schema.json', dist), `${JSON.stringify(jsonSchema(), null, 2)}\n`);
console.log('wrote dist/data.json and dist/data.schema.json');
