import type { CommandSpec, OptionSpec } from '../internal/_define.js';

/** The commands and options completion offers, read from the declarations on first use. */
function words(all: readonly CommandSpec[], globals: readonly OptionSpec[]) {
  return {
    commands: ['help', 'version', ...all.map((c) => c.name)],
    options: (c: CommandSpec | undefined) => [...(c?.options ?? []), ...globals].map((o) => `--${o.name}`),
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
  const { commands, options } = words(all, globals);
  if (shell === 'fish') {
    const lines = [`complete -c csto -f -n '__fish_use_subcommand' -a '${commands.join(' ')}'`];
    for (const c of all) {
      for (const o of options(c)) {
        lines.push(`complete -c csto -f -n '__fish_seen_subcommand_from ${c.name}' -l ${o.slice(2)}`);
      }
    }
    return `${lines.join('\n')}\n`;
  }
  const cases = all.map((c) => `    ${c.name}) opts="${options(c).join(' ')}" ;;`).join('\n');
  const bash = `_csto() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" cmd="\${COMP_WORDS[1]}" opts
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
  return {
    name: 'completion',
    summary: 'A shell completion script: `eval "$(csto completion bash)"`, or the same for zsh; fish: `| source`.',
    args: [
      { name: 'SHELL', required: true, value: { choices: ['bash', 'zsh', 'fish'] }, description: 'bash, zsh or fish' },
    ],
    options: [],
    examples: ['eval "$(csto completion bash)"', 'csto completion fish | source'],
    run(context) {
      const shell = context.args.SHELL === 'zsh' ? 'zsh' : context.args.SHELL === 'fish' ? 'fish' : 'bash';
      return { raw: completionScript(shell, all(), globals()) };
    },
  };
}
