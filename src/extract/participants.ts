/**
 * Participants tables: columns found by their header in any order, every
 * column the report has no field for kept under the author's header.
 */
import type {VFile} from 'vfile'
import {inform, warn} from '../diagnostics.js'
import {foldLabel, matchAttendanceLabel, participantColumnOf, statusWord} from '../cues.js'
import type {AttendanceColumn, AttendanceStatus, ColumnContent, Participant, ParticipantField, Position, Table} from '../types.js'
import {largest} from '../largest.js'
import {inlineText} from './inline.js'
import {splitPersonName} from './names.js'
import {readPerson, type WrittenPerson} from './people.js'

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
export function looksLikeParticipantsTable(table: Table, legend?: StatusLegend): boolean {
  const header = table.children[0]
  if (!header) return false
  const columns = header.children.map((cell) => columnOf(inlineText(cell.children)))
  const names = columns.some((column) => column === 'name' || column === 'lastName' || column === 'firstName')
  if (names) return columns.some((column) => column === 'organization' || column === 'handle' || column === 'role' || column === 'status')
  // "Representante | Titulación | Asistencia": a column of names beside a
  // column whose every cell says how the person attended.
  const status = columns.indexOf('status')
  const rows = table.children.slice(1)
  return status >= 0 && rows.length > 0 && nameColumn(rows, columns) !== undefined &&
    rows.every((row) => statusFromCell(cellText(row.children[status]), legend) !== undefined)
}

/** The first column of unknown header whose every cell reads as one person's name. */
function nameColumn(rows: readonly Table['children'][number][], columns: readonly Column[]): number | undefined {
  const index = columns.findIndex((column, index) => column === 'field' && rows.every((row) => {
    const text = cellText(row.children[index])
    const person = text === '' ? undefined : readPerson(text, 6)
    return person !== undefined && person.handle === undefined && person.organization === undefined && person.name === text
  }))
  return index < 0 ? undefined : index
}

/**
 * What the codes of a presence column mean, from a legend under the table
 * ("Legenda: P = presente, C = in collegamento, AG = assente giustificato"),
 * folded codes to statuses.
 */
export type StatusLegend = ReadonlyMap<string, AttendanceStatus>

/**
 * Reads a legend line: "Legend: P = present, E = excused", "Legenda: P =
 * presente, C = in collegamento". Undefined unless every entry is a short
 * code and words that say a status.
 */
export function readStatusLegend(text: string): StatusLegend | undefined {
  const body = text.replace(/^\s*[\p{L}]+\s*[:：]\s*/u, '').replace(/[.;]\s*$/, '')
  const entries = body.split(/\s*[,;·]\s*/)
  const legend = new Map<string, AttendanceStatus>()
  for (const entry of entries) {
    const match = /^([\p{L}✓✔✗✘-]{1,3})\s*[=:]\s*(.+)$/u.exec(entry.trim())
    const status = match ? statusFromCell(match[2]!) ?? matchAttendanceLabel(match[2]!)?.status : undefined
    if (!match || !status) return undefined
    legend.set(foldLabel(match[1]!), status)
  }
  return legend.size >= 2 ? legend : undefined
}

/** How a table's rows are read. */
interface Layout {
  readonly columns: readonly Column[]
  /** The author's header of each column, for fields. */
  readonly headers: readonly string[]
  readonly legend?: StatusLegend
  /** The column of names was found by its cells, its header naming none. */
  readonly namesByCells?: true
}

/**
 * Reads a participants table: columns in any order, found by their header.
 * `status` is what the label above says; a status column or a word in a
 * row wins for that row.
 */
export function participantsFromTable(table: Table, status: AttendanceStatus, file: VFile, hasHeader = true, legend?: StatusLegend): {participants: Participant[]; columns?: AttendanceColumn[]} {
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
  // A written header naming no column of names: the column whose cells are names holds them.
  const names = hasHeader && !columns.some((column) => column === 'name' || column === 'lastName' || column === 'firstName') ? nameColumn(rows, columns) : undefined
  if (names !== undefined) columns[names] = 'name'
  if (!columns.some((column) => column === 'name' || column === 'lastName' || column === 'firstName')) {
    rows.unshift(header)
    const width = largest(table.children.map((row) => row.children.length))
    const numbered = rows.every((row) => /^\d+$/.test(cellText(row.children[0])))
    columns = (numbered ? ['number', 'name', 'organization'] : ['name', 'organization']).slice(0, width) as Column[]
  }
  const layout: Layout = {columns, headers, ...(legend ? {legend} : {}), ...(names === undefined ? {} : {namesByCells: true})}
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
  // A column of names found by its cells keeps its names whole, under the author's header.
  const fromName = values.name === undefined || layout.namesByCells ? {} : splitPersonName(values.name)
  const lastName = values.lastName ?? fromName.lastName
  const firstName = values.firstName ?? fromName.firstName
  // "Nome | Cognome": the parts joined in the table's order.
  const firstFirst = columns.indexOf('firstName') >= 0 && columns.indexOf('firstName') < columns.indexOf('lastName')
  const name = values.name ?? ((firstFirst ? [firstName, lastName] : [lastName, firstName]).filter(Boolean).join(' ') || undefined)
  const number = values.number !== undefined && /^\d+$/.test(values.number) ? Number(values.number) : undefined
  if (values.number !== undefined && number === undefined) fields.unshift({name: headers[columns.indexOf('number')] ?? '', value: values.number})
  const cellStatus = values.status === undefined ? undefined : statusFromCell(values.status, layout.legend)
  // The cell as written stays under its header: the status is what it was read as.
  if (values.status !== undefined) fields.push({name: headers[columns.indexOf('status')] ?? '', value: values.status})
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

/**
 * A status cell: a code of the table's legend, a status word, a mark ("x",
 * "✓", "ja", "sì") for present or a "no" for absent. A "no" with a reason
 * in parentheses ("no (avisó)") is an absence excused.
 */
function statusFromCell(value: string, legend?: StatusLegend): AttendanceStatus | undefined {
  const text = value.trim()
  const code = legend?.get(foldLabel(text))
  if (code) return code
  const mark = cellMark(text)
  if (mark) return mark
  const said = statusWord(text)
  if (said) return said
  const reason = /^(.+?)\s*\(([^()]+)\)$/u.exec(text)
  if (!reason) return undefined
  const first = cellMark(reason[1]!) ?? statusWord(reason[1]!)
  const second = statusWord(reason[2]!)
  if (first === 'absent') return second ?? 'excused'
  return first === 'present' ? second ?? first : undefined
}

/** A mark or a code of a presence cell: "x", "✓", "ja", "sì", "P" for present; "no", "✗", "A" for absent; "AG", "E" excused. */
function cellMark(text: string): AttendanceStatus | undefined {
  const folded = foldLabel(text)
  if (presentMarks.has(folded) || /^[✓✔☑]$/u.test(folded)) return 'present'
  if (absentMarks.has(folded) || /^[✗✘]$/u.test(folded)) return 'absent'
  return excusedMarks.has(folded) ? 'excused' : undefined
}
const presentMarks = new Set(['x', 'oui', 'yes', 'y', 'ja', 'j', 'si', 'present', 'presente', 'p'])
const absentMarks = new Set(['no', 'non', 'nein', 'n', 'a'])
const excusedMarks = new Set(['ag', 'e', 'exc'])

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
