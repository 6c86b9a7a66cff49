import type {FileChild, Table} from 'docx'
import {Paragraph} from 'docx'
import type {Attendance, RoleHolder} from '../../types.js'
import {isUnnamed, participantColumns} from '../participants-columns.js'
import {joinNames, participantsLabel} from '../labels.js'
import {rolesByFunction} from '../people.js'
import type {DocxContext} from './context.js'
import {runs} from './inlines.js'
import {textWidth} from './styles.js'
import {wordTable, type CellContent} from './tables.js'
import {labelled} from './title-block.js'

/**
 * An attendance list as a Word table, its columns as participantColumns
 * (shared with the HTML report) decides. With `--redact` the names arrive
 * already removed: a row missing a name among named rows shows the "name
 * withheld" placeholder.
 */
export function participantsTable(list: Attendance, context: DocxContext): Table {
  const {labels} = context
  const {columns} = participantColumns(list, labels)
  const widths = columns.map((column) => (column.numeric ? 0.7 : column.rowHeader ? 2.3 : column.key === 'organization' ? 4.4 : 2.1))
  const rows = list.participants.map((person) =>
    columns.map((column): CellContent => {
      if (column.rowHeader && isUnnamed(person)) return column.key === 'first-name' ? '' : runs(labels.redacted, {italics: true, color: '7F7F7F'})
      return column.cell(person)
    }),
  )
  return wordTable({
    header: columns.map((column) => column.header),
    rows,
    widths,
    width: textWidth(context.sheet),
    align: columns.map((column) => (column.numeric ? 'right' : null)),
  }, context.sheet.table)
}

/** "Participants (16)", or the minutes' own word for them: "Présents (2)", "Attendees (3)". */
export function participantsTitle(written: string | undefined, label: string, count: number): string {
  return `${participantsLabel(written, label)} (${count})`
}

/** Every attendance list under its title, each heading at `level`; a title over several lists ("Attendance") once. */
export function attendanceBlocks(lists: readonly Attendance[], context: DocxContext, level: number, newPage = false): FileChild[] {
  const blocks: FileChild[] = []
  let title: string | undefined
  for (const [index, list] of lists.entries()) {
    const pageBreakBefore = newPage && index === 0
    if (list.title !== undefined && list.title !== title) {
      blocks.push(new Paragraph({style: `Heading${level}`, pageBreakBefore, children: runs(list.title)}))
    }
    const heading = list.title !== undefined ? Math.min(level + 1, 6) : level
    blocks.push(
      new Paragraph({style: `Heading${heading}`, pageBreakBefore: pageBreakBefore && list.title === undefined, children: runs(participantsTitle(list.label, context.labels.participants, list.participants.length))}),
      participantsTable(list, context),
    )
    title = list.title
  }
  return blocks
}

/** "Secrétaire de séance : Anne Durand", one paragraph per function. */
export function roleParagraphs(roles: readonly RoleHolder[], context: DocxContext): Paragraph[] {
  return rolesByFunction(roles).map(([role, holders]) => new Paragraph({
    style: 'Facilitators',
    children: labelled(role, joinNames(holders.map((holder) => holder.name ?? context.labels.redacted), context.labels.and), context.lang),
  }))
}
