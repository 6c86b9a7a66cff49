/**
 * Word's proofing tools pick their dictionary from `w:lang`, and expect a
 * language with a region (`fr-FR`); a bare `fr` is read inconsistently across
 * versions. The region chosen is the language's main one.
 */
const regions: Readonly<Record<string, string>> = {
  fr: 'FR', en: 'US', de: 'DE', es: 'ES', it: 'IT', pt: 'PT', nl: 'NL', ca: 'ES', eu: 'ES', br: 'FR', oc: 'FR',
}

/** The `w:lang` value for a BCP 47 tag, e.g. `fr` → `fr-FR`, `en-GB` → `en-GB`. */
export function wordLanguage(lang: string): string {
  const [language = 'en', region] = lang.split(/[-_]/)
  if (region && /^[A-Za-z]{2}$/.test(region)) return `${language.toLowerCase()}-${region.toUpperCase()}`
  const main = regions[language.toLowerCase()]
  return main ? `${language.toLowerCase()}-${main}` : language.toLowerCase() || 'en-US'
}
