import {InputError} from '../errors.js'

/** The text of some input bytes and how it was read. */
export interface Decoded {
  readonly text: string
  /** `utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be` or `windows-1252`. */
  readonly encoding: string
  /** UTF-8 with a BOM whose invalid byte sequences were replaced by U+FFFD. */
  readonly damaged?: true
}

const strictUtf8 = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true})

// Windows-1252 is what legacy French files are in practice: Latin-1 plus œ, €,
// ’ and dashes in 0x80–0x9F. Node's TextDecoder('windows-1252') decodes that
// range as C1 controls (Latin-1), so the range is mapped here, per the WHATWG
// Encoding Standard's index-windows-1252. The five unassigned bytes keep
// their Latin-1 meaning, as WHATWG does.
const windows1252High =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178'

function decodeWindows1252(bytes: Uint8Array): string {
  let text = ''
  for (let start = 0; start < bytes.length; start += 8192) {
    const chunk = bytes.subarray(start, start + 8192)
    text += String.fromCharCode(
      ...Array.from(chunk, (byte) => (byte >= 0x80 && byte < 0xa0 ? windows1252High.charCodeAt(byte - 0x80) : byte)),
    )
  }
  return text
}

/**
 * Turns input bytes into text: UTF-8 (with or without BOM), UTF-16 with BOM,
 * else Windows-1252. Refuses binary data. Line endings are left alone here
 * (see `normalizeNewlines`) so that each step does one thing.
 */
export function decode(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return {...decodeUtf8(bytes.subarray(3)), encoding: 'utf-8-bom'}
  }
  if (startsWith(bytes, [0xff, 0xfe])) {
    return {text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le'}
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    return {text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be'}
  }
  if (looksBinary(bytes)) {
    throw new InputError('binary-input', 'input looks like binary data, not text (it contains NUL bytes)')
  }
  try {
    return {text: strictUtf8.decode(bytes), encoding: 'utf-8'}
  } catch {
    return {text: decodeWindows1252(bytes), encoding: 'windows-1252'}
  }
}

function decodeUtf8(bytes: Uint8Array): {text: string; damaged?: true} {
  try {
    return {text: strictUtf8.decode(bytes)}
  } catch {
    // A BOM says UTF-8, so a bad sequence is damage, not another encoding:
    // keep the rest of the text with U+FFFD where the damage is.
    return {text: new TextDecoder('utf-8').decode(bytes), damaged: true}
  }
}

/** CRLF and lone CR become LF, so that line numbers match what editors show. */
export function normalizeNewlines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text
}

/**
 * Text in any of the encodings we accept never holds NUL bytes outside UTF-16
 * (handled above by its BOM); a few stray control bytes are tolerated and
 * reported later, but a NUL or a high share of control bytes means binary.
 */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 64 * 1024)
  let controls = 0
  for (const byte of sample) {
    if (byte === 0) return true
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) controls++
  }
  return sample.length > 0 && controls / sample.length > 0.1
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte)
}
