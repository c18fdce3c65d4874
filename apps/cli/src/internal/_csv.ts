/** A CSV field per RFC 4180: quoted when it holds a comma, a quote or a line break. */
function field(value: unknown): string {
  const text = value === undefined || value === null ? '' : Array.isArray(value) ? value.join(' ') : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A CSV document per RFC 4180: a header row, CRLF line endings.
 * @example
 * toCsv(['id', 'note'], [['a', 'x, y']]); //=> 'id,note\r\na,"x, y"\r\n'
 */
export function toCsv(columns: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return [columns, ...rows].map((row) => `${row.map(field).join(',')}\r\n`).join('');
}
