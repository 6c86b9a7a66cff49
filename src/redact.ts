import type {Participant, Seminar} from './types.js'

/**
 * Leaves participants' personal names out of a seminar, for minutes that are
 * published: organizations, numbers and counts remain. Facilitators are
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
  const {name, lastName, firstName, ...rest} = participant
  void name
  void lastName
  void firstName
  return rest
}
