import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {mapInlineHtml} from './inline-html.js'
import {splitAnnouncement} from './split-announcement.js'
import {tabTables} from './tab-table.js'
import {joinListContinuations} from './list-continuation.js'
import {limitNesting} from './limit-nesting.js'

/** A repair: one named transform of the mdast for one shape real minutes take. */
export type Repair = (tree: Root, file: VFile) => void

/**
 * The repairs in the order they apply: raw formatting tags first (the
 * announcement split reads the atelier cue inside `<b>`), then the depth
 * limit (after the tags, which can nest), then the block shapes.
 */
export const repairs: readonly Repair[] = [mapInlineHtml, limitNesting, splitAnnouncement, tabTables, joinListContinuations]

/** Applies every repair to the tree, in place. */
export function repair(tree: Root, file: VFile): void {
  for (const step of repairs) step(tree, file)
}
