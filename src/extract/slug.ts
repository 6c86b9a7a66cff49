/**
 * A URL- and anchor-safe slug: "Opportunités" → "opportunites". Accents are
 * folded so that anchors stay ASCII (HTML ids may be any text, but people type
 * and share these links).
 */
export function slug(text: string): string {
  const value = foldAccents(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '')
  return value || 'untitled'
}

/** Removes diacritics: "Isère" → "Isere". */
export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '')
}

/** Hands out slugs unique within one scope: "vision", "vision-2", … */
export class Slugger {
  private readonly seen = new Map<string, number>()

  unique(base: string): string {
    const count = this.seen.get(base) ?? 0
    this.seen.set(base, count + 1)
    return count === 0 ? base : `${base}-${count + 1}`
  }
}
