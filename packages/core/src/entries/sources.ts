/**
 * `@csto/core/sources`: every source the data cites, the claims each one supports (`citationsOf`), a search
 * of every text and passage (`searchRecord`), and the questions the data leaves open.
 *
 * @example
 * import { getSource } from '@csto/core/sources';
 * getSource('kazinform-2021-04-23').publisher; //=> 'Kazinform'
 *
 * @packageDocumentation
 */
export type { CitedClaim } from '../citations.js';
export { citationsOf } from '../citations.js';
export type { OpenQuestion, OpenQuestionDomain } from '../open-questions.js';
export { openQuestions } from '../open-questions.js';
export type { RecordPlace, SearchHit } from '../search.js';
export { searchRecord } from '../search.js';
export type { Source, SourceId } from '../sources.js';
export { getSource, isSourceId, sources } from '../sources.js';
