/**
 * A calendar day as an ISO 8601 string, `YYYY-MM-DD` (for example `'2021-04-27'`).
 *
 * Dates are strings, never `Date` objects: a day has no time zone.
 *
 * @example
 * const day: IsoDate = '1992-05-15';
 */
export type IsoDate = `${number}-${number}-${number}`;

/**
 * A date given only as precisely as its source allows: a day (`'2002-10-07'`), a month (`'2024-02'`)
 * or a year (`'1993'`). Use {@link precisionOf} to read the precision.
 *
 * @example
 * const whenKnown: PartialDate = '2024-02';
 */
export type PartialDate = IsoDate | `${number}-${number}` | `${number}`;

/**
 * How precisely a {@link PartialDate} is known.
 *
 * @example
 * const p: DatePrecision = 'month';
 */
export type DatePrecision = 'day' | 'month' | 'year';

/**
 * A text in English and in Russian, the organisation's two working languages of record.
 *
 * @example
 * const name: LocalizedText = { en: 'Dushanbe', ru: 'Душанбе' };
 */
export interface LocalizedText {
  readonly en: string;
  readonly ru: string;
}

/**
 * A text that is always available in English and, where a source gives it, in Russian.
 * Russian is never machine-translated: it is absent until a Russian source is found.
 *
 * @example
 * const item: PartiallyLocalizedText = { en: 'Plans to equip the collective rapid response forces' };
 */
export interface PartiallyLocalizedText {
  readonly en: string;
  readonly ru?: string;
}

/** A language the data is written in. @example const lang: Language = 'ru'; */
export type Language = 'en' | 'ru';

/**
 * Where a fact comes from. Sources are shared by id: records cite `sources: ['kazinform-2021-04-23']`.
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
 *   quote: 'The Collective Security Treaty was signed in Tashkent, Uzbekistan on 15 May 1992.',
 * };
 */
export interface Source {
  /** Stable id, used by records to cite the source. */
  readonly id: string;
  /** The title as published. */
  readonly title: string;
  /** Who published it (an organisation, a ministry, a news agency). */
  readonly publisher: string;
  /** Where it was read. */
  readonly url: string;
  /** The day it was published, when the source says. */
  readonly published?: IsoDate;
  /** The language of the source (and of its quote). */
  readonly language: Language;
  /** `true` for the organisation's own publications, official state sites and legal texts. */
  readonly primary: boolean;
  /** A short verbatim excerpt that supports the facts citing this source, in the source's language. */
  readonly quote?: string;
}

/**
 * Two or more sources that disagree about one field, kept side by side.
 *
 * @example
 * const conflict: RecordedConflict = {
 *   field: 'from',
 *   values: [{ value: '1993-12-31', sources: ['a'] }, { value: '1993-12-24', sources: ['b'] }],
 *   chosen: '1993-12-31',
 *   reason: 'The depositary’s list gives 31 December.',
 * };
 */
export interface RecordedConflict {
  /** The field of the record the sources disagree on. */
  readonly field: string;
  /** Every value found, with the sources that give it. */
  readonly values: readonly { readonly value: string; readonly sources: readonly string[] }[];
  /** The value the record (and the helpers) use. */
  readonly chosen: string;
  /** Why that value was chosen. */
  readonly reason: string;
}

/**
 * A person named in the data, in English and Russian.
 *
 * @example
 * const rahmon: Person = { name: { en: 'Emomali Rahmon', ru: 'Эмомали Рахмон' } };
 */
export interface Person {
  readonly name: LocalizedText;
}
