import { describe, expect, it } from 'vitest';
import { csto } from './_run.js';

const badInput: readonly (readonly [string, readonly string[], RegExp])[] = [
  [
    'an unknown command',
    ['member'],
    /^csto: unknown command "member": expected one of .*members.* Did you mean "members"\? Try `csto members`\.$/,
  ],
  [
    'an unknown option',
    ['members', '--onn', '2021-01-01'],
    /^csto: unknown option "--onn" for `csto members`: expected --on, --all.* Did you mean "--on"\?/,
  ],
  [
    'a bad date',
    ['members', '--on', '2021-13-01'],
    /^csto: --on: Invalid date "2021-13-01": expected a real calendar day as YYYY-MM-DD/,
  ],
  ['a date that does not exist', ['sg', '--on=2021-02-30'], /^csto: --on: Invalid date "2021-02-30"/],
  ['a bad timeline bound', ['timeline', '--from', 'someday'], /^csto: --from: Invalid date "someday"/],
  ['a bad state code', ['state', 'XX'], /^csto: STATE: Unknown state "XX": expected a code \(AM, AZ, .*\)/],
  ['a misspelt state', ['state', 'Kazakhztan'], /^csto: STATE: Unknown state "Kazakhztan"/],
  ['a one-letter state', ['state', 'K'], /^csto: STATE: Unknown state "K"/],
  [
    'a misspelt state, with the name that works',
    ['state', 'Kyrgistan'],
    /^csto: STATE: Unknown state "Kyrgistan".* Did you mean "Kyrgyzstan"\? Try `csto state Kyrgyzstan`\.$/,
  ],
  ['a misspelt Russian state name', ['state', 'Армениа'], /Did you mean "Армения"\? Try `csto state Армения`\.$/],
  [
    'a year out of range',
    ['chair', '1800'],
    /^csto: YEAR\|DATE: Invalid year 1800: expected an integer from 1992 to 2100\./,
  ],
  [
    'a year that is not a number',
    ['sessions', '--year', 'last'],
    /^csto: --year: Invalid year "last": expected an integer from 1992 to 2100\./,
  ],
  ['a year out of range for anniversaries', ['anniversaries', '2101'], /^csto: YEAR: Invalid year 2101/],
  [
    'both a year and a date for chair',
    ['chair', '2021', '--on', '2021-01-01'],
    /^csto: give either a year or a day to `chair`, not both: `csto chair 2021`/,
  ],
  [
    'a day given twice',
    ['members', '2021-01-01', '--on', '2021-01-02'],
    /^csto: give the day once: `csto members 2021-01-01`/,
  ],
  [
    'an unknown body',
    ['sessions', '--body', 'cmdd'],
    /^csto: --body: unknown body "cmdd": expected one of csc, .* Did you mean "cmd"\?/,
  ],
  [
    'an unknown session',
    ['session', 'nowhere-at-all'],
    /^csto: no session matches "nowhere-at-all": .* Run `csto sessions` for the list\.$/,
  ],
  ['a missing argument', ['session'], /^csto: `csto session` needs QUERY: /],
  [
    'an extra argument',
    ['members', '2021-01-01', 'now'],
    /^csto: unexpected argument "now" for `csto members`: it takes DATE\. Run `csto members --help`\.$/,
  ],
  ['a year where a day is meant', ['members', '2012'], /^csto: DATE: Invalid date "2012"/],
  ['a missing option value', ['members', '--on'], /^csto: option --on needs a value: DATE\./],
  ['a value for a flag', ['members', '--all=yes'], /^csto: option --all takes no value/],
  ['an unknown language', ['--lang', 'de'], /^csto: --lang: unknown value "de": expected one of en, ru\./],
  [
    'an unknown format',
    ['export', '--format', 'xml'],
    /^csto: --format: unknown value "xml": expected one of json, csv, ics\./,
  ],
  [
    'a CSV export without a table',
    ['export', '--format', 'csv'],
    /^csto: --format csv needs a TABLE: one of organization, states, membership_periods, .* `csto export --format csv sessions`\.$/,
  ],
  [
    'a domain the format lacks',
    ['export', '--format', 'ics', 'states'],
    /^csto: unknown domain "states" for --format ics: expected one of sessions, anniversaries\. For the data, try `csto export --format json states`\.$/,
  ],
  [
    '--json with another format',
    ['export', '--format', 'csv', 'states', '--json'],
    /^csto: --json conflicts with --format csv/,
  ],
  [
    '--from after --to',
    ['timeline', '--from', '2022-01-01', '--to', '2021-01-01'],
    /^csto: --from 2022-01-01 is after --to 2021-01-01: .*`csto timeline --from 2021-01-01 --to 2022-01-01`/,
  ],
  ['a year as a command', ['2021'], /^csto: unknown command "2021".*`csto sessions 2021`/],
];

describe('bad input', () => {
  it.each(badInput)('reports %s on one line of stderr with exit code 2', (_, args, message) => {
    const run = csto(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.endsWith('\n')).toBe(true);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr.trimEnd()).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    // Every refusal ends by naming a command that would work, and it does.
    const suggested = [...run.stderr.matchAll(/`(csto[^`]*)`/g)].at(-1)?.[1];
    expect(suggested).toBeDefined();
    const words = [...(suggested ?? '').matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? '').slice(1);
    const tried = csto(words);
    expect(tried.code, `${suggested}: ${tried.stderr}`).toBe(0);
  });

  it('cuts a long argument to about 60 characters and answers at once', () => {
    const started = Date.now();
    const run = csto(['state', 'x'.repeat(120_000)]);
    expect(run.code).toBe(2);
    expect(run.stderr.length).toBeLessThan(600);
    expect(Date.now() - started).toBeLessThan(5_000);
    const command = csto(['y'.repeat(120_000)]);
    expect(command.stderr).toContain(`"${'y'.repeat(60)}…"`);
    expect(command.stderr.length).toBeLessThan(600);
  });

  it('shows a command’s help rather than an error when --help is given', () => {
    const run = csto(['members', '--on', 'nonsense', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: csto members/);
  });
});
