/**
 * The words that announce structure in real minutes, French and English.
 * Kept together so that the repair and extract steps agree on them.
 */

/** "Atelier 2 :", "Workshop 1: Mobility", "Breakout group B", "Groupe 3 - …". */
const atelierPattern =
  /^(atelier|workshop|breakout(?:\s+(?:group|room|session))?|groupe(?:\s+de\s+travail)?|group|table\s+ronde|round\s*table)\s+(n°\s*|no\.?\s*|#)?(\d{1,4}|[A-Z])(?=$|[\s:.\-–—)])\s*[:.\-–—)]?\s*(.*)$/iu

/** What an atelier announcement says. */
export interface AtelierCue {
  /** The keyword as written, e.g. "Atelier". */
  readonly keyword: string
  readonly number?: number
  /** The number or letter as written, e.g. "2" or "B". */
  readonly label: string
  /** Words after the separator, e.g. "Mobilité" in "Atelier 3 : Mobilité". */
  readonly topic: string
}

/** Reads an atelier announcement, or returns undefined. */
export function matchAtelier(text: string): AtelierCue | undefined {
  const match = atelierPattern.exec(text.trim())
  if (!match) return undefined
  const label = match[3]!
  const number = /^\d+$/.test(label)
    ? Number(label)
    : /^[A-Z]$/i.test(label)
      ? label.toUpperCase().charCodeAt(0) - 64
      : undefined
  return {keyword: match[1]!, label, topic: match[4]!.trim(), ...(number === undefined ? {} : {number})}
}

/** "1. Vision :", "2) Contraintes", "3 - Opportunités". */
const sectionPattern = /^(\d{1,2})\s*(?:[.)]|\s[-–—])\s*(\S.*?)\s*:?\s*$/u

/** What a numbered section title says. */
export interface SectionCue {
  readonly number: number
  readonly title: string
}

/** Reads a numbered section title, or returns undefined. */
export function matchSection(text: string): SectionCue | undefined {
  const match = sectionPattern.exec(text.trim())
  if (!match) return undefined
  return {number: Number(match[1]), title: match[2]!}
}

/** "Participants :", "Présents", "Liste des participants (16)", "Attendees". */
const participantsPattern =
  /^(?:liste\s+des\s+)?(participants?|participant[·.]?e?s|présents?|présent[·.]?e?s|presents|attendees|attendance|list\s+of\s+participants|who\s+attended)\s*(?:\(\s*\d+\s*\))?\s*:?\s*$/iu

/** Whether a heading or paragraph announces the participants list. */
export function isParticipantsCue(text: string): boolean {
  return participantsPattern.test(text.trim())
}

/** "animé par …", "animée par : …", "facilitated by …", "moderated by …", "Animation : …". */
const facilitatorsPattern =
  /^(?:(?:co-?)?anim[ée]e?s?\s+par|facilitated\s+by|facilitation\s*:|moderated\s+by|led\s+by|animation\s*:|animateurs?(?:\s*\/\s*animatrices?)?\s*:|animatrices?\s*:|facilitators?\s*:|moderators?\s*:)\s*:?\s*(.+)$/iu

/** The list of names after a facilitators cue, or undefined. */
export function matchFacilitators(text: string): string | undefined {
  const match = facilitatorsPattern.exec(text.trim())
  return match ? match[1]!.trim() : undefined
}
