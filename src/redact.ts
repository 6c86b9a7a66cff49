import type {Attendance, Participant, RoleHolder, Seminar} from './types.js'

/**
 * Leaves people's personal names out of a seminar, for minutes that are
 * published: organizations, roles, statuses, numbers and counts remain
 * (actions keep whether their owners were matched, not who they are);
 * handles, the table's other columns and cells that could not be placed go
 * (they may hold names). Facilitators are named in their public role and
 * stay.
 */
export function redact(seminar: Seminar): Seminar {
  return {
    ...seminar,
    attendance: seminar.attendance.map(anonymousList),
    roles: seminar.roles.map(anonymousRole),
    ateliers: seminar.ateliers.map((atelier) => ({...atelier, attendance: atelier.attendance.map(anonymousList), roles: atelier.roles.map(anonymousRole)})),
    actions: seminar.actions.map((action) => ({...action, owners: action.owners.map((owner) => ({matched: owner.matched}))})),
    // Counts per owner would name them.
    summary: {...seminar.summary, actions: {...seminar.summary.actions, byOwner: []}},
  }
}

function anonymousList(list: Attendance): Attendance {
  return {...list, participants: list.participants.map(anonymous)}
}

function anonymous(participant: Participant): Participant {
  const {name, lastName, firstName, handle, note, fields, extra, ...rest} = participant
  void note
  void name
  void lastName
  void firstName
  void handle
  void fields
  void extra
  return rest
}

function anonymousRole(holder: RoleHolder): RoleHolder {
  const {name, lastName, firstName, handle, ...rest} = holder
  void name
  void lastName
  void firstName
  void handle
  return rest
}
