/**
 * `--actions`: the open actions of every input, as a table on standard
 * output or, with `--reporter json`, as JSON; `--owner NAME` keeps those of
 * one owner. Nothing is written to disk.
 */
import type {CatalogueAction, CatalogueEntry} from '../types.js'
import {organizationKey} from '../text/slug.js'

/** One open action with the minutes it comes from. */
export interface ListedAction extends CatalogueAction {
  /** The input as the batch shows it (`notes/2024-03.md`). */
  readonly file: string
  readonly title: string
  readonly date?: string
}

/** The open actions of the inputs' entries, in input order, then as written. */
export function listActions(entries: readonly {readonly file: string; readonly entry: CatalogueEntry}[], owner?: string): ListedAction[] {
  return entries.flatMap(({file, entry}) =>
    (entry.openActions ?? [])
      .filter((action) => owner === undefined || [...action.owners, ...(action.ownersWritten ?? [])].some((name) => ownerMatches(name, owner)))
      .map((action) => ({file, title: entry.title, ...(entry.date === undefined ? {} : {date: entry.date}), ...action})),
  )
}

/**
 * Whether an owner answers to the name asked for, case, accents and a
 * leading "@" aside: the whole name ("Marie Dupont"), or one of its words
 * ("marie", "dupont"), as people ask for themselves.
 */
export function ownerMatches(owner: string, asked: string): boolean {
  const wanted = organizationKey(asked.replace(/^@/, ''))
  if (wanted === '') return false
  const name = organizationKey(owner.replace(/^@/, ''))
  return name === wanted || (!wanted.includes(' ') && name.split(' ').includes(wanted))
}

/** Headers of the table, in English like the CLI's other words. */
const headers = ['File', 'Date', 'Owner', 'Action', 'Due'] as const

/**
 * The actions as a plain-text table with aligned columns (the last one
 * unpadded), one action per line, or a line saying there are none.
 */
export function actionsTable(actions: readonly ListedAction[]): string {
  if (actions.length === 0) return 'No open action.\n'
  const rows = actions.map((action) => [
    action.line === undefined ? action.file : `${action.file}:${action.line}`,
    action.date ?? '',
    action.owners.map((owner) => owner || '(name left out)').join(', ') || '(no owner)',
    oneLine(action.text),
    action.due ? oneLine(action.due.date ?? action.due.text) : '',
  ])
  const widths = headers.map((header, column) => Math.max(width(header), ...rows.map((row) => width(row[column]!))))
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (column === cells.length - 1 ? cell : cell + ' '.repeat(widths[column]! - width(cell))))
      .join('  ')
      .trimEnd()
  return `${[line(headers), line(widths.map((size) => '-'.repeat(size))), ...rows.map(line)].join('\n')}\n`
}

/** The actions as pretty JSON: an array, in the order of the table. */
export function actionsJson(actions: readonly ListedAction[]): string {
  return `${JSON.stringify(
    actions.map((action) => ({
      file: action.file,
      ...(action.line === undefined ? {} : {line: action.line}),
      title: action.title,
      ...(action.date === undefined ? {} : {date: action.date}),
      id: action.id,
      owners: action.owners,
      ...(action.ownersWritten === undefined ? {} : {ownersWritten: action.ownersWritten}),
      text: action.text,
      ...(action.due ? {due: action.due} : {}),
      anchor: action.anchor,
    })),
    null,
    2,
  )}\n`
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** Columns a text takes in a terminal: code points, a wide (CJK, emoji) one taking two. */
function width(text: string): number {
  let columns = 0
  for (const character of text) columns += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1FAFF}\u{20000}-\u{3FFFD}]/u.test(character) ? 2 : 1
  return columns
}
