/**
 * Date formatting shared by the pages (at build time) and the islands (in the browser). Dates stay
 * `YYYY-MM-DD` strings; they become `Date` objects only here, at noon UTC, so no time zone moves a day.
 */
const LOCALES = { en: 'en-GB', ru: 'ru-RU' } as const;

/** A `YYYY-MM-DD`, `YYYY-MM` or `YYYY` date written out in a language ("27 April 2021", "27 апреля 2021 г."). */
export function formatDate(date: string, lang: 'en' | 'ru'): string {
  const [y, m, d] = date.split('-').map(Number);
  const when = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, 12));
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC' };
  if (m !== undefined) options.month = 'long';
  if (d !== undefined) options.day = 'numeric';
  return new Intl.DateTimeFormat(LOCALES[lang], options).format(when);
}

/** Ends a sentence after a written date without doubling the point of "2026 г.". */
export function stop(text: string): string {
  return text.endsWith('.') ? '' : '.';
}
