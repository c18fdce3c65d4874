import { openQuestionData } from './data/open-questions.js';
import { deepFreeze } from './internal/_freeze.js';

/**
 * The part of the data an open question belongs to.
 *
 * @example
 * const domain: OpenQuestionDomain = 'sessions';
 */
export type OpenQuestionDomain =
  | 'membership'
  | 'milestones'
  | 'chairmanships'
  | 'secretaries-general'
  | 'bodies'
  | 'sessions'
  | 'forces';

/**
 * A fact that was looked for and not established, or that was left out on purpose, with the reason.
 * Open questions are data too: they say where the dataset stops.
 *
 * @example
 * openQuestions.some((q) => q.domain === 'chairmanships'); //=> true
 */
export interface OpenQuestion {
  readonly id: string;
  readonly domain: OpenQuestionDomain;
  /** What is not known or not recorded. */
  readonly question: string;
  /** Why it stays open or was declined. */
  readonly reason: string;
}

/**
 * Every open or declined question, grouped by domain. Deeply frozen.
 *
 * @example
 * openQuestions.find((q) => q.id === 'session-2005-moscow-day')?.domain; //=> 'sessions'
 */
export const openQuestions: readonly OpenQuestion[] = /*#__PURE__*/ deepFreeze(openQuestionData);
