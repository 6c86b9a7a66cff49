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

/** The grouping key of a name: "Département isere" and "Département Isère" are one. */
export function organizationKey(name: string): string {
  return foldAccents(name).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
}

/**
 * Hands out ids unique within one scope: "vision", "vision-2", … skipping a
 * suffixed id already taken ("Vision", "Vision", "Vision 2" → vision,
 * vision-2, vision-2-2).
 */
export class Slugger {
  private readonly used = new Set<string>()

  unique(base: string): string {
    let id = base
    for (let n = 2; this.used.has(id); n++) id = `${base}-${n}`
    this.used.add(id)
    return id
  }
}
