/**
 * The report's style sheet, templates/docx-styles.json: page setup, the look
 * of tables and lists, and the paragraph and character styles in docx's own
 * vocabulary (docx turns them into word/styles.xml, see skeleton.ts).
 */
import {readFileSync} from 'node:fs'
import type {IStylesOptions} from 'docx'
import {templateFile} from '../../package-root.js'

/** How tables look: the writer applies it cell by cell, as the report uses no table style. */
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

let text: string | undefined
let cached: StyleSheet | undefined

/** The style sheet's text, read once. */
export function styleSheetText(): string {
  text ??= readFileSync(templateFile('docx-styles.json'), 'utf8')
  return text
}

/** The report's style sheet, read once. */
export function styleSheet(): StyleSheet {
  cached ??= JSON.parse(styleSheetText()) as StyleSheet
  return cached
}

/** The width between the page margins, in twentieths of a point. */
export function textWidth(sheet: StyleSheet): number {
  return sheet.page.size.width - sheet.page.margin.left - sheet.page.margin.right
}

/**
 * The styles option of docx's Document, with the document's language in the
 * run defaults (`w:lang` of `w:docDefaults`), where Word's proofing and
 * LibreOffice's spell-check look for it.
 */
export function documentStyles(sheet: StyleSheet, language: string): IStylesOptions {
  const document = sheet.default.document ?? {}
  return {
    default: {...sheet.default, document: {...document, run: {...document.run, language: {value: language}}}},
    paragraphStyles: sheet.paragraphStyles,
    characterStyles: sheet.characterStyles,
  }
}
