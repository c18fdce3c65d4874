/**
 * Helper throughput: calls per second of `@csto/core`'s date-aware helpers on random valid arguments.
 * @module
 */
import { median } from './startup.mjs';

/**
 * A small seeded pseudo-random generator (mulberry32), so that every run draws the same arguments.
 *
 * @param {number} seed
 * @returns {() => number} a function returning floats in [0, 1)
 * @example
 * const random = seeded(7);
 * random() < 1; //=> true
 */
export function seeded(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Random real calendar days `YYYY-MM-DD` between two years, inclusive.
 *
 * @param {number} count
 * @param {number} fromYear
 * @param {number} toYear
 * @param {() => number} random
 * @returns {string[]}
 * @example
 * randomDays(1, 1992, 1992, seeded(1))[0].startsWith('1992-'); //=> true
 */
export function randomDays(count, fromYear, toYear, random) {
  const start = Date.UTC(fromYear, 0, 1);
  const span = Date.UTC(toYear + 1, 0, 1) - start;
  const day = 86_400_000;
  return Array.from({ length: count }, () =>
    new Date(start + Math.floor((random() * span) / day) * day).toISOString().slice(0, 10),
  );
}

/**
 * Calls `fn(i)` for i = 0, 1, 2, … in rounds of `roundMs`, after a warm-up, and reports the median
 * calls per second over the rounds. Results are kept in a sink so the calls cannot be optimised away.
 *
 * @param {(i: number) => unknown} fn
 * @param {{ warmupMs?: number, roundMs?: number, rounds?: number }} [options]
 * @returns {number} calls per second
 * @example
 * callsPerSecond((i) => i * 2) > 1e6; //=> true
 */
export function callsPerSecond(fn, { warmupMs = 200, roundMs = 200, rounds = 5 } = {}) {
  let sink = 0;
  const keep = (/** @type {unknown} */ value) => {
    sink = (sink + (value === undefined ? 0 : 1)) | 0;
  };
  const runFor = (/** @type {number} */ ms) => {
    const end = performance.now() + ms;
    let calls = 0;
    while (performance.now() < end) {
      // Check the clock once per batch of 256 calls so that reading it costs almost nothing.
      for (let j = 0; j < 256; j++) keep(fn(calls++));
    }
    return calls;
  };
  runFor(warmupMs);
  const rates = [];
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    const calls = runFor(roundMs);
    rates.push(calls / ((performance.now() - start) / 1000));
  }
  if (sink === 0.5) process.stdout.write('');
  return median(rates);
}
