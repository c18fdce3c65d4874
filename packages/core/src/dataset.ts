import { bodies } from './bodies.js';
import { chairmanships } from './chairmanships.js';
import { conventions } from './conventions.js';
import { DATA_AS_OF } from './data-as-of.js';
import { forces, operations } from './forces.js';
import { instruments } from './instruments.js';
import { domainNames } from './manifest.js';
import { milestones } from './milestones.js';
import type { Dataset, DomainName } from './model/dataset.js';
import { openQuestions } from './open-questions.js';
import { organization } from './organization.js';
import { politicalEvents } from './political-events.js';
import { secretariesGeneral } from './secretaries-general.js';
import { sessions } from './sessions.js';
import { sources } from './sources.js';
import { states } from './states.js';

export type { Conventions, Dataset, DomainName } from './model/dataset.js';

/** Each domain's collection, by domain name: a domain of the manifest missing here fails to compile. */
const collections: { readonly [K in DomainName]: Dataset[K] } = {
  organization,
  states,
  politicalEvents,
  milestones,
  instruments,
  chairmanships,
  secretariesGeneral,
  bodies,
  sessions,
  forces,
  operations,
  sources,
  openQuestions,
};

/**
 * The whole record as one object, `DATA_AS_OF` and the `conventions` first, then the domains in manifest order:
 * the document `data.json` holds.
 *
 * @example
 * Object.keys(dataset())[0]; //=> 'DATA_AS_OF'
 */
export function dataset(): Dataset {
  const result: Record<string, unknown> = { DATA_AS_OF, conventions };
  for (const name of domainNames) result[name] = collections[name];
  return result as unknown as Dataset;
}

/**
 * The whole record as JSON text, byte for byte the contents of `@csto/core/data.json`.
 *
 * @example
 * JSON.parse(datasetJson()).DATA_AS_OF; //=> '2026-01-20'
 */
export function datasetJson(): string {
  return `${JSON.stringify(dataset(), null, 2)}\n`;
}
