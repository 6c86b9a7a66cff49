import type {Root} from 'mdast'
import {unified, type Processor} from 'unified'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import remarkFrontmatter from 'remark-frontmatter'

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

/** Parses Markdown (CommonMark + GFM + YAML front matter) into mdast, with positions. */
export function parseMarkdown(text: string): Root {
  return processor.parse(text)
}
