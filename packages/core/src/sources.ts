import { sourceData } from './data/sources.js';
import { CstoError } from './errors.js';
import { deepFreeze } from './internal/_freeze.js';
import { toKeyOf } from './internal/_keys.js';
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
  return sources[
    toKeyOf(
      sources,
      id,
      'UNKNOWN_SOURCE',
      (shown) => `Unknown source ${shown}: expected one of the ids in \`sources\`.`,
    )
  ];
}
