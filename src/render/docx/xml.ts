/**
 * XML text for the parts the DOCX writer makes itself. One escaping function
 * for element content and attribute values alike, so that no text of the
 * minutes reaches a part unescaped, and whatever bytes came in the part
 * stays well-formed.
 */

// eslint-disable-next-line no-control-regex
const special = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/
// eslint-disable-next-line no-control-regex
const specialAll = /[&<>"]|[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
const entities: Readonly<Record<string, string>> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'}

/**
 * `value` escaped for XML content or a double-quoted attribute. Characters
 * XML 1.0 cannot carry (C0 controls but tab, line feed and carriage return;
 * U+FFFE, U+FFFF; lone surrogates: §2.2 `Char`) become spaces: the layout
 * has replaced them already, this keeps the part valid whatever it is given.
 */
export function escapeXml(value: string): string {
  if (!special.test(value)) return value
  return value.replace(specialAll, (match) => entities[match] ?? ' ')
}

/** The XML declaration every part starts with. */
export const declaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

/** Namespaces of WordprocessingML parts. */
export const namespaces = {
  w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
} as const

/**
 * Text of a part, kept as pieces and turned into UTF-8 bytes a megabyte at a
 * time, so that a large document is never one huge string; given a sink,
 * each megabyte goes there as soon as it is written (to be deflated).
 */
export class XmlText {
  private pieces: string[] = []
  private length = 0
  private readonly chunks: Uint8Array[] = []
  private static readonly encoder = new TextEncoder()

  constructor(private readonly sink?: (chunk: Uint8Array, final: boolean) => void) {}

  push(xml: string): void {
    this.pieces.push(xml)
    this.length += xml.length
    if (this.length >= 1 << 20) this.flush(false)
  }

  private flush(final: boolean): void {
    if (this.pieces.length === 0 && !final) return
    const chunk = XmlText.encoder.encode(this.pieces.join(''))
    this.pieces = []
    this.length = 0
    if (this.sink) this.sink(chunk, final)
    else this.chunks.push(chunk)
  }

  /** Ends the part: the last bytes go to the sink. */
  end(): void {
    this.flush(true)
  }

  /** The part's bytes, without a sink. */
  bytes(): Uint8Array {
    this.flush(false)
    const bytes = concatenate(this.chunks)
    this.chunks.length = 0
    return bytes
  }
}

/** Chunks of bytes as one array. */
export function concatenate(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!
  const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0))
  let at = 0
  for (const chunk of chunks) {
    bytes.set(chunk, at)
    at += chunk.byteLength
  }
  return bytes
}
