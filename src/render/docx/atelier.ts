import {Paragraph, type FileChild} from 'docx'
import type {Atelier} from '../../types.js'
import {renderBlocks, topScope} from './blocks.js'
import {atelierHeading} from '../labels.js'
import type {DocxContext} from './context.js'
import {facilitatorRuns} from './facilitators.js'
import {runs} from './inlines.js'
import {attendanceBlocks, roleParagraphs} from './participants-table.js'
import {questionParagraphs, sectionBlocks} from './section.js'

/**
 * One chapter per atelier, starting on a new page: heading, guiding question,
 * facilitators, intro, participants, then the sections.
 */
export function atelierChapter(atelier: Atelier, context: DocxContext): FileChild[] {
  const facilitators = atelier.facilitators.length > 0
    ? [new Paragraph({style: 'Facilitators', children: facilitatorRuns(atelier.facilitators, context, true, atelier.facilitatorsText)})]
    : []
  const participants = attendanceBlocks(atelier.attendance, context, 2)
  return [
    ...(atelier.round === undefined ? [] : [new Paragraph({style: 'Subtitle', pageBreakBefore: true, children: runs(atelier.round)})]),
    new Paragraph({style: 'Heading1', pageBreakBefore: atelier.round === undefined, children: runs(atelierHeading(atelier, context.lang))}),
    ...questionParagraphs(atelier.question),
    ...facilitators,
    ...roleParagraphs(atelier.roles, context),
    ...renderBlocks(atelier.intro, context, topScope(1)),
    ...participants,
    ...atelier.sections.flatMap((section) => sectionBlocks(section, context, 2)),
  ]
}
