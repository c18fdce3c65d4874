/**
 * Date formatting shared by the pages (at build time) and the islands (in the browser). Dates stay
 * `YYYY-MM-DD` strings; they become `Date` objects only here, built from numbers at noon UTC, so no time
 * zone moves a day.
 */
const LOCALES = { en: 'en-GB', ru: 'ru-RU' } as const;

/**
 * A `YYYY-MM-DD`, `YYYY-MM` or `YYYY` date written out in a language ("27 April 2021", "27 апреля 2021 г.",
 * with a non-breaking space before "г.").
 */
export function formatDate(date: string, lang: 'en' | 'ru'): string {
  const [y, m, d] = date.split('-').map(Number);
  const when = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, 12));
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC' };
  if (m !== undefined) options.month = 'long';
  if (d !== undefined) options.day = 'numeric';
  return new Intl.DateTimeFormat(LOCALES[lang], options).format(when).replace(/ г\./g, '\u00a0г.');
}

/** The day `days` after (or before, when negative) a `YYYY-MM-DD` day. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + days, 12)).toISOString().slice(0, 10);
}

/**
 * The last day of a period whose `to` is exclusive (the first day it no longer holds): the day before.
 * The data's periods are `from` inclusive, `to` exclusive; pages show the last day itself.
 */
export function lastDay(exclusiveTo: string): string {
  return addDays(exclusiveTo, -1);
}

/**
 * A period written out with its real last day: "15 May 1992 – 20 April 1999", or "since 2 April 1994"
 * while it lasts. `to` is exclusive, as in the data.
 */
export function formatPeriod(from: string, to: string | undefined, lang: 'en' | 'ru'): string {
  if (to === undefined) return `${lang === 'ru' ? 'с' : 'since'} ${formatDate(from, lang)}`;
  const last = lastDay(to);
  if (last === from) return formatDate(from, lang);
  return `${formatDate(from, lang)} – ${formatDate(last, lang)}`;
}

/** Ends a sentence after a written date without doubling the point of "2026 г.". */
export function stop(text: string): string {
  return text.endsWith('.') ? '' : '.';
}
