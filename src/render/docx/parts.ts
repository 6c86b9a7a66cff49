/**
 * The package's own parts, written from the report: content types,
 * relationships, core and extended properties, running head and foot,
 * numbering definitions, and the document part around its body.
 */
import type {Chrome, Properties} from '../../layout/index.js'
import {Lists, Relationships} from './registry.js'
import type {ListLook, StyleSheet} from './styles.js'
import {escapeXml, declaration, namespaces} from './xml.js'
import {field, paragraph, textRuns} from './wml.js'

const relationshipTypes = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const contentTypes = 'application/vnd.openxmlformats-officedocument'

/** `[Content_Types].xml`: a content type for every part of the package. */
export function contentTypesPart(): string {
  const override = (part: string, type: string) => `<Override PartName="/${part}" ContentType="${type}"/>`
  return `${declaration}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`
    + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    + '<Default Extension="xml" ContentType="application/xml"/>'
    + override('word/document.xml', `${contentTypes}.wordprocessingml.document.main+xml`)
    + override('word/styles.xml', `${contentTypes}.wordprocessingml.styles+xml`)
    + override('word/numbering.xml', `${contentTypes}.wordprocessingml.numbering+xml`)
    + override('word/settings.xml', `${contentTypes}.wordprocessingml.settings+xml`)
    + override('word/theme/theme1.xml', `${contentTypes}.theme+xml`)
    + override('word/header1.xml', `${contentTypes}.wordprocessingml.header+xml`)
    + override('word/header2.xml', `${contentTypes}.wordprocessingml.header+xml`)
    + override('word/footer1.xml', `${contentTypes}.wordprocessingml.footer+xml`)
    + override('word/footer2.xml', `${contentTypes}.wordprocessingml.footer+xml`)
    + override('docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml')
    + override('docProps/app.xml', `${contentTypes}.extended-properties+xml`)
    + '</Types>'
}

/** `_rels/.rels`: the package's main document and its properties. */
export function packageRelationshipsPart(): string {
  return `${declaration}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`
    + `<Relationship Id="rId1" Type="${relationshipTypes}/officeDocument" Target="word/document.xml"/>`
    + '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    + `<Relationship Id="rId3" Type="${relationshipTypes}/extended-properties" Target="docProps/app.xml"/>`
    + '</Relationships>'
}

/** `word/_rels/document.xml.rels`: the document's parts, then each linked address in order of first use. */
export function documentRelationshipsPart(relationships: Relationships): string {
  const targets: Readonly<Record<(typeof Relationships.fixed)[number], readonly [type: string, target: string]>> = {
    styles: ['styles', 'styles.xml'],
    numbering: ['numbering', 'numbering.xml'],
    settings: ['settings', 'settings.xml'],
    theme: ['theme', 'theme/theme1.xml'],
    header1: ['header', 'header1.xml'],
    header2: ['header', 'header2.xml'],
    footer1: ['footer', 'footer1.xml'],
    footer2: ['footer', 'footer2.xml'],
  }
  let xml = `${declaration}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`
  for (const part of Relationships.fixed) {
    const [type, target] = targets[part]
    xml += `<Relationship Id="${Relationships.id(part)}" Type="${relationshipTypes}/${type}" Target="${target}"/>`
  }
  for (const [url, id] of relationships.hyperlinks()) {
    xml += `<Relationship Id="${id}" Type="${relationshipTypes}/hyperlink" Target="${escapeXml(url)}" TargetMode="External"/>`
  }
  return `${xml}</Relationships>`
}

/** W3CDTF, to the second, in UTC: `2019-10-24T00:00:00Z`. */
export function w3cdtf(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`
}

/** `docProps/core.xml` (OPC Part 2 §11): what file browsers and Word's Info pane show; dates pinned to `timestamp`. */
export function corePropertiesPart(properties: Properties, timestamp: Date): string {
  const element = (name: string, value: string) => (value ? `<${name}>${escapeXml(value)}</${name}>` : '')
  const when = w3cdtf(timestamp)
  return `${declaration}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`
    + element('dc:title', properties.title)
    + element('dc:subject', properties.subject)
    + element('dc:creator', 'seminar-report')
    + element('cp:keywords', properties.keywords.join(', '))
    + element('dc:description', properties.comments)
    + element('cp:lastModifiedBy', 'seminar-report')
    + element('cp:revision', '1')
    + `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>`
    + `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>`
    + '</cp:coreProperties>'
}

/** `docProps/app.xml`: the application that wrote the document. */
export function extendedPropertiesPart(): string {
  return `${declaration}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>seminar-report</Application></Properties>`
}

const wordNamespaces = `xmlns:w="${namespaces.w}" xmlns:r="${namespaces.r}"`

/** The running head (`word/header1.xml`): the seminar's title; the title page's (`header2.xml`) is empty. */
export function headerParts(chrome: Chrome): {readonly default: string; readonly first: string} {
  const header = (content: string) => `${declaration}<w:hdr ${wordNamespaces}>${paragraph({style: 'Header'}, content)}</w:hdr>`
  return {default: header(textRuns(chrome.runningHead, '')), first: header('')}
}

/** The foot of every page (`footer1.xml`, and `footer2.xml` for the title page): "page 3 / 12" from the PAGE and NUMPAGES fields. */
export function footerPart(chrome: Chrome): string {
  const content = `${textRuns(`${chrome.page} `, '')}${field('PAGE')}${textRuns(` ${chrome.of} `, '')}${field('NUMPAGES')}`
  return `${declaration}<w:ftr ${wordNamespaces}>${paragraph({style: 'Footer'}, content)}</w:ftr>`
}

/**
 * `word/numbering.xml`: one definition for bullets, one for numbered lists
 * (decimal, then letters, then roman numerals by level), and an instance
 * per numbered list whose start overrides every level's (ECMA-376
 * §17.9.27 `w:startOverride`), so each list counts from its own start.
 */
export function numberingPart(lists: Lists, look: ListLook): string {
  const level = (ilvl: number, format: string, text: string) =>
    `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${escapeXml(text)}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${look.indent * (ilvl + 1)}" w:hanging="${look.hanging}"/></w:pPr></w:lvl>`
  const levels = (make: (ilvl: number) => string) => Array.from({length: 9}, (_, ilvl) => make(ilvl)).join('')
  let xml = `${declaration}<w:numbering ${wordNamespaces}>`
  xml += `<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>${levels((ilvl) => level(ilvl, 'bullet', look.bullets[ilvl % look.bullets.length] ?? '•'))}</w:abstractNum>`
  xml += `<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>${levels((ilvl) => level(ilvl, look.ordered[ilvl % look.ordered.length] ?? 'decimal', `%${ilvl + 1}.`))}</w:abstractNum>`
  xml += `<w:num w:numId="${Lists.bullet}"><w:abstractNumId w:val="0"/></w:num>`
  lists.instances().forEach((list, index) => {
    const overrides = Array.from({length: 9}, (_, ilvl) => `<w:lvlOverride w:ilvl="${ilvl}"><w:startOverride w:val="${ilvl === list.level ? list.start : 1}"/></w:lvlOverride>`).join('')
    xml += `<w:num w:numId="${Lists.bullet + index + 1}"><w:abstractNumId w:val="1"/>${overrides}</w:num>`
  })
  return `${xml}</w:numbering>`
}

/** The document part's start, before its body. */
export function documentStart(): string {
  return `${declaration}<w:document ${wordNamespaces}><w:body>`
}

/**
 * The document part's end: the one section's properties (page size and
 * margins, running head and foot; the title page has its own, empty head).
 */
export function documentEnd(sheet: StyleSheet): string {
  const {size, margin} = sheet.page
  return '<w:sectPr>'
    + `<w:headerReference w:type="default" r:id="${Relationships.id('header1')}"/>`
    + `<w:headerReference w:type="first" r:id="${Relationships.id('header2')}"/>`
    + `<w:footerReference w:type="default" r:id="${Relationships.id('footer1')}"/>`
    + `<w:footerReference w:type="first" r:id="${Relationships.id('footer2')}"/>`
    + `<w:pgSz w:w="${size.width}" w:h="${size.height}"/>`
    + `<w:pgMar w:top="${margin.top}" w:right="${margin.right}" w:bottom="${margin.bottom}" w:left="${margin.left}" w:header="${margin.header}" w:footer="${margin.footer}" w:gutter="0"/>`
    + '<w:titlePg/>'
    + '</w:sectPr></w:body></w:document>'
}

