/**
 * Escapes a TEXT value (RFC 5545, 3.3.11).
 * @example
 * escapeText('a, b; c'); //=> 'a\\, b\\; c'
 */
export function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');
}

/**
 * Folds a content line so that no line is longer than 75 octets (RFC 5545, 3.1), never inside a UTF-8
 * sequence: continuation lines start with one space.
 * @example
 * fold('DESCRIPTION:' + 'x'.repeat(80)).split('\r\n ').length; //=> 2
 */
export function fold(line: string): string {
  if (Buffer.byteLength(line, 'utf8') <= 75) return line;
  const bytes = Buffer.from(line, 'utf8');
  const parts: string[] = [];
  let start = 0;
  let room = 75;
  while (bytes.length - start > room) {
    let end = start + room;
    // Step back over continuation bytes (10xxxxxx) so that a character is never split.
    while ((bytes[end]! & 0xc0) === 0x80) end--;
    parts.push(bytes.toString('utf8', start, end));
    start = end;
    room = 74;
  }
  parts.push(bytes.toString('utf8', start));
  return parts.join('\r\n ');
}

/**
 * `2021-04-27` as `20210427`.
 * @example
 * icsDate('2021-04-27'); //=> '20210427'
 */
export function icsDate(date: string): string {
  return date.replaceAll('-', '');
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * The day after a `YYYY-MM-DD` day, without `Date` (no time zone can shift it).
 * @example
 * nextDay('2024-02-28'); //=> '2024-02-29'
 */
export function nextDay(date: string): string {
  let year = Number(date.slice(0, 4));
  let month = Number(date.slice(5, 7));
  let day = Number(date.slice(8, 10)) + 1;
  if (day > daysInMonth(year, month)) {
    day = 1;
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * An all-day event.
 * @example
 * const event: IcsEvent = { uid: 'x@csto', start: '2021-04-27', end: '2021-04-27', summary: 'CMD' };
 */
export interface IcsEvent {
  readonly uid: string;
  readonly start: string;
  /** The last day (inclusive); DTEND is the day after it, as RFC 5545 wants for all-day events. */
  readonly end: string;
  readonly summary: string;
  readonly description?: string;
  readonly location?: string;
  readonly url?: string;
  /**
   * `TENTATIVE` for an event announced and not known to have happened (a planned session), `CANCELLED` for
   * one called off.
   */
  readonly status?: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
}

/**
 * A VCALENDAR of all-day events, CRLF line endings, lines folded at 75 octets.
 * @example
 * toIcs([], '2026-01-20', '1.0.0').startsWith('BEGIN:VCALENDAR\r\n'); //=> true
 */
export function toIcs(events: readonly IcsEvent[], stamp: string, version: string): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//csto//csto ${version}//EN`,
    'CALSCALE:GREGORIAN',
    'X-WR-CALNAME:CSTO',
  ];
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${icsDate(stamp)}T000000Z`,
      `DTSTART;VALUE=DATE:${icsDate(event.start)}`,
      `DTEND;VALUE=DATE:${icsDate(nextDay(event.end))}`,
      `SUMMARY:${escapeText(event.summary)}`,
    );
    if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
    if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    if (event.url) lines.push(`URL:${event.url}`);
    if (event.status) lines.push(`STATUS:${event.status}`);
    lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map((line) => `${fold(line)}\r\n`).join('');
}
