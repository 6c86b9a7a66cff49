import {readFileSync} from 'node:fs'
import type {IStylesOptions, ILevelsOptions} from 'docx'
import {templateFile} from '../../package-root.js'

/** How tables look: the builders apply it cell by cell, docx having no table styles of its own. */
export interface TableLook {
  readonly borderColor: string
  readonly headerFill: string
  readonly bandFill: string
  readonly cellMargin: {readonly top: number; readonly bottom: number; readonly left: number; readonly right: number}
}

/** How lists are indented and marked, per nesting level. */
export interface ListLook {
  readonly indent: number
  readonly hanging: number
  readonly bullets: readonly string[]
  readonly ordered: readonly string[]
}

/** The parsed `templates/docx-styles.json`. */
export interface StyleSheet {
  readonly page: {
    readonly size: {readonly width: number; readonly height: number}
    readonly margin: {readonly top: number; readonly bottom: number; readonly left: number; readonly right: number; readonly header: number; readonly footer: number}
  }
  readonly table: TableLook
  readonly lists: ListLook
  readonly default: NonNullable<IStylesOptions['default']>
  readonly paragraphStyles: NonNullable<IStylesOptions['paragraphStyles']>
  readonly characterStyles: NonNullable<IStylesOptions['characterStyles']>
}

let cached: StyleSheet | undefined

/** The report's style sheet, read once. */
export function styleSheet(): StyleSheet {
  cached ??= JSON.parse(readFileSync(templateFile('docx-styles.json'), 'utf8')) as StyleSheet
  return cached
}

/** The width between the page margins, in twentieths of a point. */
export function textWidth(sheet: StyleSheet): number {
  return sheet.page.size.width - sheet.page.margin.left - sheet.page.margin.right
}

/**
 * The styles option of the document. With a reference document, its styles
 * win: ours are only added for the ids it lacks (our own names such as
 * `Question`), so the text never points at a style that does not exist.
 */
export function documentStyles(sheet: StyleSheet, referenceStyleIds?: ReadonlySet<string>): IStylesOptions {
  if (!referenceStyleIds) {
    return {default: sheet.default, paragraphStyles: sheet.paragraphStyles, characterStyles: sheet.characterStyles}
  }
  return {
    paragraphStyles: sheet.paragraphStyles.filter((style) => !referenceStyleIds.has(style.id)),
    characterStyles: sheet.characterStyles.filter((style) => !referenceStyleIds.has(style.id)),
  }
}

/** The nine levels of a bullet list. */
export function bulletLevels(look: ListLook): ILevelsOptions[] {
  return Array.from({length: 9}, (_, level) => ({
    level,
    format: 'bullet',
    text: look.bullets[level % look.bullets.length] ?? '•',
    alignment: 'left',
    style: {paragraph: {indent: {left: look.indent * (level + 1), hanging: look.hanging}}},
  }))
}

/** The nine levels of a numbered list whose level `startLevel` counts from `start`. */
export function orderedLevels(look: ListLook, startLevel: number, start: number): ILevelsOptions[] {
  return Array.from({length: 9}, (_, level) => ({
    level,
    format: (look.ordered[level % look.ordered.length] ?? 'decimal') as ILevelsOptions['format'],
    text: `%${level + 1}.`,
    alignment: 'left',
    start: level === startLevel ? start : 1,
    style: {paragraph: {indent: {left: look.indent * (level + 1), hanging: look.hanging}}},
  }))
}
