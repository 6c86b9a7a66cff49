import type {Seminar} from '../../types.js'

/** Options of the HTML renderer. */
export interface HtmlOptions {
  /** The page shell to use instead of templates/report.html (its text, not a path). */
  readonly template?: string
}

/** Renders a seminar as one standalone HTML page. */
export function renderHtml(seminar: Seminar, options: HtmlOptions = {}): string {
  void options
  throw new Error(`HTML rendering is not implemented yet (${seminar.title})`)
}
