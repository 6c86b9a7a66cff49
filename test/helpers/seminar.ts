/**
 * Hand-built seminars for the tests of the layout and the writers,
 * independent of the parser: short constructors with defaults for every
 * required field. One builder for every suite.
 */
import type {
  Atelier, Attendance, Block, Facilitator, Inline, ListItem, Participant, Section, Seminar, Summary,
} from '../../src/types.js'

type Fields<T> = {-readonly [K in keyof T]?: T[K]}

export const t = (value: string): Inline => ({type: 'text', value})
export const p = (...children: Inline[]): Block => ({type: 'paragraph', children})
export const li = (...children: Block[]): ListItem => ({type: 'listItem', children})
export const ul = (...items: (string | Block[])[]): Block => list(false, items)
export const ol = (start: number | undefined, ...items: (string | Block[])[]): Block => list(true, items, start)

/** A list of items given as text (one paragraph each) or as blocks. */
export function list(ordered: boolean, items: readonly (string | Block[])[], start?: number): Block {
  return {
    type: 'list',
    ordered,
    ...(start === undefined ? {} : {start}),
    children: items.map((item) => (typeof item === 'string' ? li(p(t(item))) : li(...item))),
  }
}

export function summary(fields: Fields<Summary> = {}): Summary {
  return {
    ateliers: 0, participants: 0, attendance: {present: 0, 'in-person': 0, remote: 0, excused: 0, absent: 0}, sections: 0, decisions: 0, actions: {open: 0, done: 0, byOwner: []}, items: 0,
    organizations: [], facilitators: [], links: [],
    ...fields,
  }
}

/** A seminar; its summary counts the ateliers, participants and sections given, unless `summary` is. */
export function seminar(fields: Fields<Seminar> = {}): Seminar {
  const ateliers = fields.ateliers ?? []
  return {
    type: 'seminar',
    schemaVersion: 2,
    title: 'Séminaire de test',
    lang: 'fr',
    meta: {},
    intro: [],
    attendance: [],
    roles: [],
    sections: [],
    ateliers,
    decisions: [],
    actions: [],
    summary: summary({
      ateliers: ateliers.length,
      participants: [...(fields.attendance ?? []), ...ateliers.flatMap((node) => node.attendance)].reduce((sum, list) => sum + list.participants.length, 0),
      sections: ateliers.reduce((sum, node) => sum + node.sections.length, 0) + (fields.sections?.length ?? 0),
    }),
    source: {encoding: 'string', sha256: '0'.repeat(64), bytes: 0},
    diagnostics: [],
    ...fields,
  }
}

/** The date, place and schedule of the seed, for tests of the title block. */
export const grenoble: Fields<Seminar> = {
  date: '2019-10-24',
  dateText: '24 octobre 2019',
  place: {raw: 'Grenoble, Hôtel du Département', city: 'Grenoble', venue: 'Hôtel du Département'},
  schedule: {raw: 'Ateliers 15h00 - 16h30', label: 'Ateliers', start: '15:00', end: '16:30'},
}

export function atelier(number: number, fields: Fields<Atelier> = {}): Atelier {
  return {
    type: 'atelier',
    id: `atelier-${number}`,
    number,
    title: `Atelier ${number}`,
    question: [],
    facilitators: [],
    attendance: [],
    roles: [],
    intro: [],
    sections: [],
    ...fields,
  }
}

export function section(number: number, title: string, fields: Fields<Section> = {}): Section {
  return {type: 'section', id: `s${number}`, number, title, prompt: [], blocks: [], ...fields}
}

export function person(name: string, role: Facilitator['role'] = 'facilitator'): Facilitator {
  const [firstName, ...rest] = name.split(' ')
  return {type: 'facilitator', name, firstName, lastName: rest.join(' '), role}
}

/** "GIRARD Anne Sophie" style: leading upper-case words are the last name. */
export function participant(number: number, name: string, organization?: string): Participant {
  const words = name.split(' ')
  const last = words.filter((word) => word === word.toUpperCase())
  const first = words.slice(last.length)
  return {type: 'participant', number, name, lastName: last.join(' '), firstName: first.join(' '), ...(organization === undefined ? {} : {organization}), status: 'present'}
}

export function participants(rows: readonly (readonly [string, string])[]): Participant[] {
  return rows.map(([name, organization], index) => participant(index + 1, name, organization))
}

/** An attendance list: the people under a label ("Participants" unless given), present unless said. */
export function attendance(people: Participant[], fields: Fields<Attendance> = {}): Attendance {
  return {type: 'attendance', label: 'Participants', status: 'present', participants: people, ...fields}
}
