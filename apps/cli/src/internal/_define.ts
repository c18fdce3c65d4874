import type { IsoDate, Language, YearMonth } from '@csto/core';
import type { Style } from './_text.js';

/**
 * How the value of an option or argument is read.
 * @example
 * const kind: ValueKind = { choices: ['en', 'ru'] };
 *
 * `date` takes `YYYY-MM-DD`, `today`, `yesterday` or `tomorrow`; `year` a year the core accepts; `when` a
 * date or a year (a positional that means `--on` or the year, whichever it is); `period` a year, a month
 * (`YYYY-MM`) or a day; `string` any text.
 */
export type ValueKind = 'date' | 'year' | 'when' | 'period' | 'string' | { readonly choices: readonly string[] };

/**
 * The value a {@link ValueKind} reads to: a checked `IsoDate`, a year, or one of the choices.
 * @example
 * const lang: ValueOf<{ choices: readonly ['en', 'ru'] }> = 'ru';
 */
export type ValueOf<K extends ValueKind> = K extends 'date'
  ? IsoDate
  : K extends 'year'
    ? number
    : K extends 'when'
      ? IsoDate | number
      : K extends 'period'
        ? IsoDate | YearMonth | number
        : K extends 'string'
          ? string
          : K extends { readonly choices: readonly (infer C extends string)[] }
            ? C
            : never;

/**
 * An option, declared as data; parsing, its value's type, usage text and shell completion all come from it.
 * @example
 * const on = { name: 'on', value: 'date', placeholder: 'DATE', description: 'the day' } as const satisfies OptionSpec;
 */
export interface OptionSpec {
  /** The long name, without dashes. */
  readonly name: string;
  /** A one-letter alias. */
  readonly short?: string;
  /** Absent for a boolean flag. */
  readonly value?: ValueKind;
  /** The placeholder shown in usage (`DATE`, `YEAR`). */
  readonly placeholder?: string;
  readonly description: string;
}

/**
 * A positional argument.
 * @example
 * const year = { name: 'YEAR', required: false, value: 'year', description: 'a year' } as const satisfies ArgSpec;
 */
export interface ArgSpec {
  readonly name: string;
  /** The option a positional stands for when it is a day (`members 2012-07-01` is `members --on 2012-07-01`). */
  readonly as?: string;
  readonly required: boolean;
  readonly value: ValueKind;
  readonly description: string;
}

/** A parsed value of any option or argument. */
export type Value = string | number | boolean;

/** Parsed values by name, as the parser hands them to any command. */
export type Values = Readonly<Record<string, Value | undefined>>;

/** An option's parsed value: its kind's value, or `true` for a flag. */
type OptionValue<O> = O extends { readonly value: infer K extends ValueKind } ? ValueOf<K> : boolean;

/**
 * A positional's parsed value: a `when` positional that stands for an option keeps only the year (the day
 * goes to the option), one of any other kind that does never stays (it is all the option's).
 */
type ArgValue<A> = A extends { readonly as: string; readonly value: 'when' }
  ? number
  : A extends { readonly as: string }
    ? never
    : A extends { readonly value: infer K extends ValueKind }
      ? ValueOf<K>
      : never;

/**
 * The typed options of a command, read off its declaration: `{ on?: IsoDate; all?: boolean }`.
 * @example
 * const options: OptionsOf<typeof members.options> = { all: true };
 */
export type OptionsOf<O extends readonly OptionSpec[]> = {
  readonly [X in O[number] as X['name']]?: OptionValue<X>;
};

/**
 * The typed positional arguments of a command, read off its declaration: required ones always present.
 * @example
 * const args: ArgsOf<typeof state.args> = { STATE: 'uz' };
 */
export type ArgsOf<A extends readonly ArgSpec[]> = {
  readonly [X in A[number] as X extends { readonly required: true } ? X['name'] : never]: ArgValue<X>;
} & {
  readonly [X in A[number] as X extends { readonly required: true } ? never : X['name']]?: ArgValue<X>;
};

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
 * Everything a command needs to run: its own typed arguments and options, and the global settings.
 * @example
 * context.lang; //=> 'en'
 */
export interface Context<A = Values, O = Values> {
  readonly args: A;
  readonly options: O;
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
 * A subcommand as the program holds it: its declaration, and a `run` that takes the parsed values.
 * @example
 * const hello: CommandSpec = defineCommand({ name: 'hello', summary: 'Says hello.', args: [], options: [], examples: ['csto hello'], run: () => ({ raw: 'hello\n' }) });
 */
export interface CommandSpec {
  readonly name: string;
  readonly summary: string;
  readonly args: readonly ArgSpec[];
  readonly options: readonly OptionSpec[];
  readonly examples: readonly string[];
  run(context: Context): Output;
}

/**
 * A subcommand as declared: `run` receives the arguments and options typed from `args` and `options`.
 * @example
 * const declaration: CommandDeclaration<[], []> = { name: 'x', summary: 'X.', args: [], options: [], examples: [], run: () => ({ raw: '' }) };
 */
export interface CommandDeclaration<A extends readonly ArgSpec[], O extends readonly OptionSpec[]> {
  readonly name: string;
  readonly summary: string;
  readonly args: A;
  readonly options: O;
  readonly examples: readonly string[];
  run(context: Context<ArgsOf<A>, OptionsOf<O>>): Output;
}

/**
 * Declares a subcommand: its arguments and options once, as data, from which the parser, the types of
 * `run`'s context, the usage text and the shell completion are all derived (no casts in command bodies).
 * @example
 * const hello = defineCommand({
 *   name: 'hello',
 *   summary: 'Says hello.',
 *   args: [{ name: 'NAME', required: true, value: 'string', description: 'who' }],
 *   options: [{ name: 'loud', description: 'shout' }],
 *   examples: ['csto hello Ann'],
 *   run: ({ args, options }) => ({ raw: `${options.loud ? 'HELLO' : 'hello'} ${args.NAME}\n` }),
 * });
 */
export function defineCommand<const A extends readonly ArgSpec[], const O extends readonly OptionSpec[]>(
  declaration: CommandDeclaration<A, O>,
): CommandSpec {
  return declaration;
}
