import { deepFreeze } from './internal/_freeze.js';
import { isKeyOf, toKeyOf } from './internal/_keys.js';
import { lazyRecord, once } from './internal/_lazy.js';
import { sourcesRecords } from './internal/_records.js';
import type { SourceId } from './model/ids.generated.js';
import type { Source } from './model/source.js';

export type { SourceId } from './model/ids.generated.js';
export type { Source } from './model/source.js';

const loadSources = /*#__PURE__*/ once(() => deepFreeze(sourcesRecords()));

/**
 * Every source the data cites, keyed by id. Deeply frozen; loaded on first use.
 *
 * @example
 * sources['kazinform-2021-04-23'].publisher; //=> 'Kazinform'
 */
export const sources: Readonly<Record<SourceId, Source>> = /*#__PURE__*/ lazyRecord(loadSources);

/**
 * Tells whether a value is the id of a source in {@link sources}.
 *
 * @example
 * isSourceId('kazinform-2021-04-23'); //=> true
 * isSourceId('toString'); //=> false
 */
export function isSourceId(value: unknown): boolean {
  return isKeyOf(loadSources(), value);
}

/**
 * Looks up a source by id, or throws {@link CstoError} `UNKNOWN_SOURCE`. Follow a citation with it:
 * `getSource(citation.source).url`.
 *
 * @example
 * getSource('kazinform-2021-04-23').published; //=> '2021-04-23'
 */
export function getSource(id: SourceId): Source {
  const all = loadSources();
  return all[
    toKeyOf(all, id, 'UNKNOWN_SOURCE', (shown) => `Unknown source ${shown}: expected one of the ids in \`sources\`.`)
  ] as Source;
}
