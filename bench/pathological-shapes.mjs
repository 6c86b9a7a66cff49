// Pathological Markdown, for bench/pathological.mjs (which times it) and
// test/reliability/pathological.test.ts (which converts it at a small size).
// The shapes of cmark's test/pathological_tests.py, grown to a size by
// repeating their unit, plus shapes seen to hang or crawl in real use.

/** Repeats `unit` until the text is about `bytes` long. */
const repeat = (unit, bytes) => unit.repeat(Math.max(1, Math.round(bytes / Buffer.byteLength(unit))))

/** Shape name → text of about `bytes` bytes (fixed-size shapes ignore it). */
export const shapes = {
  // cmark: nested strong emph
  'nested-strong': (bytes) => {
    const count = Math.round(bytes / 14)
    return `${'*a **a '.repeat(count)}b${' a** a*'.repeat(count)}`
  },
  'emph-closers': (bytes) => repeat('a_ ', bytes),
  'emph-openers': (bytes) => repeat('_a ', bytes),
  'link-closers': (bytes) => repeat('a]', bytes),
  'link-openers': (bytes) => repeat('[a', bytes),
  'mismatched-emph': (bytes) => repeat('*a_ ', bytes),
  'emph-multiple-of-3': (bytes) => `a**b${repeat('c* ', bytes)}`,
  'link-openers-emph-closers': (bytes) => repeat('[ a_', bytes),
  'nested-brackets': (bytes) => {
    const count = Math.round(bytes / 2)
    return `${'['.repeat(count)}a${']'.repeat(count)}`
  },
  'nested-block-quotes': (bytes) => `${repeat('> ', bytes)}a`,
  // One more `>` on every line: n lines take about n²/2 bytes.
  'deep-quote-lines': (bytes) => {
    const count = Math.round(Math.sqrt(2 * bytes))
    return Array.from({length: count}, (_, depth) => `${'>'.repeat(depth + 1)} a\n`).join('')
  },
  // Indentation grows with depth: n lines take about n² bytes.
  'deep-lists': (bytes) => {
    const count = Math.round(Math.sqrt(bytes))
    return Array.from({length: count}, (_, depth) => `${'  '.repeat(depth)}* a\n`).join('')
  },
  // cmark: "e" followed by 1, 2, 3… backticks; n runs take about n²/2 bytes.
  'backticks-growing': (bytes) => {
    const count = Math.round(Math.sqrt(2 * bytes))
    return Array.from({length: count}, (_, index) => `e${'`'.repeat(index + 1)}`).join('')
  },
  // Backtick runs of lengths 1 to 40, repeated: each closes the one before of its length.
  'backticks-cycling': (bytes) => {
    const unit = Array.from({length: 40}, (_, index) => `mot${index} ${'`'.repeat(index + 1)} `).join('')
    return repeat(unit, bytes)
  },
  // Backtick runs of pseudo-random lengths from 1 to 1,000: most never find their partner.
  'backticks-random': (bytes) => {
    const parts = []
    let size = 0
    for (let seed = 2463534242; size < bytes; ) {
      // xorshift32 (Marsaglia 2003): the same lengths on every machine.
      seed ^= seed << 13
      seed ^= seed >>> 17
      seed ^= seed << 5
      const run = `${'`'.repeat(1 + ((seed >>> 0) % 1000))}x `
      parts.push(run)
      size += run.length
    }
    return parts.join('')
  },
  'unclosed-links-a': (bytes) => repeat('[a](<b', bytes),
  'unclosed-links-b': (bytes) => repeat('[a](b', bytes),
  // cmark: many references (definitions, then uses of one that is not defined)
  'many-references': (bytes) => {
    const lines = []
    let size = 0
    for (let index = 1; size < bytes * 0.8; index++) {
      const line = `[${index}]: u\n`
      lines.push(line)
      size += line.length
    }
    return `${lines.join('')}\n${repeat('[0] ', bytes * 0.2)}`
  },
  // The two inputs of the issue that ran past 60 s, grown to size.
  'emph-nested-unclosed': (bytes) => repeat('*a **b ***c _d __e ', bytes),
  // Intraword stars open and close at once.
  'emph-both-flanking': (bytes) => repeat('a*b**c***', bytes),
  // Short lines in one paragraph, each with a character that may start a
  // construct: every line's data is merged back with a splice.
  'marked-lines-one-paragraph': (bytes) => repeat('mot [renvoi] & suite\n', bytes),
  // Well-formed, but all in one paragraph: every match splices the paragraph's events.
  'bold-words-one-paragraph': (bytes) => repeat('**mot** et ', bytes),
  'unclosed-html-comment': (bytes) => `</${repeat('<!--', bytes)}`,
  'table-10k-rows': () => {
    const rows = Array.from({length: 10_000}, (_, index) => `| ${index + 1} | NOM${index} Prénom | Organisation ${index % 97} |`)
    return ['# Séminaire', '', '| N° | Nom | Organisation |', '| --- | --- | --- |', ...rows, ''].join('\n')
  },
  'inline-deep-5000': () => `# Gras\n\n${'*'.repeat(5_000)}étoiles${'*'.repeat(5_000)}\n`,
  'inline-deep-5000-mixed': () => `# Gras\n\n${'*a _b '.repeat(2_500)}fond${' b_ a*'.repeat(2_500)}\n`,
  'inline-deep-5000-html': () => `# Gras\n\n${'<b>'.repeat(5_000)}fond${'</b>'.repeat(5_000)}\n`,
  'inline-deep-5000-links': () => `# Liens\n\n${'[a '.repeat(5_000)}fond${'](u)'.repeat(5_000)}\n`,
}

/** Shapes whose size is their own (the 10,000-row table, 5,000-deep formatting). */
export const fixedSize = new Set(['table-10k-rows', 'inline-deep-5000', 'inline-deep-5000-mixed', 'inline-deep-5000-html', 'inline-deep-5000-links'])

