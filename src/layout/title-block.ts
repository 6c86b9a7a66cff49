/**
 * The first lines of the report: the title, then the date written out (the
 * minutes' wording after it when it says more), the place, the schedule, and
 * every front-matter field the extractor did not use.
 */
import type {Block, Fact, Facts, Inline} from './types.js'
import type {LayoutContext} from './context.js'
import {formatDate, formatTimeSpan, withColon, writtenSaysMore} from './labels.js'
import {holderNames, rolesByFunction} from './participants.js'
import {plain, Runs, spanMark} from './runs.js'

export function titleBlock(context: LayoutContext): Block {
  const {seminar, labels, lang} = context
  const facts: Fact[] = []
  if (seminar.date || seminar.dateText) {
    const shown = seminar.date ? formatDate(seminar.date, lang) : seminar.dateText!
    const value = new Runs().text(shown, seminar.date ? [{type: 'date', iso: seminar.date}] : [])
    facts.push({term: plain(labels.date), value: asWritten(value, shown, seminar.dateText)})
  }
  if (seminar.place) facts.push({term: plain(labels.place), value: plain(seminar.place.raw)})
  if (seminar.schedule) {
    const {raw, label, start, end, timeZone} = seminar.schedule
    const span = start || end ? formatTimeSpan(start, end, lang) : ''
    const shown = span ? [label, span, timeZone].filter(Boolean).join(' ') : raw
    facts.push({term: plain(labels.schedule), value: asWritten(new Runs().text(shown), shown, raw)})
  }
  // People named for a function of the meeting: "Secrétaire de séance : Anne Durand".
  for (const [role, holders] of rolesByFunction(seminar.roles)) facts.push({term: plain(role), value: plain(holderNames(holders, labels))})
  for (const [key, value] of Object.entries(seminar.meta)) facts.push(metaFact(key, value, context))
  const children: Block[] = [{type: 'heading', level: 1, content: plain(seminar.title)}]
  if (facts.length > 0) children.push(factList(facts, context))
  return {type: 'group', role: 'title-block', children}
}

function factList(items: readonly Fact[], context: LayoutContext, nested = false): Facts {
  return {type: 'facts', ...(nested ? {role: 'nested'} : {}), separator: `${withColon('', context.lang)} `, items}
}

/**
 * The source's wording in brackets when the written-out form lost some of
 * its words (e.g. "2019-10-24" shown as "24 octobre 2019"): nothing of the
 * input is dropped.
 */
function asWritten(value: Runs, shown: string, raw: string | undefined): Inline[] {
  if (writtenSaysMore(shown, raw)) value.text(' ').text(`(${raw})`, [spanMark('as-written')])
  return value.done()
}

/** A front-matter field, kept verbatim: scalars as text, lists as lists, maps as nested facts. */
function metaFact(key: string, value: unknown, context: LayoutContext): Fact {
  const {inline, blocks} = metaValue(value, context)
  return {term: plain(key), value: inline, ...(blocks.length > 0 ? {blocks} : {})}
}

function metaValue(value: unknown, context: LayoutContext): {inline: Inline[]; blocks: Block[]} {
  if (value === null || value === undefined) return {inline: [], blocks: []}
  if (value instanceof Date) {
    return {inline: plain(Number.isNaN(value.getTime()) ? String(value) : value.toISOString().replace(/T00:00:00\.000Z$/, '')), blocks: []}
  }
  if (Array.isArray(value)) {
    const items = value.map((item) => {
      const {inline, blocks} = metaValue(item, context)
      return {content: [...(inline.length > 0 ? [{type: 'paragraph' as const, content: inline}] : []), ...blocks]}
    })
    return {inline: [], blocks: [{type: 'list', ordered: false, role: 'meta-list', items}]}
  }
  if (typeof value === 'object') {
    const facts = Object.entries(value as Record<string, unknown>).map(([key, item]) => metaFact(key, item, context))
    return {inline: [], blocks: [factList(facts, context, true)]}
  }
  return {inline: plain(String(value)), blocks: []}
}
