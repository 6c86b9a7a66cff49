/**
 * What a file that is not text looks like, for a one-line error that says
 * so: a known signature ("magic number") first, then the content, since
 * text in any encoding we read holds few NUL or other control bytes. One or
 * two stray NULs are not enough: those are replaced, with a warning, like
 * other control characters.
 */
export function binaryKind(bytes: Uint8Array): string | undefined {
  const signature = signatures.find(({magic, offset = 0}) => magic.every((byte, index) => bytes[offset + index] === byte))
  if (signature) return signature.kind === 'zip' ? zipKind(bytes) : signature.kind
  if (isPortableExecutable(bytes)) return 'a Windows program (PE)'
  return controlShare(bytes)
}

/** Bytes read to judge the content: enough for any header, little enough to be instant. */
const sampleSize = 8 * 1024
/** Share of NUL and control bytes above which the content is not text. */
const maxControlShare = 0.1

const ascii = (text: string) => Array.from(text, (character) => character.charCodeAt(0))

const signatures: readonly {magic: readonly number[]; kind: string; offset?: number}[] = [
  {magic: [0x89, ...ascii('PNG\r\n'), 0x1a, 0x0a], kind: 'a PNG image'},
  {magic: [0xff, 0xd8, 0xff], kind: 'a JPEG image'},
  {magic: ascii('GIF87a'), kind: 'a GIF image'},
  {magic: ascii('GIF89a'), kind: 'a GIF image'},
  {magic: ascii('%PDF-'), kind: 'a PDF document'},
  {magic: ascii('PK\u0003\u0004'), kind: 'zip'},
  {magic: ascii('PK\u0005\u0006'), kind: 'zip'},
  {magic: ascii('PK\u0007\u0008'), kind: 'zip'},
  {magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], kind: 'an Office 97–2003 document (OLE2, e.g. .doc)'},
  {magic: [0x7f, ...ascii('ELF')], kind: 'a Linux program (ELF)'},
  {magic: [0xfe, 0xed, 0xfa, 0xce], kind: 'a macOS program (Mach-O)'},
  {magic: [0xfe, 0xed, 0xfa, 0xcf], kind: 'a macOS program (Mach-O)'},
  {magic: [0xce, 0xfa, 0xed, 0xfe], kind: 'a macOS program (Mach-O)'},
  {magic: [0xcf, 0xfa, 0xed, 0xfe], kind: 'a macOS program (Mach-O)'},
  {magic: [0xca, 0xfe, 0xba, 0xbe], kind: 'a macOS universal program (Mach-O) or Java class'},
  {magic: [0x1f, 0x8b], kind: 'a gzip archive'},
]

/** "MZ" starts many a line of text; a PE file also has "PE\0\0" where its DOS header points (at 0x3C). */
function isPortableExecutable(bytes: Uint8Array): boolean {
  if (bytes[0] !== 0x4d || bytes[1] !== 0x5a || bytes.length < 0x40) return false
  const at = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0x3c, true)
  return at >= 0x40 && at + 4 <= bytes.length && bytes[at] === 0x50 && bytes[at + 1] === 0x45 && bytes[at + 2] === 0 && bytes[at + 3] === 0
}

/**
 * Office and OpenDocument files are ZIP archives told apart by the names of
 * their entries (ECMA-376 part 2; ODF's uncompressed `mimetype` entry), which
 * ZIP stores as plain bytes in every local and central header.
 */
function zipKind(bytes: Uint8Array): string {
  const has = (name: string) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(name, 0, 'latin1')
  if (has('word/document.xml')) return 'a Word document (ZIP)'
  if (has('xl/workbook.xml')) return 'an Excel workbook (ZIP)'
  if (has('ppt/presentation.xml')) return 'a PowerPoint presentation (ZIP)'
  if (has('application/vnd.oasis.opendocument.text')) return 'an OpenDocument text (ZIP)'
  if (has('application/vnd.oasis.opendocument.')) return 'an OpenDocument file (ZIP)'
  if (has('application/epub+zip')) return 'an EPUB book (ZIP)'
  return 'a ZIP archive'
}

function controlShare(bytes: Uint8Array): string | undefined {
  const sample = bytes.subarray(0, sampleSize)
  let controls = 0
  // Tab, line feed, form feed and carriage return are text.
  for (const byte of sample) if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) controls++
  if (sample.length === 0 || controls / sample.length <= maxControlShare) return undefined
  return `binary data (${Math.round((100 * controls) / sample.length)} % NUL or control bytes)`
}
