import type {Table} from 'docx'
import {atelierHeading} from '../labels.js'
import {participantCount} from '../../attendance.js'
import type {DocxContext} from './context.js'
import {facilitatorRuns} from './facilitators.js'
import {textWidth} from './styles.js'
import {wordTable} from './tables.js'

/** One row per atelier: number, title, who ran it, how many took part; then the total. */
export function summaryTable(context: DocxContext): Table {
  const {labels, seminar} = context
  return wordTable({
    header: [labels.number, labels.atelier, labels.facilitators, labels.participants],
    rows: seminar.ateliers.map((atelier, index) => [
      String(atelier.number ?? index + 1),
      atelierHeading(atelier, context.lang),
      facilitatorRuns(atelier.facilitators, context, false),
      String(participantCount(atelier.attendance)),
    ]),
    footer: [labels.total, '', '', String(seminar.ateliers.reduce((sum, atelier) => sum + participantCount(atelier.attendance), 0))],
    widths: [0.7, 3.4, 4.2, 1.7],
    width: textWidth(context.sheet),
    align: ['right', null, null, 'right'],
  }, context.sheet.table)
}
