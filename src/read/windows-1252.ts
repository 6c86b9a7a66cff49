// Windows-1252 is what legacy French files are in practice: Latin-1 plus œ, €,
// ’ and dashes in 0x80–0x9F. Node's TextDecoder('windows-1252') decodes that
// range as C1 controls (Latin-1), so the range is mapped here, per the WHATWG
// Encoding Standard's index-windows-1252. The five unassigned bytes keep
// their Latin-1 meaning, as WHATWG does.
const high =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178'

/** The character a byte stands for in Windows-1252. */
export function windows1252Character(byte: number): string {
  return byte >= 0x80 && byte < 0xa0 ? high[byte - 0x80]! : String.fromCharCode(byte)
}

/** Decodes bytes as Windows-1252, every byte one character. */
export function decodeWindows1252(bytes: Uint8Array): string {
  let text = ''
  for (let start = 0; start < bytes.length; start += 8192) {
    const chunk = bytes.subarray(start, start + 8192)
    text += String.fromCharCode(...Array.from(chunk, (byte) => (byte >= 0x80 && byte < 0xa0 ? high.charCodeAt(byte - 0x80) : byte)))
  }
  return text
}
