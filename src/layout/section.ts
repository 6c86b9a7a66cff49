/**
 * A numbered discussion section: its heading ("1. Vision"), its prompt,
 * its blocks.
 */
import type {Inline as SourceInline, Section} from '../types.js'
import type {Block, Inline, Level} from './types.js'
import {layoutBlocks, under} from './blocks.js'
import type {LayoutContext} from './context.js'
import {inlineRuns} from './inline.js'
import {Runs, spanMark} from './runs.js'

/** "1. Vision", "TOP 3 Haushalt": the number (and the agenda word before it) marked apart. */
export function sectionTitle(node: Section): Inline[] {
  const out = new Runs()
  if (node.number !== undefined) out.text(sectionNumber(node), [spanMark('section-number')]).text(' ')
  return out.text(node.title).done()
}

/** A section under a heading of `level - 1`; `newPage` when it opens a chapter of a paged report. */
export function section(node: Section, level: Level, context: LayoutContext, newPage = false): Block {
  const children: Block[] = [{type: 'heading', level, content: sectionTitle(node), ...(newPage ? {newPage} : {})}]
  const prompt = guidingQuestion(node.prompt, 'prompt', context)
  if (prompt) children.push(prompt)
  children.push(...layoutBlocks(node.blocks, under(context, level)))
  return {type: 'group', role: 'section', anchor: context.ids.section.get(node)!, children}
}

/** Guiding questions (an atelier's or a section's prompt), one paragraph each; the atelier's is labelled. */
export function guidingQuestion(paragraphs: readonly (readonly SourceInline[])[], role: 'question' | 'prompt', context: LayoutContext): Block | undefined {
  if (paragraphs.length === 0) return undefined
  const children: Block[] = paragraphs.map((paragraph) => ({type: 'paragraph', role, content: inlineRuns(paragraph, context).done()}))
  if (role === 'question') children.unshift({type: 'paragraph', role: 'question-label', content: new Runs().text(context.labels.question).done()})
  return {type: 'group', role, children}
}

/** The number as the author wrote it: "TOP 3", "Primero", "IV.", else "2.". */
function sectionNumber(section: Section): string {
  if (section.marker !== undefined) return /^\p{Lu}{1,4}$/u.test(section.marker) ? `${section.marker}.` : section.marker
  return section.label ? `${section.label} ${section.number}` : `${section.number}.`
}
