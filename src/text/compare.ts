/**
 * Compares by code points (UTF-16 code units, which order alike outside
 * surrogates), never by locale: the same order on every machine.
 */
export function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
