/**
 * Every supported language is one module of data (src/languages/), and
 * each has every word the extractor and the reports need: a label missing
 * in one language fails here, not in a reader's report.
 */
import {describe, expect, it} from 'vitest'
import {languages} from '../../src/languages/index.js'
import {french} from '../../src/languages/fr.js'

const labelKeys = Object.keys(french.report.labels).sort()

describe.each(languages.map((language) => [language.tag, language] as const))('language %s', (_tag, language) => {
  it('has every report label, none empty', () => {
    expect(Object.keys(language.report.labels).sort()).toEqual(labelKeys)
    for (const [key, value] of Object.entries(language.report.labels)) {
      if (typeof value === 'string') expect(value.trim(), key).not.toBe('')
      else for (const [status, word] of Object.entries(value as Readonly<Record<string, string>>)) expect(word.trim(), `${key}.${status}`).not.toBe('')
    }
  })

  it('writes dates with twelve months', () => {
    expect(language.months).toHaveLength(12)
    expect(language.report.months).toHaveLength(12)
    expect(language.report.date(12, language.report.months[2]!, '2024')).toContain('2024')
  })

  it('has the cues of every kind', () => {
    for (const list of [
      language.stopwords, language.weekdays, language.dateLabels, language.atelierWords, language.agendaWords, language.facilitatorPhrases,
      language.attendance, language.attendanceWords, language.roles, language.statusWords, language.and,
      language.registers.decisionLabels, language.registers.decisionHeadings, language.registers.votes,
      language.registers.actionLabels, language.registers.actionHeadings, language.registers.dueWords, language.registers.doneWords,
    ]) expect(list.length).toBeGreaterThan(0)
    for (const entry of language.attendance) expect(() => new RegExp(entry.pattern, 'u')).not.toThrow()
  })
})
