import type { IsoDate, Person, Sourced } from './common.js';
import type { StateCode } from './ids.generated.js';

/**
 * A term of office of a Secretary General of the organisation, `from` inclusive, `to` exclusive.
 * A term whose length was fixed when the holder was appointed ends when it runs out (`to`), unless a
 * source says otherwise; `to` is absent only where the end is not known.
 *
 * @example
 * secretaryGeneralOn('2021-04-27')?.person.name.en; //=> 'Stanislav Zas'
 */
export interface SecretaryGeneralTerm extends Sourced {
  /** The holder's surname in lower case, with a year where one holder has several terms. */
  readonly id: string;
  /** The holder of the post. */
  readonly person: Person;
  /** The state the holder is a national of. */
  readonly nationality: StateCode;
  /** `true` for a holder acting in the post (duties assigned), not appointed to it. */
  readonly acting: boolean;
  /** The day of the decision appointing the holder, when known. */
  readonly appointed?: IsoDate;
  /** The first day of the term (inclusive). */
  readonly from: IsoDate;
  /** The first day after the term (exclusive); absent only where the end is not known. */
  readonly to?: IsoDate;
  /** Context a reader needs that the other fields do not hold. */
  readonly note?: string;
}
