/**
 * An estimate, in nanoseconds of this machine class, of what micromark will
 * spend on the inline markup of one stretch of text (a paragraph, a heading,
 * a table row), computed in one linear pass without parsing.
 *
 * micromark is quadratic, or worse, on several inline shapes, and no option
 * turns that off: every emphasis closer without an opener walks back over
 * every event of its paragraph (attention's resolveAll); every emphasis or
 * link match splices the paragraph's event array and re-resolves what it
 * encloses; an unclosed backtick run, HTML comment or tag scans to the end of
 * the paragraph; every `]` walks back looking for a footnote label. The
 * estimate follows those mechanisms: it simulates code spans, HTML, emphasis
 * and bracket matching with stacks, and charges each delimiter for the
 * distance micromark would walk or scan. It only needs to be right within a
 * small factor: it decides which blocks are too costly to parse as Markdown
 * (see inline-budget.ts). The weights were measured on the shapes of cmark's
 * pathological tests (bench/pathological.mjs).
 */

/** Per delimiter token micromark creates, resolves and turns into mdast. */
const perToken = 20_000
/** Per character a construct consumes while scanning ahead (code text, HTML). */
const perScannedCharacter = 40
/** Per character enclosed by a match, which is resolved again and copied. */
const perEnclosedCharacter = 400
/** Per character after a match, shifted by the splice of the event array. */
const perShiftedCharacter = 4
/** Per character walked back by a closer that finds no opener. */
const perWalkedCharacter = 25
/** Per opener of another kind passed on that walk (its text is sliced to compare markers). */
const perOpenerPassed = 300

const backtick = 0x60
const backslash = 0x5c

// CommonMark §2.1: punctuation is ASCII punctuation or Unicode P and S;
// white space is Zs, tab, line feed, form feed, carriage return.
const whitespace = /\s/
const punctuation = /[\p{P}\p{S}]/u
const asciiPunctuation = /[!-/:-@[-`{-~]/

/** Estimated work of the inline markup in `text.slice(start, end)`. */
export function inlineCost(text: string, start: number, end: number): number {
  const codeRuns: {start: number; length: number}[] = []
  const marks: Mark[] = []
  // Every character that may start a construct ends a data token; micromark
  // merges a line's data tokens back with a splice of the paragraph's
  // events, so each such line costs what follows it (resolveAllText).
  let splitLines = 0
  let lineSplit = false
  for (let index = start; index < end; ) {
    const code = text.charCodeAt(index)
    if (code === 0x0a) {
      if (lineSplit) splitLines += end - index
      lineSplit = false
      index++
      continue
    }
    if (constructStart(code)) lineSplit = true
    if (code === backslash && index + 1 < end && asciiPunctuation.test(text[index + 1]!)) {
      index += 2
      continue
    }
    if (code === backtick || code === 0x2a || code === 0x5f || code === 0x7e) {
      let runEnd = index + 1
      while (runEnd < end && text.charCodeAt(runEnd) === code) runEnd++
      if (code === backtick) codeRuns.push({start: index, length: runEnd - index})
      // GFM strikethrough uses runs of one or two tildes only.
      else if (code !== 0x7e || runEnd - index <= 2) marks.push(attentionRun(text, start, end, index, runEnd))
      index = runEnd
      continue
    }
    if (code === 0x5b) marks.push({kind: 'open-bracket', start: index})
    else if (code === 0x5d) marks.push({kind: 'close-bracket', start: index})
    else if (code === 0x3c) {
      const kind = htmlKind(text, index, end)
      if (kind) marks.push({kind, start: index})
    }
    index++
  }

  let cost = codeRuns.length * perToken + splitLines * perShiftedCharacter
  const codeSpans = codeSpanRanges(codeRuns, end)
  cost += codeSpans.cost

  const finder = new NextFinder(text, end)
  const openers: Record<string, Opener[]> = {'*': [], _: [], '~': []}
  const brackets: number[] = []
  let lastBracket = start
  let span = 0
  for (const mark of marks) {
    // Code spans bind tighter than emphasis and links (spec §6.1).
    while (span < codeSpans.ranges.length && codeSpans.ranges[span]![1] <= mark.start) span++
    if (span < codeSpans.ranges.length && codeSpans.ranges[span]![0] <= mark.start) continue
    cost += perToken
    switch (mark.kind) {
      case 'run':
        cost += attentionCost(mark, openers, start, end)
        break
      case 'open-bracket':
        brackets.push(mark.start)
        lastBracket = mark.start
        break
      case 'close-bracket': {
        const open = brackets.pop()
        if (open === undefined) {
          cost += (mark.start - lastBracket) * perWalkedCharacter
          break
        }
        // The label is normalized and looked up; a resource or a full
        // reference that follows makes a link, spliced into the events.
        cost += (mark.start - open) * perEnclosedCharacter
        const next = text[mark.start + 1]
        if (next === '(' || next === '[') cost += (end - mark.start) * perShiftedCharacter
        break
      }
      default: {
        const until = finder.next(htmlEnd[mark.kind], mark.start + 1, mark.kind === 'tag' ? '<' : undefined)
        cost += (until - mark.start) * perScannedCharacter
      }
    }
  }
  return cost
}

/** The characters micromark's text constructs start with: `!`, `&`, `*`, `<`, `[`, `\\`, `]`, `_`, `` ` ``, `~`. */
function constructStart(code: number): boolean {
  return code === 0x21 || code === 0x26 || code === 0x2a || code === 0x3c || code === 0x5b || code === backslash || code === 0x5d || code === 0x5f || code === backtick || code === 0x7e
}

type HtmlKind = 'comment' | 'instruction' | 'cdata' | 'declaration' | 'tag'

/** What ends each kind of raw HTML that micromark scans for. */
const htmlEnd: Record<HtmlKind, string> = {comment: '-->', instruction: '?>', cdata: ']]>', declaration: '>', tag: '>'}

interface Run {
  readonly kind: 'run'
  readonly marker: string
  readonly start: number
  readonly length: number
  readonly canOpen: boolean
  readonly canClose: boolean
}

type Mark = Run | {readonly kind: 'open-bracket' | 'close-bracket' | HtmlKind; readonly start: number}

/** An emphasis or strikethrough run with what it can do, by the flanking rules (spec §6.2). */
function attentionRun(text: string, unitStart: number, unitEnd: number, start: number, end: number): Run {
  const marker = text[start]!
  const before = start > unitStart ? text[start - 1]! : ' '
  const after = end < unitEnd ? text[end]! : ' '
  const beforeSpace = whitespace.test(before)
  const afterSpace = whitespace.test(after)
  const beforePunctuation = punctuation.test(before)
  const afterPunctuation = punctuation.test(after)
  const left = !afterSpace && (!afterPunctuation || beforeSpace || beforePunctuation)
  const right = !beforeSpace && (!beforePunctuation || afterSpace || afterPunctuation)
  const underscore = marker === '_'
  return {
    kind: 'run',
    marker,
    start,
    length: end - start,
    canOpen: underscore ? left && (!right || beforePunctuation) : left,
    canClose: underscore ? right && (!left || afterPunctuation) : right,
  }
}

/** An opener still on the stack: its inner end moves left as it is used. */
interface Opener {
  readonly start: number
  remaining: number
}

/**
 * Matches a run against the openers before it, as micromark's attention
 * resolver does (two markers at a time when both sides have two, else one),
 * and charges each match for what it encloses and shifts, and a closer left
 * without an opener for its walk back to the start.
 */
function attentionCost(run: Run, openers: Record<string, Opener[]>, unitStart: number, unitEnd: number): number {
  const stack = openers[run.marker]!
  let cost = 0
  let remaining = run.length
  let position = run.start
  if (run.canClose) {
    while (remaining > 0 && stack.length > 0) {
      const opener = stack.at(-1)!
      const use = opener.remaining >= 2 && remaining >= 2 ? 2 : 1
      cost += (position - (opener.start + opener.remaining)) * perEnclosedCharacter + (unitEnd - position) * perShiftedCharacter
      opener.remaining -= use
      remaining -= use
      position += use
      if (opener.remaining === 0) stack.pop()
    }
    if (remaining > 0) {
      const others = Object.values(openers).reduce((count, other) => (other === stack ? count : count + other.length), 0)
      cost += (position - unitStart) * perWalkedCharacter + others * perOpenerPassed
    }
  }
  if (run.canOpen && remaining > 0) stack.push({start: position, remaining})
  return cost
}

/**
 * Code spans as micromark finds them: a backtick run opens one closed by the
 * next run of the same length, after scanning everything up to it; a run
 * with no such partner scans to the end of the text and stays literal.
 */
function codeSpanRanges(runs: readonly {start: number; length: number}[], end: number): {ranges: [number, number][]; cost: number} {
  const next = new Array<number>(runs.length).fill(-1)
  const lastOfLength = new Map<number, number>()
  for (let index = runs.length - 1; index >= 0; index--) {
    const length = runs[index]!.length
    next[index] = lastOfLength.get(length) ?? -1
    lastOfLength.set(length, index)
  }
  const ranges: [number, number][] = []
  let cost = 0
  for (let index = 0; index < runs.length; index++) {
    const run = runs[index]!
    const partner = next[index]!
    if (partner < 0) {
      cost += (end - run.start) * perScannedCharacter
      continue
    }
    const close = runs[partner]!
    ranges.push([run.start, close.start + close.length])
    cost += (close.start + close.length - run.start) * perScannedCharacter
    index = partner
  }
  return {ranges, cost}
}

/** The raw HTML a `<` may start, by what follows it (spec §6.6), or none. */
function htmlKind(text: string, index: number, end: number): HtmlKind | undefined {
  const next = index + 1 < end ? text[index + 1]! : ''
  if (next === '!') {
    if (text.startsWith('!--', index + 1)) return 'comment'
    if (text.startsWith('![CDATA[', index + 1)) return 'cdata'
    return /[A-Za-z]/.test(text[index + 2] ?? '') ? 'declaration' : undefined
  }
  if (next === '?') return 'instruction'
  if (next === '/') return /[A-Za-z]/.test(text[index + 2] ?? '') ? 'tag' : undefined
  return /[A-Za-z]/.test(next) ? 'tag' : undefined
}

/** Finds the next occurrence of a string at or after a position, remembering earlier answers, so that repeated asks cost linear time in all. */
class NextFinder {
  private readonly found = new Map<string, number>()

  constructor(
    private readonly text: string,
    private readonly end: number,
  ) {}

  /** Where scanning from `from` stops: just after `target`, at `stop`, or at the end. */
  next(target: string, from: number, stop?: string): number {
    const at = this.indexFrom(target, from)
    const until = at < 0 ? this.end : Math.min(this.end, at + target.length)
    if (stop === undefined) return until
    const stopAt = this.indexFrom(stop, from)
    return stopAt < 0 ? until : Math.min(until, stopAt)
  }

  private indexFrom(target: string, from: number): number {
    const known = this.found.get(target)
    // A remembered hit at or after `from` is the next one; a remembered miss stays a miss.
    if (known !== undefined && (known === -1 || known >= from)) return known
    const at = this.text.indexOf(target, from)
    const result = at < 0 || at >= this.end ? -1 : at
    this.found.set(target, result)
    return result
  }
}
