import type {Participant, Seminar} from './types.js'

/**
 * Leaves participants' personal names out of a seminar, for minutes that are
 * published: organizations, numbers and counts remain, cells that could not be placed
 * are dropped. Facilitators are
 * named in their public role and stay.
 */
export function redact(seminar: Seminar): Seminar {
  return {
    ...seminar,
    participants: seminar.participants.map(anonymous),
    ateliers: seminar.ateliers.map((atelier) => ({...atelier, participants: atelier.participants.map(anonymous)})),
  }
}

function anonymous(participant: Participant): Participant {
  // Unplaced cells go too: in a table of unknown layout they may hold names.
  const {name, lastName, firstName, extra, ...rest} = participant
  void name
  void lastName
  void firstName
  void extra
  return rest
}
