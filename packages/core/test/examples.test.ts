/**
 * Runs every documented example: each line written `expression; //=> result` in the README's code blocks
 * and in the `@example` blocks of the TSDoc must evaluate, against the public API, to that result.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as csto from '../src/index.js';
import * as schema from '../src/schema.js';
import * as tables from '../src/tables.js';

const api = { ...csto, ...schema, ...tables };
const evaluate = (code: string): unknown =>
  new Function(...Object.keys(api), `return (${code});`)(...Object.values(api));

/** `expr; //=> expected` lines of code blocks (fenced in Markdown, `@example` in TSDoc), with where they are. */
function examplesIn(text: string, file: string) {
  const found: { where: string; expression: string; expected: string }[] = [];
  let fenced = false;
  text.split('\n').forEach((line, i) => {
    if (file.endsWith('.md') && line.startsWith('```')) fenced = line.startsWith('```ts');
    const inCode = file.endsWith('.md') ? fenced : /^\s*\*\s/.test(line);
    const match = inCode ? /^\s*(?:\*\s*)?(.+?);?\s*\/\/=>\s*(.+?)\s*$/.exec(line) : null;
    if (match?.[1] && match[2]) found.push({ where: `${file}:${i + 1}`, expression: match[1], expected: match[2] });
  });
  return found;
}

const sourceDir = new URL('../src/', import.meta.url);
const sourceFiles = readdirSync(sourceDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
const examples = [
  ...examplesIn(readFileSync(new URL('../README.md', import.meta.url), 'utf8'), 'README.md'),
  ...sourceFiles.flatMap((f) => examplesIn(readFileSync(new URL(f, sourceDir), 'utf8'), `src/${f}`)),
];

describe('documented examples', () => {
  it('exist in the README and in the TSDoc', () => {
    expect(examples.filter((e) => e.where.startsWith('README')).length).toBeGreaterThanOrEqual(10);
    expect(examples.filter((e) => e.where.startsWith('src')).length).toBeGreaterThanOrEqual(30);
  });

  it.each(examples)('$where: $expression', ({ expression, expected }) => {
    expect(evaluate(expression)).toEqual(evaluate(expected));
  });
});
