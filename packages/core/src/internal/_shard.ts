/**
 * Which of Node's index files holds a key's entries: the build writes a few files instead of one per key
 * (or one for all), and the loader finds a key's file from the key alone, without an index of the index.
 */

/** How many files an index is spread over. */
export const SHARDS = 16;

/**
 * The file (`0` to `SHARDS - 1`) of a key: its 32-bit FNV-1a hash, modulo `SHARDS`.
 *
 * @example
 * const file = shardOf('kazinform-2021-04-23'); // the same number, from 0 to 15, in the build and the loader
 */
export function shardOf(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % SHARDS;
}
