import {describe, expect, it} from 'vitest'
import {boundInlineWork, maxBlockCost, restoreStandIns} from '../../src/read/inline-budget.js'
import {inlineCost} from '../../src/read/inline-cost.js'
import {parseMarkdown} from '../../src/read/parse.js'

const cost = (text: string) => inlineCost(text, 0, text.length)

describe('inlineCost', () => {
  it('grows with the square of unmatched closers, and of matches in one paragraph (each splices its events)', () => {
    const closers = (count: number) => 'a_ '.repeat(count)
    expect(cost(closers(20_000)) / cost(closers(10_000))).toBeGreaterThan(3)
    const pairs = (count: number) => '_a_ '.repeat(count)
    expect(cost(pairs(20_000)) / cost(pairs(10_000))).toBeGreaterThan(3)
    // The same pairs in paragraphs of their own cost each their own, linearly.
    const paragraphs = '_a_ '.repeat(10)
    expect(cost(paragraphs)).toBeLessThan(cost(pairs(10_000)) / 1000)
  })

  it('charges an unclosed backtick run, HTML comment or bracket for its scan, a closed one much less', () => {
    expect(cost(`\`${'x'.repeat(10_000)}`)).toBeGreaterThan(cost(`\`${'x'.repeat(10_000)}\``) / 2)
    expect(cost(`${'<!-- '.repeat(1000)}`)).toBeGreaterThan(5 * cost(`${'<!-- a --> '.repeat(1000)}`))
    expect(cost('a] '.repeat(10_000))).toBeGreaterThan(5 * cost('[a] '.repeat(10_000)))
  })

  it('does not count what code spans hold, or escaped markers', () => {
    expect(cost(`\`${'a_ '.repeat(1000)}\``)).toBeLessThan(cost('a_ '.repeat(1000)) / 100)
    expect(cost('a\\_ '.repeat(1000))).toBe(0)
  })
})

describe('boundInlineWork', () => {
  it('leaves ordinary minutes alone', () => {
    const text = '# Séminaire\n\n*Question ?*\n\n- **GIRARD** Anne, [Cap Rural](https://example.org)\n- `code` <b>gras</b>\n'
    expect(boundInlineWork(text)).toEqual({text, blocks: [], standIns: new Map()})
  })

  it('neutralizes only the stretch over budget, offset for offset, and the tree gets every character back', () => {
    const heavy = 'a_ '.repeat(20_000).trimEnd()
    const text = `# T\n\n*avant*\n\n${heavy}\n\n*après*\n`
    expect(cost(heavy)).toBeGreaterThan(maxBlockCost)
    const budgeted = boundInlineWork(text)
    expect(budgeted.blocks).toEqual([{reason: 'markup', line: 5, column: 1, offset: 14, count: 1}])
    expect(budgeted.text).toHaveLength(text.length)
    expect(budgeted.text.slice(0, 14)).toBe(text.slice(0, 14))
    expect(budgeted.text.slice(14, 14 + heavy.length)).not.toMatch(/_/)
    const tree = parseMarkdown(text)
    expect(JSON.stringify(tree)).not.toMatch(/[\u0001-\u0008\u000E-\u001F]/)
    expect(tree.children.map((node) => node.type)).toEqual(['heading', 'paragraph', 'paragraph', 'paragraph'])
    expect(tree.children[2]).toMatchObject({children: [{type: 'text', value: heavy}]})
    expect(tree.children[1]).toMatchObject({children: [{type: 'emphasis'}]})
  })

  it('picks stand-ins the text does not hold', () => {
    const text = `\u000E\u000F\u0010 ${'a_ '.repeat(20_000)}`
    const budgeted = boundInlineWork(text)
    expect([...budgeted.standIns.keys()].some((standIn) => text.includes(standIn))).toBe(false)
    const tree = parseMarkdown(text)
    expect(tree.children[0]).toMatchObject({children: [{type: 'text', value: text.trimEnd()}]})
  })

  it('keeps list markers, fences and thematic breaks of a neutralized stretch', () => {
    const heavy = 'x] '.repeat(30_000)
    const tree = parseMarkdown(`- ${heavy}\n  * nested *item*\n`)
    expect(tree.children[0]!.type).toBe('list')
  })

  it('does not count fenced code at the margin, nor front matter', () => {
    const code = '```\n' + 'a_ '.repeat(20_000) + '\n```\n'
    expect(boundInlineWork(`# T\n\n${code}`).blocks).toEqual([])
    expect(boundInlineWork(`---\ntitle: ${'a_ '.repeat(20_000)}\n---\n\n# T\n`).blocks).toEqual([])
  })

  it('counts a fence that may sit in an HTML block, where it is no fence', () => {
    // A fence inside an HTML comment block is text of the comment; what
    // follows the comment is parsed, so it must be counted.
    const text = `<!--\n\n\`\`\`\n-->\n\n${'a_ '.repeat(20_000)}\n`
    expect(boundInlineWork(text).blocks).toHaveLength(1)
  })

  it('restores stand-ins in every string of a tree', () => {
    const tree = {type: 'root', children: [{type: 'link', url: 'a\u000Eb', title: '\u000F', children: [{type: 'text', value: '\u000E'}]}]}
    restoreStandIns(tree, new Map([['\u000E', '*'], ['\u000F', '_']]))
    expect(tree).toEqual({type: 'root', children: [{type: 'link', url: 'a*b', title: '_', children: [{type: 'text', value: '*'}]}]})
  })
})

describe('a neutralized stretch keeps its block structure', () => {
  const heavy = 'a_ '.repeat(20_000)
  it('a backslash that escapes a block marker at the start of a line stays', () => {
    const tree = parseMarkdown(`${heavy}\n\\# pas un titre\n\\> pas une citation\n\\- pas une liste\n`)
    expect(tree.children.map((node) => node.type)).toEqual(['paragraph'])
  })

  it('a line that opens an HTML block stays HTML', () => {
    const tree = parseMarkdown(`${heavy}\n<!-- un *commentaire* -->\n<div class="a_b">\n`)
    expect(tree.children.map((node) => node.type)).toEqual(['paragraph', 'html', 'html'])
    expect(tree.children[1]).toMatchObject({value: '<!-- un *commentaire* -->'})
  })
})
