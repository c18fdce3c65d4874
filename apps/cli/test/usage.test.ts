import { describe, expect, it } from 'vitest';
import { ok, wideLines } from './_run.js';

describe('usage', () => {
  it('lists every command and the global options', () => {
    const help = ok(['--help'])
      .replace(/^csto \S+:/, 'csto VERSION:')
      .replace(/checked to [\d-]+/, 'checked to DATE');
    expect(help).toMatchInlineSnapshot(`
      "csto VERSION: the Collective Security Treaty Organization on the command line
      (data checked to DATE).

      Usage: csto [COMMAND] [ARGUMENTS] [OPTIONS]

      Commands:
        overview       A one-screen overview as of today (what \`csto\` alone prints).
        members        The members on a day: formal members, that is member or frozen
                       (a suspended state is not a formal member). With --all, every
                       state ever party to the treaty and its status that day.
        state          One state’s full membership history, with its sources. CODE is
                       an ISO 3166-1 alpha-2 or alpha-3 code or an English or Russian
                       name, in any case.
        chair          The chairing state and its head of state: for a year (the
                       chairmanship named for it), or on a day (default: today).
        sg             The Secretary General (or acting Secretary General) in office
                       on a day.
        sessions       The sessions in the data, in date order: all of them, or those
                       of a year and/or of one body.
        session        One session with its full agenda (ids as listed by \`csto
                       sessions\`).
        timeline       Milestones, membership changes, chair handovers, secretaries
                       general and sessions in date order (--from and --to inclusive).
        anniversaries  The round (every fifth) anniversaries of the founding dates
                       that fall in a year.
        export         The data for other tools. json: every domain, or one; csv: one
                       domain (states give one row per membership period); ics:
                       sessions and round anniversaries as all-day events (RFC 5545).

      Global options (with every command):
        --json         print the library’s objects as JSON (see the README for each
                       shape)
        --lang LANG    en or ru (default: en)
        --sources      number each line and list its sources
        -h, --help     show the help
        -v, --version  show the version

      Run \`csto COMMAND --help\` for the options and examples of a command.
      Exit codes: 0 ok, 1 failure of the program, 2 bad usage.
      "
    `);
  });

  it('is generated for each command from its declaration', () => {
    expect(ok(['members', '--help'])).toMatchInlineSnapshot(`
      "Usage: csto members [--on DATE] [--all]

      The members on a day: formal members, that is member or frozen (a suspended
      state is not a formal member). With --all, every state ever party to the treaty
      and its status that day.

      Options:
        --on DATE  the day, YYYY-MM-DD (default: today, UTC)
        --all      every state ever party to the treaty, with its status

      Global options: --json, --lang LANG, --sources, -h, --help, -v, --version.

      Examples:
        csto members
        csto members --on 2010-01-01
        csto members --all --lang ru
      "
    `);
    expect(ok(['help', 'export'])).toMatchInlineSnapshot(`
      "Usage: csto export [DOMAIN] [--format FORMAT]

      The data for other tools. json: every domain, or one; csv: one domain (states
      give one row per membership period); ics: sessions and round anniversaries as
      all-day events (RFC 5545).

      Arguments:
        DOMAIN  json, csv: states, milestones, chairmanships, secretaries-general,
                bodies, sessions, sources; ics: sessions, anniversaries

      Options:
        --format FORMAT  json, csv or ics (default: json)

      Global options: --json, --lang LANG, --sources, -h, --help, -v, --version.

      Examples:
        csto export --format json > csto.json
        csto export --format csv sessions > sessions.csv
        csto export --format ics > csto.ics
      "
    `);
  });

  it.each([
    'overview',
    'members',
    'state',
    'chair',
    'sg',
    'sessions',
    'session',
    'timeline',
    'anniversaries',
    'export',
  ])('fits 80 columns for `%s`', (command) => {
    const help = ok([command, '-h']);
    expect(help).toMatch(new RegExp(`^Usage: csto ${command}`));
    expect(help).toContain('Examples:');
    expect(wideLines(help)).toEqual([]);
  });
});
