import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STARTUP_COMMANDS } from '../scripts/startup-commands.mjs';
import { commands } from '../src/commands/index.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

/** The first cells of the rows of the markdown table that follows a header row starting with `| first`. */
function firstCells(text: string, first: string): string[] {
  const start = text.indexOf(`| ${first}`);
  const rows: string[] = [];
  for (const line of text.slice(start).split('\n').slice(2)) {
    if (!line.startsWith('|')) break;
    rows.push(line.split(/(?<!\\)\|/)[1]?.trim() ?? '');
  }
  return rows;
}

describe('the README', () => {
  it('has one row in its command table for every command, in the order of the help, and no other', () => {
    const named = firstCells(readme, 'command                     ').map((cell) => {
      const word = /^`csto ([a-z]+)/.exec(cell)?.[1];
      return word ?? 'overview';
    });
    expect(named).toEqual([...commands.map((c) => c.name), 'version']);
  });

  it('has one row in its JSON table for every command that prints JSON of its own', () => {
    const named = firstCells(readme, 'command         | JSON').map((cell) => cell.replaceAll('`', ''));
    const own = commands.filter((c) => !['export', 'completion'].includes(c.name)).map((c) => c.name);
    expect(named).toEqual(own.map((name) => (name === 'overview' ? 'csto' : name)));
  });

  it('shows the start-up of exactly the command lines the benchmark times, which cover every command', () => {
    const table = /<!-- startup-table:start -->\n([\s\S]*?)\n<!-- startup-table:end -->/.exec(readme)?.[1] ?? '';
    const rows = firstCells(table, 'command');
    expect(rows).toEqual(STARTUP_COMMANDS.map((args) => `\`${`csto ${args.join(' ')}`.trim()}\``));
    const benched = new Set(
      STARTUP_COMMANDS.map((args) => (args[0] === undefined || args[0].startsWith('-') ? 'overview' : args[0])),
    );
    expect(commands.map((c) => c.name).filter((name) => !benched.has(name))).toEqual([]);
  });
});
