import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {unwrapCallouts} from './callouts.js'
import {convertHtmlBlocks} from './html-blocks.js'
import {mapInlineHtml} from './inline-html.js'
import {splitLines} from './split-lines.js'
import {tabTables} from './tab-table.js'
import {joinListContinuations} from './list-continuation.js'
import {limitNesting} from './limit-nesting.js'
import {unspacedHeadings} from './unspaced-headings.js'

/** A repair: one named transform of the mdast for one shape real minutes take. */
export type Repair = (tree: Root, file: VFile) => void

/**
 * The repairs in the order they apply: HTML blocks of structure become
 * mdast first (what they hold is read as Markdown would be), then raw
 * formatting tags (the line split reads the atelier cue inside `<b>`), then
 * the depth limit (after the tags, which can nest), then the block shapes:
 * a callout's head lines come out of it to the top level, and headings
 * typed without their space are cut from the paragraph they began, before
 * the line split, which walks the top level's paragraphs.
 */
export const repairs: readonly Repair[] = [convertHtmlBlocks, mapInlineHtml, limitNesting, unwrapCallouts, unspacedHeadings, splitLines, tabTables, joinListContinuations]

/** Applies every repair to the tree, in place. */
export function repair(tree: Root, file: VFile): void {
  for (const step of repairs) step(tree, file)
}
