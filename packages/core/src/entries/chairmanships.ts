/**
 * `@csto/core/chairmanships`: who chaired the organisation, and when.
 *
 * @example
 * import { presidencyIn } from '@csto/core/chairmanships';
 * presidencyIn(2021)?.state; //=> 'TJ'
 *
 * @packageDocumentation
 */
export type { BoundaryWindow, Chairmanship, Handover } from '../chairmanships.js';
export { chairmanships, chairOn, presidencyIn } from '../chairmanships.js';
