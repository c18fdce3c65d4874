import { deepFreeze } from './internal/_freeze.js';
import { lazyList, once } from './internal/_lazy.js';
import { openQuestionsRecords } from './internal/_records.js';
import type { OpenQuestion } from './model/open-question.js';

export type { OpenQuestion, OpenQuestionDomain } from './model/open-question.js';

/**
 * Facts looked for and not established, or declined, with the reason. Deeply frozen; loaded on first use.
 *
 * @example
 * openQuestions.some((q) => q.domain === 'chairmanships'); //=> true
 */
export const openQuestions: readonly OpenQuestion[] = /*#__PURE__*/ lazyList(
  /*#__PURE__*/ once(() => deepFreeze(openQuestionsRecords())),
);
