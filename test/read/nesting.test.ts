import {describe, expect, it} from 'vitest'
import {limitLineNesting, maxLineNesting} from '../../src/read/nesting.js'
import {parseMarkdown} from '../../src/read/parse.js'
import type {Nodes} from 'mdast'

/** How deep block quotes and lists nest in a tree. */
function depth(node: Nodes): number {
  if (!('children' in node)) return 0
  const own = node.type === 'blockquote' || node.type === 'list' ? 1 : 0
  return own + Math.max(0, ...node.children.map((child) => depth(child as Nodes)))
}

describe('limitLineNesting', () => {
  it('escapes the marker past the limit on one line', () => {
    const limited = limitLineNesting(`${'> '.repeat(40)}x`)
    expect(limited.count).toBe(1)
    expect(limited.text).toBe(`${'> '.repeat(32)}\\${'> '.repeat(8)}x`)
    expect(limited.firstOffset).toBe(64)
  })

  it('follows nesting over several lines: a list indented two more spaces on every line', () => {
    const text = Array.from({length: 200}, (_, level) => `${'  '.repeat(level)}* niveau${level}`).join('\n')
    const limited = limitLineNesting(text)
    expect(limited.count).toBeGreaterThan(0)
    expect(depth(parseMarkdown(limited.text))).toBe(maxLineNesting)
    expect(depth(parseMarkdown(text))).toBe(200)
  })

  it('follows quotes that deepen line by line, and quotes inside list items', () => {
    const quotes = Array.from({length: 50}, (_, level) => `${'>'.repeat(level + 1)} q${level}`).join('\n')
    expect(depth(parseMarkdown(limitLineNesting(quotes).text))).toBe(maxLineNesting)
    const mixed = Array.from({length: 50}, (_, level) => `${'   '.repeat(level)}- > x${level}`).join('\n')
    expect(depth(parseMarkdown(limitLineNesting(mixed).text))).toBeLessThanOrEqual(maxLineNesting)
  })

  it('leaves ordinary nesting, thematic breaks and numbered lines that continue a paragraph alone', () => {
    const text = ['- a', '  - b', '    - c', '', '> q', '> > r', '', '- - - -', '', '- intro', ...Array.from({length: 60}, (_, index) => `${index + 2}. suite`), ''].join('\n')
    expect(limitLineNesting(text)).toEqual({text, count: 0})
  })
})
