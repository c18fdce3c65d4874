import { type CommandSpec, defineCommand, type OptionSpec } from '../internal/_define.js';

/** The commands and options completion offers, read from the declarations on first use. */
function words(all: readonly CommandSpec[], globals: readonly OptionSpec[]) {
  return {
    commands: ['help', 'version', ...all.map((c) => c.name)],
    options: (c: CommandSpec | undefined) => [...(c?.options ?? []), ...globals].map((o) => `--${o.name}`),
    /** Every option with a fixed set of values (`--lang`, `--format`), with its values. */
    choices: [...globals, ...all.flatMap((c) => c.options)].flatMap((o) =>
      typeof o.value === 'object' ? [{ name: o.name, short: o.short, values: o.value.choices }] : [],
    ),
  };
}

/**
 * A completion script for a shell, generated from the command declarations.
 * @example
 * completionScript('bash', commands, globalOptions).includes('complete -F'); //=> true
 */
export function completionScript(
  shell: 'bash' | 'zsh' | 'fish',
  all: readonly CommandSpec[],
  globals: readonly OptionSpec[],
): string {
  const { commands, options, choices } = words(all, globals);
  const shells = all.find((c) => c.name === 'completion')?.args[0]?.value;
  if (shell === 'fish') {
    const lines = [`complete -c csto -f -n '__fish_use_subcommand' -a '${commands.join(' ')}'`];
    for (const c of all) {
      for (const o of options(c)) {
        lines.push(`complete -c csto -f -n '__fish_seen_subcommand_from ${c.name}' -l ${o.slice(2)}`);
      }
    }
    for (const o of choices) {
      lines.push(`complete -c csto -f -l ${o.name}${o.short ? ` -s ${o.short}` : ''} -xa '${o.values.join(' ')}'`);
    }
    if (typeof shells === 'object') {
      lines.push(`complete -c csto -f -n '__fish_seen_subcommand_from completion' -a '${shells.choices.join(' ')}'`);
    }
    return `${lines.join('\n')}\n`;
  }
  const cases = all.map((c) => `    ${c.name}) opts="${options(c).join(' ')}" ;;`).join('\n');
  const values = choices
    .map(
      (o) => `    ${[`--${o.name}`, ...(o.short ? [`-${o.short}`] : [])].join('|')}) vals="${o.values.join(' ')}" ;;`,
    )
    .join('\n');
  const shellCase = typeof shells === 'object' ? `\n    completion) vals="${shells.choices.join(' ')}" ;;` : '';
  const bash = `_csto() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}" cmd="\${COMP_WORDS[1]}" opts vals
  case "$prev" in
${values}${shellCase}
  esac
  if [ -n "$vals" ]; then
    COMPREPLY=($(compgen -W "$vals" -- "$cur"))
    return
  fi
  case "$cmd" in
${cases}
    *) opts="${options(undefined).join(' ')}" ;;
  esac
  if [ "$COMP_CWORD" -eq 1 ] && [[ "$cur" != -* ]]; then
    COMPREPLY=($(compgen -W "${commands.join(' ')}" -- "$cur"))
  else
    COMPREPLY=($(compgen -W "$opts" -- "$cur"))
  fi
}
`;
  if (shell === 'zsh') return `autoload -U +X bashcompinit && bashcompinit\n${bash}complete -F _csto csto\n`;
  return `${bash}complete -F _csto csto\n`;
}

/**
 * The declaration of `csto completion`, given the other commands and the global options to complete.
 * @example
 * completion(commands, globalOptions).name; //=> 'completion'
 */
export function completion(all: () => readonly CommandSpec[], globals: () => readonly OptionSpec[]): CommandSpec {
  return defineCommand({
    name: 'completion',
    summary: 'A shell completion script: `eval "$(csto completion bash)"`, or the same for zsh; fish: `| source`.',
    args: [
      { name: 'SHELL', required: true, value: { choices: ['bash', 'zsh', 'fish'] }, description: 'bash, zsh or fish' },
    ],
    options: [],
    examples: ['eval "$(csto completion bash)"', 'csto completion fish | source'],
    run(context) {
      return { raw: completionScript(context.args.SHELL, all(), globals()) };
    },
  });
}
