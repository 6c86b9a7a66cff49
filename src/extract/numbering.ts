/**
 * Numbering checks. A number that jumps or repeats within one sequence is
 * a mistake to fix in the minutes; a new sequence starting again at 1 (a
 * second round of breakout groups, a second part of the agenda) is not.
 */

/** Something numbered. */
export interface Numbered {
  readonly number?: number
  /** Set when the minutes open a new sequence here in words (a round's heading). */
  readonly round?: string
}

/**
 * The items whose number neither follows the previous one nor starts a new
 * sequence, each with the number expected there. A sequence starts again at
 * 1 after a sequence of two or more ("1, 2, 1, 2": two rounds), or wherever
 * a round's heading says so; "1, 1" is a repeat.
 */
export function numberingBreaks<Item extends Numbered>(items: readonly Item[]): {item: Item; previous: number; expected: number}[] {
  const breaks: {item: Item; previous: number; expected: number}[] = []
  let last: number | undefined
  for (const item of items) {
    if (item.number === undefined) continue
    const restarts = item.round !== undefined || (item.number === 1 && last !== undefined && last >= 2)
    if (last !== undefined && item.number !== last + 1 && !restarts) {
      breaks.push({item, previous: last, expected: last + 1})
    }
    last = item.number
  }
  return breaks
}
