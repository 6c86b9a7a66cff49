import {Paragraph, type FileChild, type ParagraphChild} from 'docx'
import {withColon} from '../labels.js'
import type {DocxContext} from './context.js'
import {hyperlink, isLinkable, runs} from './inlines.js'
import {textWidth} from './styles.js'
import {wordTable} from './tables.js'
import {labelled} from './title-block.js'

/**
 * The annex: organizations with their counts and ateliers, every link of the
 * minutes, and the front-matter fields no other part shows, so nothing the
 * minutes said is lost from the report.
 */
export function annex(context: DocxContext): FileChild[] {
  const parts = [...organizations(context), ...links(context), ...metadata(context)]
  if (parts.length === 0) return []
  return [new Paragraph({style: 'Heading1', pageBreakBefore: true, children: runs(context.labels.annex)}), ...parts]
}

function organizations(context: DocxContext): FileChild[] {
  const {labels, seminar} = context
  const list = seminar.summary.organizations
  if (list.length === 0) return []
  const rows = list.map((organization) => {
    const others = organization.variants.filter((variant) => variant !== organization.name)
    const name: ParagraphChild[] = [
      ...runs(organization.name),
      ...(others.length > 0 ? runs(` (${withColon(labels.alsoWritten, context.lang)} ${others.join(', ')})`, {italics: true, color: '595959'}) : []),
    ]
    return [name, String(organization.participants), ateliersOf(organization.ateliers, context)]
  })
  return [
    new Paragraph({style: 'Heading2', children: runs(labels.organizations)}),
    wordTable({
      header: [labels.organization, labels.participants, labels.ateliers],
      rows,
      widths: [5, 1.6, 3.4],
      width: textWidth(context.sheet),
      align: [null, 'right', null],
    }, context.sheet.table),
  ]
}

function links(context: DocxContext): FileChild[] {
  const {labels, seminar} = context
  const list = seminar.summary.links
  if (list.length === 0) return []
  const entries = list.map((link) => {
    const where = link.atelier ? ateliersOf([link.atelier], context) : ''
    const text = link.text && link.text !== link.url ? runs(`${link.text} — `) : []
    const target = isLinkable(link.url) ? [hyperlink(link.url, runs(link.url, {link: true}))] : runs(link.url)
    return new Paragraph({
      style: 'AnnexEntry',
      numbering: {reference: 'bullet', level: 0},
      children: [...text, ...target, ...(where ? runs(` (${where})`, {color: '595959'}) : [])],
    })
  })
  return [new Paragraph({style: 'Heading2', children: runs(labels.links)}), ...entries]
}

function metadata(context: DocxContext): FileChild[] {
  const entries = Object.entries(context.seminar.meta)
  if (entries.length === 0) return []
  return [
    new Paragraph({style: 'Heading2', children: runs(context.labels.details)}),
    ...entries.map(([key, value]) => new Paragraph({style: 'AnnexEntry', children: labelled(key, metaText(value), context.lang)})),
  ]
}

/** A front-matter value as one line: text as is, lists joined, anything else as JSON. */
function metaText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value)
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if (Array.isArray(value) && value.every((item) => typeof item !== 'object' || item === null)) return value.map(String).join(', ')
  return JSON.stringify(value)
}

function ateliersOf(ids: readonly string[], context: DocxContext): string {
  return ids.map((id) => context.atelierTitles.get(id) ?? id).join(', ')
}

