/**
 * C0 control characters (other than tab and line feed), U+FFFE/U+FFFF and lone
 * surrogates cannot appear in XML 1.0 (§2.2 Char), so a DOCX holding them is
 * corrupt, and docx silently deletes them, gluing the words around them
 * together. Replacing them with a space at read time keeps every word apart in
 * every output.
 */
// eslint-disable-next-line no-control-regex
const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** The cleaned text and the offset of the first replaced character, if any. */
export interface Cleaned {
  readonly text: string
  readonly firstOffset?: number
  readonly count: number
}

/** Replaces every character XML 1.0 forbids with a space; offsets do not move. */
export function replaceControlCharacters(text: string): Cleaned {
  let firstOffset: number | undefined
  let count = 0
  const cleaned = text.replace(forbidden, (match, offset: number) => {
    firstOffset ??= offset
    count++
    return ' '.repeat(match.length)
  })
  return firstOffset === undefined ? {text, count} : {text: cleaned, firstOffset, count}
}
