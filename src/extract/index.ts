/**
 * mdast → Seminar. The phases, in order: link definitions, language,
 * title, meeting date, the cue walk, front matter over the text, finishing,
 * summary.
 */
import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {toString} from 'mdast-util-to-string'
import {diagnosticsOf, inform} from '../diagnostics.js'
import {languageOf, languages} from '../languages/index.js'
import type {FrontMatter} from '../read/front-matter.js'
import {type Seminar, seminarSchemaVersion, type Source} from '../types.js'
import {finishAttendance} from './attendance.js'
import {collectDefinitions} from './definitions.js'
import {finishAteliers, finishSections} from './finish.js'
import {applyFrontMatter, frontMatterFields, stringField} from './front-matter.js'
import {detectLanguage} from './language.js'
import {findMeetingDate} from './meeting-date.js'
import {readRegisters} from './registers.js'
import {summarize} from './summary.js'
import {chooseTitle} from './title.js'
import {walk} from './walk.js'

/** What extraction needs besides the tree. */
export interface ExtractOptions {
  readonly source: Source
  /** Front matter already read, or undefined when the file has none or it is malformed. */
  readonly frontMatter?: FrontMatter
  /** Language to use instead of the detected one. */
  readonly lang?: string
}

/** Builds the seminar from the repaired tree; problems go to `file` as diagnostics. */
export function extract(tree: Root, file: VFile, options: ExtractOptions): Seminar {
  const frontMatter = options.frontMatter ?? {}
  const nodes = tree.children
  const definitions = collectDefinitions(tree)
  const given = options.lang ?? stringField(frontMatter, 'lang', file)
  const detected = given === undefined ? detectLanguage(toString(tree)) : undefined
  if (detected?.close) {
    const {close} = detected
    inform(file, 'language-guessed', `Read as ${detected.tag} (${close.winner} telling words) rather than ${close.tag} (${close.count}); set \`lang\` in front matter or --lang to be sure`)
  }
  const lang = given ?? detected!.tag
  const language = languageOf(lang) ?? languages[0]!

  const frontMatterTitle = stringField(frontMatter, 'title', file)
  const title = frontMatterTitle === undefined ? chooseTitle(nodes, file) : {debris: new Set<never>()}
  const dateFromFrontMatter = stringField(frontMatter, 'date', file) !== undefined
  const meetingDate = dateFromFrontMatter ? undefined : findMeetingDate(nodes, title, language.numericDates)
  if (meetingDate?.found.otherReading) {
    inform(file, 'date-ambiguous', `\`${meetingDate.found.text}\` reads two ways; read as ${meetingDate.found.iso}, not ${meetingDate.found.otherReading}`, meetingDate.node)
  }

  const {seminar, ateliers, facts, headCounts} = walk(nodes, {
    file,
    definitions,
    language,
    reading: language.numericDates,
    title,
    ...(meetingDate ? {meetingDate} : {}),
    dateFromFrontMatter,
    frontMatterRead: options.frontMatter !== undefined,
  })
  // The title's own date, or a date read from a line that stays as written.
  if (meetingDate && facts.date === undefined) {
    facts.date = meetingDate.found.iso
    facts.dateText = meetingDate.found.text
  }

  const metadata = applyFrontMatter(frontMatter, file, facts, language)
  const titleText = frontMatterTitle ?? title.text
  if (titleText === undefined) inform(file, 'title-missing', 'No title: no heading or bold first line names the minutes, and front matter has no `title`')

  const attendance = seminar.attendance.map(finishAttendance)
  const registers = readRegisters(
    {
      intro: seminar.intro,
      sections: finishSections(seminar.sections, file),
      ateliers: finishAteliers(ateliers, file),
      attendance,
      roles: seminar.roles,
      ...(metadata.date ? {date: metadata.date} : {}),
    },
    file,
    language.numericDates,
  )
  const meta = Object.fromEntries(Object.entries(frontMatter).filter(([key]) => !frontMatterFields.has(key)))
  return {
    type: 'seminar',
    schemaVersion: seminarSchemaVersion,
    title: titleText ?? '',
    lang,
    ...metadata,
    meta,
    intro: registers.intro,
    attendance,
    roles: seminar.roles,
    ...(headCounts.length > 0 ? {headCounts} : {}),
    sections: registers.sections,
    ateliers: registers.ateliers,
    decisions: registers.decisions,
    actions: registers.actions,
    summary: summarize(registers, attendance, headCounts),
    source: options.source,
    diagnostics: diagnosticsOf(file),
  }
}
