/**
 * Bit tricks for the coverage engine's slot masks (bit 0: all themes; bit i + 1: the i-th theme).
 */

/**
 * The index of the lowest set bit of a 32-bit mask (0 for bit 0, 31 for bit 31); -1 for 0.
 * Loop over a mask's set bits with `for (let m = mask; m !== 0; m &= m - 1) use(lowestBitIndex(m))`.
 *
 * @example
 * lowestBitIndex(0b1000) // 3
 * lowestBitIndex(0b0110) // 1
 * lowestBitIndex(0x80000000 | 0) // 31
 */
export function lowestBitIndex(mask: number): number {
  // m & -m isolates the lowest set bit; clz32 counts the zeros above it.
  return 31 - Math.clz32(mask & -mask);
}
