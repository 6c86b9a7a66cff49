import type {Table} from 'docx'
import type {Participant} from '../../types.js'
import {organizationHeading} from '../participants-columns.js'
import type {DocxContext} from './context.js'
import {runs} from './inlines.js'
import {textWidth} from './styles.js'
import {wordTable, type CellContent} from './tables.js'
import {participantsLabel} from '../labels.js'

/**
 * An atelier's participants as a Word table: N°, last name, first name,
 * organization. With `--redact` the names arrive already removed: when no row
 * has one the name columns go; a row missing a name among named rows shows
 * the "name withheld" placeholder. Cells the extractor could not place get a
 * column of their own rather than being dropped.
 */
export function participantsTable(participants: readonly Participant[], context: DocxContext, written?: readonly string[]): Table {
  const {labels} = context
  const named = participants.some((person) => person.name || person.lastName || person.firstName)
  const extra = participants.some((person) => (person.extra?.length ?? 0) > 0)
  const header: string[] = [labels.number]
  const widths: number[] = [0.7]
  if (named) {
    header.push(labels.lastName, labels.firstName)
    widths.push(2.3, 2.1)
  }
  header.push(organizationHeading(written) ?? labels.organization)
  widths.push(named ? 4.4 : 8.8)
  if (extra) {
    header.push(labels.other)
    widths.push(2.4)
  }
  const rows = participants.map((person) => {
    const cells: CellContent[] = [person.number === undefined ? '' : String(person.number)]
    if (named) cells.push(...nameCells(person, labels.redacted))
    cells.push(person.organization ?? '')
    if (extra) cells.push((person.extra ?? []).join(' · '))
    return cells
  })
  return wordTable({
    header,
    rows,
    widths,
    width: textWidth(context.sheet),
    align: ['right'],
  }, context.sheet.table)
}

function nameCells(person: Participant, redacted: string): CellContent[] {
  if (person.lastName || person.firstName) return [person.lastName ?? '', person.firstName ?? '']
  // A name the extractor could not split stays whole in the first column.
  if (person.name) return [person.name, '']
  return [runs(redacted, {italics: true, color: '7F7F7F'}), '']
}

/** "Participants (16)", or the minutes' own word for them: "Présents (2)", "Attendees (3)". */
export function participantsTitle(written: string | undefined, label: string, count: number): string {
  return `${participantsLabel(written, label)} (${count})`
}
