import {Paragraph, type FileChild, type ParagraphChild} from 'docx'
import {formatDate, joinNames, withColon, writtenSaysMore} from '../labels.js'
import {rolesByFunction} from '../people.js'
import type {DocxContext} from './context.js'
import {runs} from './inlines.js'

/** The first lines of the report: title, then date, place and schedule, then key figures. */
export function titleBlock(context: DocxContext): FileChild[] {
  const {seminar, labels, lang} = context
  const date = dateLine(seminar.date, seminar.dateText, lang)
  const facts: [string, string | undefined][] = [
    [labels.date, date],
    [labels.place, seminar.place?.raw],
    [labels.schedule, seminar.schedule?.raw],
    ...rolesByFunction(seminar.roles).map(([role, holders]): [string, string] => [role, joinNames(holders.map((holder) => holder.name ?? labels.redacted), labels.and)]),
  ]
  const figures: [string, number][] = [
    [labels.ateliers, seminar.ateliers.length],
    [labels.participants, seminar.summary.participants],
    [labels.sections, seminar.summary.sections],
  ]
  return [
    new Paragraph({style: 'Title', children: runs(seminar.title)}),
    ...facts
      .filter((fact): fact is [string, string] => Boolean(fact[1]))
      .map(([label, value]) => new Paragraph({style: 'Subtitle', children: labelled(label, value, lang)})),
    new Paragraph({
      style: 'Subtitle',
      spacing: {before: 120, after: 240},
      children: figures.flatMap(([label, count], index) => [
        ...(index > 0 ? runs('   ·   ') : []),
        ...runs(String(count), {bold: true}),
        ...runs(` ${label.toLowerCase()}`),
      ]),
    }),
  ]
}

/** "Lieu : Grenoble", the label in the Label character style. */
export function labelled(label: string, value: string, lang: string): ParagraphChild[] {
  return [...runs(`${withColon(label, lang)} `, {style: 'Label'}), ...runs(value)]
}

/**
 * The date written out in the document's language; the date as the minutes
 * wrote it follows in parentheses when it says more ("le 3 mars 2021",
 * "2019-02-05"), so no word of the minutes is lost.
 */
export function dateLine(date: string | undefined, dateText: string | undefined, lang: string): string | undefined {
  if (!date) return dateText
  const written = formatDate(date, lang)
  return writtenSaysMore(written, dateText) ? `${written} (${dateText})` : written
}
