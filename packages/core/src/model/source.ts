import type { IsoDate, SourceLanguage } from './common.js';
import type { SourceId } from './ids.generated.js';

/**
 * A document the data cites: an article, a transcript, a legal text. Records cite it by id, each
 * citation with its own passage (see `Citation`).
 *
 * @example
 * const source: Source = {
 *   id: 'kazinform-2021-04-23',
 *   title: 'CSTO defense ministers, security council secretaries to meet in late April',
 *   publisher: 'Kazinform',
 *   url: 'https://en.inform.kz/news/…',
 *   published: '2021-04-23',
 *   language: 'en',
 *   primary: false,
 * };
 */
export interface Source {
  /** Stable id, used by citations. */
  readonly id: SourceId;
  /** The title as published. */
  readonly title: string;
  /** Who published it (an organisation, a ministry, a news agency). */
  readonly publisher: string;
  /** Where it was read. */
  readonly url: string;
  /** The day it was published, when the source says. */
  readonly published?: IsoDate;
  /** The language of the source (and of the passages cited from it). */
  readonly language: SourceLanguage;
  /** `true` for the organisation's own publications, official state sites and legal texts. */
  readonly primary: boolean;
}
