/**
 * The width of text output when it is not a terminal.
 * @example
 * DEFAULT_WIDTH; //=> 80
 */
export const DEFAULT_WIDTH = 80;

let width = DEFAULT_WIDTH;

/**
 * Sets the width every line of text output fits in (the terminal's, on a terminal); at least 20.
 * @example
 * setWidth(120);
 */
export function setWidth(columns: number): void {
  width = Math.max(20, Math.floor(columns));
}

/**
 * The width every line of text output fits in.
 * @example
 * lineWidth(); //=> 80
 */
export function lineWidth(): number {
  return width;
}

/** The non-breaking space that holds a name together in {@link wrap}; printed as a plain space. */
const NBSP = '\u00a0';

/**
 * A name (of a person, a state, a place) that {@link wrap} never breaks.
 * @example
 * unbroken('Emomali Rahmon'); //=> 'Emomali\u00a0Rahmon'
 */
export function unbroken(text: string): string {
  return text.replaceAll(' ', NBSP);
}

/**
 * The output as printed: the spaces that held names together become plain spaces again.
 * @example
 * printable('Emomali\u00a0Rahmon'); //=> 'Emomali Rahmon'
 */
export function printable(text: string): string {
  return text.replaceAll(NBSP, ' ');
}

/**
 * A piece of the user's input, quoted for a message and cut to about 60 characters.
 * @example
 * quote('x'.repeat(100)).length; //=> 63
 */
export function quote(input: string): string {
  return `"${input.length > 60 ? `${input.slice(0, 60)}…` : input}"`;
}

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
 * Whether to print colours, as Node's own tools decide: `FORCE_COLOR` set to anything but `0` or `false`
 * turns them on, `FORCE_COLOR=0` off; otherwise they are on only when standard output is a terminal,
 * `NO_COLOR` is unset or empty (https://no-color.org) and `TERM` is not `dumb`.
 * @example
 * wantsColor(() => true, { NO_COLOR: '1' }); //=> false
 * wantsColor(() => false, { FORCE_COLOR: '1' }); //=> true
 */
export function wantsColor(isTty: () => boolean, env: Readonly<Record<string, string | undefined>>): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  return !env.NO_COLOR && env.TERM !== 'dumb' && isTty();
}

/**
 * Wraps text at word boundaries so that every line, indent included, fits in `width` columns. The first
 * line starts with `first`, the following ones with `rest`. A single word longer than the room (a URL)
 * is kept whole on its own line, and so is a name made {@link unbroken}.
 * @example
 * wrap('a b c', '  ', '  ', 5); //=> ['  a b', '  c']
 */
export function wrap(text: string, first: string, rest: string = first, columns: number = width): string[] {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of text.split(/[ \t\n]+/)) {
    if (word === '') continue;
    if (empty) {
      line += word;
      empty = false;
    } else if (line.length + 1 + word.length <= columns) {
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
