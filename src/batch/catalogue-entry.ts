import type {CatalogueAction, CatalogueAttendee, CatalogueDecision, CatalogueEntry, Participant, Seminar} from '../types.js'
import {attendedCount, attendedStatuses, participantsOf} from '../attendance.js'
import {inlineText} from '../text/inline-text.js'
import {allocateAnchors} from '../layout/index.js'
import {organizationKey} from '../text/slug.js'
import type {Format} from '../formats.js'

/** The catalogue entry of a converted seminar. */
export function catalogueEntry(seminar: Seminar, outputBase: string, formats: readonly Format[]): CatalogueEntry {
  const anchors = allocateAnchors(seminar).entry
  const anchorOf = (id: string) => anchors.get(id) ?? id
  const plain = (children: Parameters<typeof inlineText>[0]) => inlineText(children).replace(/\s+/g, ' ').trim()
  const decisions = seminar.decisions.map(
    (decision): CatalogueDecision => ({
      id: decision.id,
      text: plain(decision.children),
      anchor: anchorOf(decision.id),
      ...(decision.vote ? {vote: decision.vote.text} : {}),
    }),
  )
  const openActions = seminar.actions
    .filter((action) => action.status === 'open')
    .map((action): CatalogueAction => {
      // An owner --redact left nameless is still someone: "" rather than nobody.
      const owners = action.owners.map((owner) => owner.name ?? owner.written ?? '')
      const written = action.owners.map((owner) => owner.written ?? owner.name ?? '')
      return {
        id: action.id,
        text: plain(action.children),
        owners,
        ...(written.some((name, index) => name !== owners[index]) ? {ownersWritten: written} : {}),
        ...(action.due ? {due: action.due} : {}),
        anchor: anchorOf(action.id),
        ...(action.position ? {line: action.position.start.line} : {}),
      }
    })
  return {
    title: seminar.title,
    ...(seminar.date ? {date: seminar.date} : {}),
    ...(seminar.place ? {place: seminar.place.raw} : {}),
    lang: seminar.lang,
    ateliers: seminar.summary.ateliers,
    // Who attended: people listed as present, in person or remote, not those excused or absent.
    participants: attendedCount(seminar.summary),
    outputs: Object.fromEntries(formats.map((format) => [format, `${outputBase}.${format}`])),
    organizations: seminar.summary.organizations.map((organization) => ({
      name: organization.name,
      key: organizationKey(organization.name),
    })),
    decisions,
    openActions,
    attendees: attendeesOf(seminar),
  }
}

const rank: Record<CatalogueAttendee['status'], number> = {attended: 3, excused: 2, absent: 1}

/**
 * Each person and organization of the seminar's attendance lists (its
 * ateliers' included) once, with the best status they were listed with: a
 * person in two lists attended if either says so. People `--redact` left
 * without a name are not in the register; their organizations are.
 */
function attendeesOf(seminar: Seminar): CatalogueAttendee[] {
  const participants = [...participantsOf(seminar.attendance), ...seminar.ateliers.flatMap((atelier) => participantsOf(atelier.attendance))]
  const byKey = new Map<string, CatalogueAttendee>()
  const add = (kind: CatalogueAttendee['kind'], name: string | undefined, status: CatalogueAttendee['status']) => {
    const key = name === undefined ? '' : organizationKey(name)
    if (key === '') return
    const known = byKey.get(`${kind}\u0000${key}`)
    if (!known || rank[status] > rank[known.status]) byKey.set(`${kind}\u0000${key}`, {kind, name: known?.name ?? name!.trim(), key, status})
  }
  for (const participant of participants) add('person', participant.name, statusOf(participant))
  for (const participant of participants) add('organization', participant.organization, statusOf(participant))
  return [...byKey.values()]
}

function statusOf(participant: Participant): CatalogueAttendee['status'] {
  if (attendedStatuses.includes(participant.status)) return 'attended'
  return participant.status === 'excused' ? 'excused' : 'absent'
}
