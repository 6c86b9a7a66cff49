/**
 * What every handler needs while rendering: the labels of the page's language
 * and the heading level content blocks nest under.
 */
import type {Labels} from '../labels.js'

export interface RenderContext {
  readonly lang: string
  readonly labels: Labels
  /** The level of the heading that owns the blocks being rendered (1 for the title). */
  readonly headingLevel: number
  /**
   * Source depths of the unknown headings met so far under that heading, so
   * that `### a` then `##### b` become h4 then h5: levels follow the source's
   * nesting but never skip one (HTML §4.3.11 "headings and outlines").
   */
  readonly headingStack: number[]
  /** True inside a link: raw `<a>` is then refused (no interactive content in `a`). */
  readonly inLink: boolean
}

/** A context for blocks owned by a heading of `level`. */
export function under(context: RenderContext, level: number): RenderContext {
  return {...context, headingLevel: level, headingStack: []}
}

