import {readFileSync} from 'node:fs'
import {afterAll, describe, expect, test} from 'vitest'
// @ts-expect-error: the benchmark's generator is plain JavaScript without types
import {seminarFile} from '../../../bench/generate.mjs'
import {parseMinutes} from '../../../src/index.js'
import {renderDocx} from '../../../src/render/docx/index.js'
import {useDocxPrepForXml, useFastPrepForXml} from '../../../src/render/docx/fast-prep.js'
import {fixtures} from '../../helpers/fixtures.js'

/** Renders with docx's own preparation methods, then with ours. */
async function renderBothWays(markdown: Uint8Array | string, options: {pageNumbers?: boolean} = {}) {
  const {seminar} = parseMinutes(markdown, {name: 'input.md'})
  useDocxPrepForXml()
  try {
    const docx = await renderDocx(seminar, options)
    useFastPrepForXml()
    const fast = await renderDocx(seminar, options)
    return {docx: Buffer.from(docx), fast: Buffer.from(fast)}
  } finally {
    useFastPrepForXml()
  }
}

afterAll(useFastPrepForXml)

describe('the faster serialization preparation writes the bytes docx writes', () => {
  test.each(fixtures().map((fixture) => [fixture.name, fixture.input] as const))('fixture %s', async (_, input) => {
    const {docx, fast} = await renderBothWays(input)
    expect(fast.equals(docx)).toBe(true)
  })

  test('with page numbers laid out (docx/layout)', async () => {
    const {docx, fast} = await renderBothWays(readFileSync('fixtures/seed/input.md'), {pageNumbers: true})
    expect(fast.equals(docx)).toBe(true)
  })

  test('on 20 files of the benchmark corpus', async () => {
    for (let index = 0; index < 20; index++) {
      const {name, text} = seminarFile(20191024, index) as {name: string; text: string}
      const {docx, fast} = await renderBothWays(text)
      expect(fast.equals(docx), name).toBe(true)
    }
  })
})
