/**
 * Attendance lists as tables, and the people named for a function: the one
 * place that knows what a participant is; the writers see generic tables
 * and paragraphs.
 */
import type {Attendance, ColumnContent, Participant, RoleHolder} from '../types.js'
import type {Block, Cell, Column, Inline, Row, Table} from './types.js'
import type {InlineContext} from './inline.js'
import {joinNames, participantsLabel, withColon, type Labels} from './labels.js'
import {plain, Runs, span, spanMark} from './runs.js'

/** "Participants (16)", or the minutes' own word for them: "Présents (2)", "Excusé·es (1)". */
export function participantsCaption(written: string | undefined, count: number, context: InlineContext): Inline[] {
  return new Runs().text(`${participantsLabel(written, context.labels.participants)} `).text(`(${count})`, [spanMark('count')]).done()
}

/** One column of a participants table: its header, and each person's cell. */
interface ParticipantColumn {
  readonly key: string
  readonly header: string
  readonly numeric?: true
  /** The person's name: the row's header cell. */
  readonly rowHeader?: true
  readonly cell: (person: Participant) => string
}

/**
 * The columns of a list's table. Name columns follow the data: last and
 * first name apart when names were split, one column when none was, none
 * when every name was redacted. Handle, role and organization follow in the
 * author's order, under the author's headers where the minutes had a table;
 * a person's group or status gets a column only when it is not the list's;
 * every other column of the author's table keeps its header; cells past the
 * table's last column get one of their own, rather than being dropped.
 */
function columnsOf(list: Attendance, labels: Labels): ParticipantColumn[] {
  const people = list.participants
  const written = (holds: ColumnContent) => list.columns?.find((column) => column.holds === holds)?.header.trim() || undefined
  const columns: ParticipantColumn[] = []
  if (people.some((person) => person.number !== undefined)) {
    columns.push({key: 'number', header: written('number') ?? labels.number, numeric: true, cell: (person) => (person.number === undefined ? '' : String(person.number))})
  }
  const named = people.some((person) => person.name || person.lastName || person.firstName)
  const split = people.some((person) => person.lastName || person.firstName)
  if (split) {
    columns.push(
      {key: 'last-name', header: written('last-name') ?? labels.lastName, rowHeader: true, cell: (person) => person.lastName ?? ''},
      {key: 'first-name', header: written('first-name') ?? labels.firstName, cell: (person) => person.firstName ?? ''},
    )
  } else if (named) {
    columns.push({key: 'name', header: written('name') ?? `${labels.lastName}, ${labels.firstName.toLowerCase()}`, rowHeader: true, cell: (person) => person.name ?? ''})
  }
  const optional: [ColumnContent, string, (person: Participant) => string | undefined][] = [
    ['handle', labels.handle, (person) => person.handle],
    ['role', labels.role, (person) => person.role],
    ['organization', labels.organization, (person) => person.organization],
  ]
  const order = (holds: ColumnContent) => {
    const index = list.columns?.findIndex((column) => column.holds === holds) ?? -1
    return index < 0 ? Number.MAX_SAFE_INTEGER : index
  }
  optional.sort((a, b) => order(a[0]) - order(b[0]))
  for (const [holds, label, value] of optional) {
    if (people.some((person) => value(person) !== undefined)) columns.push({key: holds, header: written(holds) ?? label, cell: (person) => value(person) ?? ''})
  }
  if (people.some((person) => person.group !== undefined && person.group !== list.group)) {
    columns.push({key: 'group', header: labels.group, cell: (person) => person.group ?? ''})
  }
  if (people.some((person) => person.note !== undefined)) columns.push({key: 'note', header: labels.note, cell: (person) => person.note ?? ''})
  if (people.some((person) => person.status !== list.status)) {
    columns.push({key: 'status', header: written('status') ?? labels.attendance, cell: (person) => labels.statuses[person.status]})
  }
  const fieldNames: string[] = []
  for (const person of people) for (const field of person.fields ?? []) if (!fieldNames.includes(field.name)) fieldNames.push(field.name)
  for (const [index, name] of fieldNames.entries()) {
    columns.push({
      key: `field-${index}`,
      header: name || labels.other,
      cell: (person) => (person.fields ?? []).filter((field) => field.name === name).map((field) => field.value).join(' · '),
    })
  }
  if (people.some((person) => (person.extra?.length ?? 0) > 0)) {
    columns.push({key: 'extra', header: labels.other, cell: (person) => (person.extra ?? []).join(' · ')})
  }
  return columns
}

/** An attendance list as a table; a redacted row among named ones shows a placeholder, a name that could not be split spans both name columns. */
export function participantsTable(list: Attendance, context: InlineContext): Table {
  const {labels} = context
  const columns = columnsOf(list, labels)
  const body = list.participants.map((person): Row => {
    const cells: Cell[] = []
    const unnamed = !(person.name || person.lastName || person.firstName)
    const unsplit = !person.lastName && !person.firstName
    for (const column of columns) {
      if (column.key === 'first-name' && unsplit) continue
      if (column.rowHeader && unnamed) {
        cells.push({content: span('redacted', labels.redacted), ...(column.key === 'last-name' ? {span: 2} : {})})
      } else if (column.key === 'last-name' && unsplit) {
        // A name the extractor could not split, in a table where others were.
        cells.push({content: plain(person.name ?? ''), header: 'row', span: 2})
      } else if (column.rowHeader) {
        cells.push({content: plain(column.cell(person)), header: 'row', ...(column.key === 'last-name' ? {role: 'last-name' as const} : {})})
      } else {
        cells.push({content: plain(column.cell(person))})
      }
    }
    return {cells}
  })
  return {
    type: 'table',
    role: 'participants',
    caption: participantsCaption(list.label, list.participants.length, context),
    columns: columns.map((column): Column => (column.numeric ? {numeric: true} : {})),
    head: [{cells: columns.map((column): Cell => ({content: plain(column.header), header: 'col'}))}],
    body,
    foot: [],
  }
}

/** Every attendance list as a table, each title ("Attendance" over "Council", "Observers") once, above its lists. */
export function attendanceBlocks(lists: readonly Attendance[], context: InlineContext): Block[] {
  const blocks: Block[] = []
  let title: string | undefined
  for (const list of lists) {
    if (list.title !== undefined && list.title !== title) blocks.push({type: 'paragraph', role: 'attendance-title', content: plain(list.title)})
    title = list.title
    blocks.push(participantsTable(list, context))
  }
  return blocks
}

/** Roles grouped by function as written, in order of first mention: "Scribes: A, B". */
export function rolesByFunction(roles: readonly RoleHolder[]): [string, RoleHolder[]][] {
  const groups = new Map<string, RoleHolder[]>()
  for (const holder of roles) {
    const list = groups.get(holder.role) ?? []
    list.push(holder)
    groups.set(holder.role, list)
  }
  return [...groups]
}

/** The names of a function's holders, "A et B"; a redacted one shows the placeholder. */
export function holderNames(holders: readonly RoleHolder[], labels: Labels): string {
  return joinNames(holders.map((holder) => holder.name ?? labels.redacted), labels.and)
}

/** "Rapporteur : Anne Durand", one paragraph per function: an atelier's roles. */
export function roleLines(roles: readonly RoleHolder[], context: InlineContext): Block[] {
  return rolesByFunction(roles).map(([role, holders]) => ({
    type: 'paragraph',
    role: 'roles',
    content: new Runs().text(withColon(role, context.lang)).text(` ${holderNames(holders, context.labels)}`).done(),
  }))
}
