/**
 * Collections that load on first use. The exported collections (`sessions`, `sources`, `states`, …) are
 * views that look and behave like frozen arrays and objects (`Array.isArray`, iteration, `JSON.stringify`,
 * `Object.isFrozen` and `console.log` all work), but read their data only when first touched, so that
 * importing the package costs the same however large the record grows.
 */

/** Runs `load` once, on the first call, and returns its result ever after. */
export function once<T>(load: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = load();
      done = true;
    }
    return value;
  };
}

const inspectSymbol = Symbol.for('nodejs.util.inspect.custom');

/**
 * A frozen view of the value `load` returns (already frozen): an empty shell of the same kind that is
 * filled and frozen by the first operation on it. Every proxy trap fills the shell first and then acts on
 * it, so the proxy invariants hold and consumers cannot tell it from the loaded value.
 */
function lazyView<T extends object>(shell: T, load: () => T): T {
  let filled = false;
  const fill = (): T => {
    if (!filled) {
      filled = true;
      const value = load();
      if (Array.isArray(shell)) (shell as unknown[]).push(...(value as unknown[]));
      else Object.assign(shell, value);
      Object.freeze(shell);
    }
    return shell;
  };
  // Node's console.log inspects a proxy's target without running its traps: show the loaded data.
  Object.defineProperty(shell, inspectSymbol, {
    value: (_depth: number, options: object, inspect: (value: unknown, options: object) => string) =>
      inspect(Array.isArray(fill()) ? [...(shell as unknown[])] : { ...shell }, options),
  });
  return new Proxy(shell, {
    get: (target, key) => Reflect.get(fill() && target, key),
    has: (target, key) => Reflect.has(fill() && target, key),
    ownKeys: (target) => Reflect.ownKeys(fill() && target),
    getOwnPropertyDescriptor: (target, key) => Reflect.getOwnPropertyDescriptor(fill() && target, key),
    defineProperty: (target, key, descriptor) => Reflect.defineProperty(fill() && target, key, descriptor),
    deleteProperty: (target, key) => Reflect.deleteProperty(fill() && target, key),
    set: (target, key, value) => Reflect.set(fill() && target, key, value),
    isExtensible: (target) => Reflect.isExtensible(fill() && target),
    preventExtensions: (target) => Reflect.preventExtensions(fill() && target),
    getPrototypeOf: (target) => Reflect.getPrototypeOf(fill() && target),
    setPrototypeOf: (target, proto) => Reflect.setPrototypeOf(fill() && target, proto),
  });
}

/** A frozen array that loads on first use. */
export function lazyList<T>(load: () => readonly T[]): readonly T[] {
  return lazyView([] as T[], load as () => T[]);
}

/** A frozen record (or single object) that loads on first use. */
export function lazyRecord<T extends object>(load: () => T): T {
  return lazyView({} as T, load);
}
