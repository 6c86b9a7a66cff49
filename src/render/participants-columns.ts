/**
 * What a participants table shows, decided once for both renderers: its
 * columns, under the author's headers where the minutes had a table, and
 * each person's cells.
 */
import type {Attendance, ColumnContent, Participant} from '../types.js'
import type {Labels} from './labels.js'

/** One column of a participants table. */
export interface ParticipantColumn {
  readonly key: string
  readonly header: string
  /** Numbers, aligned right. */
  readonly numeric?: true
  /** Names, the row's header cell. */
  readonly rowHeader?: true
  readonly cell: (person: Participant) => string
}

/** The name columns of a table: split names, whole names, or none (every name redacted). */
export type NameColumns = 'split' | 'whole' | 'none'

/**
 * The columns of an attendance list's table. Name columns follow the data:
 * last and first name apart when names were split, one column when none
 * was, none when every name was redacted. A person's status gets a column
 * only when it is not the list's; each other column of the author's table
 * keeps its header.
 */
export function participantColumns(list: Attendance, labels: Labels): {columns: ParticipantColumn[]; names: NameColumns} {
  const people = list.participants
  const written = (holds: ColumnContent) => list.columns?.find((column) => column.holds === holds)?.header.trim() || undefined
  const columns: ParticipantColumn[] = []
  if (people.some((person) => person.number !== undefined)) {
    columns.push({key: 'number', header: written('number') ?? labels.number, numeric: true, cell: (person) => (person.number === undefined ? '' : String(person.number))})
  }
  const named = people.some((person) => person.name || person.lastName || person.firstName)
  const split = people.some((person) => person.lastName || person.firstName)
  const names: NameColumns = !named ? 'none' : split ? 'split' : 'whole'
  if (names === 'split') {
    columns.push(
      {key: 'last-name', header: written('last-name') ?? labels.lastName, rowHeader: true, cell: (person) => person.lastName ?? (person.firstName ? '' : (person.name ?? ''))},
      {key: 'first-name', header: written('first-name') ?? labels.firstName, cell: (person) => person.firstName ?? ''},
    )
  } else if (names === 'whole') {
    columns.push({key: 'name', header: written('name') ?? `${labels.lastName}, ${labels.firstName.toLowerCase()}`, rowHeader: true, cell: (person) => person.name ?? ''})
  }
  const optional: [ColumnContent, string, (person: Participant) => string | undefined][] = [
    ['handle', labels.handle, (person) => person.handle],
    ['role', labels.role, (person) => person.role],
    ['organization', labels.organization, (person) => person.organization],
  ]
  // In the author's order when the minutes had a table.
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
  return {columns, names}
}

/** Whether a person's name was left out (redacted) in a table that shows names. */
export function isUnnamed(person: Participant): boolean {
  return !(person.name || person.lastName || person.firstName)
}
