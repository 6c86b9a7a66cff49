/**
 * The catalogue's registers across an archive, from minutes as the batch
 * reads them (parseMinutes → catalogueEntry): open actions by owner, oldest
 * first; decisions by date; the attendance register with its rates.
 */
import {fileURLToPath} from 'node:url'
import {describe, expect, test} from 'vitest'
import {catalogueEntry} from '../../src/batch/catalogue-entry.js'
import {parseMinutes} from '../../src/index.js'
import {buildCatalogue, renderCatalogueHtml, renderCatalogueJson, type CatalogueItem} from '../../src/render/catalogue.js'
import {expectGolden} from '../helpers/golden.js'
import {validationErrors} from './html/validate.js'

const golden = fileURLToPath(new URL('__golden__/catalogue-registers.html', import.meta.url))

const january = `# Bureau du 10 janvier 2024

Présents : Anne Martin (Cap Rural), Luc Petit
Excusée : Marie Dubois (TZCLD)

## 1. Budget

Décision : le budget 2024 est adopté à l'unanimité.

## Actions

- [ ] Anne : envoyer le devis d'ici le 31 janvier
- [x] Luc : réserver la salle
- [ ] Relancer la mairie
`

const march = `# Bureau du 6 mars 2024

Présents : Anne Martin (Cap Rural), Marie Dubois (TZCLD)
Absent : Luc Petit

## 1. Local

Décision : le local de la rue Haute est retenu.

## Actions

- [ ] Marie : écrire aux adhérents
- [ ] Anne, Marie : préparer l'assemblée
`

const undated = `# Réunion sans date

Présents : anne martin

- [ ] Anne : ranger les archives
`

function item(input: string, text: string, options: {redact?: boolean} = {}): CatalogueItem {
  const {seminar} = parseMinutes(text, {name: input, ...(options.redact ? {redact: true} : {})})
  return {...catalogueEntry(seminar, input.replace(/\.md$/, ''), ['html', 'json']), input}
}

const items = [item('2024/mars.md', march), item('sans-date.md', undated), item('2024/janvier.md', january)]

describe('catalogue registers', () => {
  const {registers} = buildCatalogue(items)

  test('every open action by owner, each owner oldest first, actions without owner last', () => {
    expect(registers.openActionsByOwner.map((group) => [group.owner, group.actions.map((action) => `${action.input}: ${action.text}`)])).toEqual([
      // The action as written, its owner's words included.
      ['Anne Martin', ["2024/janvier.md: Anne : envoyer le devis d'ici le 31 janvier", "2024/mars.md: Anne, Marie : préparer l'assemblée", 'sans-date.md: Anne : ranger les archives']],
      ['Marie Dubois', ['2024/mars.md: Marie : écrire aux adhérents', "2024/mars.md: Anne, Marie : préparer l'assemblée"]],
      [null, ['2024/janvier.md: Relancer la mairie']],
    ])
    const devis = registers.openActionsByOwner[0]!.actions[0]!
    expect(devis).toMatchObject({date: '2024-01-10', title: 'Bureau du 10 janvier 2024', report: '2024/janvier.html', due: {text: "d'ici le 31 janvier", date: '2024-01-31'}})
    expect(devis.anchor).toMatch(/^action-1/)
  })

  test('leaves done actions out', () => {
    const texts = registers.openActionsByOwner.flatMap((group) => group.actions.map((action) => action.text))
    expect(texts.some((text) => text.includes('réserver la salle'))).toBe(false)
  })

  test('every decision by date', () => {
    expect(registers.decisionsByDate.map((decision) => [decision.date, decision.text, decision.vote])).toEqual([
      ['2024-01-10', "le budget 2024 est adopté à l'unanimité.", "adopté à l'unanimité"],
      ['2024-03-06', 'le local de la rue Haute est retenu.', undefined],
    ])
  })

  test('an attendance register of people and organizations, with a rate', () => {
    expect(registers.attendance.map((line) => [line.kind, line.name, line.meetings.length, line.attended, line.excused, line.absent, line.rate])).toEqual([
      // "anne martin" of the undated minutes is the same person.
      ['person', 'Anne Martin', 3, 3, 0, 0, 1],
      ['person', 'Luc Petit', 2, 1, 0, 1, 0.5],
      ['person', 'Marie Dubois', 2, 1, 1, 0, 0.5],
      ['organization', 'Cap Rural', 2, 2, 0, 0, 1],
      ['organization', 'TZCLD', 2, 1, 1, 0, 0.5],
    ])
    expect(registers.attendance[1]!.meetings).toEqual([
      {input: '2024/janvier.md', status: 'attended'},
      {input: '2024/mars.md', status: 'absent'},
    ])
  })

  test('does not depend on the order the seminars came in', () => {
    expect(buildCatalogue([...items].reverse()).registers).toEqual(registers)
  })

  test('keeps people --redact left nameless out of the register, and their actions under a redacted owner', () => {
    const redacted = buildCatalogue([item('2024/mars.md', march, {redact: true})]).registers
    expect(redacted.attendance.map((line) => line.name)).toEqual(['Cap Rural', 'TZCLD'])
    expect(redacted.openActionsByOwner.map((group) => [group.owner, group.actions.length])).toEqual([['', 2]])
  })

  test('are in index.json, and on the page each entry links to its place in the report', () => {
    const catalogue = buildCatalogue(items)
    const json = JSON.parse(renderCatalogueJson(catalogue)) as {registers: unknown; seminars: {decisionCount: number; openActionCount: number}[]}
    expect(json.registers).toEqual(JSON.parse(JSON.stringify(catalogue.registers)))
    expect(json.seminars.map((seminar) => [seminar.decisionCount, seminar.openActionCount])).toEqual([[1, 2], [1, 2], [0, 1]])
    const html = renderCatalogueHtml(catalogue)
    expect(html).toContain('Actions ouvertes, par responsable')
    expect(html).toContain('Registre de présence')
    expect(html).toContain(`href="2024/janvier.html#${registers.decisionsByDate[0]!.anchor}"`)
    expect(html).toContain('<td class="num">50\u00A0%</td>')
  })

  test('make a valid page that matches its golden (UPDATE=1 rewrites it)', async () => {
    const html = renderCatalogueHtml(buildCatalogue(items))
    expect(await validationErrors(html)).toEqual([])
    expectGolden(golden, html)
  })

  test('never turn what the minutes wrote into markup', () => {
    const hostile = `# Bureau du 1er février 2024\n\nPrésents : Anne Martin\n\nDécision : <script>alert(1)</script> retenu.\n\n- [ ] Anne : <img src=x onerror=alert(1)> signer\n`
    const html = renderCatalogueHtml(buildCatalogue([item('x.md', hostile)]))
    expect(html).not.toMatch(/<script|<img/)
  })
})
