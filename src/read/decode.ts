import {InputError} from '../errors.js'
import {binaryKind} from './binary.js'
import {readUtf8} from './utf8.js'
import {decodeWindows1252} from './windows-1252.js'

/** The text of some input bytes and how it was read. */
export interface Decoded {
  readonly text: string
  /** `utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be` or `windows-1252`. */
  readonly encoding: string
  /** UTF-8 with invalid byte sequences, each read as one character (see utf8.ts). */
  readonly repaired?: {readonly count: number; readonly line: number; readonly column: number}
}

const strictUtf8 = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true})

/**
 * Valid multi-byte sequences needed per invalid one for a file without a
 * byte order mark to be read as damaged UTF-8 rather than as Windows-1252.
 * Damaged UTF-8 (a few stray bytes pasted in) has many valid sequences and
 * a handful of invalid ones; a Windows-1252 file writes every accent as one
 * byte, each an invalid sequence, and forms a valid one only by accident
 * ("É" followed by a no-break space): about one in a hundred accents, less
 * than one in ten.
 */
export const minValidPerInvalid = 0.1

/**
 * Turns input bytes into text: UTF-8 (with or without BOM, invalid bytes
 * repaired one by one), UTF-16 with BOM, else Windows-1252. Refuses what is
 * not text, saying what it looks like. Line endings are left alone here (see
 * `normalizeNewlines`) so that each step does one thing.
 */
export function decode(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return {...decodeUtf8(bytes.subarray(3), true)!, encoding: 'utf-8-bom'}
  }
  if (startsWith(bytes, [0xff, 0xfe])) {
    return {text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le'}
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    return {text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be'}
  }
  const kind = binaryKind(bytes)
  if (kind) throw new InputError('binary-input', `this is ${kind}, not Markdown minutes`)
  return decodeUtf8(bytes, false) ?? {text: decodeWindows1252(bytes), encoding: 'windows-1252'}
}

/** UTF-8, repaired; `undefined` when, without a BOM, the file does not look like UTF-8 at all. */
function decodeUtf8(bytes: Uint8Array, marked: boolean): Decoded | undefined {
  try {
    return {text: strictUtf8.decode(bytes), encoding: 'utf-8'}
  } catch {
    const reading = readUtf8(bytes)
    // A BOM says UTF-8, so a bad sequence is damage, not another encoding.
    if (!marked && reading.multiByte < reading.repairs * minValidPerInvalid) return undefined
    return {
      text: reading.text,
      encoding: 'utf-8',
      repaired: {count: reading.repairs, ...lineAndColumn(reading.text, reading.firstRepair ?? 0)},
    }
  }
}

/** Where an offset of decoded text is, counting CRLF, CR and LF as line endings, as editors do. */
function lineAndColumn(text: string, offset: number): {line: number; column: number} {
  const before = text.slice(0, offset)
  const breaks = before.match(/\r\n?|\n/g)?.length ?? 0
  const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1
  return {line: breaks + 1, column: offset - lineStart + 1}
}

/** CRLF and lone CR become LF, so that line numbers match what editors show. */
export function normalizeNewlines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte)
}
