/**
 * Every part of every fixture's DOCX is valid against the ECMA-376
 * transitional schemas (1st edition, from Apache POI's Debian source
 * package: `scripts/fetch-ooxml-schemas.sh`), checked by `xmllint
 * --schema`, on top of the strict XML parse and LibreOffice's read-back.
 * In CI (CI set) missing schemas or a missing xmllint fail the suite;
 * elsewhere it skips, saying how to run it.
 *
 * Before validation, each part is read as a consumer reads it under
 * Markup Compatibility (ECMA-376 Part 3 §10): the namespaces a part lists
 * in `mc:Ignorable` (Word 2010+ extensions in docx's styles and settings)
 * are ignored, attributes and elements alike. One element of ISO/IEC 29500
 * transitional that the 1st edition predates is set aside too:
 * `w:compatSetting` in settings.xml (the compatibility mode Word opens the
 * document in).
 */
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {DOMParser, XMLSerializer, type Element} from '@xmldom/xmldom'
import {strToU8, zipSync} from 'fflate'
import {afterAll, describe, expect, test} from 'vitest'
import {parseMinutes} from '../../../src/index.js'
import {renderDocx} from '../../../src/render/docx/index.js'
import {fixtures, root} from '../../helpers/fixtures.js'
import {unzipDocx} from './helpers.js'

const schemas = path.resolve(root, process.env.OOXML_SCHEMAS ?? '.cache/ooxml-schemas')
const xmllint = spawnSync('xmllint', ['--version']).status === 0
const available = xmllint && existsSync(path.join(schemas, 'wml.xsd'))
const inCi = Boolean(process.env.CI)
if (!available && !inCi) console.warn(`DOCX schema tests skipped: run scripts/fetch-ooxml-schemas.sh (and install xmllint) to run them`)

/** The schema each part is checked against. */
function schemaOf(part: string): string | undefined {
  if (part === '[Content_Types].xml') return 'opc-contentTypes.xsd'
  if (part.endsWith('.rels')) return 'opc-relationships.xsd'
  if (part === 'docProps/core.xml') return 'opc-coreProperties.xsd'
  if (part === 'docProps/app.xml') return 'shared-documentPropertiesExtended.xsd'
  if (part.startsWith('word/theme/')) return 'dml-main.xsd'
  if (part.startsWith('word/') && part.endsWith('.xml')) return 'wml.xsd'
  return undefined
}

const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006'
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

/** A part as a Markup Compatibility consumer reads it (see above). */
function asConsumerReads(xml: string): string {
  const document = new DOMParser().parseFromString(xml, 'text/xml')
  const root = document.documentElement as unknown as Element
  const ignorable = new Set<string>()
  for (const prefix of (root.getAttributeNS(MC, 'Ignorable') ?? '').split(/\s+/).filter(Boolean)) {
    const uri = root.lookupNamespaceURI(prefix)
    if (uri) ignorable.add(uri)
  }
  const stack: Element[] = [root]
  while (stack.length > 0) {
    const element = stack.pop()!
    for (const attribute of Array.from(element.attributes)) {
      if (attribute.namespaceURI === MC || (attribute.namespaceURI && ignorable.has(attribute.namespaceURI))) element.removeAttributeNode(attribute)
    }
    for (const child of Array.from(element.childNodes) as Element[]) {
      if (child.nodeType !== 1) continue
      const drop = (child.namespaceURI && ignorable.has(child.namespaceURI)) || (child.namespaceURI === W && child.localName === 'compatSetting')
      if (drop) element.removeChild(child)
      else stack.push(child)
    }
  }
  return new XMLSerializer().serializeToString(document)
}

const work = mkdtempSync(path.join(tmpdir(), 'seminar-report-xsd-'))
afterAll(() => rmSync(work, {recursive: true, force: true}))

/** Validates the parts of some packages, one xmllint run per schema; returns xmllint's complaints. */
function validate(packages: Record<string, Record<string, string>>): string[] {
  const bySchema = new Map<string, string[]>()
  for (const [name, parts] of Object.entries(packages)) {
    for (const [part, xml] of Object.entries(parts)) {
      const schema = schemaOf(part)
      if (!schema) continue
      const file = path.join(work, name, part.replace(/[[\]]/g, '_'))
      mkdirSync(path.dirname(file), {recursive: true})
      writeFileSync(file, asConsumerReads(xml))
      bySchema.set(schema, [...(bySchema.get(schema) ?? []), file])
    }
  }
  const problems: string[] = []
  for (const [schema, files] of bySchema) {
    const result = spawnSync('xmllint', ['--noout', '--nonet', '--schema', path.join(schemas, schema), ...files], {encoding: 'utf8', maxBuffer: 64 << 20})
    if (result.status !== 0) problems.push(...result.stderr.split('\n').filter((line) => line && !line.endsWith(' validates')).map((line) => line.replace(work, '')))
  }
  return problems
}

describe.skipIf(!available && !inCi)('DOCX against the ECMA-376 schemas', () => {
  test('xmllint and the schemas are there', () => {
    expect(xmllint, 'xmllint is required in CI (apt-get install libxml2-utils)').toBe(true)
    expect(existsSync(path.join(schemas, 'wml.xsd')), `no schemas in ${schemas}: run scripts/fetch-ooxml-schemas.sh`).toBe(true)
  })

  test('every part of every fixture is valid', async () => {
    const packages: Record<string, Record<string, string>> = {}
    for (const {name, input} of fixtures()) packages[name] = unzipDocx(await renderDocx(parseMinutes(input, {name: 'input.md'}).seminar))
    expect(validate(packages)).toEqual([])
  }, 120_000)

  test('so is the seed with page numbers laid out, and with a reference document', async () => {
    const {seminar} = parseMinutes(readFileSync(path.join(root, 'fixtures/seed/input.md')), {name: 'input.md'})
    const reference = zipSync({'word/styles.xml': strToU8('<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style></w:styles>')})
    expect(validate({
      'page-numbers': unzipDocx(await renderDocx(seminar, {pageNumbers: true})),
      reference: unzipDocx(await renderDocx(seminar, {referenceDocx: reference})),
    })).toEqual([])
  }, 120_000)

  test('the check finds a part out of order', () => {
    const wrong = '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>x</w:t><w:rPr><w:b/></w:rPr></w:r></w:p></w:body></w:document>'
    expect(validate({wrong: {'word/document.xml': wrong}}).join('\n')).toMatch(/rPr/)
  })
})
