import {InputError} from '../errors.js'

/** The text of some input bytes and how it was read. */
export interface Decoded {
  readonly text: string
  /** `utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be` or `windows-1252`. */
  readonly encoding: string
}

const strictUtf8 = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true})
// WHATWG maps the `latin1` label to windows-1252, which is what legacy French
// files are in practice: it is Latin-1 plus œ, €, « curly » quotes in 0x80–0x9F.
const windows1252 = new TextDecoder('windows-1252')

/**
 * Turns input bytes into text: UTF-8 (with or without BOM), UTF-16 with BOM,
 * else Windows-1252. Refuses binary data. Line endings are left alone here
 * (see `normalizeNewlines`) so that each step does one thing.
 */
export function decode(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return {text: decodeUtf8(bytes.subarray(3)), encoding: 'utf-8-bom'}
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
    return {text: windows1252.decode(bytes), encoding: 'windows-1252'}
  }
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return strictUtf8.decode(bytes)
  } catch {
    // A BOM says UTF-8, so a bad sequence is damage, not another encoding:
    // keep the rest of the text with U+FFFD where the damage is.
    return new TextDecoder('utf-8').decode(bytes)
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
