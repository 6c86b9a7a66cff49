/**
 * The catalogue's registers across an archive: every open action by owner
 * (each owner's oldest first), every decision by date, and the attendance
 * register of each person and organization (meetings attended, excused,
 * absent, and the rate), for boards that must show quorum and attendance.
 * Built from the catalogue entries alone, so `--index-only` makes the same.
 */
import type {CatalogueAttendee, CatalogueEntry, Due} from '../types.js'
import {organizationKey} from '../text/slug.js'
import {compareCodePoints} from '../text/compare.js'

/** What the registers need of a seminar of the catalogue. */
type Seminar = Pick<CatalogueEntry, 'title' | 'date' | 'outputs' | 'decisions' | 'openActions' | 'attendees'> & {readonly input: string}

/** The meeting an entry of a register comes from. */
export interface RegisterMeeting {
  readonly input: string
  readonly title: string
  readonly date?: string
  /** The seminar's HTML report (relative to the output folder), where the entry's anchor is. */
  readonly report?: string
}

/** An open action under one of its owners. */
export interface OwnedAction extends RegisterMeeting {
  readonly id: string
  readonly text: string
  /** All its owners, this one included, as written in the entry. */
  readonly owners: readonly string[]
  readonly due?: Due
  /** Anchor of the place it was written in the seminar's HTML report. */
  readonly anchor: string
}

/** The open actions of one owner, oldest meeting first. */
export interface OwnerActions {
  /** The owner's most frequent spelling; "" for owners `--redact` left out; `null` for actions with no owner. */
  readonly owner: string | null
  readonly actions: readonly OwnedAction[]
}

/** A decision, with the meeting it was taken at. */
export interface DatedDecision extends RegisterMeeting {
  readonly id: string
  readonly text: string
  readonly vote?: string
  readonly anchor: string
}

/** One person's or organization's attendance across the archive. */
export interface AttendanceLine {
  readonly kind: CatalogueAttendee['kind']
  /** The most frequent spelling (the first seen wins a tie). */
  readonly name: string
  /** Meetings where they were listed, in catalogue order, with how. */
  readonly meetings: readonly {readonly input: string; readonly status: CatalogueAttendee['status']}[]
  readonly attended: number
  readonly excused: number
  readonly absent: number
  /** attended ÷ meetings where listed, rounded to three decimals. */
  readonly rate: number
}

/** The three registers of the catalogue. */
export interface CatalogueRegisters {
  /** By owner (folded name order; no owner last), each owner's actions by meeting date (undated last), then as written. */
  readonly openActionsByOwner: readonly OwnerActions[]
  /** By meeting date (undated last), then input, then as written. */
  readonly decisionsByDate: readonly DatedDecision[]
  /** People first, then organizations; each by folded name. */
  readonly attendance: readonly AttendanceLine[]
}

/** The registers of seminars already in catalogue order (by date, undated last). */
export function buildRegisters(seminars: readonly Seminar[]): CatalogueRegisters {
  return {openActionsByOwner: actionsByOwner(seminars), decisionsByDate: decisionsByDate(seminars), attendance: attendanceRegister(seminars)}
}

function meetingOf(seminar: Seminar): RegisterMeeting {
  const report = seminar.outputs.html
  return {input: seminar.input, title: seminar.title, ...(seminar.date === undefined ? {} : {date: seminar.date}), ...(report === undefined ? {} : {report})}
}

function actionsByOwner(seminars: readonly Seminar[]): OwnerActions[] {
  const groups = new Map<string, {spellings: Map<string, number>; actions: OwnedAction[]}>()
  const noOwner: OwnedAction[] = []
  for (const seminar of seminars) {
    for (const action of seminar.openActions ?? []) {
      const entry: OwnedAction = {...meetingOf(seminar), id: action.id, text: action.text, owners: [...action.owners], ...(action.due ? {due: action.due} : {}), anchor: action.anchor}
      if (action.owners.length === 0) noOwner.push(entry)
      // One line per owner, once even if the action names them twice.
      for (const owner of new Set(action.owners)) {
        const key = owner === '' ? '' : organizationKey(owner) || owner
        let group = groups.get(key)
        if (!group) groups.set(key, (group = {spellings: new Map(), actions: []}))
        group.spellings.set(owner, (group.spellings.get(owner) ?? 0) + 1)
        if (!group.actions.some((known) => known.input === entry.input && known.id === entry.id)) group.actions.push(entry)
      }
    }
  }
  const owned = [...groups.entries()]
    .sort(([a], [b]) => compareCodePoints(a, b))
    .map(([, group]): OwnerActions => ({owner: mostFrequent(group.spellings), actions: group.actions.sort(byMeeting)}))
  return noOwner.length > 0 ? [...owned, {owner: null, actions: noOwner.sort(byMeeting)}] : owned
}

function decisionsByDate(seminars: readonly Seminar[]): DatedDecision[] {
  return seminars
    .flatMap((seminar) =>
      (seminar.decisions ?? []).map((decision): DatedDecision => ({
        ...meetingOf(seminar),
        id: decision.id,
        text: decision.text,
        ...(decision.vote ? {vote: decision.vote} : {}),
        anchor: decision.anchor,
      })),
    )
    .sort(byMeeting)
}

function attendanceRegister(seminars: readonly Seminar[]): AttendanceLine[] {
  const lines = new Map<string, {kind: CatalogueAttendee['kind']; key: string; spellings: Map<string, number>; meetings: AttendanceLine['meetings'][number][]}>()
  for (const seminar of seminars) {
    for (const attendee of seminar.attendees ?? []) {
      const id = `${attendee.kind}\u0000${attendee.key}`
      let line = lines.get(id)
      if (!line) lines.set(id, (line = {kind: attendee.kind, key: attendee.key, spellings: new Map(), meetings: []}))
      line.spellings.set(attendee.name, (line.spellings.get(attendee.name) ?? 0) + 1)
      line.meetings.push({input: seminar.input, status: attendee.status})
    }
  }
  return [...lines.values()]
    .sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind] || compareCodePoints(a.key, b.key))
    .map((line): AttendanceLine => {
      const count = (status: CatalogueAttendee['status']) => line.meetings.filter((meeting) => meeting.status === status).length
      const attended = count('attended')
      return {
        kind: line.kind,
        name: mostFrequent(line.spellings),
        meetings: line.meetings,
        attended,
        excused: count('excused'),
        absent: count('absent'),
        rate: Math.round((attended / line.meetings.length) * 1000) / 1000,
      }
    })
}

const kindOrder: Record<CatalogueAttendee['kind'], number> = {person: 0, organization: 1}

/** Oldest meeting first (undated last), then input, then the order the minutes wrote them in (`action-2` before `action-10`). */
function byMeeting(a: RegisterMeeting & {readonly id: string}, b: RegisterMeeting & {readonly id: string}): number {
  if (a.date !== b.date) {
    if (a.date === undefined) return 1
    if (b.date === undefined) return -1
    return compareCodePoints(a.date, b.date)
  }
  return compareCodePoints(a.input, b.input) || idNumber(a.id) - idNumber(b.id) || compareCodePoints(a.id, b.id)
}

function idNumber(id: string): number {
  return Number(/(\d+)$/.exec(id)?.[1] ?? 0)
}

/** The spelling written most often; Map order is first appearance, so the first seen wins a tie. */
function mostFrequent(spellings: ReadonlyMap<string, number>): string {
  let best = ''
  let count = 0
  for (const [spelling, times] of spellings) if (times > count) [best, count] = [spelling, times]
  return best
}

