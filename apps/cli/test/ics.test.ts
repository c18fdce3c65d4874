import { precisionOf, sessions } from '@csto/core';
import { describe, expect, it } from 'vitest';
import { allAnniversariesCount, daySessionCount } from './_counts.js';
import { ok } from './_run.js';

/** A content line after unfolding: name, parameters and value (RFC 5545, 3.1). */
interface ContentLine {
  readonly name: string;
  readonly params: Record<string, string>;
  readonly value: string;
}

/** A tiny RFC 5545 reader: checks CRLF endings and octet lengths, unfolds, splits name;params:value. */
function readIcs(text: string): ContentLine[] {
  expect(text.endsWith('\r\n')).toBe(true);
  const physical = text.slice(0, -2).split('\r\n');
  for (const line of physical) {
    expect(line).not.toContain('\n');
    expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  }
  const logical: string[] = [];
  for (const line of physical) {
    if (line.startsWith(' ') || line.startsWith('\t')) logical[logical.length - 1] += line.slice(1);
    else logical.push(line);
  }
  return logical.map((line) => {
    const colon = line.indexOf(':');
    const [name, ...params] = line.slice(0, colon).split(';');
    return {
      name: name!,
      params: Object.fromEntries(params.map((p) => p.split('=') as [string, string])),
      value: line.slice(colon + 1),
    };
  });
}

/** Reads back an escaped TEXT value. */
function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** The events of a calendar, each as a map from property name to its content line. */
function events(lines: readonly ContentLine[]): Map<string, ContentLine>[] {
  const found: Map<string, ContentLine>[] = [];
  let current: Map<string, ContentLine> | undefined;
  for (const line of lines) {
    if (line.name === 'BEGIN' && line.value === 'VEVENT') current = new Map();
    else if (line.name === 'END' && line.value === 'VEVENT') {
      found.push(current!);
      current = undefined;
    } else current?.set(line.name, line);
  }
  return found;
}

describe('csto export --format ics', () => {
  const text = ok(['export', '--format', 'ics']);
  const lines = readIcs(text);

  it('is one VCALENDAR of version 2.0 with a PRODID', () => {
    expect(lines[0]).toEqual({ name: 'BEGIN', params: {}, value: 'VCALENDAR' });
    expect(lines.at(-1)).toEqual({ name: 'END', params: {}, value: 'VCALENDAR' });
    expect(lines.find((l) => l.name === 'VERSION')?.value).toBe('2.0');
    expect(lines.find((l) => l.name === 'PRODID')?.value).toMatch(/^-\/\/csto\/\/csto \S+\/\/EN$/);
  });

  it('has every day-precise session and round anniversary as an all-day event', () => {
    const all = events(lines);
    expect(all).toHaveLength(daySessionCount() + allAnniversariesCount());
    expect(daySessionCount()).toBeLessThan(sessions.length);
    expect(all.some((e) => e.get('UID')?.value === 'session-cmd-2011-06-minsk@csto')).toBe(false);
    const uids = all.map((e) => e.get('UID')?.value);
    expect(new Set(uids).size).toBe(all.length);
    for (const event of all) {
      expect(event.get('DTSTAMP')?.value).toMatch(/^\d{8}T\d{6}Z$/);
      expect(event.get('DTSTART')?.params).toEqual({ VALUE: 'DATE' });
      expect(event.get('DTSTART')?.value).toMatch(/^\d{8}$/);
      expect(event.get('DTEND')!.value > event.get('DTSTART')!.value).toBe(true);
      expect(event.get('SUMMARY')?.value.length).toBeGreaterThan(0);
    }
  });

  it('marks a cancelled session CANCELLED and a planned one TENTATIVE, as the library’s status says', () => {
    const all = events(lines);
    for (const s of sessions) {
      const event = all.find((e) => e.get('UID')?.value === `session-${s.id}@csto`);
      if (event === undefined) continue;
      const expected = { held: 'CONFIRMED', planned: 'TENTATIVE', cancelled: 'CANCELLED' }[s.status];
      expect(event.get('STATUS')?.value).toBe(expected);
    }
    const cancelled = all.find((e) => e.get('UID')?.value === 'session-csc-2018-12-06-saint-petersburg@csto')!;
    expect(cancelled.get('STATUS')?.value).toBe('CANCELLED');
    expect(unescapeText(cancelled.get('SUMMARY')!.value)).toBe(
      'Collective Security Council, Saint Petersburg (cancelled)',
    );
  });

  it('reads back the agenda of the Dushanbe defence session, escapes and folds undone', () => {
    const session = events(lines).find((e) => e.get('UID')?.value === 'session-cmd-2021-04-27-dushanbe@csto')!;
    expect(session.get('DTSTART')?.value).toBe('20210427');
    expect(session.get('DTEND')?.value).toBe('20210428');
    expect(unescapeText(session.get('SUMMARY')!.value)).toBe('Council of Ministers of Defense, Dushanbe');
    const description = unescapeText(session.get('DESCRIPTION')!.value).split('\n');
    expect(description[0]).toBe('Agenda:');
    expect(description[3]).toBe('3. Plans to equip the CSTO collective rapid response forces');
  });

  it('includes the planned sessions known to the day, marked tentative and planned, and only those', () => {
    // Sessions known only to their month are on no day, so in no calendar.
    const planned = sessions
      .filter((s) => s.status === 'planned' && precisionOf(s.date) === 'day')
      .map((s) => `session-${s.id}@csto`);
    expect(planned.length).toBeGreaterThan(0);
    const tentative = events(lines).filter((e) => e.get('STATUS')?.value === 'TENTATIVE');
    expect(tentative.map((e) => e.get('UID')?.value)).toEqual(planned);
    for (const event of tentative) expect(unescapeText(event.get('SUMMARY')!.value)).toMatch(/ \(planned\)$/);
    const ru = events(readIcs(ok(['export', '--format', 'ics', '--lang', 'ru']))).filter(
      (e) => e.get('STATUS')?.value === 'TENTATIVE',
    );
    for (const event of ru) expect(unescapeText(event.get('SUMMARY')!.value)).toMatch(/ \(запланирована\)$/);
  });

  it('folds Russian text between characters, never inside one', () => {
    const ru = ok(['export', '--format', 'ics', 'anniversaries', '--lang', 'ru']);
    const treaty = events(readIcs(ru)).find((e) => e.get('UID')?.value === 'anniversary-treaty-signed-30@csto')!;
    expect(treaty.get('DTSTART')?.value).toBe('20220515');
    expect(unescapeText(treaty.get('SUMMARY')!.value)).toBe('30 лет: Подписан Договор о коллективной безопасности');
    expect(ru).not.toContain('\uFFFD');
  });
});
