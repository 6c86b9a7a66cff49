import type {VFile} from 'vfile'
import {warn} from '../diagnostics.js'
import type {List, Participant, Position, Table} from '../types.js'
import {inlineText} from './inline.js'
import {splitPersonName} from './names.js'
import {foldAccents} from '../text/slug.js'
import {largest} from '../largest.js'

/** What a column of a participants table holds. */
type Column = 'number' | 'name' | 'lastName' | 'firstName' | 'organization' | 'other'

const columnCues: [Column, RegExp][] = [
  ['number', /^(n°|no\.?|n|#|num(é|e)ro|number|nr\.?|)$/],
  ['name', /^(nom,?\s*pr(é|e)nom|pr(é|e)nom,?\s*nom|nom et pr(é|e)nom|name|full name|participant|personne|identit(é|e))$/],
  ['lastName', /^(nom|nom de famille|last name|surname|family name)$/],
  ['firstName', /^(pr(é|e)nom|first name|given name|forename)$/],
  [
    'organization',
    /^(organisation|organization|organisme|structure|affiliation|institution|entreprise|company|soci(é|e)t(é|e)|employeur|employer|service|collectivit(é|e)|association|(é|e)tablissement)s?$/,
  ],
]

function columnOf(header: string): Column {
  const text = foldAccents(header).toLowerCase().replace(/[:*_]/g, '').trim()
  for (const [column, cue] of columnCues) if (cue.test(text)) return column
  return 'other'
}

/**
 * Whether a table's header names people and organizations: the shape of a
 * participants table even with no "Participants" title above it.
 */
export function looksLikeParticipantsTable(table: Table): boolean {
  const header = table.children[0]
  if (!header) return false
  const columns = header.children.map((cell) => columnOf(inlineText(cell.children)))
  return columns.some((column) => column === 'name' || column === 'lastName') && columns.includes('organization')
}

/** Reads a participants table: columns in any order, found by their header. */
export function participantsFromTable(table: Table, file: VFile): Participant[] {
  const [header, ...rows] = table.children
  if (!header) return []
  let columns = header.children.map((cell) => columnOf(inlineText(cell.children)))
  // A header naming nothing we know (or no header at all: a bare tab
  // paragraph) is read as the common order: [number,] name, organization.
  if (!columns.some((column) => column === 'name' || column === 'lastName')) {
    rows.unshift(header)
    const width = largest(table.children.map((row) => row.children.length))
    const numbered = rows.every((row) => /^\d+$/.test(cellText(row.children[0])))
    columns = (numbered ? ['number', 'name', 'organization'] : ['name', 'organization']).slice(0, width) as Column[]
  }
  return rows
    .filter((row) => row.children.some((cell) => cellText(cell) !== ''))
    .map((row, index) =>
      participantFromCells(
        row.children.map(cellText),
        columns,
        file,
        row.position ?? table.position,
        index,
      ),
    )
}

function cellText(cell: {children: Table['children'][number]['children'][number]['children']} | undefined): string {
  return cell ? inlineText(cell.children).replace(/\s+/g, ' ').trim() : ''
}

function participantFromCells(
  cells: string[],
  columns: Column[],
  file: VFile,
  position: Position | undefined,
  index: number,
): Participant {
  const values: Partial<Record<Column, string>> = {}
  const extra: string[] = []
  // A row that lost its number cell (its leading tab eaten as paragraph
  // indentation, spec §4.8) is read from the next column on.
  if (columns[0] === 'number' && cells.length < columns.length && cells[0] !== undefined && !/^\d*$/.test(cells[0])) {
    cells = ['', ...cells]
  }
  cells.forEach((value, cellIndex) => {
    const column = columns[cellIndex] ?? 'other'
    if (value === '') return
    if (column === 'other' || values[column] !== undefined) extra.push(value)
    else values[column] = value
  })
  const fromName = values.name === undefined ? {} : splitPersonName(values.name)
  const lastName = values.lastName ?? fromName.lastName
  const firstName = values.firstName ?? fromName.firstName
  const name = values.name ?? ([lastName, firstName].filter(Boolean).join(' ') || undefined)
  const number = values.number !== undefined && /^\d+$/.test(values.number) ? Number(values.number) : undefined
  if (values.number !== undefined && number === undefined) extra.unshift(values.number)
  // Messages name the row, never the person: diagnostics go into every
  // report, redacted ones included, and unplaced cells may hold names.
  const row = `Participant row ${number ?? index + 1}`
  if (!name) warn(file, 'participant-row', `${row} has no name`, position)
  if (!values.organization) warn(file, 'participant-row', `${row} has no organization; expected a cell after the name`, position)
  if (extra.length > 0) {
    warn(file, 'participant-row', `${row} has ${extra.length === 1 ? 'a cell' : `${extra.length} cells`} with no column`, position)
  }
  return {
    type: 'participant',
    ...(number === undefined ? {} : {number}),
    ...(name === undefined ? {} : {name}),
    ...(lastName === undefined ? {} : {lastName}),
    ...(firstName === undefined ? {} : {firstName}),
    ...(values.organization === undefined ? {} : {organization: values.organization}),
    ...(extra.length > 0 ? {extra} : {}),
    ...(position ? {position} : {}),
  }
}

/**
 * Reads a participants list: "NOM Prénom (Organisation)", "Name, Organization",
 * "Name — Organization". Returns undefined when most items have none of
 * these shapes, so an ordinary list under a "Participants" title stays a list.
 */
export function participantsFromList(list: List, file: VFile): Participant[] | undefined {
  const items = list.children.map((item) => {
    const first = item.children[0]
    const text = first?.type === 'paragraph' && item.children.length === 1 ? inlineText(first.children).replace(/\s+/g, ' ').trim() : undefined
    return {text, position: item.position}
  })
  if (items.some((item) => item.text === undefined)) return undefined
  const parsed = items.map((item) => splitListItem(item.text!))
  if (parsed.filter((entry) => entry.organization !== undefined).length < items.length / 2) return undefined
  return parsed.map((entry, index) => {
    const cells = [entry.name, entry.organization ?? '']
    const numbered = list.ordered ? [String((list.start ?? 1) + index), ...cells] : cells
    const columns: Column[] = list.ordered ? ['number', 'name', 'organization'] : ['name', 'organization']
    return participantFromCells(numbered, columns, file, items[index]!.position, index)
  })
}

function splitListItem(text: string): {name: string; organization?: string} {
  const parenthesis = /^(.+?)\s*\(([^()]+)\)\s*$/.exec(text)
  if (parenthesis) return {name: parenthesis[1]!, organization: parenthesis[2]!.trim()}
  const dash = /^(.+?)\s+[—–-]\s+(.+)$/.exec(text)
  if (dash) return {name: dash[1]!, organization: dash[2]!.trim()}
  const comma = /^([^,]+),\s*(.+)$/.exec(text)
  if (comma) return {name: comma[1]!, organization: comma[2]!.trim()}
  return {name: text}
}
