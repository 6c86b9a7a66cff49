/**
 * The catalogue (`--index`): order, organizations across seminars, stable
 * JSON, and a page that follows the HTML report's look and safety rules.
 * `UPDATE=1` rewrites the golden page.
 */
import {fileURLToPath} from 'node:url'
import {fromHtml} from 'hast-util-from-html'
import type {Element, Nodes} from 'hast'
import {describe, expect, test} from 'vitest'
import {catalogueEntry} from '../../src/batch/catalogue-entry.js'
import {
  buildCatalogue, catalogueLang, relativeHref, renderCatalogueHtml, renderCatalogueJson,
  type CatalogueItem,
} from '../../src/render/catalogue.js'
import type {OrganizationSummary} from '../../src/types.js'
import {expectGolden} from '../helpers/golden.js'
import {seminar, summary} from '../helpers/seminar.js'
import {validationErrors} from './html/validate.js'

const golden = fileURLToPath(new URL('__golden__/catalogue.html', import.meta.url))

type ItemFields = Partial<Omit<CatalogueItem, 'organizations'>> & {organizations?: string[]}

/** An item as the batch makes it: through `catalogueEntry`, so organization keys are the real ones. */
function item(input: string, fields: ItemFields = {}): CatalogueItem {
  const organizations = (fields.organizations ?? []).map((name): OrganizationSummary => ({name, variants: [name], participants: 1, ateliers: []}))
  const base = input.replace(/\.md$/, '')
  const entry = catalogueEntry(
    seminar({
      title: fields.title ?? `Séminaire ${base}`,
      lang: fields.lang ?? 'fr',
      ...(fields.date ? {date: fields.date} : {}),
      ...(fields.place ? {place: {raw: fields.place}} : {}),
      summary: summary({ateliers: fields.ateliers ?? 0, participants: fields.participants ?? 0, organizations}),
    }),
    base,
    ['json', 'html', 'docx'],
  )
  return {...entry, ...(fields.outputs ? {outputs: fields.outputs} : {}), input}
}

/** Every element of a parsed page with this tag name. */
function elements(html: string, tagName: string): Element[] {
  const found: Element[] = []
  const visit = (node: Nodes) => {
    if (node.type === 'element' && node.tagName === tagName) found.push(node)
    if ('children' in node) for (const child of node.children) visit(child)
  }
  visit(fromHtml(html))
  return found
}

function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value
  return 'children' in node ? node.children.map(textOf).join('') : ''
}

const small: CatalogueItem[] = [
  item('2021/plenary.md', {
    title: 'Plenary on mobility', lang: 'en', date: '2021-03-05', place: 'Chambéry',
    ateliers: 2, participants: 18, organizations: ['Cap Rural', 'Département isere'],
  }),
  item('2019/ess.md', {
    title: "Séminaire : l'innovation sociale", date: '2019-10-24', place: 'Grenoble, Hôtel du Département',
    ateliers: 3, participants: 42, organizations: ['Département Isère', 'Cap Rural', 'TZCLD'],
  }),
  item('notes/sans-date.md', {title: 'Réunion sans date', ateliers: 1, participants: 6, organizations: ['Cap Rural'], outputs: {html: 'notes/sans-date.html'}}),
]

describe('buildCatalogue', () => {
  test('sorts by date, undated last, then title, then input, by code points', () => {
    const items = [
      item('z.md', {title: 'B'}),
      item('b.md', {title: 'apple', date: '2020-01-01'}),
      item('a.md', {title: 'Zèbre', date: '2020-01-01'}),
      item('c.md', {title: 'Zèbre', date: '2020-01-01'}),
      item('d.md', {title: 'Élan', date: '2020-01-01'}),
      item('e.md', {title: 'Old', date: '2018-06-30'}),
      item('y.md', {title: 'A'}),
    ]
    const order = ['e.md', 'a.md', 'c.md', 'b.md', 'd.md', 'y.md', 'z.md']
    expect(buildCatalogue(items).seminars.map((entry) => entry.input)).toEqual(order)
    expect(buildCatalogue([...items].reverse()).seminars.map((entry) => entry.input)).toEqual(order)
  })

  test('groups organizations case- and accent-insensitively across seminars', () => {
    const catalogue = buildCatalogue([
      item('a.md', {date: '2019-01-01', organizations: ['Département Isère']}),
      item('b.md', {date: '2020-01-01', organizations: ['Département isere']}),
    ])
    expect(catalogue.organizations).toEqual([
      {name: 'Département Isère', variants: ['Département Isère', 'Département isere'], seminars: 2, inputs: ['a.md', 'b.md']},
    ])
  })

  test('names a group by its most frequent spelling, the first seen in catalogue order on a tie', () => {
    const frequent = buildCatalogue([
      item('a.md', {date: '2019-01-01', organizations: ['CAP RURAL']}),
      item('b.md', {date: '2020-01-01', organizations: ['Cap Rural']}),
      item('c.md', {date: '2021-01-01', organizations: ['Cap Rural']}),
    ])
    expect(frequent.organizations[0]).toMatchObject({name: 'Cap Rural', variants: ['CAP RURAL', 'Cap Rural'], seminars: 3})
    const tie = [
      item('a.md', {date: '2020-01-01', organizations: ['cap rural']}),
      item('b.md', {date: '2019-01-01', organizations: ['Cap Rural']}),
    ]
    expect(buildCatalogue(tie).organizations[0]!.name).toBe('Cap Rural')
    expect(buildCatalogue([...tie].reverse()).organizations[0]!.name).toBe('Cap Rural')
  })

  test('counts a seminar once even when it wrote an organization two ways', () => {
    const catalogue = buildCatalogue([item('a.md', {organizations: ['Cap Rural', 'CAP-RURAL']})])
    expect(catalogue.organizations).toEqual([{name: 'Cap Rural', variants: ['Cap Rural', 'CAP-RURAL'], seminars: 1, inputs: ['a.md']}])
  })

  test('sorts organizations by seminars attended, then name', () => {
    const catalogue = buildCatalogue(small)
    expect(catalogue.organizations.map((organization) => [organization.name, organization.seminars])).toEqual([
      ['Cap Rural', 3],
      ['Département Isère', 2],
      ['TZCLD', 1],
    ])
  })
})

describe('renderCatalogueJson', () => {
  test('is pretty, ends with a newline, and does not depend on the input order', () => {
    const json = renderCatalogueJson(buildCatalogue(small))
    expect(json.endsWith('}\n')).toBe(true)
    expect(json).toBe(renderCatalogueJson(buildCatalogue([...small].reverse())))
    const value = JSON.parse(json) as {type: string; schemaVersion: number; seminars: Record<string, unknown>[]}
    expect(value.type).toBe('catalogue')
    expect(value.schemaVersion).toBe(1)
    expect(Object.keys(value.seminars[0]!)).toEqual(['input', 'title', 'date', 'place', 'lang', 'ateliers', 'participants', 'outputs', 'organizations', 'decisionCount', 'openActionCount'])
    expect(Object.keys(value)).toEqual(['type', 'schemaVersion', 'seminars', 'organizations', 'registers'])
    expect(value.seminars[0]!.outputs).toEqual({json: '2019/ess.json', html: '2019/ess.html', docx: '2019/ess.docx'})
    expect(Object.keys(value.seminars[2]!)).not.toContain('date')
  })
})

describe('relativeHref', () => {
  test.each([
    ['2019/ess.html', '2019/ess.html'],
    ['compte rendu #1?.html', 'compte%20rendu%20%231%3F.html'],
    ['été/réunion.docx', '%C3%A9t%C3%A9/r%C3%A9union.docx'],
    ['%2e%2e/x.html', '%252e%252e/x.html'],
    ['a/b:c.html', 'a/b%3Ac.html'],
  ])('links %j as %j', (value, href) => {
    expect(relativeHref(value)).toBe(href)
  })

  test.each([
    'javascript:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'JAVASCRIPT:x', 'data:text/html,<b>',
    'https://evil.example/x.html', '//evil.example/x.html', '\\\\evil.example\\x', '/etc/passwd', 'C:/x.html', 'C:\\x.html',
    '../secret.html', 'a/../../b.html', './a.html', 'a//b.html', 'a/', 'a\\..\\b.html', 'a\u0000b.html', '', 'x\uD800.html',
  ])('refuses %j', (value) => {
    expect(relativeHref(value)).toBeUndefined()
  })
})

describe('renderCatalogueHtml', () => {
  const html = renderCatalogueHtml(buildCatalogue(small))

  test('matches the golden page (UPDATE=1 rewrites it)', () => {
    expectGolden(golden, html)
  })

  test('passes html-validate', async () => {
    expect(await validationErrors(html)).toEqual([])
  })

  test('uses the report shell: language, stylesheet, no script', () => {
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="fr">/)
    expect(html).toContain('--accent:')
    expect(html).toContain('<title>Catalogue des séminaires</title>')
    expect(elements(html, 'script')).toEqual([])
  })

  test('has accessible tables: captions, column and row headers', () => {
    const tables = elements(html, 'table')
    expect(tables).toHaveLength(2)
    for (const table of tables) {
      const caption = table.children.find((child): child is Element => child.type === 'element' && child.tagName === 'caption')
      expect(caption && textOf(caption).trim()).toBeTruthy()
    }
    const headers = elements(html, 'th')
    expect(headers.every((cell) => cell.properties.scope === 'col' || cell.properties.scope === 'row')).toBe(true)
    expect(headers.filter((cell) => cell.properties.scope === 'row').map(textOf)).toEqual([
      "Séminaire : l'innovation sociale", 'Plenary on mobility', 'Réunion sans date',
      'Cap Rural', 'Département Isèreaussi écrit\u00A0: Département isere', 'TZCLD',
    ])
  })

  test('writes dates out, marks foreign titles, links each report', () => {
    expect(elements(html, 'time').map((node) => [node.properties.dateTime, textOf(node)])).toEqual([
      ['2019-10-24', '24 octobre 2019'],
      ['2021-03-05', '5 mars 2021'],
    ])
    const english = elements(html, 'th').find((cell) => textOf(cell) === 'Plenary on mobility')
    expect(english?.properties.lang).toBe('en')
    expect(elements(html, 'a').map((node) => [node.properties.href, textOf(node)])).toEqual([
      ['2019/ess.html', 'HTML'], ['2019/ess.docx', 'DOCX'], ['2019/ess.json', 'JSON'],
      ['2021/plenary.html', 'HTML'], ['2021/plenary.docx', 'DOCX'], ['2021/plenary.json', 'JSON'],
      ['notes/sans-date.html', 'HTML'],
    ])
  })

  test('language: French when most seminars are, else English; the option wins', () => {
    const fr = (input: string) => item(input, {lang: 'fr'})
    const en = (input: string) => item(input, {lang: 'en-GB'})
    expect(catalogueLang(buildCatalogue([fr('a.md'), fr('b.md'), en('c.md')]))).toBe('fr')
    expect(catalogueLang(buildCatalogue([fr('a.md'), en('b.md')]))).toBe('en')
    expect(catalogueLang(buildCatalogue([]))).toBe('en')
    const english = renderCatalogueHtml(buildCatalogue([en('a.md')]))
    expect(english).toContain('<html lang="en">')
    expect(english).toContain('<h1>Seminar catalogue</h1>')
    expect(english).toContain('Catalogue made by seminar-report')
    expect(renderCatalogueHtml(buildCatalogue([en('a.md')]), {lang: 'fr', title: 'Archives'})).toMatch(/<html lang="fr">[^]*<title>Archives<\/title>[^]*<h1>Archives<\/h1>/)
    expect(renderCatalogueHtml(buildCatalogue([]), {lang: 'fr" onload="x'})).toContain('<html lang="und">')
  })

  test('hostile titles, places, organizations and paths never become markup or links', async () => {
    const hostile = buildCatalogue([
      item('<script>.md', {
        title: '<script>alert(1)</script>', place: '<img src=x onerror=alert(1)>', date: '2020-01-01',
        organizations: ['<b onmouseover=alert(1)>Org</b>'],
        outputs: {html: 'javascript:alert(1)', docx: '../../secret.docx', json: '/etc/passwd'},
      }),
      item('b.md', {
        title: '</td></tr></table><a href="javascript:alert(1)">x</a>', date: '{{body}}', lang: '"><x',
        outputs: {html: '//evil.example/x.html', docx: 'https://evil.example/x.docx', json: ' javascript:alert(1)'},
      }),
      item('c.md', {title: '{{title}} {{css}}', outputs: {html: 'ok/<i>"x".html', docx: 'a\\..\\b.docx', json: 'data:text/html,x'}}),
    ])
    const page = renderCatalogueHtml(hostile, {title: '<script>alert(2)</script>'})
    expect(await validationErrors(page)).toEqual([])
    expect(elements(page, 'script')).toEqual([])
    expect(elements(page, 'img')).toEqual([])
    expect(elements(page, 'b')).toEqual([])
    expect(elements(page, 'x')).toEqual([])
    expect(elements(page, 'table')).toHaveLength(2)
    const everything = ['html', 'head', 'body', 'div', 'header', 'main', 'table', 'tr', 'th', 'td', 'span', 'time', 'a', 'h1', 'dl', 'dt', 'dd']
      .flatMap((tagName) => elements(page, tagName))
    expect(everything.flatMap((node) => Object.keys(node.properties)).filter((name) => /^on/i.test(name))).toEqual([])
    expect(elements(page, 'a').map((node) => node.properties.href)).toEqual(['ok/%3Ci%3E%22x%22.html'])
    expect(page).toContain('&#x3C;script>alert(1)&#x3C;/script>')
    // Slot syntax in data is text, not filled again.
    expect(page).toContain('{{title}} {{css}}')
    expect(elements(page, 'h1').map(textOf)).toEqual(['<script>alert(2)</script>'])
  })
})
