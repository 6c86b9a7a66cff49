import fc from 'fast-check'
import type {Nodes} from 'mdast'
import {describe, expect, it, test} from 'vitest'
import {boundInlineWork, maxBlockCost, restoreStandIns, unflatten} from '../../src/read/inline-budget.js'
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
    expect(boundInlineWork(text)).toEqual({text, blocks: [], standIns: new Map(), flattened: []})
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

  it('parses a neutralized paragraph of many lines as one line, then gives it its lines and positions back', () => {
    const lines = Array.from({length: 30_000}, (_, index) => `  ligne ${index} [renvoi] & suite  `)
    const text = `# T\n\n${lines.join('\n')}\n\n## Après *fin*\n`
    const budgeted = boundInlineWork(text)
    expect(budgeted.flattened).toHaveLength(1)
    expect(budgeted.text.split('\n')).toHaveLength(6)
    const tree = parseMarkdown(text)
    expect(tree.children.map((node) => node.type)).toEqual(['heading', 'paragraph', 'heading'])
    const paragraph = tree.children[1]!
    expect(paragraph).toMatchObject({
      position: {start: {line: 3, column: 3, offset: 7}, end: {line: 30_002, column: lines.at(-1)!.trimEnd().length + 1}},
      children: [{type: 'text', value: lines.map((line) => line.trim()).join('\n')}],
    })
    expect(tree.children[2]!.position).toMatchObject({start: {line: 30_004, column: 1}, end: {line: 30_004, column: 15}})
    expect(tree.position!.end.line).toBe(30_005)
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

describe('neutralizing keeps the block structure of any document', () => {
  /** The block skeleton of a tree: container and leaf block types with their positions, nested, without inline content. */
  const skeleton = (node: Nodes): unknown => {
    const at = `${node.type} ${node.position?.start.line}:${node.position?.start.column}-${node.position?.end.line}:${node.position?.end.column}`
    return 'children' in node && !['paragraph', 'heading', 'tableCell'].includes(node.type)
      ? {[at]: node.children.map((child) => skeleton(child as Nodes))}
      : at
  }

  const word = fc.constantFrom('mot', 'Été', 'x1', 'https://example.org/a_b', 'a_b', 'l’œuvre')
  const inline = fc.oneof(
    word,
    word.map((text) => `*${text}*`),
    word.map((text) => `**${text}** _x_`),
    word.map((text) => `\`${text}\``),
    word.map((text) => `[${text}](https://example.org)`),
    word.map((text) => `<b>${text}</b> &amp; \\*`),
    fc.constantFrom('a_', '*a', '[a', 'a]', '`a', '<!-- a', '~~a~~', '\\# pas un titre', '\\- non', '| a \\| b |'),
  )
  const text = fc.array(inline, {minLength: 1, maxLength: 5}).map((parts) => parts.join(' '))
  const lines = fc.array(text, {minLength: 1, maxLength: 4}).map((parts) => parts.join('\n'))
  const block = fc.oneof(
    lines,
    text.map((line) => `## ${line}`),
    fc.array(text, {minLength: 1, maxLength: 4}).map((items) => items.map((item, index) => `${index % 2 ? '  ' : ''}- ${item}`).join('\n')),
    fc.array(text, {minLength: 1, maxLength: 3}).map((items) => items.map((item, index) => `${index + 1}. ${item}`).join('\n')),
    lines.map((line) => line.split('\n').map((part) => `> ${part}`).join('\n')),
    fc.array(fc.tuple(text, text), {minLength: 1, maxLength: 3}).map((rows) => `| a | b |\n| - | - |\n${rows.map(([a, b]) => `| ${a.replaceAll('|', '\\|')} | ${b.replaceAll('|', '\\|')} |`).join('\n')}`),
    lines.map((line) => `Titre\n${line.length > 0 ? '===' : ''}`),
    fc.constantFrom('***', '```\ncode *x*\n```', '<div>\n*html*\n</div>', '<!-- commentaire *x* -->'),
  )
  const document = fc.array(block, {minLength: 1, maxLength: 6}).map((blocks) => `${blocks.join('\n\n')}\n`)

  test('with every stretch neutralized, the tree has the same blocks and every character back', () => {
    fc.assert(
      fc.property(document, (markdown) => {
        const budgeted = boundInlineWork(markdown, -1)
        expect(budgeted.text).toHaveLength(markdown.length)
        const tree = parseMarkdown(budgeted.text)
        restoreStandIns(tree, budgeted.standIns)
        unflatten(tree, budgeted.flattened)
        expect(skeleton(tree)).toEqual(skeleton(parseMarkdown(markdown)))
        expect(JSON.stringify(tree)).not.toMatch(/[\u0001-\u0008\u000E-\u001F]/)
      }),
      {numRuns: 300},
    )
  })
})

test('lines that end in a backslash (hard breaks) are neutralized too', () => {
  const text = 'mot\\\n'.repeat(30_000)
  const budgeted = boundInlineWork(text)
  expect(budgeted.blocks).toHaveLength(1)
  expect(budgeted.text).not.toContain('\\')
})
