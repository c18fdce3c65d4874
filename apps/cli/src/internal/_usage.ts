import type { CommandSpec, OptionSpec } from './_define.js';
import { pad, wrap } from './_text.js';

function optionLabel(option: OptionSpec): string {
  const long = `--${option.name}${option.placeholder ? ` ${option.placeholder}` : ''}`;
  return option.short ? `-${option.short}, ${long}` : long;
}

function describeAll(rows: readonly (readonly [string, string])[]): string[] {
  const width = Math.min(24, Math.max(...rows.map(([label]) => label.length)) + 2);
  const lines: string[] = [];
  for (const [label, description] of rows) {
    const head = `  ${pad(label, width)}`;
    if (head.length > width + 2) {
      lines.push(`  ${label}`);
      lines.push(...wrap(description, ' '.repeat(width + 2)));
    } else {
      lines.push(...wrap(description, head, ' '.repeat(width + 2)));
    }
  }
  return lines;
}

function synopsis(command: CommandSpec): string {
  const parts = [`csto ${command.name}`];
  for (const arg of command.args) parts.push(arg.required ? arg.name : `[${arg.name}]`);
  for (const option of command.options) parts.push(`[${optionLabel(option).replace(/^-\w, /, '')}]`);
  return parts.join(' ');
}

/**
 * The help of the whole program, generated from the declarations.
 * @example
 * programUsage(commands, globalOptions, '1.0.0', '2026-01-20').startsWith('csto 1.0.0'); //=> true
 */
export function programUsage(
  commands: readonly CommandSpec[],
  globals: readonly OptionSpec[],
  version: string,
  dataAsOf: string,
): string {
  const lines = [
    `csto ${version}: the Collective Security Treaty Organization on the command line`,
    `(data checked to ${dataAsOf}).`,
    '',
    'Usage: csto [COMMAND] [ARGUMENTS] [OPTIONS]',
    '',
    'Commands:',
    ...describeAll(commands.map((c) => [c.name, c.summary] as const)),
    '',
    'Global options (with every command):',
    ...describeAll(globals.map((o) => [optionLabel(o), o.description] as const)),
    '',
    'Run `csto COMMAND --help` for the options and examples of a command.',
    'Exit codes: 0 ok, 1 failure of the program, 2 bad usage.',
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * The help of one command, generated from its declaration.
 * @example
 * commandUsage(members, globalOptions).startsWith('Usage: csto members'); //=> true
 */
export function commandUsage(command: CommandSpec, globals: readonly OptionSpec[]): string {
  const lines = [...wrap(synopsis(command), 'Usage: ', '         '), '', ...wrap(command.summary, '')];
  if (command.args.length > 0) {
    lines.push('', 'Arguments:', ...describeAll(command.args.map((a) => [a.name, a.description] as const)));
  }
  if (command.options.length > 0) {
    lines.push('', 'Options:', ...describeAll(command.options.map((o) => [optionLabel(o), o.description] as const)));
  }
  lines.push('', ...wrap(`Global options: ${globals.map((o) => optionLabel(o)).join(', ')}.`, ''));
  lines.push('', 'Examples:', ...command.examples.map((e) => `  ${e}`));
  return `${lines.join('\n')}\n`;
}
