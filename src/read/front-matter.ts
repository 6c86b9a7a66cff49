import {parse as parseYaml} from 'yaml'

/** The fields of YAML front matter, before they are checked. */
export type FrontMatter = Record<string, unknown>

/**
 * Reads YAML front matter with the `yaml` package, which refuses alias bombs
 * (`maxAliasCount`) and never executes code (unlike gray-matter's `---js`).
 * Returns `undefined` when the YAML is malformed or is not a mapping.
 */
export function readFrontMatter(source: string): FrontMatter | undefined {
  try {
    const value: unknown = parseYaml(source, {maxAliasCount: 50, prettyErrors: false, uniqueKeys: false})
    if (value === null || value === undefined) return {}
    if (typeof value !== 'object' || Array.isArray(value)) return undefined
    return value as FrontMatter
  } catch {
    return undefined
  }
}
