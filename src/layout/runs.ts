/**
 * Runs of inline content, built one at a time: the layout's only way of
 * making inline content, so that every run's text is clean and adjacent
 * runs with the same marks are one.
 */
import {replaceControlCharacters} from '../text/control-characters.js'
import type {Inline, Mark, SpanMark, SpanRole} from './types.js'

export const none: readonly Mark[] = []

/**
 * Text fit for every output. The reader already replaced what XML 1.0
 * forbids with spaces (so words stay apart), but a Seminar may be built by
 * other code; DEL, valid in XML, is a parse error in HTML (§13.2.5
 * "control-character-in-input-stream"), so it becomes a space in both
 * reports alike.
 */
export function cleanText(value: string): string {
  const cleaned = replaceControlCharacters(value).text
  return cleaned.includes('\u007F') ? cleaned.replaceAll('\u007F', ' ') : cleaned
}

function sameMarks(a: readonly Mark[], b: readonly Mark[]): boolean {
  if (a === b) return true
  if (a.length !== b.length) return false
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false
  return true
}

/**
 * Collects runs. Adjacent text with the same marks becomes one run, so that
 * text split around a removed tag ("<scr<script>ipt>") reads as one word in
 * every report.
 */
export class Runs {
  private readonly runs: Inline[] = []

  get length(): number {
    return this.runs.length
  }

  text(value: string, marks: readonly Mark[] = none): this {
    if (value === '') return this
    const clean = cleanText(value)
    const last = this.runs.at(-1)
    if (last?.type === 'text' && sameMarks(last.marks, marks)) {
      this.runs[this.runs.length - 1] = {type: 'text', value: last.value + clean, marks: last.marks}
    } else {
      this.runs.push({type: 'text', value: clean, marks})
    }
    return this
  }

  break(marks: readonly Mark[] = none): this {
    this.runs.push({type: 'break', marks})
    return this
  }

  /** Runs built elsewhere, under `marks` (outermost first). */
  append(content: readonly Inline[], marks: readonly Mark[] = none): this {
    for (const run of content) {
      const all = marks.length === 0 ? run.marks : [...marks, ...run.marks]
      if (run.type === 'text') this.text(run.value, all)
      else this.break(all)
    }
    return this
  }

  done(): Inline[] {
    return this.runs
  }

  /** The runs without the white space that starts and ends them (insignificant in a paragraph). */
  trimmed(): Inline[] {
    const runs = this.runs
    const first = runs[0]
    if (first?.type === 'text') {
      const value = first.value.trimStart()
      if (value === '') runs.shift()
      else runs[0] = {...first, value}
    }
    const last = runs.at(-1)
    if (last?.type === 'text') {
      const value = last.value.trimEnd()
      if (value === '') runs.pop()
      else runs[runs.length - 1] = {...last, value}
    }
    return runs
  }
}

/** Plain text as inline content, under `marks`. */
export function plain(value: string, ...marks: Mark[]): Inline[] {
  return new Runs().text(value, marks).done()
}

/** A span of words with a role, e.g. `span('count', '(16)')`. */
export function span(role: SpanRole, value: string, label?: string): Inline[] {
  return plain(value, spanMark(role, label))
}

export function spanMark(role: SpanRole, label?: string): SpanMark {
  return label === undefined ? {type: 'span', role} : {type: 'span', role, label}
}

/** The plain text of inline content. */
export function textOf(content: readonly Inline[]): string {
  let text = ''
  for (const run of content) text += run.type === 'text' ? run.value : '\n'
  return text
}

/** The same runs without their links (for content shown inside another link's cell). */
export function withoutLinks(content: readonly Inline[]): Inline[] {
  const out = new Runs()
  for (const run of content) {
    const marks = run.marks.some((mark) => mark.type === 'link') ? run.marks.filter((mark) => mark.type !== 'link') : run.marks
    if (run.type === 'text') out.text(run.value, marks)
    else out.break(marks)
  }
  return out.done()
}

