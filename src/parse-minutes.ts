import {createHash} from 'node:crypto'
import {VFile} from 'vfile'
import {inform, warn} from './diagnostics.js'
import {extract} from './extract/index.js'
import {replaceControlCharacters} from './text/control-characters.js'
import {decode, normalizeNewlines} from './read/decode.js'
import {readFrontMatter, type FrontMatter} from './read/front-matter.js'
import {limitLineNesting, maxLineNesting} from './read/nesting.js'
import {type BoundedBlock, maxDefinitions} from './read/inline-budget.js'
import {parseBounded} from './read/parse.js'
import {redact} from './redact.js'
import {repair} from './repair/index.js'
import type {Seminar, Source} from './types.js'

/** Options of `parseMinutes`. */
export interface ParseOptions {
  /** The file name, for diagnostics and `source.name` (no folders are kept). */
  readonly name?: string
  /** Language to use instead of front matter or detection, e.g. `en`. */
  readonly lang?: string
  /** Leave participants' personal names out (see `redact`). */
  readonly redact?: boolean
}

/** The understood minutes and the vfile that carries their diagnostics. */
export interface ParseResult {
  readonly seminar: Seminar
  /** The decoded text and its messages, ready for vfile-reporter. */
  readonly file: VFile
}

/**
 * Reads minutes (bytes or text) and understands them: decode → parse →
 * repair → extract. Throws `InputError` only for input that is not text;
 * everything else becomes diagnostics on `file` and in `seminar.diagnostics`.
 */
export function parseMinutes(input: string | Uint8Array, options: ParseOptions = {}): ParseResult {
  const decoded = typeof input === 'string' ? {text: input, encoding: 'string'} : decode(input)
  const cleaned = replaceControlCharacters(normalizeNewlines(decoded.text))
  const limited = limitLineNesting(cleaned.text)
  const file = new VFile({value: limited.text, ...(options.name ? {path: options.name} : {})})
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input
  const source: Source = {
    ...(options.name ? {name: file.basename} : {}),
    encoding: decoded.encoding,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes: bytes.byteLength,
  }

  if (decoded.encoding === 'windows-1252') {
    inform(file, 'legacy-encoding', 'Not UTF-8: read as Windows-1252; save the file as UTF-8 to be sure of its accents')
  }
  // Known from the decoder: a U+FFFD written in valid UTF-8 is no damage.
  const repaired = decoded.repaired
  if (repaired) {
    const start = {line: repaired.line, column: repaired.column}
    warn(
      file,
      'invalid-utf8',
      `${repaired.count} invalid UTF-8 byte sequence${repaired.count === 1 ? '' : 's'} (the first here) read as Windows-1252 letters, or as U+FFFD; the rest of the file is UTF-8`,
      {start, end: start},
    )
  }
  if (cleaned.firstOffset !== undefined) {
    warn(
      file,
      'control-character',
      `${cleaned.count} control character${cleaned.count === 1 ? '' : 's'} replaced by spaces; documents cannot hold them`,
      pointAt(cleaned.text, cleaned.firstOffset),
    )
  }

  if (limited.firstOffset !== undefined) {
    warn(
      file,
      'unsupported-node',
      `${limited.count} line${limited.count === 1 ? '' : 's'} nested deeper than ${maxLineNesting} block quotes or lists; the rest of each is kept as text`,
      pointAt(limited.text, limited.firstOffset),
    )
  }

  const {tree, bounded} = parseBounded(limited.text)
  reportBounded(file, bounded)
  let frontMatter: FrontMatter | undefined
  const first = tree.children[0]
  if (first?.type === 'yaml') {
    frontMatter = readFrontMatter(first.value)
    if (!frontMatter) warn(file, 'front-matter-invalid', 'Front matter is not a valid YAML mapping; kept as text', first)
  }
  repair(tree, file)
  const seminar = extract(tree, file, {
    source,
    ...(frontMatter ? {frontMatter} : {}),
    ...(options.lang ? {lang: options.lang} : {}),
  })
  return {seminar: options.redact ? redact(seminar) : seminar, file}
}

/** Blocks whose markup would take too long to parse: each one, up to `maxBoundedReports`, then how many more. */
const maxBoundedReports = 10

function reportBounded(file: VFile, blocks: readonly BoundedBlock[]): void {
  // The definitions made text form a block of their own, already reported.
  const definitionsAt = new Set(blocks.filter((block) => block.reason === 'definitions').map((block) => block.offset))
  const markup = blocks.filter((block) => block.reason === 'markup' && !definitionsAt.has(block.offset))
  for (const block of blocks) {
    if (block.reason === 'definitions') {
      warn(
        file,
        'complex-markup',
        `${block.count} link reference definition${block.count === 1 ? '' : 's'} past the first ${maxDefinitions} kept as plain text; resolving more takes too long`,
        pointOf(block),
      )
    }
  }
  for (const block of markup.slice(0, maxBoundedReports)) {
    warn(file, 'complex-markup', 'Too much unbalanced or nested emphasis, code, link or HTML markup to read in time: this block is kept as plain text, as written', pointOf(block))
  }
  const more = markup.length - maxBoundedReports
  if (more > 0) {
    warn(file, 'complex-markup', `${more} more block${more === 1 ? '' : 's'} kept as plain text for the same reason`, pointOf(markup[maxBoundedReports]!))
  }
}

function pointOf(block: BoundedBlock) {
  const start = {line: block.line, column: block.column, offset: block.offset}
  return {start, end: start}
}

function pointAt(text: string, offset: number) {
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  const column = offset - before.lastIndexOf('\n')
  const start = {line, column, offset}
  return {start, end: start}
}
