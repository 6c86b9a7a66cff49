/**
 * One chapter per atelier: its heading, guiding question, facilitators,
 * then its participants and introduction in the order the minutes gave
 * them, then its sections.
 */
import type {Atelier, Block as SourceBlock} from '../types.js'
import type {Block} from './types.js'
import {layoutBlocks, under} from './blocks.js'
import type {LayoutContext} from './context.js'
import {facilitatorsLine} from './facilitators.js'
import {atelierHeading} from './labels.js'
import {attendanceBlocks, roleLines} from './participants.js'
import {plain} from './runs.js'
import {guidingQuestion, section} from './section.js'

export function atelier(node: Atelier, context: LayoutContext): Block {
  const children: Block[] = [
    // The heading of the round the atelier opens ("Après-midi : seconde série d'ateliers").
    ...(node.round === undefined ? [] : [{type: 'paragraph' as const, role: 'round' as const, content: plain(node.round)}]),
    {type: 'heading', level: 2, content: plain(atelierHeading(node, context.lang))},
  ]
  const question = guidingQuestion(node.question, 'question', context)
  if (question) children.push(question)
  const line = facilitatorsLine(node.facilitators, node.facilitatorsText, context)
  if (line.length > 0) children.push({type: 'paragraph', role: 'facilitators', content: line})
  children.push(...roleLines(node.roles, context))
  const [before, after] = aroundParticipants(node)
  const blocks = under(context, 2)
  children.push(...layoutBlocks(before, blocks))
  children.push(...attendanceBlocks(node.attendance, context))
  children.push(...layoutBlocks(after, blocks))
  children.push(...node.sections.map((child) => section(child, 3, context)))
  return {type: 'group', role: 'atelier', anchor: context.ids.atelier.get(node)!, newPage: true, children}
}

/**
 * The atelier's introduction cut where its participants list stood in the
 * source; without positions to tell, the list comes first.
 */
function aroundParticipants(node: Atelier): [readonly SourceBlock[], readonly SourceBlock[]] {
  const at = (node.attendance[0]?.position ?? node.attendance[0]?.participants[0]?.position)?.start
  if (!at) return [[], node.intro]
  const cut = node.intro.findIndex((block) => {
    const start = block.position?.start
    return !start || start.line > at.line || (start.line === at.line && start.column > at.column)
  })
  return cut === -1 ? [node.intro, []] : [node.intro.slice(0, cut), node.intro.slice(cut)]
}
