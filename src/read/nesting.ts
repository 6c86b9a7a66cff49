/**
 * Block containers nested thousands deep make remark slow down
 * quadratically or worse and then overflow the call stack: on one line
 * (`> > > … x`, `- - - … x`, 5,000 list markers overflowed) and over many
 * lines (a list item indented two more spaces on every line: 1,000 levels
 * took 40 s in mdast-util-from-markdown's list preparation). No minutes nest
 * that deep, so before parsing, the container marker that would open level
 * `maxLineNesting + 1` is backslash-escaped: from there on the line is plain
 * text of the deepest kept container, and every word stays. Deeper nesting
 * that no line shows (raw HTML, formatting) is bounded after parsing by the
 * `limit-nesting` repair.
 *
 * The levels are followed with a small model of CommonMark's container
 * matching (spec §5): block quotes continue on `>`, list items on
 * indentation, paragraphs lazily. Where it cannot tell, it counts more
 * levels than CommonMark would, never fewer, so a hostile document cannot
 * slip past it; a real one never comes near the limit.
 */
export const maxLineNesting = 32

/** The text with over-deep markers escaped, how many lines were, and where the first was. */
export interface Limited {
  readonly text: string
  readonly count: number
  readonly firstOffset?: number
}

/** An open container: a block quote, or a list item whose content starts at a column. */
interface Container {
  readonly kind: 'quote' | 'item'
  /** Column of the marker, and (items) of the content. */
  readonly marker: number
  readonly content: number
  /** Opened on a line that may have been paragraph continuation instead. */
  readonly speculative: boolean
}

const thematicBreak = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/
const setextUnderline = /^ {0,3}(?:=+|-+)[ \t]*$/
const atxHeading = /^ {0,3}#{1,6}(?:[ \t]|$)/
const fence = /^ {0,3}(?:`{3,}[^`]*|~{3,}.*)$/
const blank = /^[ \t]*$/
const listMarker = /^(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)/

/** Escapes the container marker past `max` levels on every line that would open one. */
export function limitLineNesting(text: string, max = maxLineNesting): Limited {
  let count = 0
  let firstOffset: number | undefined
  const stack: Container[] = []
  let paragraph = false
  let lineStart = 0
  const lines = text.split('\n')
  for (let lineIndex = 0; lineIndex < lines.length; lineIndex++) {
    const line = lines[lineIndex]!
    const cursor = new Cursor(line)

    // Which open containers the line continues.
    let matched = 0
    for (; matched < stack.length; matched++) {
      const container = stack[matched]!
      if (container.kind === 'quote') {
        const save = cursor.save()
        cursor.skipSpaces(3)
        if (cursor.peek() !== '>') {
          cursor.restore(save)
          break
        }
        cursor.advance()
        cursor.skipOneSpace()
      } else if (blank.test(cursor.rest())) {
        continue
      } else if (cursor.indentTo() >= container.content) {
        cursor.skipToColumn(container.content)
      } else break
    }

    const rest = cursor.rest()
    if (blank.test(rest)) {
      stack.length = matched
      paragraph = false
      lineStart += line.length + 1
      continue
    }
    if (matched < stack.length) {
      // A line that surely starts a block closes what it does not continue;
      // anything else may be a lazy paragraph continuation, which keeps them.
      if (!paragraph || startsBlock(rest)) stack.length = matched
    }

    // The containers the line opens.
    let speculative = matched < stack.length
    for (;;) {
      const save = cursor.save()
      const indent = cursor.skipSpaces(Number.POSITIVE_INFINITY)
      if (indent >= 4) {
        cursor.restore(save)
        break
      }
      const here = cursor.rest()
      const marker = here[0] === '>' ? '>' : listMarker.exec(here)?.[0]
      if (!marker || (marker !== '>' && thematicBreak.test(here))) {
        cursor.restore(save)
        break
      }
      // A marker CommonMark would read as text, continuing a paragraph.
      const interrupts = marker === '>' || (/\S/.test(here.slice(marker.length)) && (marker.length === 1 || /^1[.)]$/.test(marker)))
      if (paragraph && !interrupts) speculative = true
      const column = cursor.column
      if (speculative) {
        while (stack.length > 0 && stack.at(-1)!.speculative && stack.at(-1)!.marker >= column) stack.pop()
      }
      if (stack.length >= max) {
        count++
        const at = cursor.index + (marker === '>' ? 0 : marker.length - 1)
        firstOffset ??= lineStart + at
        // `\>`, `\-`, `\+`, `\*` escape a marker; for `12.` the escape goes
        // before the `.` or `)`, which is all CommonMark allows (spec §2.4).
        lines[lineIndex] = `${line.slice(0, at)}\\${line.slice(at)}`
        break
      }
      cursor.advance(marker.length)
      if (marker === '>') {
        cursor.skipOneSpace()
        stack.push({kind: 'quote', marker: column, content: cursor.column, speculative})
        continue
      }
      // Content starts after one to four spaces; with none or more, one column after the marker.
      const afterMarker = cursor.column
      const saveAfter = cursor.save()
      const spaces = cursor.skipSpaces(Number.POSITIVE_INFINITY)
      const empty = blank.test(cursor.rest())
      if (empty || spaces > 4) {
        cursor.restore(saveAfter)
        cursor.skipOneSpace()
      }
      stack.push({kind: 'item', marker: column, content: empty || spaces > 4 ? afterMarker + 1 : afterMarker + spaces, speculative})
    }

    const content = cursor.rest()
    paragraph = !(blank.test(content) || atxHeading.test(content) || thematicBreak.test(content) || setextUnderline.test(content) || fence.test(content))
    lineStart += line.length + 1
  }
  if (count === 0) return {text, count}
  return {text: lines.join('\n'), count, ...(firstOffset === undefined ? {} : {firstOffset})}
}

/** Whether a line's rest certainly starts a block, so that it cannot continue a paragraph lazily (spec §5.1, §5.2). */
function startsBlock(rest: string): boolean {
  return (
    /^ {0,3}>/.test(rest) ||
    /^ {0,3}(?:[-+*]|1[.)])[ \t]+\S/.test(rest) ||
    atxHeading.test(rest) ||
    thematicBreak.test(rest) ||
    /^ {0,3}(?:`{3,}[^`]*|~{3,}.*)$/.test(rest)
  )
}

/** Reads a line by characters while keeping the visual column (tabs stop every 4 columns, spec §2.2). */
class Cursor {
  index = 0
  column = 0

  constructor(private readonly line: string) {}

  peek(): string | undefined {
    return this.line[this.index]
  }

  rest(): string {
    return this.line.slice(this.index)
  }

  save(): [number, number] {
    return [this.index, this.column]
  }

  restore([index, column]: [number, number]): void {
    this.index = index
    this.column = column
  }

  advance(characters = 1): void {
    this.index += characters
    this.column += characters
  }

  /** Skips spaces and tabs up to `max` columns; returns the columns skipped. */
  skipSpaces(max: number): number {
    const start = this.column
    while (this.index < this.line.length) {
      const character = this.line[this.index]
      const width = character === '\t' ? 4 - (this.column % 4) : character === ' ' ? 1 : 0
      if (width === 0 || this.column + width - start > max) break
      this.index++
      this.column += width
    }
    return this.column - start
  }

  /** One space (or a tab) after a marker. */
  skipOneSpace(): void {
    const character = this.line[this.index]
    if (character === ' ' || character === '\t') {
      this.column += character === '\t' ? 4 - (this.column % 4) : 1
      this.index++
    }
  }

  /** The column the line's indentation reaches from here. */
  indentTo(): number {
    const save = this.save()
    this.skipSpaces(Number.POSITIVE_INFINITY)
    const column = this.column
    this.restore(save)
    return column
  }

  skipToColumn(column: number): void {
    this.skipSpaces(column - this.column)
  }
}
