import {inlineCost} from './inline-cost.js'

/**
 * Bounds the time remark spends on inline markup. micromark is quadratic on
 * several inline shapes (see inline-cost.ts) and on link reference
 * definitions (each one is looked up in an array of all those before it), so
 * 1 MB of unclosed emphasis or backticks ran for minutes. Its constructs
 * cannot be made linear from outside without rewriting them, so before
 * parsing, the text is cut into stretches that each hold all of one or more
 * inline runs (paragraphs, headings, table rows), their cost is estimated,
 * and a stretch over budget is *neutralized*: every character that may
 * start an inline construct (`* _ ~ \` [ ] < ! & \\`) is swapped, one for
 * one, for a stand-in character that means nothing to Markdown. After parsing, the stand-ins are swapped back
 * (`restoreStandIns`), so the block is kept, every character as written, as
 * plain text. Offsets do not move, so positions stay true. Likewise,
 * definitions past the first `maxDefinitions` are neutralized and stay text.
 */

/** A stretch kept as plain text, or the definitions past the limit. */
export interface BoundedBlock {
  readonly reason: 'markup' | 'definitions'
  /** 1-based line and column, and offset, where it starts. */
  readonly line: number
  readonly column: number
  readonly offset: number
  /** For `definitions`, how many were kept as text. */
  readonly count: number
}

/** The text to parse, what was neutralized in it, and how to undo it. */
export interface Budgeted {
  readonly text: string
  readonly blocks: readonly BoundedBlock[]
  /** Stand-in → the character it replaced; empty when nothing was replaced. */
  readonly standIns: ReadonlyMap<string, string>
  /** Neutralized paragraphs given to the parser as one line (see `unflatten`). */
  readonly flattened: readonly Flattened[]
}

/**
 * A neutralized paragraph of several lines, parsed as one: micromark spends
 * about four times longer on a paragraph's lines than on the same text in
 * one line (a paragraph of 87,000 lines took 5 s), so its line feeds are
 * given to the parser as spaces, and `unflatten` puts its lines back.
 */
export interface Flattened {
  /** Offset of the paragraph's first character, and of the end of its last line. */
  readonly start: number
  readonly end: number
  /** Where the paragraph's text ends, in the document as written. */
  readonly endPoint: {readonly line: number; readonly column: number; readonly offset: number}
  /** The paragraph's text: its lines, without the white space around each, joined by line feeds. */
  readonly value: string
  /** Line feeds given to the parser as spaces. */
  readonly lineFeeds: number
}

/** Estimated nanoseconds one stretch may cost; about a second. */
export const maxBlockCost = 1e9
/** And the whole document: a second, plus 1.5 s per million characters. */
export const documentBudget = (length: number) => 1e9 + 1500 * length
/** Link reference definitions (and footnote definitions) a document may hold. */
export const maxDefinitions = 1000

/** The characters that start micromark's text constructs (and so end its data tokens). */
const neutralized = ['*', '_', '~', '`', '[', ']', '<', '!', '&', '\\'] as const

/** Cuts the text into stretches, estimates each, and neutralizes what exceeds the budget (`blockLimit`: for tests). */
export function boundInlineWork(text: string, blockLimit = maxBlockCost): Budgeted {
  const lines = splitLines(text)
  const {skipped, inHtml} = linesWithoutInlines(text, lines)
  const blocks: BoundedBlock[] = []
  const replace: [number, number][] = []
  const definitions = definitionStarts(text, lines, skipped)
  if (definitions.length > maxDefinitions) {
    const first = definitions[maxDefinitions]!
    blocks.push({reason: 'definitions', ...pointOf(lines, first), count: definitions.length - maxDefinitions})
    for (const at of definitions.slice(maxDefinitions)) replace.push([at, at + 1])
  }
  // Costs are estimated on the text as micromark will see it: a definition
  // made text above is a paragraph whose `]` no longer closes anything.
  const seen = applyStandIns(text, replace)

  markDefinitionRuns(seen.text, lines, skipped)
  const stretches = cutStretches(seen.text, lines, skipped).map((stretch) => ({...stretch, cost: inlineCost(seen.text, stretch.start, stretch.end)}))
  const over = new Set(stretches.filter((stretch) => stretch.cost > blockLimit))
  let total = stretches.reduce((sum, stretch) => (over.has(stretch) ? sum : sum + stretch.cost), 0)
  const budget = documentBudget(text.length)
  if (total > budget) {
    for (const stretch of [...stretches].sort((a, b) => b.cost - a.cost)) {
      if (total <= budget) break
      if (over.has(stretch)) continue
      over.add(stretch)
      total -= stretch.cost
    }
  }
  const flattened: Flattened[] = []
  for (const stretch of stretches) {
    if (!over.has(stretch)) continue
    blocks.push({reason: 'markup', ...pointOf(lines, stretch.start), count: 1})
    for (const range of markupRanges(seen.text, lines, stretch)) replace.push(range)
    if (stretch.lastLine > stretch.firstLine && isPlainParagraph(seen.text, lines, stretch, skipped, inHtml)) flattened.push(flattenedParagraph(text, lines, stretch))
  }
  if (replace.length === 0) return {text, blocks, standIns: new Map(), flattened}
  blocks.sort((a, b) => a.offset - b.offset)
  const done = applyStandIns(text, replace)
  let parsed = done.text
  if (flattened.length > 0) {
    const parts: string[] = []
    let at = 0
    for (const paragraph of flattened) {
      parts.push(parsed.slice(at, paragraph.start), parsed.slice(paragraph.start, paragraph.end).replaceAll('\n', ' '))
      at = paragraph.end
    }
    parts.push(parsed.slice(at))
    parsed = parts.join('')
  }
  return {text: parsed, blocks, standIns: done.standIns, flattened}
}

/** Puts every neutralized character back, in every string of the tree. */
export function restoreStandIns(tree: object, standIns: ReadonlyMap<string, string>): void {
  if (standIns.size === 0) return
  const pattern = new RegExp(`[${[...standIns.keys()].join('')}]`, 'g')
  const back = (value: string) => value.replace(pattern, (standIn) => standIns.get(standIn)!)
  const stack: object[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop() as Record<string, unknown>
    for (const [key, value] of Object.entries(node)) {
      if (key === 'position') continue
      if (typeof value === 'string') {
        if (pattern.test(value)) node[key] = back(value)
        pattern.lastIndex = 0
      } else if (Array.isArray(value)) {
        for (const item of value) if (item && typeof item === 'object') stack.push(item)
      } else if (value && typeof value === 'object') stack.push(value)
    }
  }
}

/**
 * Gives flattened paragraphs their lines back: each becomes one text node
 * of its lines, and every position after it moves down the lines it lost.
 */
export function unflatten(tree: object, flattened: readonly Flattened[]): void {
  if (flattened.length === 0) return
  // Line feeds removed before each offset: after the end of each paragraph.
  const ends = flattened.map((paragraph) => paragraph.end)
  const removed: number[] = []
  flattened.reduce((sum, paragraph, index) => (removed[index] = sum + paragraph.lineFeeds), 0)
  const removedBefore = (offset: number) => {
    let low = 0
    let high = ends.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (ends[middle]! <= offset) low = middle + 1
      else high = middle
    }
    return low === 0 ? 0 : removed[low - 1]!
  }
  const byStart = new Map(flattened.map((paragraph) => [paragraph.start, paragraph]))
  type Point = {line: number; column: number; offset?: number}
  const stack: {type: string; position?: {start: Point; end: Point}; children?: unknown[]}[] = [tree as never]
  while (stack.length > 0) {
    const node = stack.pop()!
    const position = node.position
    if (position) {
      for (const point of [position.start, position.end]) point.line += removedBefore(point.offset ?? 0)
      const paragraph = node.type === 'paragraph' && byStart.get(position.start.offset ?? -1)
      if (paragraph) {
        position.end = {...paragraph.endPoint}
        node.children = [{type: 'text', value: paragraph.value, position: {start: {...position.start}, end: {...paragraph.endPoint}}}]
        continue
      }
    }
    if (Array.isArray(node.children)) for (const child of node.children) stack.push(child as never)
  }
}

interface Line {
  readonly start: number
  /** Offset of the line feed, or the text's length. */
  readonly end: number
}

function splitLines(text: string): Line[] {
  const lines: Line[] = []
  let start = 0
  for (;;) {
    const end = text.indexOf('\n', start)
    if (end < 0) {
      lines.push({start, end: text.length})
      return lines
    }
    lines.push({start, end})
    start = end + 1
  }
}

function pointOf(lines: readonly Line[], offset: number): {line: number; column: number; offset: number} {
  let low = 0
  let high = lines.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (lines[middle]!.start <= offset) low = middle
    else high = middle - 1
  }
  return {line: low + 1, column: offset - lines[low]!.start + 1, offset}
}

/**
 * Stand-ins are characters the text cannot hold: C0 controls, which the read
 * step has turned into spaces (they are not even XML), else private-use
 * characters the text does not use.
 */
function pickStandIns(text: string): string[] {
  const used = new Set(text.match(/[\u0001-\u0008\u000E-\u001F\uE000-\uF8FF]/g) ?? [])
  const picked: string[] = []
  const ranges: [number, number][] = [[0x0e, 0x1f], [0x01, 0x08], [0xe000, 0xf8ff]]
  for (const [from, to] of ranges) {
    for (let code = from; code <= to && picked.length < neutralized.length; code++) {
      const character = String.fromCharCode(code)
      if (!used.has(character)) picked.push(character)
    }
  }
  return picked
}

/** Replaces the neutralized characters inside the ranges by their stand-ins. */
function applyStandIns(text: string, ranges: readonly [number, number][]): {text: string; standIns: Map<string, string>} {
  if (ranges.length === 0) return {text, standIns: new Map()}
  const standIns = pickStandIns(text)
  const forward = new Map<string, string>(neutralized.map((character, index) => [character, standIns[index]!]))
  const sorted = [...ranges].sort((a, b) => a[0] - b[0])
  const parts: string[] = []
  let at = 0
  for (const [start, end] of sorted) {
    if (end <= at) continue
    const from = Math.max(start, at)
    // An escaped pipe stays: in a table row it keeps the pipe out of the
    // cell dividers (GFM §4.10), which is block structure. Escapes are read
    // in pairs, as the table does, so `\\|` is a backslash, then a divider.
    const neutral = text.slice(from, end).replace(/\\[!-/:-@[-`{-~]|[*_~`[\]<!&\\]/g, (found) =>
      found === '\\|' ? found : [...found].map((character) => forward.get(character) ?? character).join(''),
    )
    parts.push(text.slice(at, from), neutral)
    at = end
  }
  parts.push(text.slice(at))
  return {text: parts.join(''), standIns: new Map([...forward].map(([character, standIn]) => [standIn, character]))}
}

// A line's block syntax before its inline content: indentation, block quote
// markers, list markers (spec §5).
const containerPrefix = /^(?:[ \t]*(?:>|(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)))*[ \t]*/
const thematicBreak = /^[ \t]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/
const fenceLine = /^[ \t]*(?:`{3,}|~{3,})/
const atxHeading = /^ {0,3}#{1,6}(?:[ \t]|$)/
// A list item that can interrupt a paragraph: bullets with content, or 1.
const itemStart = /^ {0,3}(?:[-+*]|1[.)])[ \t]+\S/
const blankLine = /^[ \t]*$/
const definitionStart = /^(?:[ \t]*(?:>|(?:[-+*]|\d{1,9}[.)])(?=[ \t])))*[ \t]*\[(?:[^\\\]\n]|\\.){1,999}\]:/

// The start of an HTML block that can interrupt a paragraph (kinds 1 to 6,
// CommonMark §4.6): what follows on its line is HTML, not inline content.
const htmlBlockStart =
  /^(?:<(?:script|pre|style|textarea)(?:[\s>]|$)|<!--|<\?|<![A-Za-z]|<!\[CDATA\[|<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[\s/>]|$))/i

/**
 * The ranges of a stretch to neutralize: each line from where its inline
 * content starts, so that its block syntax keeps its meaning and the block
 * structure stays what it was: container markers, a fence, a thematic
 * break, a line that opens an HTML block, and a first `<` or backslash (a
 * backslash there may escape a `#`, `>`, `-` or `+` that would otherwise
 * start a block).
 */
function markupRanges(text: string, lines: readonly Line[], stretch: Stretch): [number, number][] {
  const ranges: [number, number][] = []
  for (let index = stretch.firstLine; index <= stretch.lastLine; index++) {
    const line = lines[index]!
    const content = text.slice(line.start, line.end)
    if (thematicBreak.test(content) || fenceLine.test(content)) continue
    const prefix = containerPrefix.exec(content)![0].length
    if (htmlBlockStart.test(content.slice(prefix))) continue
    let start = line.start + prefix
    if (text[start] === '<' || text[start] === '\\') start++
    ranges.push([Math.max(start, stretch.start), Math.min(line.end, stretch.end)])
  }
  return ranges
}

const setextUnderline = /^ {0,3}(?:=+|-+)[ \t]*$/

/**
 * Whether a stretch is certainly one paragraph of plain lines, that the
 * parser may read as one line: it starts after a blank line (or a
 * definition, or fenced code at the margin) with at most
 * three spaces of indentation, and no line of it has container markers or
 * may be a setext underline, a thematic break, a fence, an ATX heading, a
 * table's delimiter row or the start of an HTML block, nor lies in one.
 */
function isPlainParagraph(text: string, lines: readonly Line[], stretch: Stretch, skipped: Uint8Array, inHtml: Uint8Array): boolean {
  const before = stretch.firstLine - 1
  // After a blank line, or after what holds no inline content (definitions, fenced code at the margin).
  if (before >= 0 && !skipped[before] && !blankLine.test(text.slice(lines[before]!.start, lines[before]!.end))) return false
  for (let index = stretch.firstLine; index <= stretch.lastLine; index++) {
    if (inHtml[index]) return false
    const content = text.slice(lines[index]!.start, lines[index]!.end)
    if (index === stretch.firstLine && !/^ {0,3}\S/.test(content)) return false
    if (/\S/.test(containerPrefix.exec(content)![0])) return false
    const rest = content.trimStart()
    if (thematicBreak.test(content) || setextUnderline.test(content) || fenceLine.test(content) || atxHeading.test(content)) return false
    if (isDelimiterRow(content) || htmlBlockStart.test(rest)) return false
  }
  return true
}

/** What `unflatten` needs to give a flattened paragraph its lines back. */
function flattenedParagraph(text: string, lines: readonly Line[], stretch: Stretch): Flattened {
  const own = lines.slice(stretch.firstLine, stretch.lastLine + 1).map((line) => text.slice(line.start, line.end))
  const value = own.map((line) => line.trim()).join('\n')
  const last = lines[stretch.lastLine]!
  const endOffset = last.start + text.slice(last.start, last.end).trimEnd().length
  const start = stretch.start + (own[0]!.length - own[0]!.trimStart().length)
  return {start, end: stretch.end, endPoint: pointOf(lines, endOffset), value, lineFeeds: stretch.lastLine - stretch.firstLine}
}

/** Offsets of the `[` of every line that may start a definition, outside fenced code and front matter. */
function definitionStarts(text: string, lines: readonly Line[], skipped: Uint8Array): number[] {
  const starts: number[] = []
  lines.forEach((line, index) => {
    if (skipped[index]) return
    const content = text.slice(line.start, line.end)
    if (definitionStart.test(content)) starts.push(line.start + content.indexOf('['))
  })
  return starts
}

// A whole link reference definition on one line (spec §4.7), read strictly:
// a label with some text, a destination without parentheses, an optional
// title. (Written so that no part can match the same text two ways: a line
// of 100,000 brackets must not make the regular expression backtrack.)
const definitionLabel = /^ {0,3}\[((?:[^\\[\]\n]|\\.){1,999})\]:/
const definitionRest = /^[ \t]*(?:<[^<>\n]*>|[^\s<()][^\s()]*)(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?[ \t]*$/

function isWholeDefinition(content: string): boolean {
  const label = definitionLabel.exec(content)
  return label !== null && /\S/.test(label[1]!) && definitionRest.test(content.slice(label[0].length))
}

/**
 * Marks the definitions that are certainly definitions, holding no inline
 * content: whole one-line definitions that follow a blank line or one
 * another. A line that merely looks like one may continue a paragraph, so
 * it stays in its stretch.
 */
function markDefinitionRuns(text: string, lines: readonly Line[], skipped: Uint8Array): void {
  let chain = true
  lines.forEach((line, index) => {
    if (skipped[index]) {
      chain = true
      return
    }
    const content = text.slice(line.start, line.end)
    if (blankLine.test(content)) chain = true
    else if (chain && isWholeDefinition(content)) skipped[index] = 1
    else chain = false
  })
}

/** A stretch of lines whose inline content micromark parses, in one or several runs, and none beyond it. */
interface Stretch {
  readonly start: number
  readonly end: number
  readonly firstLine: number
  readonly lastLine: number
}

/**
 * Cuts the text into stretches, each a superset of the inline runs it holds
 * (a run never crosses a cut), so that the cost of a stretch bounds theirs:
 * cuts fall at blank lines, around ATX headings, before list items that can
 * interrupt a paragraph, and between the rows of a table that starts after a
 * blank line. Anything less certain stays in one stretch, where it can only
 * make that stretch look costlier, never cheaper.
 */
function cutStretches(text: string, lines: readonly Line[], skipped: Uint8Array): Stretch[] {
  const stretches: Stretch[] = []
  let first = -1
  const close = (last: number) => {
    if (first >= 0 && last >= first) stretches.push({start: lines[first]!.start, end: lines[last]!.end, firstLine: first, lastLine: last})
    first = -1
  }
  const alone = (index: number) => {
    close(index - 1)
    first = index
    close(index)
  }
  const contentOf = (index: number) => (skipped[index] ? '' : text.slice(lines[index]!.start, lines[index]!.end))
  let inTable = false
  for (let index = 0; index < lines.length; index++) {
    const content = contentOf(index)
    if (blankLine.test(content)) {
      close(index - 1)
      inTable = false
      continue
    }
    if (inTable && isTableRow(content)) {
      alone(index)
      continue
    }
    inTable = false
    const afterBlank = index === 0 || blankLine.test(contentOf(index - 1))
    const next = index + 1 < lines.length ? contentOf(index + 1) : ''
    if (afterBlank && isTableRow(content) && isDelimiterRow(next) && cellCount(content) === cellCount(next)) {
      // The header row, then the delimiter row, which holds no inline content.
      alone(index)
      index++
      inTable = true
      continue
    }
    if (atxHeading.test(content)) {
      alone(index)
      continue
    }
    if (itemStart.test(content) || thematicBreak.test(content)) close(index - 1)
    if (first < 0) first = index
  }
  close(lines.length - 1)
  return stretches
}

// HTML blocks of kinds 1 to 5 (CommonMark §4.6) run past blank lines.
const htmlBlockKinds: readonly {start: RegExp; end: RegExp}[] = [
  {start: /^ {0,3}<(?:script|pre|style|textarea)(?:\s|>|$)/i, end: /<\/(?:script|pre|style|textarea)>/i},
  {start: /^ {0,3}<!--/, end: /-->/},
  {start: /^ {0,3}<\?/, end: /\?>/},
  {start: /^ {0,3}<!\[CDATA\[/, end: /\]\]>/},
  {start: /^ {0,3}<![A-Za-z]/, end: />/},
]

/**
 * The lines that certainly hold no inline content: front matter, and fenced
 * code whose fence stands at the margin after a blank line (where no
 * container or HTML block can hold it), fences included; and apart, the
 * lines that may be inside an HTML block of kinds 1 to 5.
 */
function linesWithoutInlines(text: string, lines: readonly Line[]): {skipped: Uint8Array; inHtml: Uint8Array} {
  const skipped = new Uint8Array(lines.length)
  // Lines that may be in an HTML block of kinds 1 to 5 (not certainly: they are counted).
  const inHtml = new Uint8Array(lines.length)
  const contentOf = (index: number) => text.slice(lines[index]!.start, lines[index]!.end)
  let index = 0
  if (lines.length > 1 && contentOf(0) === '---') {
    let end = 1
    while (end < lines.length && !/^(?:---|\.\.\.)[ \t]*$/.test(contentOf(end))) end++
    if (end < lines.length) for (; index <= end; index++) skipped[index] = 1
  }
  let afterBlank = true
  let html: RegExp | undefined
  for (; index < lines.length; index++) {
    const content = contentOf(index)
    if (html) {
      inHtml[index] = 1
      if (html.test(content)) html = undefined
      afterBlank = false
      continue
    }
    const opening = afterBlank ? /^(?:(`{3,})[^`]*|(~{3,}).*)$/.exec(content) : null
    if (opening) {
      const marker = opening[1] ?? opening[2]!
      const closing = new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}[ \\t]*$`)
      skipped[index] = 1
      for (index++; index < lines.length; index++) {
        skipped[index] = 1
        if (closing.test(contentOf(index))) break
      }
      afterBlank = true
      continue
    }
    const kind = htmlBlockKinds.find((candidate) => candidate.start.test(content))
    if (kind && !kind.end.test(content.replace(kind.start, ''))) html = kind.end
    afterBlank = blankLine.test(content)
  }
  return {skipped, inHtml}
}

function isTableRow(content: string): boolean {
  // Lines that start another block end a table (GFM §4.10); anything that
  // might, or an indented line, is not taken for a row here.
  return /^ {0,3}[^\s>\-+*#`~<_=\d]/.test(content) && content.includes('|')
}

function isDelimiterRow(content: string): boolean {
  return content.includes('|') && /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/.test(content)
}

/** Cells of a table row: unescaped pipes, not counting one at either end. */
function cellCount(content: string): number {
  const trimmed = content.trim()
  let pipes = 0
  let last = -1
  for (let index = 0; index < trimmed.length; index++) {
    if (trimmed[index] === '\\') index++
    else if (trimmed[index] === '|') {
      pipes++
      last = index
    }
  }
  const leading = trimmed.startsWith('|') ? 1 : 0
  const trailing = last === trimmed.length - 1 && last > 0 ? 1 : 0
  return pipes + 1 - leading - trailing
}
