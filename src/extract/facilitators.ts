import {languages} from '../languages/index.js'
import type {Facilitator} from '../types.js'
import {splitPersonName} from './names.js'

/**
 * Reads the names after "animé par": "Emilie Lanciano et Delphine Lorin-Etuy
 * + Agnès Bachelot-Journet". Names before the first "+" lead the atelier;
 * names after a "+" assist. Names are split on each language's "and"
 * ("et", "und", "e", "y"), ",", ";", "&" and "/".
 */
export function parseFacilitators(list: string): Facilitator[] {
  const [leading = '', ...assisting] = list.split('+')
  return [
    ...splitNames(leading).map((name) => person(name, 'facilitator')),
    ...assisting.flatMap(splitNames).map((name) => person(name, 'assistant')),
  ]
}

// "and" words in lower case only, as in attendance lists: "Ed Nolan" is a name.
const nameSeparator = new RegExp(`\\s*(?:,|;|&|\\/|(?<!\\p{L})(?:${[...new Set(languages.flatMap((language) => language.and))].join('|')})(?!\\p{L}))\\s*`, 'u')

function splitNames(text: string): string[] {
  return text
    .replace(/[.;:]\s*$/, '')
    .split(nameSeparator)
    .map((name) => name.trim())
    .filter((name) => name !== '')
}

function person(name: string, role: Facilitator['role']): Facilitator {
  return {type: 'facilitator', name, ...splitPersonName(name), role}
}
