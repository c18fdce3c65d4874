import { sourceData } from './data/sources.js';
import { CstoError } from './errors.js';
import { describe } from './internal/_describe.js';
import { deepFreeze } from './internal/_freeze.js';
import type { Source } from './types.js';

/**
 * The id of a source in {@link sources}; records cite sources by these ids.
 *
 * @example
 * const id: SourceId = 'kazinform-2021-04-23';
 */
export type SourceId = keyof typeof sourceData;

/**
 * Every source the data cites, keyed by id. Deeply frozen.
 *
 * @example
 * sources['kazinform-2021-04-23'].publisher; //=> 'Kazinform'
 */
export const sources: Readonly<Record<SourceId, Source>> = /*#__PURE__*/ deepFreeze(sourceData);

/**
 * Looks up a source by id, or throws {@link CstoError} `UNKNOWN_SOURCE`.
 *
 * @example
 * getSource('kazinform-2021-04-23').published; //=> '2021-04-23'
 */
export function getSource(id: string): Source {
  if (typeof id === 'string' && Object.hasOwn(sources, id)) return sources[id as SourceId];
  throw new CstoError('UNKNOWN_SOURCE', `Unknown source ${describe(id)}: expected one of the ids in \`sources\`.`);
}
