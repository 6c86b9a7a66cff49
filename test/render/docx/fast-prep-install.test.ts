import {XmlComponent} from 'docx'
import {expect, test} from 'vitest'

test('importing the library leaves docx as it is; the first DOCX render puts the faster preparation in place', async () => {
  const docxOwn = XmlComponent.prototype.prepForXml
  const {parseMinutes, renderDocx} = await import('../../../src/index.js')
  expect(XmlComponent.prototype.prepForXml).toBe(docxOwn)
  await renderDocx(parseMinutes('# T\n\ntext\n').seminar)
  expect(XmlComponent.prototype.prepForXml).not.toBe(docxOwn)
  expect(XmlComponent.prototype.prepForXml.name).toBe('prepareComponent')
})
