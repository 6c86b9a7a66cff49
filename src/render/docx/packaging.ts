import {strFromU8, strToU8, unzipSync, zipSync, type Zippable} from 'fflate'

/** What the package is pinned to. */
export interface PinOptions {
  /** Stamped as dcterms:created/modified and as every zip entry's date. */
  readonly timestamp: Date
  /** The `w:lang` of the document defaults, e.g. `fr-FR`. */
  readonly language: string
}

/**
 * Makes docx's package reproducible and finishes what its options cannot say.
 * docx 9 stamps core.xml with the clock, leaves zip entry dates to the clock,
 * names hyperlink relationships with random nanoids, and numbers bookmarks
 * from counters that live as long as the process. Each of those is rewritten
 * here from the document's own content, then the parts are zipped again in a
 * fixed order with a fixed date.
 */
export function pinPackage(bytes: Uint8Array, options: PinOptions): Uint8Array {
  return pinParts(new Map(Object.entries(unzipSync(bytes))), options)
}

/**
 * The same, from the parts docx's compiler makes before it zips them: the
 * renderer zips once, here, instead of docx deflating every part and this
 * module inflating them all again.
 */
export function pinParts(parts: ReadonlyMap<string, string | Uint8Array>, options: PinOptions): Uint8Array {
  const names = [...parts.keys()].sort(partOrder)
  const texts = new Map<string, string>()
  for (const name of names) {
    const data = parts.get(name)!
    if (isXml(name)) texts.set(name, typeof data === 'string' ? data : strFromU8(data))
  }

  const relationshipIds = randomRelationshipIds(names.filter((name) => name.endsWith('.rels')).map((name) => texts.get(name)!))
  for (const [name, text] of texts) {
    let pinned = text.replace(/="(rId[A-Za-z0-9_-]{12,})"/g, (whole, id: string) => {
      const stable = relationshipIds.get(id)
      return stable ? `="${stable}"` : whole
    })
    pinned = renumberBookmarks(pinned)
    if (name === 'docProps/core.xml') pinned = stampCoreProperties(pinned, options.timestamp)
    if (name === 'word/styles.xml') pinned = setDefaultLanguage(pinned, options.language)
    texts.set(name, pinned)
  }

  const mtime = zipDate(options.timestamp)
  const zippable: Zippable = {}
  for (const name of names) {
    const data = texts.get(name) ?? parts.get(name)!
    zippable[name] = [typeof data === 'string' ? strToU8(data) : data, {mtime, level: compressionLevel}]
  }
  return zipSync(zippable)
}

/**
 * Deflate level 6, measured on benchmark-corpus documents: level 1 is no
 * faster with fflate (11 ms against 10 ms a document) and makes files 26 %
 * larger; level 9 costs 25 % more time for 1 % less size.
 */
const compressionLevel = 6

function isXml(name: string): boolean {
  return name.endsWith('.xml') || name.endsWith('.rels')
}

/** The content types first, then the package relationships, as Word writes them; the rest by name. */
function partOrder(a: string, b: string): number {
  const rank = (name: string) => (name === '[Content_Types].xml' ? 0 : name === '_rels/.rels' ? 1 : 2)
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0)
}

/** docx's random relationship ids (`rId` + a nanoid), renamed in order of appearance. */
function randomRelationshipIds(relationships: readonly string[]): Map<string, string> {
  const ids = new Map<string, string>()
  for (const text of relationships) {
    for (const match of text.matchAll(/\bId="(rId[A-Za-z0-9_-]{12,})"/g)) {
      if (!ids.has(match[1]!)) ids.set(match[1]!, `rIdLink${ids.size + 1}`)
    }
  }
  return ids
}

/** Bookmark ids (`w:id`) and TOC bookmark names (`_TocN`) numbered from 1 within each part. */
export function renumberBookmarks(xml: string): string {
  if (!xml.includes('w:bookmarkStart')) return xml
  const ids = new Map<string, number>()
  const names = new Map<string, number>()
  return xml
    .replace(/(<w:bookmark(?:Start|End)\b[^>]*?\bw:id=")(\d+)"/g, (_, head: string, id: string) => {
      if (!ids.has(id)) ids.set(id, ids.size + 1)
      return `${head}${ids.get(id)}"`
    })
    .replace(/\b_Toc(\d+)\b/g, (_, id: string) => {
      if (!names.has(id)) names.set(id, names.size + 1)
      return `_Toc${names.get(id)}`
    })
}

/** W3CDTF, to the second, in UTC: `2019-10-24T00:00:00Z`. */
export function w3cdtf(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`
}

function stampCoreProperties(xml: string, timestamp: Date): string {
  return xml.replace(
    /(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g,
    (_, open: string, __: string, close: string) => `${open}${w3cdtf(timestamp)}${close}`,
  )
}

/**
 * Zip entries hold a DOS date in local time (fflate reads the local fields of
 * the Date), and DOS dates cannot go before 1980: the UTC fields of the
 * timestamp are given as local ones so the bytes do not depend on the time
 * zone of the machine.
 */
function zipDate(timestamp: Date): Date {
  const time = Math.min(Math.max(timestamp.getTime(), Date.UTC(1980, 0, 1)), Date.UTC(2107, 11, 31))
  const utc = new Date(time)
  return new Date(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate(), utc.getUTCHours(), utc.getUTCMinutes(), utc.getUTCSeconds())
}

/**
 * Puts the document language in the run defaults of styles.xml (`w:docDefaults`),
 * where Word's proofing and LibreOffice's spell-check look for it, whatever
 * styles the document came with. `w:lang` must come after the other run
 * properties but before `w:eastAsianLayout`, `w:specVanish` and `w:oMath`
 * (ECMA-376 Part 1, §17.3.2.28 CT_RPr sequence), or Word refuses the file.
 */
export function setDefaultLanguage(xml: string, language: string): string {
  const lang = `<w:lang w:val="${language}"/>`
  const withRunProperties = /(<w:rPrDefault>\s*<w:rPr>)([\s\S]*?)(<\/w:rPr>)/
  if (withRunProperties.test(xml)) {
    return xml.replace(withRunProperties, (_, open: string, inner: string, close: string) => {
      const rest = inner.replace(/<w:lang\b[^>]*\/>/g, '')
      const after = /<w:(?:eastAsianLayout|specVanish|oMath)\b/.exec(rest)
      const at = after ? after.index : rest.length
      return `${open}${rest.slice(0, at)}${lang}${rest.slice(at)}${close}`
    })
  }
  const runDefaults = `<w:rPrDefault><w:rPr>${lang}</w:rPr></w:rPrDefault>`
  if (/<w:rPrDefault\s*\/>|<w:rPrDefault>\s*<\/w:rPrDefault>/.test(xml)) {
    return xml.replace(/<w:rPrDefault\s*\/>|<w:rPrDefault>\s*<\/w:rPrDefault>/, runDefaults)
  }
  if (/<w:docDefaults\s*\/>/.test(xml)) return xml.replace(/<w:docDefaults\s*\/>/, `<w:docDefaults>${runDefaults}</w:docDefaults>`)
  if (/<w:docDefaults>/.test(xml)) return xml.replace(/<w:docDefaults>/, `<w:docDefaults>${runDefaults}`)
  return xml.replace(/(<w:styles\b[^>]*>)/, `$1<w:docDefaults>${runDefaults}</w:docDefaults>`)
}
