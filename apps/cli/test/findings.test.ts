import { spawnSync } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';
import {
  chairOn,
  citationsOf,
  dataset,
  findSessions,
  forces,
  isProjection,
  membersOn,
  operations,
  operationsOn,
  searchRecord,
  secretaryGeneralOn,
  sessionsIn,
  states,
  todayUtc,
} from '@csto/core';
import { describe, expect, it } from 'vitest';
import { BIN, csto, ok } from './_run.js';

// Each finding of the issue "the command line a person guesses right the first time", run on the built binary.
describe('natural arguments', () => {
  it('takes a day as a positional: csto members 2012-07-01', () => {
    expect(ok(['members', '2012-07-01'])).toBe(ok(['members', '--on', '2012-07-01']));
    for (const code of membersOn('2012-07-01')) expect(ok(['members', '2012-07-01'])).toContain(code);
  });

  it('takes a month or a day as the period of csto sessions: csto sessions 2011-06, csto sessions 2021-04-27', () => {
    const ids = (args: string[]) => (JSON.parse(ok([...args, '--json'])) as { id: string }[]).map((s) => s.id);
    const june2011 = findSessions('2011-06').map((s) => s.id);
    expect(june2011).toContain('cmd-2011-06-minsk');
    expect(ids(['sessions', '2011-06'])).toEqual(june2011);
    expect(ids(['sessions', '2021-04-27'])).toEqual(findSessions('2021-04-27').map((s) => s.id));
    expect(ids(['sessions', '2021-04', '--body', 'cmd'])).toEqual(
      sessionsIn(2021, { body: 'cmd' })
        .filter((s) => s.date.startsWith('2021-04'))
        .map((s) => s.id),
    );
    expect(ok(['sessions', '2011-06'])).toContain('cmd-2011-06-minsk');
    const refused = csto(['sessions', '2011-13']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/invalid month "2011-13".*`csto sessions --help`/);
    const word = csto(['sessions', 'june']);
    expect(word.code).toBe(2);
    expect(word.stderr).toMatch(/"june" is not a year, a month or a day: expected such as 2021, 2011-06 or 2021-04-27/);
    expect(ok(['sessions', '2021-01-01'])).toBe('The data has no sessions for 2021-01-01.\n');
  });

  it('takes a day for sg and chair: csto sg 2018-01-01, csto chair 2021-10-01', () => {
    expect(ok(['sg', '2018-01-01'])).toContain(secretaryGeneralOn('2018-01-01')!.person.name.en);
    expect(ok(['chair', '2021-10-01'])).toContain(chairOn('2021-10-01')!.chair.name.en);
  });

  it('takes a year as a positional: csto sessions 2021, csto timeline 2021', () => {
    expect(ok(['sessions', '2021'])).toBe(ok(['sessions', '--year', '2021']));
    const dates = ok(['timeline', '2021']).match(/^ {2}\d{4}(-\d{2}(-\d{2})?)?/gm) ?? [];
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.every((d) => d.trim().startsWith('2021'))).toBe(true);
  });

  it('finds sessions by day, id prefix or place: csto session 2021-04-27', () => {
    expect(ok(['session', '2021-04-27'])).toContain('cmd-2021-04-27-dushanbe');
    const byPlace = ok(['session', 'Душанбе']);
    for (const s of findSessions('Душанбе')) expect(byPlace).toContain(s.id);
  });

  it.each([
    ['Kyrgyz', 'KG'],
    ['арм', 'AM'],
    ['РФ', 'RU'],
    ['051', 'AM'],
  ] as const)('resolves csto state %s through the core', (input, code) => {
    expect(ok(['state', input])).toMatch(new RegExp(`^${states[code].name.en} \\(${code},`));
  });

  it('reads today, yesterday and tomorrow as days', () => {
    expect(ok(['members', 'today'])).toBe(ok(['members']));
    expect(ok(['members', '--on', 'yesterday'])).toMatch(/^(.*\n)*Members on \d{4}-\d{2}-\d{2}/);
  });

  it('answers csto --on 2012-07-01, csto 2012-07-01, csto version and csto -l ru', () => {
    expect(ok(['--on', '2012-07-01'])).toContain('CSTO on 2012-07-01');
    expect(ok(['2012-07-01'])).toBe(ok(['--on', '2012-07-01']));
    expect(ok(['version'])).toBe(ok(['--version']));
    expect(ok(['-l', 'ru'])).toBe(ok(['--lang', 'ru']));
  });
});

describe('honest time', () => {
  it('adds a one-line notice for a day after the data date, and none before', () => {
    expect(ok(['members', '2030-01-01'])).toMatch(/^2030-01-01 is after the data was last checked/);
    expect(ok(['members', '2021-01-01'])).not.toContain('after the data was last checked');
    expect(ok(['members']).includes('after the data was last checked')).toBe(isProjection(todayUtc()));
  });

  it('includes joint meetings for a body in every year, labelled with all their bodies', () => {
    const joint = findSessions('joint');
    for (const s of joint) {
      expect(ok(['sessions', '--body', 'cmd'])).toContain(s.id);
      expect(ok(['session', s.id])).toMatch(/^joint meeting: /);
    }
  });

  it('counts the overview’s membership heading as its rows', () => {
    const out = ok(['--on', '2013-06-01']);
    const rows = out.split('\n').filter((l) => /^ {2}[A-Z]{2} {2}/.test(l)).length;
    expect(out).toContain(`Membership (${rows} states`);
  });
});

describe('the terminal', () => {
  it('prints the export help on a terminal when given no arguments', () => {
    const run = spawnSync('script', ['-qec', `"${process.execPath}" "${BIN}" export`, '/dev/null'], {
      encoding: 'utf8',
    });
    expect(run.stdout).toMatch(/Usage: csto export/);
  });

  it('wraps to the terminal width, never inside a date or a name', () => {
    const run = spawnSync(
      'script',
      ['-qec', `stty cols 40; "${process.execPath}" "${BIN}" timeline 2024`, '/dev/null'],
      { encoding: 'utf8' },
    );
    const lines = stripVTControlCharacters(run.stdout).split(/\r?\n/);
    expect(lines.every((l) => l.length <= 40 || /https?:/.test(l))).toBe(true);
    expect(run.stdout).not.toMatch(/\d{4}-\r?\n/);
  });

  it('follows FORCE_COLOR and NO_COLOR as Node does', () => {
    expect(csto(['members'], { FORCE_COLOR: '1' }).stdout).toContain('\u001b[');
    expect(csto(['members'], { FORCE_COLOR: '0' }).stdout).not.toContain('\u001b[');
    expect(csto(['members'], { NO_COLOR: '1' }).stdout).not.toContain('\u001b[');
  });

  it('names a failed write as an environment failure, exit 1', () => {
    const run = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" export > /dev/full`], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^csto: environment failure: cannot write to standard output \(ENOSPC\)/);
  });

  it('marks English-only text in Russian output', () => {
    expect(ok(['session', 'cmd-2021-04-27-dushanbe', '-l', 'ru'])).toContain('[англ.]');
  });
});

describe('the commands people look for', () => {
  it('lists the sources, and shows one with every passage that cites it', () => {
    const id = 'kazinform-2021-04-23';
    expect(ok(['sources'])).toContain(id);
    const shown = JSON.parse(ok(['source', id, '--json'])) as { citations: { citation: { source: string } }[] };
    let count = 0;
    const visit = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(visit);
      else if (typeof value === 'object' && value !== null) {
        if ('source' in value && 'passage' in value && value.source === id) count++;
        Object.values(value).forEach(visit);
      }
    };
    visit(dataset());
    expect(shown.citations).toHaveLength(count);
    // What it shows is the core's answer (`citationsOf`), not a second walk of the data.
    expect(shown.citations).toEqual(JSON.parse(JSON.stringify(citationsOf(id))));
    expect(csto(['source', 'kazinform-2021-04-2']).stderr).toMatch(
      /Did you mean "kazinform-2021-04-23"\?.*`csto sources`/,
    );
  });

  it('searches agendas and passages in English and Russian, ignoring case and accents', () => {
    expect(ok(['search', 'RAPID RESPONSE'])).toContain('cmd-2021-04-27-dushanbe');
    expect(ok(['search', 'душанбе'])).toContain('Душанбе');
    expect(ok(['search', 'dushanbé'])).toBe(ok(['search', 'dushanbe']).replaceAll('"dushanbe"', '"dushanbé"'));
    expect(JSON.parse(ok(['search', 'Dushanbe', '--json']))).toEqual(
      JSON.parse(JSON.stringify(searchRecord('Dushanbe'))),
    );
  });

  it.each(['bash', 'zsh', 'fish'])('prints a %s completion script naming every command', (shell) => {
    const script = ok(['completion', shell]);
    for (const name of ['members', 'state', 'session', 'export', 'search', 'completion'])
      expect(script).toContain(name);
  });

  it('checks the bash completion script with bash -n', () => {
    const run = spawnSync('bash', ['-n'], { input: ok(['completion', 'bash']), encoding: 'utf8' });
    expect(run.status).toBe(0);
  });

  it('shows the collective forces and their operations as the core has them: csto forces', () => {
    expect(JSON.parse(ok(['forces', '--json']))).toEqual(
      JSON.parse(JSON.stringify({ forces: Object.values(forces), operations })),
    );
    const text = ok(['forces']);
    for (const force of Object.values(forces)) expect(text.replaceAll('\n', ' ')).toContain(force.id);
    for (const operation of operations) expect(text).toContain(operation.id);
  });

  it('shows only the operations under way on a day: csto forces 2022-01-10, and none on 2023-01-01', () => {
    const on = (day: string) =>
      (JSON.parse(ok(['forces', day, '--json'])) as { operations: { id: string }[] }).operations;
    expect(on('2022-01-10').map((o) => o.id)).toEqual(operationsOn('2022-01-10').map((o) => o.id));
    expect(on('2022-01-10').length).toBeGreaterThan(0);
    expect(on('2023-01-01')).toEqual([]);
  });

  it('lists the documents adopted at sessions, as the core’s sessions of the year hold them: csto documents 2021', () => {
    const expected = sessionsIn(2021)
      .filter((s) => (s.documents ?? []).length > 0)
      .map((s) => ({ session: s.id, date: s.date, documents: s.documents }));
    expect(JSON.parse(ok(['documents', '2021', '--json']))).toEqual(JSON.parse(JSON.stringify(expected)));
    const text = ok(['documents', '2021']).replaceAll(/\s+/g, ' ');
    for (const row of expected) for (const doc of row.documents ?? []) expect(text).toContain(doc.title.en);
    // A body's documents include those of the joint meetings it took part in, as `sessions --body` does.
    const joint = (JSON.parse(ok(['documents', '2021', '--body', 'cmd', '--json'])) as { session: string }[]).map(
      (r) => r.session,
    );
    expect(joint).toEqual(
      sessionsIn(2021, { body: 'cmd' })
        .filter((s) => (s.documents ?? []).length > 0)
        .map((s) => s.id),
    );
    expect(joint.some((id) => id.startsWith('joint-'))).toBe(true);
  });
});
