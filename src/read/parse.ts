import type {Root} from 'mdast'
import type {Node} from 'unist'
import {unified, type Processor} from 'unified'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import remarkFrontmatter from 'remark-frontmatter'
import {type BoundedBlock, boundInlineWork, restoreStandIns, unflatten} from './inline-budget.js'
import {pieceSize, splitForParsing} from './split.js'

/** A micromark syntax extension, as far as this module looks into it. */
interface SyntaxExtension {
  readonly [field: string]: unknown
  readonly text?: Record<string, unknown>
}

/** The micromark constructs of GFM literal autolinks (`www.x.org`, `https://…`, `a@b.org`). */
const literalAutolinkConstructs = new Set(['wwwAutolink', 'protocolAutolink', 'emailAutolink'])

/**
 * GFM literal autolinks are found twice by remark-gfm: by micromark
 * constructs tried at every word start, and again by mdast-util-gfm's
 * find-and-replace transform on the text nodes. The constructs cut every
 * paragraph's text into one data token per word, and micromark 4 merges those
 * back with an `Array#splice` per line (resolveAllText), which is quadratic in
 * the number of lines of a paragraph: 40,000 short lines took 18 s, 200,000
 * several minutes. Without the constructs the transform alone still links
 * bare URLs and e-mail addresses (the fixtures' goldens are unchanged), and
 * parsing is linear again.
 */
function withoutLiteralAutolinkSyntax(this: Processor): void {
  const data = this.data() as {micromarkExtensions?: SyntaxExtension[]}
  data.micromarkExtensions = (data.micromarkExtensions ?? []).map((extension) => {
    if (!extension.text) return extension
    const text = Object.fromEntries(
      Object.entries(extension.text).map(([code, constructs]) => [
        code,
        Array.isArray(constructs)
          ? constructs.filter((construct: {name?: string}) => !literalAutolinkConstructs.has(construct.name ?? ''))
          : constructs,
      ]),
    )
    return {...extension, text}
  })
}

// Built once per process (and so once per worker thread): creating a
// processor resolves and attaches every micromark extension.
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkFrontmatter, ['yaml'])
  .use(withoutLiteralAutolinkSyntax)
  .freeze()

/** A parsed document and the blocks whose markup was too costly to parse. */
export interface Parsed {
  readonly tree: Root
  /** Blocks kept as plain text (see inline-budget.ts), in document order. */
  readonly bounded: readonly BoundedBlock[]
}

/**
 * Parses Markdown (CommonMark + GFM + YAML front matter) into mdast, with
 * positions. Inline markup too costly for micromark is first neutralized
 * (inline-budget.ts) and restored as plain text after parsing; a large
 * document is parsed piece by piece (see split.ts) and the pieces' positions
 * are moved back to where they stand in the whole.
 */
export function parseBounded(text: string, size = pieceSize): Parsed {
  const budgeted = boundInlineWork(text)
  const tree = parsePieces(budgeted.text, size)
  restoreStandIns(tree, budgeted.standIns)
  unflatten(tree, budgeted.flattened)
  return {tree, bounded: budgeted.blocks}
}

/** `parseBounded`, for callers that need only the tree. */
export function parseMarkdown(text: string, size = pieceSize): Root {
  return parseBounded(text, size).tree
}

function parsePieces(text: string, size: number): Root {
  const pieces = splitForParsing(text, size)
  if (pieces.length === 1) return processor.parse(text)
  const children: Root['children'] = []
  for (const piece of pieces) {
    // Blank lines alone make no node: not worth micromark's microseconds a line.
    if (/^\s*$/.test(piece.text)) continue
    const tree = processor.parse(piece.text)
    shiftPositions(tree, piece.line - 1, piece.offset)
    children.push(...tree.children)
  }
  const lastLineStart = text.lastIndexOf('\n') + 1
  const end = {line: pieces.at(-1)!.line + pieces.at(-1)!.text.split('\n').length - 1, column: text.length - lastLineStart + 1, offset: text.length}
  return {type: 'root', children, position: {start: {line: 1, column: 1, offset: 0}, end}}
}

/** Moves every position of a tree down by some lines and characters; iterative, as trees can be deep. */
function shiftPositions(tree: Root, lines: number, offset: number): void {
  const stack: Node[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    const position = node.position
    if (position) {
      node.position = {
        start: {...position.start, line: position.start.line + lines, offset: (position.start.offset ?? 0) + offset},
        end: {...position.end, line: position.end.line + lines, offset: (position.end.offset ?? 0) + offset},
      }
    }
    if ('children' in node && Array.isArray(node.children)) stack.push(...(node.children as Node[]))
  }
}
