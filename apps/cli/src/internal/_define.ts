import type { IsoDate, Language } from '@csto/core';
import type { Style } from './_text.js';

/**
 * How the value of an option or argument is read.
 * @example
 * const kind: ValueKind = { choices: ['en', 'ru'] };
 *
 * `date` takes `YYYY-MM-DD`, `today`, `yesterday` or `tomorrow`; `when` takes a date or a year (a
 * positional that means `--on` or the year, whichever it is).
 */
export type ValueKind = 'date' | 'year' | 'when' | 'string' | { readonly choices: readonly string[] };

/**
 * An option, declared as data; usage text and parsing both come from it.
 * @example
 * const on: OptionSpec = { name: 'on', value: 'date', placeholder: 'DATE', description: 'the day' };
 */
export interface OptionSpec {
  /** The long name, without dashes. */
  readonly name: string;
  /** A one-letter alias. */
  readonly short?: string;
  /** `undefined` for a boolean flag. */
  readonly value?: ValueKind;
  /** The placeholder shown in usage (`DATE`, `YEAR`). */
  readonly placeholder?: string;
  readonly description: string;
}

/**
 * A positional argument.
 * @example
 * const year: ArgSpec = { name: 'YEAR', required: false, value: 'year', description: 'a year' };
 */
export interface ArgSpec {
  readonly name: string;
  /** The option a positional stands for (`members 2012-07-01` is `members --on 2012-07-01`). */
  readonly as?: string;
  readonly required: boolean;
  readonly value: ValueKind;
  readonly description: string;
}

/**
 * What a command hands back: the library's objects for `--json`, and how to show them as text.
 * @example
 * const output: Output = { json: [], text: () => 'none\n' };
 */
export type Output =
  | {
      readonly json: unknown;
      readonly text: () => string;
      /** The day the answer is about: a day after the data date gets a one-line notice. */
      readonly on?: IsoDate;
    }
  /** Output in a format of its own (`export`), printed as is. */
  | { readonly raw: string }
  /** The command's help instead (`export` with no arguments on a terminal). */
  | { readonly help: true };

/**
 * Everything a command needs to run.
 * @example
 * context.lang; //=> 'en'
 */
export interface Context {
  readonly args: Readonly<Record<string, string | number | undefined>>;
  readonly options: Readonly<Record<string, string | number | boolean | undefined>>;
  readonly lang: Language;
  readonly sources: boolean;
  readonly json: boolean;
  readonly style: Style;
  /** Today's date in UTC. */
  readonly today: IsoDate;
  /** Whether standard output is a terminal. */
  readonly isTty: () => boolean;
}

/**
 * A subcommand, declared as data.
 * @example
 * const hello: CommandSpec = { name: 'hello', summary: 'Says hello.', args: [], options: [], examples: ['csto hello'], run: () => ({ raw: 'hello\n' }) };
 */
export interface CommandSpec {
  readonly name: string;
  readonly summary: string;
  readonly args: readonly ArgSpec[];
  readonly options: readonly OptionSpec[];
  readonly examples: readonly string[];
  readonly run: (context: Context) => Output;
}
