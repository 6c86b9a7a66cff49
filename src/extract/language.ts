import {languages} from '../languages/index.js'
import {foldAccents} from '../text/slug.js'

/**
 * Each language's telling words: its frequent short words, weekdays and
 * month names, less the words another language shares ("mai" is French and
 * German, "con" Italian and Spanish).
 */
const telling = (() => {
  // Cue words count too ("Anwesend", "Regrets", "meeting"): short minutes have few little words.
  const plain = (patterns: readonly string[]) => patterns.filter((pattern) => /^[a-z]{4,}$/.test(pattern))
  const words = languages.map(
    (language) =>
      new Set(
        [
          ...language.stopwords,
          ...language.weekdays,
          ...language.months.map((names) => names[0]!),
          ...language.attendanceWords,
          ...plain(language.meetingWords),
          ...plain(language.registers.doneWords),
        ].map((word) => foldAccents(word).toLowerCase()),
      ),
  )
  const shared = new Set<string>()
  words.forEach((set, index) => {
    for (const word of set) if (words.some((other, otherIndex) => otherIndex !== index && other.has(word))) shared.add(word)
  })
  return languages.map((language, index) => ({tag: language.tag, words: new Set([...words[index]!].filter((word) => !shared.has(word)))}))
})()

/** The language chosen from a text, and how sure the choice is. */
export interface DetectedLanguage {
  readonly tag: string
  /** The runner-up when it came close (within a fifth of the winner's count, or the winner under three words). */
  readonly close?: {readonly tag: string; readonly count: number; readonly winner: number}
}

/**
 * Chooses among the supported languages from the telling words each uses
 * most; minutes that mix languages (German minutes quoting English) are the
 * language most of their words are in. A tie, or a text with no telling
 * word, reads as the first language of the list (French, the language this
 * tool's minutes come in most). `--lang` and front matter win over it.
 */
export function detectLanguage(text: string): DetectedLanguage {
  const counts = telling.map(() => 0)
  for (const word of foldAccents(text).toLowerCase().match(/\p{L}+/gu) ?? []) {
    telling.forEach((language, index) => {
      if (language.words.has(word)) counts[index]!++
    })
  }
  const order = counts.map((count, index) => ({count, index})).sort((a, b) => b.count - a.count || a.index - b.index)
  const [best, second] = [order[0]!, order[1]!]
  // No telling word at all (an empty file, another script) is no guess worth a message.
  const close = best.count > 0 && (best.count < 3 || second.count * 5 >= best.count * 4)
  return {
    tag: telling[best.index]!.tag,
    ...(close ? {close: {tag: telling[second.index]!.tag, count: second.count, winner: best.count}} : {}),
  }
}
