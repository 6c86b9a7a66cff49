/**
 * A participants list as a table: the one place that knows what a
 * participant is; the writers see a generic table.
 */
import type {Participant} from '../types.js'
import type {Cell, Column, Row, Table} from './types.js'
import type {InlineContext} from './inline.js'
import {participantsLabel} from './labels.js'
import {plain, Runs, span, spanMark} from './runs.js'
import {largest} from '../largest.js'

/**
 * The minutes' own heading of the organization column ("Structure",
 * "Affiliation"): the one written heading that names neither the number nor
 * the person, when there is exactly one.
 */
export function organizationHeading(written: readonly string[] | undefined): string | undefined {
  const others = (written ?? [])
    .map((cell) => cell.trim())
    .filter((cell) => cell !== '' && !/^(?:n°|no\.?|#|num(?:éro|ber)?\.?)$|nom|name|prénom/iu.test(cell))
  return others.length === 1 ? others[0] : undefined
}

/** "Participants (16)", or the minutes' own word for them: "Présents (2)". */
export function participantsCaption(written: string | undefined, count: number, context: InlineContext) {
  return new Runs().text(`${participantsLabel(written, context.labels.participants)} `).text(`(${count})`, [spanMark('count')]).done()
}

/**
 * The participants as a table. Columns follow the data: the number when
 * any row has one; last and first name apart when the extractor split
 * names (a name it could not split spans both), one "Nom, prénom" column
 * when it split none, none when every name was redacted (a redacted row
 * among named ones shows a placeholder); the organization under the
 * minutes' own heading; and a column for each cell the extractor could not
 * place, rather than dropping it.
 */
export function participantsTable(people: readonly Participant[], label: string | undefined, written: readonly string[] | undefined, context: InlineContext): Table {
  const {labels} = context
  const named = (person: Participant) => Boolean(person.name || person.lastName || person.firstName)
  const hasNumber = people.some((person) => person.number !== undefined)
  const anyNamed = people.some(named)
  const split = people.some((person) => person.lastName || person.firstName)
  const hasOrganization = people.some((person) => person.organization)
  const extra = largest(people.map((person) => person.extra?.length ?? 0))

  const columns: Column[] = []
  const head: Cell[] = []
  const header = (text: string): Cell => ({content: plain(text), header: 'col'})
  if (hasNumber) {
    columns.push({numeric: true})
    head.push(header(labels.number))
  }
  if (split) {
    columns.push({}, {})
    head.push(header(labels.lastName), header(labels.firstName))
  } else if (anyNamed) {
    columns.push({})
    head.push(header(`${labels.lastName}, ${labels.firstName.toLowerCase()}`))
  }
  if (hasOrganization) {
    columns.push({})
    head.push(header(organizationHeading(written) ?? labels.organization))
  }
  for (let index = 0; index < extra; index++) {
    columns.push({})
    head.push(header(extra > 1 ? `${labels.other} ${index + 1}` : labels.other))
  }

  const redacted = () => span('redacted', labels.redacted)
  const body = people.map((person): Row => {
    const cells: Cell[] = []
    if (hasNumber) cells.push({content: plain(person.number === undefined ? '' : String(person.number))})
    if (split) {
      if (person.lastName || person.firstName) {
        cells.push({content: plain(person.lastName ?? ''), header: 'row', role: 'last-name'}, {content: plain(person.firstName ?? '')})
      } else if (named(person)) {
        // A name the extractor could not split, in a table where others were.
        cells.push({content: plain(person.name ?? ''), header: 'row', span: 2})
      } else {
        cells.push({content: redacted(), span: 2})
      }
    } else if (anyNamed) {
      cells.push(named(person) ? {content: plain(person.name ?? ''), header: 'row'} : {content: redacted()})
    }
    if (hasOrganization) cells.push({content: plain(person.organization ?? '')})
    for (let index = 0; index < extra; index++) cells.push({content: plain(person.extra?.[index] ?? '')})
    return {cells}
  })

  return {
    type: 'table',
    role: 'participants',
    caption: participantsCaption(label, people.length, context),
    columns,
    head: [{cells: head}],
    body,
    foot: [],
  }
}
