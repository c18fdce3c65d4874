/**
 * `@csto/core/sources`: every source the data cites, and the questions the data leaves open.
 *
 * @example
 * import { getSource } from '@csto/core/sources';
 * getSource('kazinform-2021-04-23').publisher; //=> 'Kazinform'
 *
 * @packageDocumentation
 */
export type { OpenQuestion, OpenQuestionDomain } from '../open-questions.js';
export { openQuestions } from '../open-questions.js';
export type { Source, SourceId } from '../sources.js';
export { getSource, isSourceId, sources } from '../sources.js';
