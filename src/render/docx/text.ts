/**
 * Text on its way into WordprocessingML. XML 1.0 forbids C0 controls other than
 * tab, line feed and carriage return, lone surrogates, U+FFFE and U+FFFF
 * (XML 1.0 §2.2 `Char`). docx 9 silently deletes them, which glues the words
 * on either side together ("Texte\x01avec" → "Texteavec"); a space keeps them
 * apart.
 */
import {replaceControlCharacters} from '../../text/control-characters.js'

export {htmlText} from '../raw-html.js'

/**
 * `text` with every character XML cannot carry replaced by a space. The
 * reader already does this, but a Seminar may be built by other code.
 */
export function xmlSafe(text: string): string {
  return replaceControlCharacters(text).text
}

