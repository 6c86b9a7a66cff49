/**
 * Which language minutes are read in: each language's telling words, an
 * info message when two come close, none when there is nothing to tell by.
 */
import {describe, expect, it} from 'vitest'
import {parseMinutes} from '../../src/index.js'
import {detectLanguage} from '../../src/extract/language.js'

const samples: [string, string][] = [
  ['fr', 'Compte rendu de la réunion du bureau. Les membres présents ont validé le budget et la date de la prochaine réunion.'],
  ['en', 'Minutes of the board meeting. The members present approved the budget and the date of the next meeting.'],
  ['de', 'Protokoll der Vorstandssitzung. Die anwesenden Mitglieder haben den Haushalt und den Termin der nächsten Sitzung beschlossen.'],
  ['it', 'Verbale della riunione del consiglio. I membri presenti hanno approvato il bilancio e la data della prossima riunione.'],
  ['es', 'Acta de la reunión de la junta. Los miembros presentes aprobaron el presupuesto y la fecha de la próxima reunión.'],
]

describe('detectLanguage', () => {
  it.each(samples)('reads %s minutes as %s', (tag, text) => {
    expect(detectLanguage(text)).toEqual({tag})
  })

  it('says when the runner-up came close', () => {
    const detected = detectLanguage('Budget: the Haushalt und der Plan.')
    expect(detected.close).toBeDefined()
    expect([detected.tag, detected.close!.tag].sort()).toEqual(['de', 'en'])
  })

  it('guesses nothing, and says nothing, from a text without telling words', () => {
    expect(detectLanguage('')).toEqual({tag: 'fr'})
    expect(detectLanguage('12345 — 日本語のテキスト')).toEqual({tag: 'fr'})
    const {seminar} = parseMinutes('\n\n\n', {name: 'blank.md'})
    expect(seminar.diagnostics.map((diagnostic) => diagnostic.ruleId)).not.toContain('language-guessed')
  })

  it('leaves the choice to front matter when it names the language', () => {
    const {seminar} = parseMinutes(`---\nlang: en\n---\n\n${samples[0]![1]}\n`, {name: 'x.md'})
    expect(seminar.lang).toBe('en')
    expect(seminar.diagnostics.map((diagnostic) => diagnostic.ruleId)).not.toContain('language-guessed')
  })
})
