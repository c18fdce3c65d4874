/** The longest part of a bad argument an error message repeats. */
const SHOWN = 60;

/** Shows a bad argument in an error message without ever throwing itself, cut to about 60 characters. */
export function describe(value: unknown): string {
  if (typeof value === 'string') {
    return value.length > SHOWN
      ? `${JSON.stringify(value.slice(0, SHOWN))}… (${value.length} characters)`
      : JSON.stringify(value);
  }
  if (typeof value === 'number' || typeof value === 'boolean' || value == null) return String(value);
  if (typeof value === 'bigint') return `${value}n`;
  return `a value of type ${Array.isArray(value) ? 'array' : typeof value}`;
}
