/**
 * Block containers nested thousands deep on one line (`> > > … x`,
 * `- - - … x`, `1. 1. … x`) make micromark slow down quadratically and then
 * overflow the call stack (5,000 nested list markers did). No minutes nest
 * that deep, so before parsing, the container marker past `maxLineNesting`
 * on such a line is backslash-escaped: from there on the line is plain text
 * of the deepest kept container, and every word stays. Deeper nesting built
 * over several lines is bounded after parsing by the `limit-nesting` repair.
 */
export const maxLineNesting = 32

/** The text with over-deep lines escaped, how many lines were, and where the first was. */
export interface Limited {
  readonly text: string
  readonly count: number
  readonly firstOffset?: number
}

// One container marker at the start of what is left of a line: up to three
// spaces of indentation, then `>` or a bullet or an ordered-list number
// followed by white space (a `>` needs none).
const marker = /^[ \t]{0,3}(?:>|(?:[-+*]|\d{1,9}[.)])(?=[ \t]))[ \t]?/
const thematicBreak = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/

/** Escapes the container marker past `max` on every line that has more. */
export function limitLineNesting(text: string, max = maxLineNesting): Limited {
  let count = 0
  let firstOffset: number | undefined
  let offset = 0
  const lines = text.split('\n').map((line) => {
    const lineOffset = offset
    offset += line.length + 1
    if (thematicBreak.test(line)) return line
    let rest = line
    let depth = 0
    while (depth < max) {
      const found = marker.exec(rest)
      if (!found) return line
      rest = rest.slice(found[0].length)
      depth++
    }
    const next = /^[ \t]{0,3}/.exec(rest)![0].length
    if (!marker.test(rest)) return line
    count++
    const at = line.length - rest.length + next
    firstOffset ??= lineOffset + at
    // `\>`, `\-`, `\+`, `\*` escape a marker; for `12.` the escape goes
    // before the `.` or `)`, which is all CommonMark allows (spec §2.4).
    const digits = /^\d*/.exec(line.slice(at))![0].length
    return `${line.slice(0, at + digits)}\\${line.slice(at + digits)}`
  })
  return count === 0 ? {text, count} : {text: lines.join('\n'), count, ...(firstOffset === undefined ? {} : {firstOffset})}
}
