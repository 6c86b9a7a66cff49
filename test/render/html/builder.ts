/**
 * Hand-built seminars for the HTML renderer's tests, independent of the
 * parser: short constructors with defaults for every required field.
 */
import type {
  Atelier, Attendance, Block, Facilitator, Inline, Participant, Section, Seminar, Summary,
} from '../../../src/types.js'

type Mutable<T> = {-readonly [K in keyof T]?: T[K]}

export const t = (value: string): Inline => ({type: 'text', value})
export const p = (...children: Inline[]): Block => ({type: 'paragraph', children})
export const li = (...children: Block[]) => ({type: 'listItem' as const, children})
export const ul = (...items: string[]): Block => ({type: 'list', ordered: false, children: items.map((item) => li(p(t(item))))})

export function summary(fields: Mutable<Summary> = {}): Summary {
  return {
    ateliers: 0, participants: 0, attendance: {present: 0, 'in-person': 0, remote: 0, excused: 0, absent: 0}, sections: 0, decisions: 0, actions: {open: 0, done: 0, byOwner: []}, items: 0,
    organizations: [], facilitators: [], links: [],
    ...fields,
  }
}

export function seminar(fields: Mutable<Seminar> = {}): Seminar {
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
      participants: ateliers.reduce((sum, node) => sum + node.attendance.reduce((inner, list) => inner + list.participants.length, 0), 0),
      sections: ateliers.reduce((sum, node) => sum + node.sections.length, 0) + (fields.sections?.length ?? 0),
    }),
    source: {encoding: 'string', sha256: '0'.repeat(64), bytes: 0},
    diagnostics: [],
    ...fields,
  }
}

export function atelier(number: number, fields: Mutable<Atelier> = {}): Atelier {
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

export function section(number: number, title: string, fields: Mutable<Section> = {}): Section {
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

/** A list of participants under a label, "Participants" unless given. */
export function attendance(people: Participant[], fields: Partial<Attendance> = {}): Attendance {
  return {type: 'attendance', label: 'Participants', status: 'present', participants: people, ...fields}
}
