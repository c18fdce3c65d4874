/**
 * The part of the record an open question is about.
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
 * A fact looked for and not established, or declined, with the reason.
 *
 * @example
 * openQuestions.some((q) => q.domain === 'sessions'); //=> true
 */
export interface OpenQuestion {
  /** A short name for the question: lowercase words joined by hyphens. */
  readonly id: string;
  readonly domain: OpenQuestionDomain;
  /** What is not known or not recorded. */
  readonly question: string;
  /** Why it stays open or was declined. */
  readonly reason: string;
}
