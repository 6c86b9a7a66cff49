/**
 * The largest of some numbers, and at least `atLeast`. Not
 * `Math.max(...values)`: spreading a 130,000-row table's widths or an
 * archive's 200,000 file sizes into arguments overflows the call stack.
 */
export function largest(values: Iterable<number>, atLeast = 0): number {
  let most = atLeast
  for (const value of values) if (value > most) most = value
  return most
}
