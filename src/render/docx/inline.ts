/**
 * Runs of the layout to WordprocessingML runs: marks become run
 * properties, consecutive runs under one link become one `w:hyperlink`.
 * Linear, without recursion.
 */
import type {Inline, LinkMark, Mark, SpanRole} from '../../layout/index.js'
import type {Bookmarks, Relationships} from './registry.js'
import {breakRun, hyperlink, runProperties, textRuns, type RunProperties} from './wml.js'

/** What inline content needs of the document being written. */
export interface InlineTargets {
  readonly relationships: Relationships
  readonly bookmarks: Bookmarks
}

/** How a span of words looks in Word, by its role. */
const spanLooks: Readonly<Record<SpanRole, RunProperties>> = {
  facilitator: {bold: true},
  assistant: {italics: true},
  count: {},
  'as-written': {color: '595959'},
  variants: {italics: true, color: '595959'},
  url: {color: '595959'},
  redacted: {italics: true, color: '7F7F7F'},
  'section-number': {},
  'summary-question': {italics: true, color: '595959'},
  image: {},
  'image-label': {italics: true},
  'refused-url': {style: 'InlineCode'},
  'unsafe-link': {},
  'task-box': {},
  'register-mark': {bold: true, color: '1F4E79'},
}

function linkOf(marks: readonly Mark[]): LinkMark | undefined {
  for (const mark of marks) if (mark.type === 'link') return mark
  return undefined
}

/** Whether Word can follow this link: a bookmark, or an address (relative ones too); not a fragment of no bookmark. */
function linkable(mark: LinkMark): boolean {
  return mark.target.kind !== 'local' || !mark.target.url.startsWith('#')
}

function propertiesOf(marks: readonly Mark[], base: RunProperties): RunProperties {
  if (marks.length === 0) return base
  let props: {-readonly [K in keyof RunProperties]: RunProperties[K]} = {...base}
  let code = false
  let link = false
  for (const mark of marks) {
    switch (mark.type) {
      case 'strong':
        props.bold = true
        break
      case 'emphasis':
        props.italics = true
        break
      case 'delete':
        props.strike = true
        break
      case 'underline':
        props.underline = true
        break
      case 'subscript':
        props.vertAlign = 'subscript'
        break
      case 'superscript':
        props.vertAlign = 'superscript'
        break
      case 'code':
        code = true
        break
      case 'highlight':
        props.highlight = 'yellow'
        break
      case 'small':
        props.size = 17
        break
      case 'link':
        link = linkable(mark)
        break
      case 'span':
        props = {...props, ...spanLooks[mark.role]}
        break
      default:
        break
    }
  }
  // One character style per run: code wins over a link's look.
  if (code) props.style = 'InlineCode'
  else if (link) props.style = 'Hyperlink'
  return props
}

/** URLs as relationship targets: white space percent-encoded, the rest as written (Word reads IRIs). */
function relationshipTarget(url: string): string {
  return url.replace(/\s/g, (space) => encodeURIComponent(space))
}

/** Inline content as runs, with `base` run properties under every mark. */
export function inlineXml(content: readonly Inline[], targets: InlineTargets, base: RunProperties = {}): string {
  let xml = ''
  let index = 0
  const one = (run: Inline) => {
    const rPr = runProperties(propertiesOf(run.marks, base))
    return run.type === 'text' ? textRuns(run.value, rPr) : breakRun(rPr)
  }
  while (index < content.length) {
    const run = content[index]!
    const link = linkOf(run.marks)
    if (!link || !linkable(link)) {
      xml += one(run)
      index++
      continue
    }
    let inner = ''
    while (index < content.length && linkOf(content[index]!.marks) === link) inner += one(content[index++]!)
    const {target} = link
    const to = target.kind === 'anchor'
      ? {bookmark: targets.bookmarks.name(target.id)}
      : {relationship: targets.relationships.hyperlink(relationshipTarget(target.url))}
    xml += hyperlink(to, inner, link.title)
  }
  return xml
}
