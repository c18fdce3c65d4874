import { describe, expect, it } from 'vitest';
import { csto } from './_run.js';

const badInput: readonly (readonly [string, readonly string[], RegExp])[] = [
  [
    'an unknown command',
    ['member'],
    /^csto: unknown command "member": expected one of .*members.* Did you mean "members"\?$/,
  ],
  [
    'an unknown option',
    ['members', '--onn', '2021-01-01'],
    /^csto: unknown option --onn for `csto members`: expected --on, --all.* Did you mean "--on"\?$/,
  ],
  [
    'a bad date',
    ['members', '--on', '2021-13-01'],
    /^csto: --on: Invalid date "2021-13-01": expected a real calendar day as YYYY-MM-DD/,
  ],
  ['a date that does not exist', ['sg', '--on=2021-02-30'], /^csto: --on: Invalid date "2021-02-30"/],
  ['a bad timeline bound', ['timeline', '--from', 'yesterday'], /^csto: --from: Invalid date "yesterday"/],
  [
    'a bad state code',
    ['state', 'XX'],
    /^csto: CODE: Unknown state "XX": expected an ISO 3166-1 alpha-2 code .*\(AM, AZ, .*\)\. Alpha-3 codes and English or Russian names are accepted too/,
  ],
  ['a misspelt state', ['state', 'Kazakstan'], /^csto: CODE: Unknown state "Kazakstan".* Did you mean "Kazakhstan"\?$/],
  ['a misspelt Russian name', ['state', 'Таджикистн'], /Did you mean "Таджикистан"\?$/],
  [
    'a year out of range',
    ['chair', '1800'],
    /^csto: YEAR: Invalid year 1800: expected an integer from 1992 to 2100\.$/,
  ],
  [
    'a year that is not a number',
    ['sessions', '--year', 'last'],
    /^csto: --year: Invalid year "last": expected an integer from 1992 to 2100\.$/,
  ],
  ['a year out of range for anniversaries', ['anniversaries', '2101'], /^csto: YEAR: Invalid year 2101/],
  ['both a year and a date for chair', ['chair', '2021', '--on', '2021-01-01'], /^csto: give either YEAR or --on DATE/],
  [
    'an unknown body',
    ['sessions', '--body', 'cmdd'],
    /^csto: --body: Unknown body "cmdd": expected one of csc, .* Did you mean "cmd"\?$/,
  ],
  [
    'an unknown session',
    ['session', 'cmd-2021-04-27-dushanb'],
    /^csto: ID: Unknown session .* Did you mean "cmd-2021-04-27-dushanbe"\?$/,
  ],
  ['a missing argument', ['session'], /^csto: `csto session` needs ID: /],
  [
    'an extra argument',
    ['members', 'now'],
    /^csto: unexpected argument "now" for `csto members`: it takes no arguments\.$/,
  ],
  ['a missing option value', ['members', '--on'], /^csto: option --on needs a value: DATE\.$/],
  ['a value for a flag', ['members', '--all=yes'], /^csto: option --all takes no value/],
  ['an unknown language', ['--lang', 'de'], /^csto: --lang: unknown value "de": expected one of en, ru\.$/],
  [
    'an unknown format',
    ['export', '--format', 'xml'],
    /^csto: --format: unknown value "xml": expected one of json, csv, ics\.$/,
  ],
  [
    'a CSV export without a domain',
    ['export', '--format', 'csv'],
    /^csto: --format csv needs a DOMAIN: one of states, /,
  ],
  [
    'a domain the format lacks',
    ['export', '--format', 'ics', 'states'],
    /^csto: DOMAIN: unknown domain "states" for --format ics: expected one of sessions, anniversaries\.$/,
  ],
  [
    '--json with another format',
    ['export', '--format', 'csv', 'states', '--json'],
    /^csto: --json conflicts with --format csv/,
  ],
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
  });

  it('shows a command’s help rather than an error when --help is given', () => {
    const run = csto(['members', '--on', 'nonsense', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: csto members/);
  });
});
