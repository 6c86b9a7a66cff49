/**
 * Who attended, in the shapes minutes give it: a label and a line of names
 * ("**Présent·es :** Anne, Luc, Marie", "Regrets: Paul"), a label over a
 * list ("## Present" then "* Jane Doe @jdoe (voting member)"), a label over
 * `Group: names` lines ("## Attendance" then "Council: Ana, Bo"), a
 * participants table. People named for a function ("Secrétaire de séance :
 * X") are roles, not attendance.
 */
import type {VFile} from 'vfile'
import {type AttendanceCue, isRoleLabel, matchAttendanceLabel, matchLabelledLine} from '../cues.js'
import type {Attendance, AttendanceColumn, AttendanceStatus, List, Participant, Position, RoleHolder, Table} from '../types.js'
import {inlineText} from './inline.js'
import {splitPersonName} from './names.js'
import {participantFromPerson, participantsFromTable, type StatusLegend} from './participants.js'
import {isUnnamedCount, readHeadCount, readNamesAndCounts, readPerson, type WrittenPerson} from './people.js'

/** A "Label: value" line about people. */
export type PeopleLine =
  | {
      readonly kind: 'attendance'
      readonly label: string
      readonly status: AttendanceStatus
      readonly group?: string
      readonly people: readonly WrittenPerson[]
      /** Items that count unnamed people, as written: "4 members of the public". */
      readonly unnamed?: readonly string[]
    }
  /** An attendance label over a number of people only: "Anwesend: 31 Mitglieder, 2 Gäste". */
  | {readonly kind: 'count'; readonly label: string; readonly status: AttendanceStatus; readonly count: number; readonly text: string}
  | {readonly kind: 'role'; readonly label: string; readonly people: readonly WrittenPerson[]}
  /** An attendance or role label whose value does not read as names ("Présents : tous les membres"). */
  | {readonly kind: 'unreadable'; readonly label: string}

/**
 * Reads "Présents : Anne, Luc", "Regrets: Paul", "Secrétaire de séance :
 * Zoé". Under an attendance title (`under`), any other short label names a
 * group of attendees: "Council: Ana, Bo". Undefined when the line is not
 * about people.
 */
export function readPeopleLine(text: string, under?: AttendanceCue): PeopleLine | undefined {
  const labelled = matchLabelledLine(text)
  if (!labelled || labelled.value === '') return undefined
  const {label, value} = labelled
  const cue = matchAttendanceLabel(label)
  const role = !cue && isRoleLabel(label)
  const group = !cue && !role && under !== undefined && isGroupLabel(label)
  if (!cue && !role && !group) return undefined
  const read = readNamesAndCounts(value)
  if (!read) {
    const count = role ? undefined : readHeadCount(value)
    return count === undefined ? {kind: 'unreadable', label} : {kind: 'count', label, status: cue ? cue.status : under!.status, count, text: value}
  }
  const {people} = read
  const unnamed = read.unnamed.length > 0 ? {unnamed: read.unnamed} : {}
  if (role) return {kind: 'role', label, people}
  if (cue) return {kind: 'attendance', label, status: cue.status, ...(cue.group ? {group: label} : {}), people, ...unnamed}
  return {kind: 'attendance', label, status: under!.status, group: label, people, ...unnamed}
}

/**
 * A line of several labels about people, set apart by a dot or a bar
 * ("Facilitator: @akosua.d · Notes: @rlevi", "Moderation: Rike | Protokoll:
 * Deniz"): its parts, when each is labelled as attendance or a role; else
 * the line alone.
 */
export function splitLabelRun(line: string): string[] {
  const parts = line.split(/\s+[·•|]\s+/u)
  if (parts.length < 2) return [line]
  const people = parts.every((part) => {
    const labelled = matchLabelledLine(part)
    return labelled !== undefined && labelled.value !== '' && (matchAttendanceLabel(labelled.label) !== undefined || isRoleLabel(labelled.label))
  })
  return people ? parts : [line]
}

/** A label that can name a group of attendees: a few words, capitalized ("Council", "Member organizations"). */
function isGroupLabel(label: string): boolean {
  return label.split(/\s+/).length <= 4 && /^\p{Lu}/u.test(label) && !/\d/.test(label)
}

/** An attendance list as the walk collects it: the list, before it is typed. */
export type AttendanceDraft = Omit<Attendance, 'type'>

/** The attendance lists and roles a line gives. */
export function fromPeopleLine(line: Extract<PeopleLine, {kind: 'attendance' | 'role'}>, position: Position | undefined): {attendance?: AttendanceDraft; roles: RoleHolder[]; unnamed?: readonly string[]} {
  if (line.kind === 'role') return {roles: line.people.map((person) => roleHolder(line.label, person, position))}
  return {
    ...(line.kind === 'attendance' && line.unnamed ? {unnamed: line.unnamed} : {}),
    attendance: {
      label: line.label,
      status: line.status,
      ...(line.group ? {group: line.group} : {}),
      participants: line.people.map((person) => participantFromPerson(person, line.status, line.group, position)),
      ...(position ? {position} : {}),
    },
    roles: [],
  }
}

function roleHolder(role: string, person: WrittenPerson, position: Position | undefined): RoleHolder {
  const parts = person.handle === person.name ? {} : splitPersonName(person.name)
  return {type: 'role', role, name: person.name, ...parts, ...(person.handle ? {handle: person.handle} : {}), ...(position ? {position} : {})}
}

/**
 * Reads a list under an attendance title: one person per item ("Jane Doe
 * @jdoe (voting member)", "GIRARD Anne (Cap Rural)", "Luc Martin, Mairie de
 * Lyon"), `Group: names` items, or a group's name over a nested list.
 * Undefined unless every item reads so: an ordinary list under the title
 * stays a list.
 */
export function attendanceFromList(list: List, cue: AttendanceCue, label: string): {attendance: AttendanceDraft[]; roles: RoleHolder[]; unnamed: number[]} | undefined {
  const attendance: AttendanceDraft[] = []
  const roles: RoleHolder[] = []
  // Items counting unnamed people ("ca. 12 Einwohnerinnen"), by index: they stay in the minutes as a list.
  const unnamed: number[] = []
  const people: Participant[] = []
  const flush = () => {
    if (people.length === 0) return
    const position = spanOf(people)
    attendance.push({label, status: cue.status, ...(cue.group ? {group: label} : {}), participants: [...people], ...(position ? {position} : {})})
    people.length = 0
  }
  for (const [index, item] of list.children.entries()) {
    const [first, ...rest] = item.children
    if (first?.type !== 'paragraph') return undefined
    const text = inlineText(first.children).replace(/\s+/g, ' ').trim()
    const nested = rest.length === 1 && rest[0]!.type === 'list' ? rest[0] : undefined
    if (rest.length > 0 && !nested) return undefined
    if (nested) {
      // "Council" over a nested list of names: a group.
      const groupLabel = text.replace(/\s*[:：]\s*$/u, '')
      const inner = attendanceFromList(nested, {status: matchAttendanceLabel(groupLabel)?.status ?? cue.status}, groupLabel)
      if (!inner || !isShortLabel(groupLabel) || inner.unnamed.length > 0) return undefined
      flush()
      const known = matchAttendanceLabel(groupLabel)
      attendance.push(...inner.attendance.map((draft) => (known && !known.group ? draft : withGroup(draft, groupLabel))))
      roles.push(...inner.roles)
      continue
    }
    const line = readPeopleLine(text, cue)
    if (line?.kind === 'unreadable' || line?.kind === 'count') return undefined
    if (!line && isUnnamedCount(text)) {
      unnamed.push(index)
      continue
    }
    if (line) {
      flush()
      const read = fromPeopleLine(line, item.position)
      if (read.attendance) attendance.push(read.attendance)
      roles.push(...read.roles)
      continue
    }
    const person = readListPerson(text)
    if (!person) return undefined
    const number = list.ordered ? (list.start ?? 1) + index : undefined
    people.push(participantFromPerson(person, cue.status, cue.group ? label : undefined, item.position, number))
  }
  flush()
  return attendance.length > 0 || roles.length > 0 ? {attendance, roles, unnamed} : undefined
}

export function withGroup(draft: AttendanceDraft, group: string): AttendanceDraft {
  return {...draft, label: group, group, participants: draft.participants.map((person) => ({...person, group}))}
}

function isShortLabel(text: string): boolean {
  return text !== '' && text.split(/\s+/).length <= 5
}

/**
 * One person per list item, with "Name, Organization" where that is clear:
 * a full name before the comma, or an organization's look after it. "Doe,
 * Jane" is a name, last name first.
 */
function readListPerson(text: string): WrittenPerson | undefined {
  const comma = /^([^,()]+),\s*([^,]+)$/.exec(text)
  if (comma) {
    const before = comma[1]!.trim()
    const after = comma[2]!.trim()
    const organizationLike = before.split(/\s+/).length >= 2 || after.split(/\s+/).length >= 3 || /\b\p{Lu}{2,}\b/u.test(after)
    if (organizationLike) {
      const person = readPerson(before, 8)
      if (person && person.organization === undefined) return {...person, organization: after}
    }
  }
  return readPerson(text, 8)
}

/** A participants table under a label (or under none, when its header says so). */
export function attendanceFromTable(table: Table, cue: AttendanceCue, label: string | undefined, hasHeader: boolean, file: VFile, legend?: StatusLegend): AttendanceDraft {
  const {participants, columns} = participantsFromTable(table, cue.status, file, hasHeader, legend)
  const group = cue.group ? label : undefined
  return {
    ...(label === undefined ? {} : {label}),
    status: cue.status,
    ...(group ? {group} : {}),
    ...(columns ? {columns} : {}),
    participants: group ? participants.map((person) => ({...person, group})) : participants,
    ...(table.position ? {position: table.position} : {}),
  }
}

/** An attendance list as it goes into the seminar. */
export function finishAttendance(draft: AttendanceDraft): Attendance {
  return {
    type: 'attendance',
    ...(draft.label === undefined ? {} : {label: draft.label}),
    status: draft.status,
    ...(draft.group === undefined ? {} : {group: draft.group}),
    ...(draft.title === undefined ? {} : {title: draft.title}),
    ...(draft.columns === undefined ? {} : {columns: draft.columns}),
    participants: draft.participants,
    ...(draft.position ? {position: draft.position} : {}),
  }
}

function spanOf(people: readonly Participant[]): Position | undefined {
  const start = people[0]?.position?.start
  const end = people.at(-1)?.position?.end
  return start && end ? {start, end} : undefined
}
