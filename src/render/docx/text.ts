/**
 * Text on its way into WordprocessingML. XML 1.0 forbids C0 controls other than
 * tab, line feed and carriage return, lone surrogates, U+FFFE and U+FFFF
 * (XML 1.0 §2.2 `Char`). docx 9 silently deletes them, which glues the words
 * on either side together ("Texte\x01avec" → "Texteavec"); a space keeps them
 * apart.
 */

// eslint-disable-next-line no-control-regex
const illegal = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** `text` with every character XML cannot carry replaced by a space. */
export function xmlSafe(text: string): string {
  return text.replace(illegal, ' ')
}

const namedEntities: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0',
  laquo: '«', raquo: '»', eacute: 'é', egrave: 'è', agrave: 'à', ccedil: 'ç',
  hellip: '…', ndash: '–', mdash: '—', rsquo: '’', lsquo: '‘', euro: '€',
}

/**
 * The text a reader sees in a piece of raw HTML: tags and comment markers removed,
 * character references decoded. A Word document cannot show markup, and the
 * tree keeps raw HTML verbatim, so this is where it becomes words.
 */
export function htmlText(html: string): string {
  return html
    // A comment's words are the author's too: nothing of the minutes is dropped.
    .replace(/<!--|-->/g, '\n')
    // Formatting tags sit inside words ("H<sub>2</sub>O"); any other tag
    // separates what stands on either side of it.
    .replace(/<\/?(?:a|abbr|b|bdi|bdo|cite|code|data|del|dfn|em|font|i|ins|kbd|mark|q|s|samp|small|span|strike|strong|sub|sup|time|tt|u|var)\b[^>]*>/gi, '')
    .replace(/<\/?[A-Za-z][^>]*>/g, '\n')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1))
        return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
      }
      return namedEntities[name.toLowerCase()] ?? whole
    })
}

/** French puts a (no-break) space before a colon; English does not. */
export function colon(lang: string): string {
  return lang.toLowerCase().startsWith('fr') ? '\u00A0: ' : ': '
}
