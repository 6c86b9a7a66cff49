const french = new Set(['le', 'la', 'les', 'des', 'et', 'est', 'du', 'une', 'pour', 'dans', 'sur', 'avec', 'par', 'qui', 'que', 'aux', 'pas', 'au', 'ce', 'sont'])
const english = new Set(['the', 'and', 'of', 'to', 'is', 'for', 'with', 'in', 'on', 'by', 'that', 'are', 'was', 'this', 'from', 'be', 'as', 'at', 'it', 'not'])

/**
 * Guesses French or English from the most frequent little words; minutes are
 * long enough for that to be reliable, and a front matter `lang` wins anyway.
 * A tie reads French, the language this tool's minutes come in most.
 */
export function detectLanguage(text: string): 'fr' | 'en' {
  let frenchCount = 0
  let englishCount = 0
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (french.has(word)) frenchCount++
    if (english.has(word)) englishCount++
  }
  return englishCount > frenchCount ? 'en' : 'fr'
}
