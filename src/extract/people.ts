/**
 * People as minutes write them in a line or a list item: "Jane Doe @jdoe
 * (voting member)", "GIRARD Anne (Cap Rural)", "Luc Martin – Mairie de
 * Grenoble", "Anne, Luc et Marie".
 */
import {isCivility, isOwnerFunction, isRoleLabel, matchAttendanceVerb, statusWord} from '../cues.js'
import {languages} from '../languages/index.js'
import {foldAccents} from '../text/slug.js'
import type {AttendanceStatus} from '../types.js'

/** One person as written, cut into what the words say. */
export interface WrittenPerson {
  /** The name as written, without handle, parentheses or organization; the handle when that is all there is. */
  readonly name: string
  readonly handle?: string
  readonly role?: string
  readonly organization?: string
  readonly status?: AttendanceStatus
  /** What follows the person, as written: "arrivée à 18h40", "joined for the last 20 min". */
  readonly note?: string
}

/** Small words inside names ("Marie de la Tour", "Ludwig van Beethoven"). */
const particles = new Set(['de', 'du', 'des', 'la', 'le', 'les', "d'", 'd’', 'van', 'von', 'der', 'den', 'ter', 'da', 'di', 'do', 'dos', 'das', 'del', 'della', 'el', 'al', 'bin', 'ben', 'y', 'e', 'zu', 'af'])
const handlePattern = /(?<![\p{L}\d.])@[\p{L}\d_][\p{L}\d_.-]*(?<![.-])/u
const andWords = [...new Set(languages.flatMap((language) => language.and))]
// "and" words in lower case only: "Ed Nolan" is a name, not Italian "ed" + "Nolan".
const listSeparator = new RegExp(`\\s*[,;]\\s*|\\s+(?:${andWords.join('|')}|&)\\s+`, 'u')
// "Anne, Luc, and Marie": the serial comma leaves "and" at an item's start.
const leadingAnd = new RegExp(`^(?:${andWords.join('|')}|&)\\s+`, 'u')
const notNames = new Set(languages.flatMap((language) => language.notNames))
/** A final period, unless it ends an initial ("Natalia K.", "Luca B."). */
const initialPeriod = /(?<!(?:^|[\s.-])\p{Lu})\.+$/u
const organizationWords = new Set(languages.flatMap((language) => language.organizationWords))
/** Whether words name an organization: one of them is a word only organizations have ("Gemeinde Hohenlinden", "Keystone Property Services"). */
function isOrganizationName(text: string): boolean {
  return foldAccents(text).toLowerCase().split(/[\s,]+/).some((word) => organizationWords.has(word.replace(/\.$/, '')))
}
const nameArticles = new Set(languages.flatMap((language) => language.nameArticles))
/** An article elided before a word: "l'" of "l'assessora". */
const elided = /^\p{Ll}['’](?=\p{L})/u

/**
 * Reads one person: a handle anywhere, a last parenthesis (a status word,
 * a role in lower case or a known role, else an organization), an
 * organization after a spaced dash. Undefined when the words do not look
 * like a name: too many of them, a number, or lower-case words that are
 * not particles in a capitalized name ("tous les membres", "Bureau au
 * complet").
 */
export function readPerson(item: string, maxWords = 6, plain = false): WrittenPerson | undefined {
  // "[[Lisa Brenner]]", "[[lisa-brenner|Lisa Brenner]]": a notes app's link to a person's page is the name.
  let rest = item.replace(/\[\[(?:[^\]|]*\|)?([^\]|]+)\]\]/g, '$1').replace(/\s+/g, ' ').trim().replace(/[;,]+$/, '').replace(initialPeriod, '').trim()
  if (rest === '' || isNoName(rest)) return undefined
  // A remark in lower case after a comma or a dash: "Sandrine, arrivée à 18h40".
  let note: string | undefined
  const remark = /^(.+?)(?:,\s+|\s+[—–-]\s+)(\p{Ll}.*)$/u.exec(rest)
  if (remark && !/\([^)]*$/.test(remark[1]!)) {
    rest = remark[1]!.trim()
    note = remark[2]!.trim()
  }
  const handle = handlePattern.exec(rest)?.[0]
  // "(@jdoe)": the handle's own parentheses go with it.
  if (handle) rest = rest.replace(handle, ' ').replace(/\(\s*\)|\[\s*\]/g, ' ').replace(/\s+/g, ' ').trim()
  let role: string | undefined
  let organization: string | undefined
  let status: AttendanceStatus | undefined
  const parenthesis = /^(.*?)\s*\(([^()]+)\)$/.exec(rest)
  if (parenthesis && (parenthesis[1]!.trim() !== '' || handle)) {
    rest = parenthesis[1]!.trim()
    const inside = parenthesis[2]!.trim()
    const said = statusWord(inside)
    if (said) {
      // "(krank)", "(remote)": the words stay as the person's note.
      status = said
      note = note === undefined ? inside : `${inside}, ${note}`
    }
    else if (/^\p{Ll}/u.test(inside) || isRoleLabel(inside)) role = inside
    // "@mlopez (Maria López)": the name is in the parentheses.
    else if (rest === '' && looksLikeName(inside, 4)) rest = inside
    else organization = inside
  }
  const dash = /^(.+?)\s+[—–-]\s+(.+)$/.exec(rest)
  if (dash && organization === undefined) {
    rest = dash[1]!.trim()
    organization = dash[2]!.trim()
  } else if (dash && role === undefined) {
    // "Dott. Riccardo Ferri – Presidente (Lista Civica)": the function after the dash, the organization in parentheses.
    rest = dash[1]!.trim()
    role = dash[2]!.trim()
  }
  // "l'Assessore all'Ambiente Dott.ssa Valeria Cavazza": a function before the title that opens the name;
  // "l'assessora Rosanna Bellini": a function word before a full name.
  if (!plain && !looksLikeName(rest, maxWords) && role === undefined) {
    const function_ = functionBeforeTitle(rest, maxWords) ?? functionBeforeName(rest)
    if (function_) {
      rest = function_.name
      role = function_.role
    }
  }
  // "M. le maire de Plélan-le-Bourg": a person named by a function, after a title and an article.
  if (!plain && role === undefined && organization === undefined && !looksLikeName(rest, maxWords)) {
    const function_ = titledFunction(rest)
    if (function_) {
      return {name: rest, role: function_, ...(handle ? {handle} : {}), ...(status ? {status} : {}), ...(note ? {note} : {})}
    }
  }
  rest = rest.replace(/^[-–—:]+|[-–—:]+$/g, '').trim()
  if (rest === '' && !handle) return undefined
  if (rest !== '' && !looksLikeName(rest, maxWords)) return undefined
  // "— sent regrets", ", remote": a remark that says how the person attended.
  status ??= note === undefined ? undefined : statusWord(note)
  return {
    name: rest === '' ? handle! : rest,
    ...(handle ? {handle} : {}),
    ...(role ? {role} : {}),
    ...(organization ? {organization} : {}),
    ...(status ? {status} : {}),
    ...(note ? {note} : {}),
  }
}

/** A name that opens with a title after words saying what the person is: "il Responsabile del Settore Geom. Fabio Lugli". */
function functionBeforeTitle(text: string, maxWords: number): {role: string; name: string} | undefined {
  const words = text.split(' ')
  for (let index = 1; index < words.length - 1; index++) {
    if (!isCivility(words[index]!)) continue
    const name = words.slice(index).join(' ')
    return looksLikeName(name, maxWords) ? {role: words.slice(0, index).join(' '), name} : undefined
  }
  return undefined
}

/**
 * "l'assessora Rosanna Bellini", "la presidente Ana Ruiz": a function word
 * (one the actions know as an owner: "assessore", "presidente"), its article
 * before it or elided into it, then a full name of two or three words.
 */
function functionBeforeName(text: string): {role: string; name: string} | undefined {
  const words = text.split(' ')
  const start = nameArticles.has(words[0]!) ? 1 : 0
  const function_ = words[start]
  if (function_ === undefined || !/^\p{Ll}/u.test(function_) || !isOwnerFunction(function_.replace(elided, ''))) return undefined
  const name = words.slice(start + 1)
  if (name.length < 2 || name.length > 3 || !looksLikeName(name.join(' '), 3) || !name.every((word) => /^\p{Lu}/u.test(word))) return undefined
  return {role: words.slice(0, start + 1).join(' '), name: name.join(' ')}
}

/**
 * The function a person is named by after a title and an article: "le maire
 * de Plélan-le-Bourg" of "M. le maire de Plélan-le-Bourg", "la directrice
 * de l'école". Lower-case words but for the place, no digits, a few words.
 */
function titledFunction(text: string): string | undefined {
  const words = text.split(' ')
  if (words.length < 3 || words.length > 7 || /\d/.test(text) || !isCivility(words[0]!)) return undefined
  const article = words[1]!
  if (!(particles.has(article.toLowerCase()) || elided.test(article)) || /^\p{Lu}/u.test(article)) return undefined
  const function_ = elided.test(article) ? article.replace(elided, '') : words[2]!
  if (!/^\p{Ll}{3,}$/u.test(function_)) return undefined
  // What follows the function says of what: "de Plélan-le-Bourg", "du CCAS", "of the board"; a verb makes it a sentence.
  const after = words[elided.test(article) ? 2 : 3]
  if (after !== undefined && !particles.has(after.toLowerCase()) && !/^(?:of|for)$/.test(after) && !elided.test(after)) return undefined
  return words.slice(1).join(' ')
}

/** "none", "tous", "two parents": words that stand where names would and are none. */
function isNoName(text: string): boolean {
  const folded = foldAccents(text).toLowerCase()
  return notNames.has(folded) || notNames.has(folded.split(' ')[0]!)
}

/** A name: a few words, capitalized but for particles, or a short all-lower-case name; no digits. */
function looksLikeName(text: string, maxWords: number): boolean {
  // A nickname in quotes is part of the name: Margaret "Peggy" Sullivan.
  const words = text.replace(/["“”«»]/g, '').replace(/\s+/g, ' ').trim().split(' ')
  if (words.length > maxWords || /\d/.test(text) || !/\p{L}/u.test(text)) return false
  if (words.every((word) => /^\p{Ll}/u.test(word))) return words.length <= 2
  // "big Al", "la Nives", "el Rulo": a lower-case word that is the name's own before a first name or a nickname.
  if (words.length === 2 && nameArticles.has(words[0]!) && /^\p{Lu}\p{Ll}/u.test(words[1]!)) return true
  // "sig.ra Bianchi", "dott. Neri": a title in lower case before the name.
  return words.every((word, index) => /^[\p{Lu}\p{Lt}'’]/u.test(word) || (index === 0 && words.length > 1 && isCivility(word)) || (index > 0 && particles.has(word.toLowerCase())) || /^\p{Lu}/u.test(word.replace(/^\p{Ll}['’]/u, '')))
}

/**
 * People counted, not named: "31 stimmberechtigte Mitglieder", "2 Gäste",
 * "4 members of the public". A count said to be rough ("ca. 12", "about
 * 40") is no count.
 */
const countItem = /^(\d{1,5})\s+[\p{L}]/u

/** Whether an item of a list of people is a number of unnamed people ("4 members of the public", "ca. 12 Einwohner"). */
export function isUnnamedCount(item: string): boolean {
  const text = item.trim()
  return text.split(/\s+/).length <= 12 && (countItem.test(text) || roughCount.test(foldAccents(text).toLowerCase()))
}
const roughCount = new RegExp(`^(?:${[...new Set(languages.flatMap((language) => language.roughly))].join('|')})\\s*\\d{1,5}\\s+\\p{L}`, 'u')

/**
 * A head count for a value that gives only numbers of people: "31
 * stimmberechtigte Mitglieder laut Anwesenheitsliste (Anlage 1), 2 Gäste" is
 * 33; "54 persone tra genitori, docenti…" is 54 (lower-case words after a
 * count say who they are). Undefined when a name, or a rough count, is there.
 */
export function readHeadCount(text: string): number | undefined {
  const items = splitOutsideParentheses(text.replace(/\s+/g, ' ').trim().replace(/\.$/, ''))
  if (items.length === 0 || !countItem.test(items[0]!)) return undefined
  let count = 0
  for (const item of items) {
    const number = countItem.exec(item)
    if (number) count += Number(number[1])
    else if (!/^\p{Ll}/u.test(item)) return undefined
  }
  return count
}

/** A line of names longer than this is prose (a hundred names fit in it). */
const maxNamesLine = 10_000

/**
 * Reads a line of names: "Anne, Luc, Marie", "Ana; Bo et Cy", "Jane Doe
 * (W3C), John Roe @jroe". Undefined unless every item reads as a person:
 * a sentence with commas is not a list of names. A `plain` line, with no
 * label to say it names people, must be names only: no words describing a
 * person, no function before a title.
 */
export function readNames(text: string, plain = false): WrittenPerson[] | undefined {
  return readNamesAndCounts(text, plain)?.people
}

/**
 * Reads a line of names among which some items count unnamed people ("Mrs
 * Whitcombe (Clerk), 4 members of the public"): the people, and those items
 * as written. Undefined when no one is named.
 */
export function readNamesAndCounts(text: string, plain = false): {people: WrittenPerson[]; unnamed: string[]} | undefined {
  const value = text.replace(/\s+/g, ' ').trim().replace(initialPeriod, '')
  if (value === '' || value.length > maxNamesLine || /[!?]$/.test(value)) return undefined
  const people: WrittenPerson[] = []
  const unnamed: string[] = []
  let counting = false
  for (const item of splitOutsideParentheses(value)) {
    // "54 persone tra genitori, docenti…": lower-case words after a count say who they are.
    counting = !plain && (isUnnamedCount(item) || (counting && /^\p{Ll}/u.test(item)))
    if (counting) {
      unnamed.push(item)
      continue
    }
    const previous = people.at(-1)
    // "Mme Céline Dumas, animatrice salariée": lower-case words after a capitalized name say who the person is.
    const describes = previous !== undefined && /^\p{Lu}/u.test(previous.name) && /^\p{Ll}+\s+\p{Ll}/u.test(item) && !/[\p{Lu}\d]/u.test(item)
    // "Bademeister Josef Kraus, Gemeinde Hohenlinden": an organization after a person is theirs.
    if (!plain && previous && previous.organization === undefined && /^\p{Lu}/u.test(item) && isOrganizationName(item) && readPerson(item, 6) !== undefined) {
      people[people.length - 1] = {...previous, organization: item.trim()}
      continue
    }
    const person = describes ? undefined : readPerson(item, 6, plain)
    // "Mme Aubry, directrice de l'école": the words after a comma say who the person is.
    if (!person && !plain && previous && /^\p{Lu}/u.test(previous.name) && /^\p{Ll}/u.test(item) && item.split(/\s+/).length <= 8 && !isNoName(item)) {
      people[people.length - 1] = previous.role === undefined ? {...previous, role: item.trim()} : {...previous, note: [previous.note, item.trim()].filter(Boolean).join(', ')}
      continue
    }
    if (!person) return undefined
    people.push(person)
  }
  return people.length > 0 ? {people, unnamed} : undefined
}

/** Splits on commas, semicolons and "et"/"and"/"&", never inside parentheses; in one pass. */
function splitOutsideParentheses(text: string): string[] {
  const separator = new RegExp(listSeparator.source, 'gu')
  const items: string[] = []
  let start = 0
  let depth = 0
  let scanned = 0
  for (const match of text.matchAll(separator)) {
    for (; scanned < match.index; scanned++) {
      if (text[scanned] === '(') depth++
      else if (text[scanned] === ')') depth = Math.max(0, depth - 1)
    }
    if (depth > 0 || match[0].length === 0) continue
    items.push(text.slice(start, match.index))
    start = match.index + match[0].length
  }
  items.push(text.slice(start))
  return items
    .map((item) => item.trim().replace(leadingAnd, ''))
    // "@ines-m @bjorn @akosua.d": chat handles are often listed with spaces only.
    .flatMap((item) => (handleRun.test(item) ? item.split(/\s+/) : [item]))
    .filter((item) => item !== '')
}
const handleRun = new RegExp(`^${handlePattern.source}(?:\\s+${handlePattern.source})+$`, 'u')

/**
 * A sentence saying one more person attends, as formal minutes write it
 * beside the lists: "Assiste l'assessore alle politiche giovanili, Dario
 * Ferrante.", "Partecipa la consulente del lavoro rag. Monica Zavatta, in
 * presenza, per il punto 3.", "Asiste el administrador de fincas, D. José
 * Antonio Segura, que actúa como secretario." The person is the one name
 * the sentence gives (after a title, or as a part between commas), the
 * words before it their role; a part that says how they attend ("in
 * presenza") gives the status. Undefined unless exactly one name is there.
 */
export function readAttendanceSentence(text: string): {verb: string; person: WrittenPerson} | undefined {
  const line = text.replace(/\s+/g, ' ').trim()
  const opened = matchAttendanceVerb(line)
  if (!opened || line.split(' ').length > 30) return undefined
  const parts = opened.rest.replace(/\.$/, '').split(/\s*,\s*/)
  const found: {part: number; name: string; before: string}[] = []
  parts.forEach((part, index) => {
    const words = part.split(' ')
    const titled = words.findIndex((word, at) => isCivility(word) && at < words.length - 1)
    if (titled >= 0) {
      const name = words.slice(titled)
      if (name.slice(1).every((word) => /^\p{Lu}/u.test(word)) && looksLikeName(name.join(' '), 5)) found.push({part: index, name: name.join(' '), before: words.slice(0, titled).join(' ')})
      return
    }
    if (words.length >= 2 && words.length <= 4 && words.every((word) => /^\p{Lu}/u.test(word)) && looksLikeName(part, 4)) found.push({part: index, name: part, before: ''})
  })
  if (found.length !== 1) return undefined
  const {part, name, before} = found[0]!
  const previousPart = part > 0 ? parts[part - 1]! : ''
  const role = before !== '' ? before : /^\p{Ll}/u.test(previousPart) && statusWord(previousPart) === undefined ? previousPart : undefined
  const status = parts.map((other) => statusWord(other)).find((said) => said !== undefined)
  return {verb: opened.verb, person: {name, ...(role ? {role} : {}), ...(status ? {status} : {})}}
}
