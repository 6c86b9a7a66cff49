/**
 * The languages seminar-report reads. Adding a language is adding its
 * module here (and its fixtures, and a line in the README).
 */
import {german} from './de.js'
import {english} from './en.js'
import {spanish} from './es.js'
import {french} from './fr.js'
import {italian} from './it.js'
import type {Language} from './language.js'

export type {AttendanceLabel, Labels, Language, ReportWords} from './language.js'
export {english}

/** Every supported language; the first is the default when detection cannot tell. */
export const languages: readonly Language[] = [french, english, german, italian, spanish]

/** The language of a BCP 47 tag (`fr-CA` → French), if supported. */
export function languageOf(tag: string): Language | undefined {
  const primary = tag.toLowerCase().split(/[-_]/)[0]
  return languages.find((language) => language.tag === primary)
}
