import {isCivility} from '../cues.js'

/** A personal name cut into its parts, when they can be told apart. */
export interface PersonName {
  readonly lastName?: string
  readonly firstName?: string
}

/** A word written all in capitals: "GIRARD", "JEAN-BAPSTISTE", "D'ARC"; at least two letters. */
function isUpperWord(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '')
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()
}

/**
 * Cuts a name into last and first name. French lists put the last name first
 * in capitals ("GIRARD Anne Sophie", "DE SOUZA Rachel"): the leading run of
 * capitalized words is the last name. A trailing run works the same way
 * ("Anne GIRARD"). Otherwise a name is read "First Last…" ("Emilie
 * Lanciano", "Delphine Lorin-Etuy"), and "Last, First" with a comma.
 */
export function splitPersonName(name: string): PersonName {
  const text = name.trim().replace(/\s+/g, ' ')
  if (text === '') return {}
  const comma = /^([^,]+),\s*([^,]+)$/.exec(text)
  if (comma) return {lastName: comma[1]!.trim(), firstName: comma[2]!.trim()}
  const words = text.split(' ')
  if (words.length === 1) return {lastName: text}
  // "Dr. Frank Weber", "Mme Aubry": a title goes with the first name, never alone as a last name
  // ("DONA Séverine" is a last name in capitals, not Spanish "doña").
  if (isCivility(words[0]!) && !isUpperWord(words[0]!)) {
    const rest = splitPersonName(words.slice(1).join(' '))
    return {...rest, firstName: [words[0], rest.firstName].filter(Boolean).join(' ')}
  }
  let leading = 0
  while (leading < words.length && isUpperWord(words[leading]!)) leading++
  if (leading > 0 && leading < words.length) {
    return {lastName: words.slice(0, leading).join(' '), firstName: words.slice(leading).join(' ')}
  }
  let trailing = 0
  while (trailing < words.length && isUpperWord(words[words.length - 1 - trailing]!)) trailing++
  if (trailing > 0 && trailing < words.length) {
    return {
      firstName: words.slice(0, words.length - trailing).join(' '),
      lastName: words.slice(words.length - trailing).join(' '),
    }
  }
  // "Marie de la Tour": particles belong to the last name.
  const particle = words.findIndex((word, index) => index > 0 && /^(de|du|des|d'|le|la|van|von|der|da|di)$/i.test(word))
  const cut = particle > 0 ? particle : 1
  return {firstName: words.slice(0, cut).join(' '), lastName: words.slice(cut).join(' ')}
}
