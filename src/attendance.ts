/**
 * Who a seminar or an atelier names, across its attendance lists: shared
 * by the extractor's summary, the reports and the catalogue, and part of
 * the library's API.
 */
import type {Attendance, AttendanceStatus, Participant, Summary} from './types.js'

/** Everyone some attendance lists name, in order: `participantsOf(seminar.ateliers[0].attendance)`. */
export function participantsOf(attendance: readonly Attendance[]): Participant[] {
  return attendance.flatMap((list) => list.participants)
}

/** How many people some attendance lists name. */
export function participantCount(attendance: readonly Attendance[]): number {
  return attendance.reduce((sum, list) => sum + list.participants.length, 0)
}

/** The statuses of people who were there, in the room or remote. */
export const attendedStatuses: readonly AttendanceStatus[] = ['present', 'in-person', 'remote']

/** How many people attended (neither excused nor absent), from a summary's counts. */
export function attendedCount(summary: Pick<Summary, 'attendance'>): number {
  return attendedStatuses.reduce((sum, status) => sum + summary.attendance[status], 0)
}
