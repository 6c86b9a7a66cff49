/**
 * What the body hands out while it is written, each numbered in document
 * order from 1, so that ids are the same for the same report by
 * construction: hyperlink relationships, bookmarks, numbered lists.
 */

/** Relationship ids of the document part: the fixed ones first, then one per linked address. */
export class Relationships {
  static readonly fixed = ['styles', 'numbering', 'settings', 'theme', 'header1', 'header2', 'footer1', 'footer2'] as const
  private readonly links = new Map<string, string>()

  /** The id of the fixed relationship to a part. */
  static id(part: (typeof Relationships.fixed)[number]): string {
    return `rId${Relationships.fixed.indexOf(part) + 1}`
  }

  /** The id of the relationship to `url` (one per address). */
  hyperlink(url: string): string {
    let id = this.links.get(url)
    if (!id) this.links.set(url, (id = `rId${Relationships.fixed.length + this.links.size + 1}`))
    return id
  }

  /** Every hyperlink, in order of first use. */
  hyperlinks(): [url: string, id: string][] {
    return [...this.links]
  }
}

/**
 * Bookmark names for the layout's anchors. Word allows 40 characters,
 * letters, digits and underscores; a leading underscore hides a bookmark
 * from Word's bookmark list, as its own `_Toc…` ones are. An anchor keeps
 * its name wherever it is asked for (a link before its target included).
 */
export class Bookmarks {
  private readonly names = new Map<string, string>()
  private readonly taken = new Set<string>()
  private next = 0

  name(anchor: string): string {
    let name = this.names.get(anchor)
    if (name) return name
    const base = `_${anchor.replace(/[^A-Za-z0-9_]/g, '_')}`.slice(0, 40)
    name = base
    for (let n = 2; this.taken.has(name); n++) name = `${base.slice(0, 40 - String(n).length - 1)}_${n}`
    this.taken.add(name)
    this.names.set(anchor, name)
    return name
  }

  /** A fresh `w:id` for a bookmark. */
  id(): number {
    return this.next++
  }
}

/** Numbering instances: one for all bullets, one per numbered list so that each counts from its own start. */
export class Lists {
  /** `w:numId` of bullets. */
  static readonly bullet = 1
  private readonly ordered: {level: number; start: number}[] = []

  /** A new numbered list at `level` counting from `start`: its `w:numId`. */
  numbered(level: number, start: number): number {
    this.ordered.push({level, start})
    return Lists.bullet + this.ordered.length
  }

  instances(): readonly {readonly level: number; readonly start: number}[] {
    return this.ordered
  }
}
