/**
 * Minutes that list the agenda first and then take its items by number
 * ("**Punto 1.** Il verbale… è approvato", "**TOP 2:** Die Kasse…"): the
 * agenda gives each item its title, the numbered label in the body opens
 * its section.
 */
import type {List, Paragraph, RootContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {isAgendaHeading, matchSection} from '../cues.js'
import {cueText} from './nodes.js'

/** The agenda's items by number: the first ordered list under the agenda's heading or after a line that announces it ("…il seguente ordine del giorno:"). */
export function agendaItems(nodes: readonly RootContent[]): ReadonlyMap<number, string> {
  const items = new Map<number, string>()
  nodes.forEach((node, index) => {
    if (items.size > 0 || node.type !== 'list' || !node.ordered || (node.start ?? 1) !== 1) return
    const before = nodes[index - 1]
    if (!before || !announcesAgenda(before)) return
    const texts = (node as List).children.map((item) => toString(item).replace(/\s+/g, ' ').trim().replace(/[;.,]$/, ''))
    if (texts.some((text) => text === '' || text.length > 200)) return
    texts.forEach((text, position) => items.set(position + 1, text))
  })
  return items
}

/** A heading or a line that names the agenda, alone ("## Ordre du jour", "**ORDEN DEL DÍA:**") or at the end of a sentence ("…discuter l'ordre du jour suivant :"). */
function announcesAgenda(node: RootContent): boolean {
  if (node.type !== 'heading' && node.type !== 'paragraph') return false
  const written = cueText(node)
  const text = written.replace(/\s*[:：]$/u, '')
  if (isAgendaHeading(text)) return true
  if (node.type !== 'paragraph' || text === written) return false
  // The last words before the colon: "…il seguente ordine del giorno", "…l'ordre du jour suivant".
  const words = text.replace(/\s+(?:suivant|seguente|siguiente|folgende)$/iu, '').split(' ')
  // An elided article stays out: "dell'ordine del giorno", "l'ordre du jour".
  return [1, 2, 3, 4, 5].some((count) => count <= words.length && isAgendaHeading(words.slice(-count).join(' ').replace(/^\p{L}{1,5}['’]/u, '')))
}

/** A section an item's label opens: "**Punto 1.**", "**TOP 2:**", "**3)**" at the start of a paragraph that goes on. */
export interface LabelledItem {
  readonly number: number
  readonly label?: string
}

/**
 * The numbered label that opens a paragraph, when it is all bold and the
 * paragraph goes on after it. A bare number counts only when the agenda
 * has that item; an agenda word ("Punto", "TOP") needs no agenda.
 */
export function labelledItem(node: Paragraph, agenda: ReadonlyMap<number, string>): LabelledItem | undefined {
  const [first, ...rest] = node.children
  if (first?.type !== 'strong' || rest.every((child) => child.type === 'text' && child.value.trim() === '')) return undefined
  const label = toString(first).replace(/\s+/g, ' ').trim()
  // matchSection wants a title after the number: give it one to read the label alone.
  const cue = matchSection(`${label.replace(/[:.)]$/, '')}. x`)
  if (!cue || cue.title !== 'x' || !/^(?:\S+\s+){0,2}\d{1,2}\s*[:.)–—-]?$/u.test(label)) return undefined
  if (cue.label === undefined && !agenda.has(cue.number)) return undefined
  return {number: cue.number, ...(cue.label === undefined ? {} : {label: cue.label})}
}
