import type { IsoDate } from './types.js';

/**
 * The day up to which the data was checked against its sources. Answers about later days assume nothing
 * changed since.
 *
 * @example
 * DATA_AS_OF; //=> '2026-01-20'
 */
export const DATA_AS_OF: IsoDate = '2026-01-20';
