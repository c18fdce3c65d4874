/**
 * The record types every domain shares: dates, texts in two languages, people and citations.
 * This layer imports nothing but other model files: the data and the helpers both build on it.
 */
import type { SourceId } from './ids.generated.js';

/**
 * A calendar day as an ISO 8601 string, `YYYY-MM-DD` (for example `'2021-04-27'`).
 *
 * Dates are strings, never `Date` objects: a day has no time zone. Only real days of the Gregorian calendar:
 * months 01 to 12, each month's own number of days, 29 February in leap years only. In the JSON Schema the
 * `pattern` checks all of that by itself, and `format: "date"` (RFC 3339 full-date) asks the same of a validator
 * that checks formats.
 *
 * @example
 * const day: IsoDate = '1992-05-15';
 */
export type IsoDate = `${number}-${number}-${number}`;

/**
 * A month as an ISO 8601 string, `YYYY-MM` (for example `'2011-06'`): the date of a fact whose sources
 * give the month and not the day.
 *
 * @example
 * const month: YearMonth = '2011-06';
 */
export type YearMonth = `${number}-${number}`;

/**
 * A date given only as precisely as its source allows: a day (`'2002-10-07'`), a month (`'2024-02'`)
 * or a year (`'1993'`). Use `precisionOf` to read the precision.
 *
 * @example
 * const whenKnown: PartialDate = '2024-02';
 */
export type PartialDate = IsoDate | YearMonth | `${number}`;

/**
 * How precisely a {@link PartialDate} is known.
 *
 * @example
 * const p: DatePrecision = 'month';
 */
export type DatePrecision = 'day' | 'month' | 'year';

/**
 * A text in English and in Russian, the languages the data is written in.
 *
 * @example
 * const name: LocalizedText = { en: 'Dushanbe', ru: 'Душанбе' };
 */
export interface LocalizedText {
  /** The text in English. */
  readonly en: string;
  /** The text in Russian. */
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
  /** The text in English. */
  readonly en: string;
  /** The text in Russian, where a Russian source gives it. */
  readonly ru?: string;
}

/** A language the data is written in. @example const lang: Language = 'ru'; */
export type Language = 'en' | 'ru';

/**
 * The language of a source and of the passages cited from it: English or Russian, and French or Polish for
 * the few sources that alone give a fact (their passages carry English glosses).
 *
 * @example
 * const lang: SourceLanguage = 'fr';
 */
export type SourceLanguage = Language | 'fr' | 'pl';

/**
 * A person named in the data, in English and Russian.
 *
 * @example
 * const rahmon: Person = { name: { en: 'Emomali Rahmon', ru: 'Эмомали Рахмон' } };
 */
export interface Person {
  /** The person's name in English and Russian. */
  readonly name: LocalizedText;
  /** The person's Wikidata item, where one was found paired with the name in a source. */
  readonly ids?: WikidataIdentifier;
}

/**
 * The Wikidata item of a person or of the organisation, to join this data to other datasets, cited like
 * any fact: each citation pairs the name with the item.
 *
 * @example
 * organization.ids?.wikidata; //=> 'Q318693'
 */
export interface WikidataIdentifier extends Sourced {
  /** The Wikidata item, `Q` and digits. */
  readonly wikidata: string;
}

/**
 * The evidence for one claim: the source, and the passage of that source that states the claim's value,
 * verbatim and in the source's language. Follow `source` to `getSource` for the title, publisher and
 * address.
 *
 * @example
 * const citation: Citation = {
 *   source: 'kazinform-2021-04-23',
 *   passage: 'The Collective Security Treaty was signed in Tashkent, Uzbekistan on 15 May 1992.',
 * };
 */
export interface Citation {
  /** The id of the source (see `sources`). */
  readonly source: SourceId;
  /** The words of the source that state the value, verbatim, in the source's language. */
  readonly passage: string;
  /** A faithful English rendering of a passage that is not in English. */
  readonly gloss?: string;
  /** Where in the source the passage stands (an article, a paragraph, a page), where that helps. */
  readonly locator?: string;
}

/**
 * Two or more sources that disagree about one field, kept side by side.
 *
 * @example
 * const conflict: RecordedConflict = {
 *   field: 'from',
 *   values: [{ value: '1993-12-31', citations: [] }, { value: '1993-12-24', citations: [] }],
 *   chosen: '1993-12-31',
 *   reason: 'The depositary’s list gives 31 December.',
 * };
 */
export interface RecordedConflict {
  /** The field of the record the sources disagree on. */
  readonly field: string;
  /** Every value found, with the citations that give it. */
  readonly values: readonly {
    /** One value a source gives. */
    readonly value: string;
    /** The citations that give this value. */
    readonly citations: readonly Citation[];
  }[];
  /** The value the record (and the helpers) use. */
  readonly chosen: string;
  /** Why that value was chosen. */
  readonly reason: string;
}

/**
 * What every sourced record carries: its citations, and the conflicts between its sources if any.
 *
 * @example
 * const sourced: Sourced = { citations: [{ source: 'kazinform-2021-04-23', passage: '…' }] };
 */
export interface Sourced {
  /** The evidence for the record's values, one passage a claim. */
  readonly citations: readonly Citation[];
  /** Values the sources disagree on, with the one chosen and why. */
  readonly conflicts?: readonly RecordedConflict[];
}
