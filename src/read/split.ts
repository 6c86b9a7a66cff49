/** A piece of a document and where it starts in the whole. */
export interface Piece {
  readonly text: string
  /** 1-based line of the piece's first line in the whole document. */
  readonly line: number
  /** Offset of the piece's first character in the whole document. */
  readonly offset: number
}

/** Pieces are cut near this size: remark parses them in linear time. */
export const pieceSize = 64 * 1024

const atxHeading = /^#{1,6}(?:[ \t]|$)/
const fence = /^ {0,3}(`{3,}|~{3,})/
// HTML blocks of kinds 1 to 5 (CommonMark §4.6) run past blank lines, until
// their own end marker: a cut inside one would change how it parses.
const htmlBlockKinds: readonly {start: RegExp; end: RegExp}[] = [
  {start: /^ {0,3}<(?:script|pre|style|textarea)(?:\s|>|$)/i, end: /<\/(?:script|pre|style|textarea)>/i},
  {start: /^ {0,3}<!--/, end: /-->/},
  {start: /^ {0,3}<\?/, end: /\?>/},
  {start: /^ {0,3}<![A-Za-z]/, end: />/},
  {start: /^ {0,3}<!\[CDATA\[/, end: /\]\]>/},
]
// Definitions are shared by the whole document: with any, it is parsed whole.
const definition = /^ {0,3}\[(?:[^\]\\]|\\.)+\]:/m

/**
 * Cuts a large document into pieces that parse alone exactly as they parse
 * together, so that remark-parse, which slows down much faster than the
 * document grows (1 MiB ≈ 5 s, 10 MiB ≈ 190 s and 2.7 GB here), only ever
 * sees small inputs. Cuts fall before an ATX heading that follows a blank
 * line: a heading always starts a new block, and after a blank line no
 * paragraph, list or quote is carried on by laziness; or inside a run of
 * blank lines that leads to such a heading or to the end. Never inside
 * fenced code, front matter or a multi-line HTML block.
 */
export function splitForParsing(text: string, size = pieceSize): Piece[] {
  if (text.length <= size * 2 || definition.test(text)) return [{text, line: 1, offset: 0}]
  const lines = text.split('\n')
  const pieces: Piece[] = []
  let pieceStartLine = 0
  let pieceStartOffset = 0
  let offset = 0
  let openFence: RegExp | undefined
  let openHtml: RegExp | undefined
  let inFrontMatter = lines[0] === '---'
  // Whether only blank lines stand between a line and the end or an ATX
  // heading: a run of blank lines before them continues nothing (a list
  // item or indented code goes on past blank lines only to an indented
  // line), so it may be cut anywhere, and a file of a million blank lines
  // (which micromark takes seconds and gigabytes over) parses in pieces too.
  const blankToSafe = new Uint8Array(lines.length + 1)
  blankToSafe[lines.length] = 1
  for (let index = lines.length - 1; index >= 0; index--) {
    const line = lines[index]!
    blankToSafe[index] = line.trim() === '' ? blankToSafe[index + 1]! : atxHeading.test(line) ? 1 : 0
  }
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    const canCut =
      index > pieceStartLine &&
      !openFence &&
      !openHtml &&
      !inFrontMatter &&
      offset - pieceStartOffset >= size &&
      lines[index - 1]!.trim() === '' &&
      (atxHeading.test(line) || (line.trim() === '' && blankToSafe[index] === 1))
    if (canCut) {
      pieces.push({text: text.slice(pieceStartOffset, offset - 1), line: pieceStartLine + 1, offset: pieceStartOffset})
      pieceStartLine = index
      pieceStartOffset = offset
    }
    if (inFrontMatter && index > 0 && /^(?:---|\.\.\.)\s*$/.test(line)) inFrontMatter = false
    else if (openFence) {
      if (openFence.test(line)) openFence = undefined
    } else if (openHtml) {
      if (openHtml.test(line)) openHtml = undefined
    } else {
      const fenceMatch = fence.exec(line)
      // The closing fence: the same character, at least as many times.
      if (fenceMatch) openFence = new RegExp(`^ {0,3}${fenceMatch[1]![0]}{${fenceMatch[1]!.length},}\\s*$`)
      else {
        const kind = htmlBlockKinds.find((candidate) => candidate.start.test(line))
        if (kind && !kind.end.test(line.replace(kind.start, ''))) openHtml = kind.end
      }
    }
    offset += line.length + 1
  }
  pieces.push({text: text.slice(pieceStartOffset), line: pieceStartLine + 1, offset: pieceStartOffset})
  return pieces
}
