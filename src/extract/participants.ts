/**
 * Participants tables: columns found by their header in any order, every
 * column the report has no field for kept under the author's header.
 */
import type {VFile} from 'vfile'
import {inform, warn} from '../diagnostics.js'
import {participantColumnOf, statusWord} from '../cues.js'
import type {AttendanceColumn, AttendanceStatus, ColumnContent, Participant, ParticipantField, Position, Table} from '../types.js'
import {largest} from '../largest.js'
import {inlineText} from './inline.js'
import {splitPersonName} from './names.js'
import type {WrittenPerson} from './people.js'

/** What a column of a participants table holds; `field` is any other column, kept under its header. */
type Column = 'number' | 'name' | 'lastName' | 'firstName' | 'organization' | 'handle' | 'role' | 'status' | 'field'

const columnContent: Record<Column, ColumnContent> = {
  number: 'number', name: 'name', lastName: 'last-name', firstName: 'first-name', organization: 'organization', handle: 'handle', role: 'role', status: 'status', field: 'field',
}

function columnOf(header: string): Column {
  return participantColumnOf(header) ?? 'field'
}

/**
 * Whether a table's header names people and something about them
 * (organization, handle, role or attendance): the shape of a participants
 * table even with no "Participants" title above it.
 */
export function looksLikeParticipantsTable(table: Table): boolean {
  const header = table.children[0]
  if (!header) return false
  const columns = header.children.map((cell) => columnOf(inlineText(cell.children)))
  const names = columns.some((column) => column === 'name' || column === 'lastName' || column === 'firstName')
  return names && columns.some((column) => column === 'organization' || column === 'handle' || column === 'role' || column === 'status')
}

/** How a table's rows are read. */
interface Layout {
  readonly columns: readonly Column[]
  /** The author's header of each column, for fields. */
  readonly headers: readonly string[]
}

/**
 * Reads a participants table: columns in any order, found by their header.
 * `status` is what the label above says; a status column or a word in a
 * row wins for that row.
 */
export function participantsFromTable(table: Table, status: AttendanceStatus, file: VFile, hasHeader = true): {participants: Participant[]; columns?: AttendanceColumn[]} {
  const [header, ...rows] = table.children
  if (!header) return {participants: []}
  const headers = header.children.map((cell) => cellText(cell))
  let columns = headers.map(columnOf)
  // "Name | Vorname": beside a first-name column, a column of names holds the last ones.
  if (columns.includes('firstName') && !columns.includes('lastName')) {
    const names = columns.indexOf('name')
    if (names >= 0 && columns.indexOf('name', names + 1) < 0) columns[names] = 'lastName'
  }
  // A header naming nothing we know (or no header at all: a bare tab
  // paragraph) is read as the common order: [number,] name, organization.
  // A first row that names a name column is the header, even in a bare tab paragraph.
  if (!columns.some((column) => column === 'name' || column === 'lastName' || column === 'firstName')) {
    rows.unshift(header)
    const width = largest(table.children.map((row) => row.children.length))
    const numbered = rows.every((row) => /^\d+$/.test(cellText(row.children[0])))
    columns = (numbered ? ['number', 'name', 'organization'] : ['name', 'organization']).slice(0, width) as Column[]
  }
  const layout: Layout = {columns, headers}
  const participants = rows
    .filter((row) => row.children.some((cell) => cellText(cell) !== ''))
    .map((row, index) =>
      participantFromCells(row.children.map(cellText), layout, status, file, row.position ?? table.position, index),
    )
  const read = rows[0] !== header
  return {participants, ...(read ? {columns: columns.map((column, index) => ({header: headers[index] ?? '', holds: columnContent[column]}))} : {})}
}

function cellText(cell: {children: Table['children'][number]['children'][number]['children']} | undefined): string {
  return cell ? inlineText(cell.children).replace(/\s+/g, ' ').trim() : ''
}

function participantFromCells(
  cells: string[],
  layout: Layout,
  listStatus: AttendanceStatus,
  file: VFile,
  position: Position | undefined,
  index: number,
): Participant {
  const {columns, headers} = layout
  const values: Partial<Record<Exclude<Column, 'field'>, string>> = {}
  const fields: ParticipantField[] = []
  const extra: string[] = []
  // A row that lost its number cell (its leading tab eaten as paragraph
  // indentation, spec §4.8) is read from the next column on.
  if (columns[0] === 'number' && cells.length < columns.length && cells[0] !== undefined && !/^\d*$/.test(cells[0])) {
    cells = ['', ...cells]
  }
  cells.forEach((value, cellIndex) => {
    const column = columns[cellIndex]
    if (value === '') return
    if (column === undefined) extra.push(value)
    else if (column === 'field' || values[column] !== undefined) fields.push({name: headers[cellIndex] ?? '', value})
    else values[column] = value
  })
  // A "Nom" column that holds whole names ("Marie Dupont", "DUPONT
  // Marie") when no column holds first names: split as a person would.
  if (values.lastName !== undefined && values.firstName === undefined && values.name === undefined && values.lastName.includes(' ')) {
    values.name = values.lastName
    delete values.lastName
  }
  // Likewise a "Nome" / "Nombre" column alone, holding "Mario Rossi".
  if (values.firstName !== undefined && values.lastName === undefined && values.name === undefined && !columns.includes('lastName') && values.firstName.includes(' ')) {
    values.name = values.firstName
    delete values.firstName
  }
  const fromName = values.name === undefined ? {} : splitPersonName(values.name)
  const lastName = values.lastName ?? fromName.lastName
  const firstName = values.firstName ?? fromName.firstName
  const name = values.name ?? ([lastName, firstName].filter(Boolean).join(' ') || undefined)
  const number = values.number !== undefined && /^\d+$/.test(values.number) ? Number(values.number) : undefined
  if (values.number !== undefined && number === undefined) fields.unshift({name: headers[columns.indexOf('number')] ?? '', value: values.number})
  const cellStatus = values.status === undefined ? undefined : statusFromCell(values.status)
  if (values.status !== undefined && cellStatus === undefined) fields.push({name: headers[columns.indexOf('status')] ?? '', value: values.status})
  // Messages name the row, never the person: diagnostics go into every
  // report, redacted ones included, and unplaced cells may hold names.
  const row = `Participant row ${number ?? index + 1}`
  if (!name) inform(file, 'participant-incomplete', `${row} has no name`, position)
  if (extra.length > 0) {
    warn(file, 'participant-row', `${row} has ${extra.length === 1 ? 'a cell' : `${extra.length} cells`} past the table's last column`, position)
  }
  return {
    type: 'participant',
    ...(number === undefined ? {} : {number}),
    ...(name === undefined ? {} : {name}),
    ...(lastName === undefined ? {} : {lastName}),
    ...(firstName === undefined ? {} : {firstName}),
    ...(values.handle === undefined ? {} : {handle: values.handle}),
    ...(values.role === undefined ? {} : {role: values.role}),
    ...(values.organization === undefined ? {} : {organization: values.organization}),
    status: cellStatus ?? listStatus,
    ...(fields.length > 0 ? {fields} : {}),
    ...(extra.length > 0 ? {extra} : {}),
    ...(position ? {position} : {}),
  }
}

/** A status cell: a status word, or a mark ("x", "✓", "oui", "yes") for present. */
function statusFromCell(value: string): AttendanceStatus | undefined {
  if (/^(x|✓|✔|☑|oui|yes|y|present|présente?|p)$/iu.test(value.trim())) return 'present'
  return statusWord(value)
}

/** A participant from a person written in a line or a list item. */
export function participantFromPerson(
  person: WrittenPerson,
  status: AttendanceStatus,
  group: string | undefined,
  position: Position | undefined,
  number?: number,
): Participant {
  const parts = person.handle === person.name ? {} : splitPersonName(person.name)
  return {
    type: 'participant',
    ...(number === undefined ? {} : {number}),
    name: person.name,
    ...parts,
    ...(person.handle ? {handle: person.handle} : {}),
    ...(person.role ? {role: person.role} : {}),
    ...(person.organization ? {organization: person.organization} : {}),
    status: person.status ?? status,
    ...(person.note ? {note: person.note} : {}),
    ...(group ? {group} : {}),
    ...(position ? {position} : {}),
  }
}
