/**
 * People in the reports, grouped once for both renderers.
 */
import type {RoleHolder} from '../types.js'

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
