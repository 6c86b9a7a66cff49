import type {VFile} from 'vfile'
import type {Node} from 'unist'
import type {Diagnostic, Position} from './types.js'

/**
 * Every rule id seminar-report reports, with what it means. The README's
 * diagnostics table is checked against this list by a test.
 */
export const rules = {
  'legacy-encoding': 'the file is not UTF-8; it was read as Windows-1252',
  'invalid-utf8': 'the file is UTF-8 but for some invalid byte sequences, each read as its Windows-1252 letter or as U+FFFD',
  'control-character': 'the text holds control characters that documents cannot hold; they are shown as spaces',
  'front-matter-invalid': 'the YAML front matter could not be read and is kept as text',
  'front-matter-field': 'a front matter field has a value of the wrong kind and is ignored',
  'title-missing': 'no heading, bold first line or front matter title names the minutes',
  'language-guessed': 'the language was chosen from few or close clues; the message names the winner and the runner-up',
  'title-from-first-line': 'no heading names the minutes; a short first line was taken for the title',
  'heading-not-title': 'a setext heading that looks like stray front matter was not taken for the title',
  'date-not-understood': 'a day, month and year that make no date (32 octobre), or a front matter date that cannot be read',
  'date-ambiguous': 'a numeric date reads two ways (03/04/2021); the reading chosen is given',
  'atelier-number': 'an atelier number jumps or repeats within one sequence (a new round starting at 1 is fine)',
  'section-number': 'a section number jumps or repeats within one sequence of its atelier',
  'facilitators-missing': 'an atelier names no facilitator',
  'participant-row': 'a participants row has cells past the last column of its table',
  'participant-incomplete': 'a participants row has no name',
  'action-owner-missing': 'an action names no owner; it is listed with none',
  'attendance-not-understood': 'an attendance label is followed by text that does not read as names; it is kept as text',
  'heading-without-space': 'a line of hashes glued to a title was read as a heading',
  'list-continuation': 'a paragraph was joined to the list item it continues',
  'raw-html': 'raw HTML that is not simple formatting; its text is kept, its markup is sanitized',
  'unsupported-node': 'Markdown the report has no place for; its text is kept as a paragraph',
  'complex-markup': 'a block with so much unbalanced or nested markup that reading it would take too long; it is kept as plain text',
} as const

/** A rule id of seminar-report. */
export type RuleId = keyof typeof rules

/** Where a diagnostic points: a node, a position, or nothing (whole file). */
export type Place = Node | Position | undefined

/** Reports a warning: something the user should fix in the minutes. */
export function warn(file: VFile, ruleId: RuleId, reason: string, place?: Place): void {
  file.message(reason, {place: toPlace(place), ruleId, source: 'seminar-report'})
}

/** Reports an information: what the tool did on its own that the user may want to know. */
export function inform(file: VFile, ruleId: RuleId, reason: string, place?: Place): void {
  file.info(reason, {place: toPlace(place), ruleId, source: 'seminar-report'})
}

/** The file's messages as plain data for the JSON report, in source order. */
export function diagnosticsOf(file: VFile): Diagnostic[] {
  const sorted = [...file.messages].sort(
    (a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  )
  return sorted.map((message) => ({
    ruleId: message.ruleId ?? 'unknown',
    severity: message.fatal ? 'error' : message.fatal === false ? 'warning' : 'info',
    message: message.reason,
    ...(message.line === undefined ? {} : {line: message.line}),
    ...(message.column === undefined ? {} : {column: message.column}),
    ...(message.place && 'end' in message.place
      ? {endLine: message.place.end.line, endColumn: message.place.end.column}
      : {}),
  }))
}

function toPlace(place: Place): Position | undefined {
  if (!place) return undefined
  // A node has a `type`; an ordered list also has a `start`, so that cannot tell them apart.
  if ('type' in place) return (place as Node).position
  return place
}

/** A diagnostic's quote of some text: one line, at most 40 characters. */
export function excerpt(text: string): string {
  const value = text.replace(/\s+/g, ' ').trim()
  return value.length > 40 ? `${value.slice(0, 40)}…` : value
}
