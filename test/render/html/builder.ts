/**
 * Hand-built seminars for the HTML renderer's tests, independent of the
 * parser: short constructors with defaults for every required field.
 */
import type {
  Atelier, Block, Facilitator, Inline, Participant, Section, Seminar, Summary,
} from '../../../src/types.js'

type Mutable<T> = {-readonly [K in keyof T]?: T[K]}

export const t = (value: string): Inline => ({type: 'text', value})
export const p = (...children: Inline[]): Block => ({type: 'paragraph', children})
export const li = (...children: Block[]) => ({type: 'listItem' as const, children})
export const ul = (...items: string[]): Block => ({type: 'list', ordered: false, children: items.map((item) => li(p(t(item))))})

export function summary(fields: Mutable<Summary> = {}): Summary {
  return {
    ateliers: 0, participants: 0, sections: 0, items: 0,
    organizations: [], facilitators: [], links: [],
    ...fields,
  }
}

export function seminar(fields: Mutable<Seminar> = {}): Seminar {
  const ateliers = fields.ateliers ?? []
  return {
    type: 'seminar',
    schemaVersion: 1,
    title: 'Séminaire de test',
    lang: 'fr',
    meta: {},
    intro: [],
    participants: [],
    sections: [],
    ateliers,
    summary: summary({
      ateliers: ateliers.length,
      participants: ateliers.reduce((sum, node) => sum + node.participants.length, 0),
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
    participants: [],
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
  return {type: 'participant', number, name, lastName: last.join(' '), firstName: first.join(' '), organization}
}

export function participants(rows: readonly (readonly [string, string])[]): Participant[] {
  return rows.map(([name, organization], index) => participant(index + 1, name, organization))
}
