/**
 * The width every line of text output fits in.
 * @example
 * lines.every((l) => l.length <= WIDTH)
 */
export const WIDTH = 80;

/**
 * ANSI styling that is a no-op when colours are off.
 * @example
 * makeStyle(true).red('suspended');
 */
export interface Style {
  readonly bold: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly green: (text: string) => string;
  readonly yellow: (text: string) => string;
  readonly red: (text: string) => string;
}

const plain = (text: string): string => text;
const sgr =
  (open: number, close: number) =>
  (text: string): string =>
    `\u001b[${open}m${text}\u001b[${close}m`;

/**
 * Styling with colours on or off.
 * @example
 * makeStyle(false).bold('Members'); //=> 'Members'
 */
export function makeStyle(color: boolean): Style {
  if (!color) return { bold: plain, dim: plain, green: plain, yellow: plain, red: plain };
  return { bold: sgr(1, 22), dim: sgr(2, 22), green: sgr(32, 39), yellow: sgr(33, 39), red: sgr(31, 39) };
}

/**
 * Colours are on only when standard output is a terminal and `NO_COLOR` is unset or empty
 * (https://no-color.org).
 * @example
 * wantsColor(() => true, { NO_COLOR: '1' }); //=> false
 */
export function wantsColor(isTty: () => boolean, env: Readonly<Record<string, string | undefined>>): boolean {
  return !env.NO_COLOR && env.TERM !== 'dumb' && isTty();
}

/**
 * Wraps text at word boundaries so that every line, indent included, fits in `width` columns. The first
 * line starts with `first`, the following ones with `rest`. A single word longer than the room (a URL)
 * is kept whole on its own line.
 * @example
 * wrap('a b c', '  ', '  ', 5); //=> ['  a b', '  c']
 */
export function wrap(text: string, first: string, rest: string = first, width: number = WIDTH): string[] {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of text.split(/\s+/)) {
    if (word === '') continue;
    if (empty) {
      line += word;
      empty = false;
    } else if (line.length + 1 + word.length <= width) {
      line += ` ${word}`;
    } else {
      lines.push(line);
      line = rest + word;
    }
  }
  lines.push(line);
  return lines;
}

/**
 * Pads a string with spaces to a width (no `Intl`: every character of the data is one column wide).
 * @example
 * pad('AM', 4); //=> 'AM  '
 */
export function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}
