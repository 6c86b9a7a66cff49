/**
 * The whole report, in reading order: the title block; then the summary,
 * the decisions and actions, the contents, the seminar's own introduction, participants and sections
 * (minutes without ateliers), one chapter per atelier, and the annexes.
 */
import type {Seminar} from '../types.js'
import type {Block, Report} from './types.js'
import {annex} from './annex.js'
import {atelier} from './atelier.js'
import {layoutBlocks, under} from './blocks.js'
import {createContext, type LayoutContext} from './context.js'
import {contents} from './contents.js'
import {attendanceBlocks} from './participants.js'
import {chrome, properties} from './properties.js'
import {plain} from './runs.js'
import {registers} from './registers.js'
import {section} from './section.js'
import {summary} from './summary.js'
import {titleBlock} from './title-block.js'

export function layoutReport(seminar: Seminar): Report {
  const context = createContext(seminar)
  return {
    type: 'report',
    lang: seminar.lang,
    properties: properties(context),
    chrome: chrome(context),
    body: [
      titleBlock(context),
      {type: 'group', role: 'main', children: [
        summary(context),
        ...registers(context),
        contents(context),
        ...seminarParts(context),
        ...seminar.ateliers.map((node) => atelier(node, context)),
        ...annex(context),
      ]},
    ],
  }
}

/**
 * What stands directly under the seminar: chapters of their own, the first
 * of them on a new page after the contents.
 */
function seminarParts(context: LayoutContext): Block[] {
  const {seminar, labels, ids} = context
  const parts: ((newPage: boolean) => Block)[] = []
  if (seminar.intro.length > 0) {
    parts.push((newPage) => ({type: 'group', role: 'introduction', children: [
      {type: 'heading', level: 2, anchor: ids.page.introduction, content: plain(labels.introduction), ...(newPage ? {newPage} : {})},
      ...layoutBlocks(seminar.intro, under(context, 2)),
    ]}))
  }
  if (seminar.attendance.length > 0) {
    parts.push((newPage) => ({type: 'group', role: 'participants', anchor: ids.page.participants, ...(newPage ? {newPage} : {}), children: attendanceBlocks(seminar.attendance, context)}))
  }
  for (const node of seminar.sections) parts.push((newPage) => section(node, 2, context, newPage))
  return parts.map((part, index) => part(index === 0))
}
