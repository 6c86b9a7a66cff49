import {describe, expect, it} from 'vitest'
import {cssSlot, fillTemplate, TemplateError} from '../../../src/render/html/template.js'

const slots = {lang: 'fr', title: 'T', head: '', css: '', body: '<p>x</p>', generator: 'g'}

describe('templates cannot pull remote resources into the report', () => {
  it.each([
    '<link rel="stylesheet" href="https://cdn.example.org/a.css">{{body}}',
    '<script src=//example.org/a.js></script>{{body}}',
    '<img src="http://example.org/pixel.gif">{{body}}',
    '<style>body{background:url(https://example.org/x.png)}</style>{{body}}',
    '<style>@import "theme.css";</style>{{body}}',
    '<form action="https://example.org/collect">{{body}}</form>',
  ])('refuses %s', (template) => {
    expect(() => fillTemplate(template, slots)).toThrow(TemplateError)
    expect(() => fillTemplate(template, slots)).toThrow(/loads a remote resource/)
  })

  it('accepts local anchors and data: images', () => {
    const template = '<a href="#top">haut</a><style>i{background:url(data:image/png;base64,AA==)}</style>{{body}}'
    expect(fillTemplate(template, slots)).toContain('<p>x</p>')
  })

  it('checks the stylesheet too', () => {
    expect(() => cssSlot('body { background: url("https://example.org/x.png") }')).toThrow(/remote resource/)
    expect(cssSlot('/* no url(): nothing fetched */ body { color: red }')).toContain('color: red')
  })
})
