import {languages} from '../languages/index.js'

const stopwords = languages.map((language) => ({tag: language.tag, words: new Set(language.stopwords)}))

/**
 * Guesses the language from the most frequent little words of each
 * supported language; minutes are long enough for that to be reliable, and
 * a front matter `lang` or `--lang` wins anyway. A tie reads as the first
 * language of the list (French, the language this tool's minutes come in most).
 */
export function detectLanguage(text: string): string {
  const counts = stopwords.map(() => 0)
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    stopwords.forEach((language, index) => {
      if (language.words.has(word)) counts[index]!++
    })
  }
  let best = 0
  counts.forEach((count, index) => {
    if (count > counts[best]!) best = index
  })
  return stopwords[best]!.tag
}
