/**
 * The first number of the mulberry32 sequence of `seed`, in [0, 1): one recorded seed gives
 * one draw, so any draw can be replayed for audit. `seed` is an unsigned 32-bit integer.
 */
export function seededRandom(seed: number): number {
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new RangeError(`seed must be an integer in [0, 4294967295], got ${seed}`);
  }
  let t = (seed + 0x6d2b79f5) >>> 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);

  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
