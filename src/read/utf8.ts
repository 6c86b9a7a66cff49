import {windows1252Character} from './windows-1252.js'

/** What reading bytes as UTF-8 found: well-formed sequences and repairs. */
export interface Utf8Reading {
  readonly text: string
  /** Well-formed sequences of two to four bytes (non-ASCII characters). */
  readonly multiByte: number
  /** Invalid bytes or sequences, each replaced by one character. */
  readonly repairs: number
  /** Offset in `text` of the first repair. */
  readonly firstRepair?: number
}

const letter = /\p{L}/u

/**
 * Reads bytes as UTF-8 and repairs what is not: every well-formed sequence
 * is kept. A byte that starts no sequence (a stray Latin-1 "é" typed as one
 * byte, 0xFF, a lone continuation byte) is read as its Windows-1252
 * character when that is a letter, else as U+FFFD; a sequence shaped like
 * UTF-8 that no character has (an overlong form such as C0 AF, a surrogate
 * written as CESU-8 or WTF-8 such as ED A0 80, a code point past U+10FFFF)
 * becomes one U+FFFD. The counts let `decode` tell damaged UTF-8 from a
 * file in another encoding.
 */
export function readUtf8(bytes: Uint8Array): Utf8Reading {
  const parts: string[] = []
  let multiByte = 0
  let repairs = 0
  let firstRepair: number | undefined
  let length = 0
  let runStart = 0
  const decoder = new TextDecoder('utf-8', {ignoreBOM: true})
  const repair = (at: number, end: number, replacement: string) => {
    if (at > runStart) {
      const run = decoder.decode(bytes.subarray(runStart, at))
      parts.push(run)
      length += run.length
    }
    firstRepair ??= length
    repairs++
    parts.push(replacement)
    length += replacement.length
    runStart = end
  }
  for (let index = 0; index < bytes.length; ) {
    const byte = bytes[index]!
    if (byte < 0x80) {
      index++
      continue
    }
    const size = byte >= 0xc0 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf7 ? 4 : 1
    let continuations = 0
    while (continuations < size - 1 && isContinuation(bytes[index + 1 + continuations])) continuations++
    if (size === 1 || continuations < size - 1) {
      // No sequence starts here: one stray byte.
      const character = windows1252Character(byte)
      repair(index, index + 1, letter.test(character) ? character : '\uFFFD')
      index++
    } else if (wellFormed(byte, bytes[index + 1]!, size)) {
      multiByte++
      index += size
    } else {
      repair(index, index + size, '\uFFFD')
      index += size
    }
  }
  if (repairs === 0) return {text: decoder.decode(bytes), multiByte, repairs}
  if (runStart < bytes.length) parts.push(decoder.decode(bytes.subarray(runStart)))
  return {text: parts.join(''), multiByte, repairs, ...(firstRepair === undefined ? {} : {firstRepair})}
}

function isContinuation(byte: number | undefined): boolean {
  return byte !== undefined && byte >= 0x80 && byte <= 0xbf
}

/** Whether a lead byte and its second byte make a real character (Unicode §3.9, table 3-7). */
function wellFormed(lead: number, second: number, size: number): boolean {
  if (size === 2) return lead >= 0xc2
  if (size === 3) {
    if (lead === 0xe0) return second >= 0xa0 // overlong below
    if (lead === 0xed) return second <= 0x9f // surrogates above
    return true
  }
  if (lead === 0xf0) return second >= 0x90
  if (lead === 0xf4) return second <= 0x8f
  return lead < 0xf4
}
