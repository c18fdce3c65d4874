/** Shows a bad argument in an error message without ever throwing itself. */
export function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value == null) return String(value);
  if (typeof value === 'bigint') return `${value}n`;
  return `a value of type ${Array.isArray(value) ? 'array' : typeof value}`;
}
