import type { ArgSpec, OptionSpec } from './_define.js';

/**
 * `--on DATE`, the day a command answers for.
 * @example
 * onOption.name; //=> 'on'
 */
export const onOption: OptionSpec = {
  name: 'on',
  value: 'date',
  placeholder: 'DATE',
  description: 'the day: YYYY-MM-DD, today, yesterday or tomorrow (default: today, UTC)',
};

/**
 * `DATE`, a positional that stands for `--on` (`csto members 2012-07-01`).
 * @example
 * dayArg.as; //=> 'on'
 */
export const dayArg: ArgSpec = {
  name: 'DATE',
  as: 'on',
  required: false,
  value: 'date',
  description: 'the day (as --on)',
};
