import type {Facilitator} from '../types.js'
import {splitPersonName} from './names.js'

/**
 * Reads the names after "animé par": "Emilie Lanciano et Delphine Lorin-Etuy
 * + Agnès Bachelot-Journet". Names before the first "+" lead the atelier;
 * names after a "+" assist. Names are split on "et", "and", ",", ";", "&".
 */
export function parseFacilitators(list: string): Facilitator[] {
  const [leading = '', ...assisting] = list.split('+')
  return [
    ...splitNames(leading).map((name) => person(name, 'facilitator')),
    ...assisting.flatMap(splitNames).map((name) => person(name, 'assistant')),
  ]
}

function splitNames(text: string): string[] {
  return text
    .replace(/[.;:]\s*$/, '')
    .split(/\s*(?:,|;|&|\/|(?<!\p{L})(?:et|and)(?!\p{L}))\s*/u)
    .map((name) => name.trim())
    .filter((name) => name !== '')
}

function person(name: string, role: Facilitator['role']): Facilitator {
  return {type: 'facilitator', name, ...splitPersonName(name), role}
}
