import type { ArgSpec, OptionSpec } from './_define.js';

/**
 * `--on DATE`, the day a command answers for.
 * @example
 * onOption.name; //=> 'on'
 */
export const onOption = {
  name: 'on',
  value: 'date',
  placeholder: 'DATE',
  description: 'the day: YYYY-MM-DD, today, yesterday or tomorrow (default: today, UTC)',
} as const satisfies OptionSpec;

/**
 * `--body BODY`, the sessions one body took part in (its joint meetings included).
 * @example
 * bodyOption.placeholder; //=> 'BODY'
 */
export const bodyOption = {
  name: 'body',
  value: 'string',
  placeholder: 'BODY',
  description: 'only the sessions this body took part in: an id (csc, cmfa, cmd, cssc, …) or an abbreviation',
} as const satisfies OptionSpec;

/**
 * `DATE`, a positional that stands for `--on` (`csto members 2012-07-01`).
 * @example
 * dayArg.as; //=> 'on'
 */
export const dayArg = {
  name: 'DATE',
  as: 'on',
  required: false,
  value: 'date',
  description: 'the day (as --on)',
} as const satisfies ArgSpec;

/**
 * The options every command accepts.
 * @example
 * globalOptions.map((o) => o.name); //=> ['json', 'lang', 'sources', 'help', 'version']
 */
export const globalOptions = [
  { name: 'json', description: 'print the library’s objects as JSON (see the README for each shape)' },
  {
    name: 'lang',
    short: 'l',
    value: { choices: ['en', 'ru'] },
    placeholder: 'LANG',
    description: 'en or ru (default: en)',
  },
  { name: 'sources', description: 'number each line and list its sources' },
  { name: 'help', short: 'h', description: 'show the help' },
  { name: 'version', short: 'v', description: 'show the version' },
] as const satisfies readonly OptionSpec[];
