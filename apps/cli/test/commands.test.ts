import {
  sessions as allSessions,
  anniversariesIn,
  chairOn,
  DATA_AS_OF,
  getSession,
  instruments,
  membersOn,
  presidencyIn,
  secretaryGeneralOn,
  sessionsIn,
  states,
  todayUtc,
} from '@csto/core';
import { describe, expect, it } from 'vitest';
import { csto, ok, wideLines } from './_run.js';

const everyCommand: readonly (readonly string[])[] = [
  [],
  ['members'],
  ['members', '--on', '2010-01-01'],
  ['members', '--all'],
  ['state', 'UZ'],
  ['chair'],
  ['chair', '2021'],
  ['chair', '--on', '2022-10-01'],
  ['sg'],
  ['sg', '--on', '2017-03-01'],
  ['sessions'],
  ['sessions', '--year', '2021', '--body', 'cmd'],
  ['session', 'cmd-2021-04-27-dushanbe'],
  ['timeline'],
  ['timeline', '--from', '2021-01-01', '--to', '2021-12-31'],
  ['anniversaries', '2027'],
  ['instruments'],
];

describe.each(['en', 'ru'] as const)('every command in %s', (lang) => {
  it.each(everyCommand.map((args) => [args.join(' ') || '(overview)', args] as const))(
    'prints `%s` within 80 columns, without colours when not on a terminal',
    (_, args) => {
      for (const extra of [[], ['--sources']]) {
        const out = ok([...args, '--lang', lang, ...extra]);
        expect(out.length).toBeGreaterThan(0);
        expect(wideLines(out)).toEqual([]);
        expect(out).not.toContain('\u001b[');
      }
    },
  );
});

describe('csto (the overview)', () => {
  it('names today, the data date, every member, the chair and the Secretary General', () => {
    const today = todayUtc();
    const out = ok([]);
    expect(out).toContain(today);
    expect(out).toContain(DATA_AS_OF);
    for (const code of membersOn(today)) expect(out).toContain(states[code].name.en);
    const chair = chairOn(today);
    if (chair) expect(out).toContain(chair.chair.name.en);
    const sg = secretaryGeneralOn(today);
    if (sg) expect(out).toContain(sg.person.name.en);
  });

  it('uses the Russian names of the data with --lang ru', () => {
    const today = todayUtc();
    const out = ok(['--lang', 'ru']);
    for (const code of membersOn(today)) expect(out).toContain(states[code].name.ru);
    const chair = chairOn(today);
    if (chair) expect(out).toContain(chair.chair.name.ru);
  });
});

describe('csto members', () => {
  it('lists the six members on the day of the Dushanbe defence session', () => {
    const out = ok(['members', '--on', '2021-04-27']);
    const codes = membersOn('2021-04-27');
    expect(codes).toHaveLength(6);
    for (const code of codes) expect(out).toMatch(new RegExp(`^  ${code}  ${states[code].name.en}`, 'm'));
    expect(out).not.toContain('Uzbekistan');
  });

  it('shows every state ever party, Georgia included, with --all', () => {
    const out = ok(['members', '--all', '--on', '2021-04-27', '--lang', 'ru']);
    expect(out).toContain('Грузия');
    expect(out).toMatch(/Узбекистан\s+членство приостановлено/);
  });

  it('numbers each line and lists its sources with --sources', () => {
    const out = ok(['members', '--on', '2010-01-01', '--sources']);
    expect(out).toMatch(/^ {2}UZ {2}Uzbekistan .*\[\d+(, \d+)*\]$/m);
    expect(out).toMatch(/^Sources$/m);
    expect(out).toMatch(/^\s+https?:\/\//m);
  });
});

describe('csto state', () => {
  it.each(['UZ', 'uz', 'UZB', 'uzbekistan', 'Узбекистан', 'республика узбекистан'])(
    'finds Uzbekistan from "%s"',
    (input) => {
      expect(ok(['state', input])).toMatch(/^Uzbekistan \(UZ, UZB\)/);
    },
  );

  it('shows the whole history with its sources', () => {
    const out = ok(['state', 'UZ']);
    for (const period of states.UZ.membership) expect(out).toContain(period.from);
    expect(out).toMatch(/^Sources$/m);
  });
});

describe('csto chair and csto sg', () => {
  it('names the chair of a year', () => {
    const chair = presidencyIn(2021)!;
    expect(ok(['chair', '2021'])).toContain(chair.chair.name.en);
    expect(ok(['chair', '2021', '--lang', 'ru'])).toContain(chair.chair.name.ru);
  });

  it('names the chair on a day', () => {
    expect(ok(['chair', '--on', '2022-10-01'])).toContain(chairOn('2022-10-01')!.chair.name.en);
  });

  it('says when the data has no chairmanship for a year', () => {
    expect(ok(['chair', '1995'])).toBe('The data has no chairmanship for 1995.\n');
  });

  it('names an acting Secretary General as acting', () => {
    const term = secretaryGeneralOn('2017-03-01')!;
    expect(term.acting).toBe(true);
    expect(ok(['sg', '--on', '2017-03-01'])).toContain(`${term.person.name.en} (acting)`);
  });
});

describe('csto sessions and csto session', () => {
  it('lists the sessions of a year and body', () => {
    const out = ok(['sessions', '--year', '2021', '--body', 'CMD']);
    for (const s of sessionsIn(2021, { body: 'cmd' })) expect(out).toContain(s.id);
    expect(out).not.toContain('cssc-2021-04-29-dushanbe');
  });

  it('writes out the month of a session known only to its month, and lists it under its month', () => {
    const session = getSession('cmd-2011-06-minsk');
    expect(session.date).toBe('2011-06');
    expect(ok(['session', session.id]).split('\n')[0]).toMatch(/, June 2011$/);
    expect(ok(['session', session.id, '--lang', 'ru']).split('\n')[0]).toMatch(/, июнь 2011$/);
    expect(ok(['sessions', '--year', '2011'])).toContain(`  2011-06     ${session.id}`);
    expect(ok(['session', '2011-06'])).toContain(session.id);
    const day = csto(['session', '2011-06-15']);
    expect(day.stdout + day.stderr).not.toContain(session.id);
  });

  it('marks a cancelled session as cancelled, in the list and on its own page, never as held', () => {
    const session = getSession('csc-2018-12-06-saint-petersburg');
    expect(session.status).toBe('cancelled');
    expect(ok(['session', session.id]).split('\n')[0]).toBe(
      'Collective Security Council, Saint Petersburg (cancelled), 2018-12-06',
    );
    expect(ok(['session', session.id, '--lang', 'ru']).split('\n')[0]).toContain('(отменена)');
    const list = ok(['sessions', '--year', '2018', '--body', 'csc']).replace(/\s+/g, ' ');
    expect(list).toContain(`${session.id} Collective Security Council, Saint Petersburg (cancelled)`);
  });

  it('prints a session’s full agenda', () => {
    const session = getSession('cmd-2021-04-27-dushanbe');
    const out = ok(['session', session.id]).replace(/\s+/g, ' ');
    for (const item of session.agenda) expect(out).toContain(item.text.en);
  });
});

describe('csto timeline', () => {
  it('keeps its events in date order within the range', () => {
    const dates = ok(['timeline', '--from', '2020-01-01', '--to', '2022-12-31'])
      .split('\n')
      .map((line) => /^ {2}(\d{4}-\d{2}-\d{2})/.exec(line)?.[1])
      .filter((d) => d !== undefined);
    expect(dates.length).toBeGreaterThan(5);
    expect([...dates].sort()).toEqual(dates);
    expect(dates.every((d) => d >= '2020-01-01' && d <= '2022-12-31')).toBe(true);
  });

  it('lists exactly the sessions of the whole record that begin in its range, at every kind of edge', () => {
    // The timeline of a range reads the sessions of its years alone: it must miss none and add none.
    const ranges: [string[], string | undefined, string | undefined][] = [
      [['2021'], '2021-01-01', '2021-12-31'],
      [['2011-06-15'], '2011-06-15', '2011-06-15'],
      [['--from', '2025-06-01'], '2025-06-01', undefined],
      [['--to', '1999-12-31'], undefined, '1999-12-31'],
      [['--from', '1980-01-01', '--to', '1992-05-15'], '1980-01-01', '1992-05-15'],
      [['--from', '2020-12-31', '--to', '2021-01-01'], '2020-12-31', '2021-01-01'],
      // After DATA_AS_OF: the planned sessions of the year, shown as the record has them.
      [['2026'], '2026-01-01', '2026-12-31'],
    ];
    for (const [args, from, to] of ranges) {
      const events = JSON.parse(ok(['timeline', ...args, '--json'])) as { kind: string; session?: { id: string } }[];
      const shown = events.filter((e) => e.kind === 'session').map((e) => e.session?.id);
      const expected = allSessions
        .filter(
          (s) => (from === undefined || s.date >= from.slice(0, s.date.length)) && (to === undefined || s.date <= to),
        )
        .map((s) => s.id);
      expect(shown, args.join(' ')).toEqual(expected);
    }
    expect(JSON.parse(ok(['timeline', '2011-06-15', '--json']))).toEqual(
      JSON.parse(ok(['timeline', '--json'])).filter((e: { date: string }) => '2011-06-15'.startsWith(e.date)),
    );
  });
});

describe('csto anniversaries', () => {
  it('lists the round anniversaries of a year', () => {
    const out = ok(['anniversaries', '2022']);
    for (const a of anniversariesIn(2022)) expect(out).toContain(`${a.date}  ${a.years} years`);
  });

  it('defaults to this year', () => {
    const year = todayUtc().slice(0, 4);
    expect(ok(['anniversaries'])).toMatch(new RegExp(`${year}`));
  });
});

describe('--version', () => {
  it('prints the package version', async () => {
    const { version } = (await import('../package.json', { with: { type: 'json' } })).default;
    expect(ok(['--version'])).toBe(`${version}\n`);
    expect(ok(['members', '-v'])).toBe(`${version}\n`);
  });
});

describe('csto instruments', () => {
  it('lists every instrument with its id, signature, place, entry into force and title', () => {
    const out = ok(['instruments']);
    for (const i of Object.values(instruments)) {
      expect(out).toContain(`  ${i.signed}  ${i.id}`);
      if (i.inForce) expect(out).toContain(`in force ${i.inForce}`);
    }
    expect(out).toContain('Tashkent; in force 1994-04-20');
    expect(JSON.parse(ok(['instruments', '--json']))).toEqual(JSON.parse(JSON.stringify(Object.values(instruments))));
  });
});
