/**
 * Freezes a value and everything it contains, so that data handed to consumers cannot be changed
 * (assignments throw in strict mode) and later answers cannot be corrupted.
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
