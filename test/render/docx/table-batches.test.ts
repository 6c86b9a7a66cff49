import {describe, expect, test} from 'vitest'
// @ts-expect-error: the benchmark's generator is plain JavaScript without types
import {seminarFile} from '../../../bench/generate.mjs'
import {parseMinutes} from '../../../src/index.js'
import {renderDocx, renderDocxInBatches} from '../../../src/render/docx/index.js'
import {fixtures} from '../../helpers/fixtures.js'
import {parseXml, unzipDocx} from './helpers.js'

/** Minutes with links inside and around tables, whose relationships must all come along. */
const linkedTables = `# Séminaire

Voir [le site](https://example.org/avant) avant.

| Nom | Lien |
| --- | --- |
| Alpha | [a](https://example.org/a) |
| Beta | [b](https://example.org/b) |

Entre les tableaux, [un lien](https://example.org/entre).

| Nom | Lien |
| --- | --- |
| Gamma | [g](https://example.org/g) |

Et [après](https://example.org/apres).
`

async function sameBytesInBatches(markdown: string | Uint8Array, batchSizes: readonly number[]) {
  const {seminar} = parseMinutes(markdown, {name: 'input.md'})
  const whole = Buffer.from(await renderDocx(seminar))
  for (const size of batchSizes) {
    const batched = Buffer.from(await renderDocxInBatches(seminar, {}, size))
    expect(batched.equals(whole), `${size} table(s) at a time`).toBe(true)
  }
  return whole
}

describe('documents with many tables are compiled in batches of tables, to the same bytes', () => {
  test.each(fixtures().map((fixture) => [fixture.name, fixture.input] as const))('fixture %s', async (_, input) => {
    await sameBytesInBatches(input, [1, 2])
  })

  test('on 10 files of the benchmark corpus', async () => {
    for (let index = 0; index < 10; index++) {
      const {text} = seminarFile(20191024, index) as {text: string}
      await sameBytesInBatches(text, [1, 4])
    }
  })

  test('hyperlinks in the tables keep their relationships', async () => {
    const whole = await sameBytesInBatches(linkedTables, [1])
    const parts = unzipDocx(whole)
    const rels = parts['word/_rels/document.xml.rels']!
    for (const target of ['avant', 'a', 'b', 'entre', 'g', 'apres']) expect(rels).toContain(`Target="https://example.org/${target}"`)
    const document = parts['word/document.xml']!
    expect(() => parseXml(document, 'word/document.xml')).not.toThrow()
    for (const id of document.matchAll(/r:id="([^"]+)"/g)) expect(rels).toContain(`Id="${id[1]}"`)
  })
})
