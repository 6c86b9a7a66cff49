/**
 * Who ran an atelier, as the chapter's facilitators line and as the summary
 * table's cell: each name marked with its role, so that a reader sees who
 * led and who assisted (named after a "+" in the minutes).
 */
import type {Facilitator} from '../types.js'
import type {Inline} from './types.js'
import {splitWrittenLine} from './labels.js'
import type {InlineContext} from './inline.js'
import {Runs, spanMark} from './runs.js'

function person(out: Runs, person: Facilitator): void {
  out.text(person.name, [spanMark(person.role)])
}

function names(out: Runs, people: readonly Facilitator[], and: string): void {
  people.forEach((one, index) => {
    if (index > 0) out.text(index === people.length - 1 ? ` ${and} ` : ', ')
    person(out, one)
  })
}

/**
 * The facilitators line: as the minutes wrote it ("animée par …",
 * "moderated by …"), capitalized, with each name marked, so the author's
 * words stay; else "Animé par A et B, avec l'appui de C". Empty when the
 * atelier names nobody.
 */
export function facilitatorsLine(people: readonly Facilitator[], written: string | undefined, context: InlineContext): Inline[] {
  const out = new Runs()
  if (written) {
    for (const piece of splitWrittenLine(written, people)) {
      if ('person' in piece) person(out, piece.person)
      else out.text(piece.text)
    }
    return out.done()
  }
  const {labels} = context
  const leads = people.filter((one) => one.role === 'facilitator')
  const assistants = people.filter((one) => one.role === 'assistant')
  if (leads.length > 0) {
    out.text(`${labels.facilitatedBy} `)
    names(out, leads, labels.and)
  }
  if (assistants.length > 0) {
    out.text(leads.length > 0 ? `, ${labels.assistedBy} ` : `${capitalize(labels.assistedBy)} `)
    names(out, assistants, labels.and)
  }
  return out.done()
}

/** The short form of the summary table: "A et B + C", assistants after the "+" as the minutes write them. */
export function facilitatorsCell(people: readonly Facilitator[], context: InlineContext): Inline[] {
  const out = new Runs()
  const leads = people.filter((one) => one.role === 'facilitator')
  const assistants = people.filter((one) => one.role === 'assistant')
  names(out, leads, context.labels.and)
  if (assistants.length > 0) {
    if (leads.length > 0) out.text(' + ')
    names(out, assistants, context.labels.and)
  }
  return out.done()
}

function capitalize(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1)
}
