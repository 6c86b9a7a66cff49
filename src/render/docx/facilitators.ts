import type {ParagraphChild} from 'docx'
import type {Facilitator} from '../../types.js'
import type {DocxContext} from './context.js'
import {joinNames, splitWrittenLine} from '../labels.js'
import {runs, type Format} from './inlines.js'


/**
 * Who ran an atelier: those who led it, then those named after a "+" in the
 * minutes, set apart because they assisted rather than facilitated.
 * `long` gives the sentence of a chapter, otherwise the short form of a table.
 */
export function facilitatorRuns(facilitators: readonly Facilitator[], context: DocxContext, long: boolean, asWritten?: string): ParagraphChild[] {
  if (long && asWritten) return writtenFacilitatorRuns(asWritten, facilitators)
  const {labels} = context
  const leads = facilitators.filter((person) => person.role === 'facilitator').map((person) => person.name)
  const assistants = facilitators.filter((person) => person.role === 'assistant').map((person) => person.name)
  const strong: Format = long ? {bold: true} : {}
  const out: ParagraphChild[] = []
  if (long) out.push(...runs(`${labels.facilitatedBy} `))
  out.push(...runs(joinNames(leads, labels.and), strong))
  if (assistants.length > 0) {
    if (long) out.push(...runs(leads.length > 0 ? `, ${labels.assistedBy} ` : `${labels.assistedBy} `))
    else if (leads.length > 0) out.push(...runs(' + '))
    out.push(...runs(joinNames(assistants, labels.and), {italics: true}))
  }
  return out
}

/**
 * The facilitators line as the minutes wrote it ("animée par …", "moderated
 * by …"), capitalized, with the names that lead in bold and those that
 * assist in italics, so the author's words stay and the roles still show.
 */
function writtenFacilitatorRuns(text: string, facilitators: readonly Facilitator[]): ParagraphChild[] {
  return splitWrittenLine(text, facilitators).flatMap((piece) =>
    'person' in piece ? runs(piece.person.name, piece.person.role === 'assistant' ? {italics: true} : {bold: true}) : runs(piece.text),
  )
}
