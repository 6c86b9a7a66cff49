/**
 * `--reference-docx`, as pandoc's `--reference-doc`: the styles of a user's
 * document win; ours are added only for the style ids it lacks (our own
 * names such as `Question`), so the text never points at a style that does
 * not exist; the document's language goes in its run defaults. Both style
 * parts are read and written with an XML DOM (xmldom), never as text.
 */
import {strFromU8, unzipSync} from 'fflate'
import type {Element} from '@xmldom/xmldom'
import {InputError} from '../../errors.js'

/** A `--reference-docx` file that cannot lend its styles: an expected failure, reported in one line. */
export class ReferenceDocxError extends InputError {
  constructor(message: string) {
    super('bad-reference-docx', message)
    this.name = 'ReferenceDocxError'
  }
}

/** word/styles.xml of a user's .docx, as text; refuses what is not a Word document. */
export function readReferenceStyles(bytes: Uint8Array): string {
  let files: Record<string, Uint8Array>
  try {
    files = unzipSync(bytes, {filter: (file) => file.name === 'word/styles.xml'})
  } catch (error) {
    throw new ReferenceDocxError(`the reference document is not a .docx (zip) file: ${(error as Error).message}`)
  }
  const part = files['word/styles.xml']
  if (!part) throw new ReferenceDocxError('the reference document has no word/styles.xml')
  return strFromU8(part).replace(/^\uFEFF/, '')
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

/** Run properties that must follow `w:lang` in `w:rPr` (ECMA-376 §17.3.2.28, CT_RPr sequence). */
const afterLanguage = new Set(['eastAsianLayout', 'specVanish', 'oMath', 'rPrChange'])

/** The reference's styles with ours added for the ids it lacks, and `language` as its default. */
export async function mergeReferenceStyles(reference: string, ours: string, language: string): Promise<string> {
  const {DOMParser, XMLSerializer} = await import('@xmldom/xmldom')
  const parse = (xml: string, what: string) => {
    try {
      return new DOMParser({onError: (level, message) => {
        if (level !== 'warning') throw new Error(message)
      }}).parseFromString(xml, 'text/xml')
    } catch (error) {
      throw new ReferenceDocxError(`${what} styles are not well-formed XML: ${(error as Error).message.split('\n')[0]}`)
    }
  }
  const theirs = parse(reference, "the reference document's")
  const root = theirs.documentElement
  if (!root || root.namespaceURI !== W || root.localName !== 'styles') throw new ReferenceDocxError("the reference document's word/styles.xml holds no <w:styles>")
  const children = (node: {childNodes: ArrayLike<unknown>}) => Array.from(node.childNodes as ArrayLike<Element>).filter((child) => child.nodeType === 1)
  const child = (parent: Element, name: string) => children(parent).find((element) => element.namespaceURI === W && element.localName === name)
  const make = (name: string) => theirs.createElementNS(W, `w:${name}`) as unknown as Element

  const have = new Set(children(root as unknown as Element).filter((element) => element.localName === 'style').map((element) => element.getAttributeNS(W, 'styleId')))
  const mine = parse(ours, 'our')
  for (const style of children(mine.documentElement as unknown as Element)) {
    if (style.localName === 'style' && !have.has(style.getAttributeNS(W, 'styleId'))) root.appendChild(theirs.importNode(style as never, true))
  }

  // w:docDefaults comes first in w:styles; w:rPrDefault first in it.
  const styles = root as unknown as Element
  const ensure = (parent: Element, name: string, first: boolean): Element => {
    const found = child(parent, name)
    if (found) return found
    const created = make(name)
    if (first) parent.insertBefore(created, parent.firstChild)
    else parent.appendChild(created)
    return created
  }
  const properties = ensure(ensure(ensure(styles, 'docDefaults', true), 'rPrDefault', true), 'rPr', false)
  for (const old of children(properties).filter((element) => element.localName === 'lang')) properties.removeChild(old)
  const lang = make('lang')
  lang.setAttributeNS(W, 'w:val', language)
  properties.insertBefore(lang, children(properties).find((element) => afterLanguage.has(element.localName ?? '')) ?? null)
  return new XMLSerializer().serializeToString(theirs)
}
