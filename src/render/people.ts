/**
 * People in the reports, counted and grouped once for both renderers.
 */
import type {Attendance, RoleHolder} from '../types.js'

/** How many people some attendance lists name. */
export function participantCount(attendance: readonly Attendance[]): number {
  return attendance.reduce((sum, list) => sum + list.participants.length, 0)
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
