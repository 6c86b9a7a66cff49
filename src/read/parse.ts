import type {Root} from 'mdast'
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import remarkFrontmatter from 'remark-frontmatter'

// Built once per process (and so once per worker thread): creating a
// processor resolves and attaches every micromark extension.
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze()

/** Parses Markdown (CommonMark + GFM + YAML front matter) into mdast, with positions. */
export function parseMarkdown(text: string): Root {
  return processor.parse(text)
}
