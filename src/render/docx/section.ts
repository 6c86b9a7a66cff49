import {Paragraph, type FileChild} from 'docx'
import type {Inline, Section} from '../../types.js'
import {renderBlocks, topScope} from './blocks.js'
import type {DocxContext} from './context.js'
import {renderInlines, runs} from './inlines.js'

/** A section: its numbered heading, its prompt in italics, its blocks. */
export function sectionBlocks(section: Section, context: DocxContext, level: number, newPage = false): FileChild[] {
  const title = section.number === undefined ? section.title : section.label ? `${section.label} ${section.number} ${section.title}` : `${section.number}. ${section.title}`
  return [
    new Paragraph({style: `Heading${level}`, ...(newPage ? {pageBreakBefore: true} : {}), children: runs(title)}),
    ...questionParagraphs(section.prompt),
    ...renderBlocks(section.blocks, context, topScope(level)),
  ]
}

/** Guiding questions, one paragraph each, in the italic Question style. */
export function questionParagraphs(question: readonly (readonly Inline[])[]): Paragraph[] {
  return question.map((inlines) => new Paragraph({style: 'Question', children: renderInlines(inlines, {italics: true})}))
}
