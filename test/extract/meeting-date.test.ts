import {describe, expect, it} from 'vitest'
import {parseMinutes} from '../../src/index.js'

const dateOf = (markdown: string) => parseMinutes(markdown, {name: 'input.md'}).seminar.date

describe('the meeting date in the first lines', () => {
  it('is the date the sentence says the meeting was held on, not the one first planned before it', () => {
    expect(dateOf("# Conseil\n\nPrévue le 2 octobre 2025 puis reportée faute de salle, la séance plénière du conseil s'est tenue le mercredi 15 octobre 2025 à 18 h 30 à l'école.")).toBe('2025-10-15')
    expect(dateOf('# Consulta\n\nLa seduta, convocata per il 3 marzo 2025 e rinviata per l’indisponibilità della sala consiliare del municipio, si svolge il giorno 24 marzo 2025 alle ore 18:00.')).toBe('2025-03-24')
    expect(dateOf('# Junta\n\nLa primera convocatoria, fijada para el jueves 27 de marzo de 2025, no alcanzó el quórum. La Junta se celebra en segunda convocatoria el jueves 3 de abril de 2025.')).toBe('2025-04-03')
    expect(dateOf('# Board\n\nOriginally planned for 2 May 2024 and moved because of the holiday, the meeting of the board of directors finally took place on 9 May 2024 in the library.')).toBe('2024-05-09')
    expect(dateOf('# Beirat\n\nDie Sitzung war für den 14.10.2025 geplant und musste wegen der Raumbelegung verschoben werden; sie fand am 21.10.2025 im Rathaus statt.')).toBe('2025-10-21')
  })

  it('needs the date close after those words, in the same sentence', () => {
    // "met" then a story: the date sits in another sentence, and far.
    expect(dateOf('# Notes\n\nThe committee met. Many topics were raised about the summer fair and the new roof of the hall, and the treasurer recalled the grant of 12 May 2024.')).toBeUndefined()
  })

  it('is after a label that names the meeting’s day, even below an earlier date', () => {
    expect(dateOf('# Seniorenbeirat\n\nEinladung vom 7.10.2025\nSitzungstag: Di., 21.10.2025, 14:30 Uhr')).toBe('2025-10-21')
    expect(dateOf('**Enviado:** lunes, 24 de noviembre de 2025 9:12\n\n# Cineclub\n\n**Fecha de la reunión:** miércoles 19 de noviembre de 2025, 19:00')).toBe('2025-11-19')
  })
})
