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
        overview       A one-screen overview as of a day, today by default (what
                       \`csto\` alone prints).
        members        The members on a day: formal members, that is member or frozen
                       (a suspended state is not a formal member). With --all, every
                       state ever party to the treaty and its status that day.
        state          One state’s full membership history, with its sources. STATE is
                       an ISO 3166-1 code (alpha-2, alpha-3 or numeric), an English or
                       Russian name, a short or former name, or the start of a name,
                       in any case.
        chair          The chairing state and its head of state: for a year (the
                       chairmanship named for it), or on a day (default: today).
        sg             The Secretary General (or acting Secretary General) in office
                       on a day.
        sessions       The sessions in the data (held, planned and cancelled) in date
                       order: all of them, or those of a year, a month or a day,
                       and/or of one body (joint meetings included).
        session        One session with its agenda, documents and absences; or, when
                       QUERY matches several, the list of them (ids as listed by \`csto
                       sessions\`).
        timeline       Milestones, membership changes, chair handovers, secretaries
                       general and sessions in date order (--from and --to inclusive).
        anniversaries  The round (every fifth) anniversaries of the founding dates
                       that fall in a year.
        instruments    The legal instruments: the treaty, the Charter, the agreements
                       and their protocols.
        documents      The documents adopted or signed at sessions, where sources list
                       them, session by session: all, or those of a year and/or of one
                       body. For the treaty, the Charter and the agreements, see \`csto
                       instruments\`.
        forces         The collective forces (established when, on what basis, what
                       happened to them) and their operations; with a day, only the
                       operations under way that day.
        sources        Every source the data cites: id, publisher, date and title
                       (\`csto source ID\` for one with its passages).
        source         One source, and every passage of it that the data cites, with
                       the record each passage supports.
        search         Searches agendas, documents, notes, names and the cited
                       passages, in English and Russian, ignoring case and accents.
        export         The data for other tools. json: every domain (byte for byte the
                       library’s data.json), or one; csv: one table of the data
                       package (byte for byte @csto/core/tables/NAME.csv); ics:
                       sessions, planned ones marked tentative, and round
                       anniversaries as all-day events (RFC 5545). With no arguments
                       on a terminal, prints this help.
        completion     A shell completion script: \`eval "$(csto completion bash)"\`, or
                       the same for zsh; fish: \`| source\`.

      Global options (with every command):
        --json           print the library’s objects as JSON (see the README for each
                         shape)
        -l, --lang LANG  en or ru (default: en)
        --sources        number each line and list its sources
        -h, --help       show the help
        -v, --version    show the version

      Run \`csto COMMAND --help\` for the options and examples of a command.
      Exit codes: 0 ok, 1 failure of the program, 2 bad usage.
      "
    `);
  });

  it('is generated for each command from its declaration', () => {
    expect(ok(['members', '--help'])).toMatchInlineSnapshot(`
      "Usage: csto members [DATE] [--on DATE] [--all]

      The members on a day: formal members, that is member or frozen (a suspended
      state is not a formal member). With --all, every state ever party to the treaty
      and its status that day.

      Arguments:
        DATE  the day (as --on)

      Options:
        --on DATE  the day: YYYY-MM-DD, today, yesterday or tomorrow (default: today,
                   UTC)
        --all      every state ever party to the treaty, with its status

      Global options: --json, -l, --lang LANG, --sources, -h, --help, -v, --version.

      Examples:
        csto members
        csto members 2012-07-01
        csto members --all --on yesterday
        csto members -l ru
      "
    `);
    expect(ok(['help', 'export'])).toMatchInlineSnapshot(`
      "Usage: csto export [DOMAIN] [--format FORMAT] [--domain DOMAIN] [--bom]

      The data for other tools. json: every domain (byte for byte the library’s
      data.json), or one; csv: one table of the data package (byte for byte
      @csto/core/tables/NAME.csv); ics: sessions, planned ones marked tentative, and
      round anniversaries as all-day events (RFC 5545). With no arguments on a
      terminal, prints this help.

      Arguments:
        DOMAIN  json: organization, states, politicalEvents, milestones, instruments,
                chairmanships, secretariesGeneral, bodies, sessions, forces,
                operations, sources, openQuestions; csv: a table of the data package
                (listed by \`csto export --format csv\`); ics: sessions, anniversaries

      Options:
        --format FORMAT  json, csv or ics (default: json)
        --domain DOMAIN  the domain or table (the same as the argument)
        --bom            csv: start with a UTF-8 byte order mark, for spreadsheets

      Global options: --json, -l, --lang LANG, --sources, -h, --help, -v, --version.

      Examples:
        csto export --format json > csto.json
        csto export --format csv sessions > sessions.csv
        csto export --format csv membership-periods --bom > membership_periods.csv
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
    'instruments',
    'export',
  ])('fits 80 columns for `%s`', (command) => {
    const help = ok([command, '-h']);
    expect(help).toMatch(new RegExp(`^Usage: csto ${command}`));
    expect(help).toContain('Examples:');
    expect(wideLines(help)).toEqual([]);
  });
});
