/**
 * Stages import one way: read → repair → extract → layout → writers →
 * batch → report → cli, each from the public entry of the stages before it
 * (its index.ts where it has one), never from a later stage; the neutral
 * modules every stage shares import only each other. The library's API
 * (src/index.ts) stands with the CLI at the top.
 */
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {root} from './helpers/fixtures.js'

const src = path.join(root, 'src')

/** Stages in order; a module belongs to the first whose test accepts its path (relative to src/, with `/`). */
const stages: readonly {readonly name: string; readonly owns: (file: string) => boolean; readonly entries?: readonly string[]}[] = [
  {name: 'neutral', owns: (file) => ['types.ts', 'formats.ts', 'cues.ts', 'largest.ts', 'diagnostics.ts', 'errors.ts', 'fs-errors.ts', 'package-root.ts', 'write.ts', 'redact.ts', 'attendance.ts'].includes(file) || file.startsWith('text/') || file.startsWith('languages/')},
  {name: 'read', owns: (file) => file.startsWith('read/')},
  {name: 'repair', owns: (file) => file.startsWith('repair/'), entries: ['repair/index.ts']},
  {name: 'extract', owns: (file) => file.startsWith('extract/') || file === 'parse-minutes.ts', entries: ['extract/index.ts', 'parse-minutes.ts']},
  {name: 'layout', owns: (file) => file.startsWith('layout/'), entries: ['layout/index.ts']},
  {name: 'writers', owns: (file) => file.startsWith('render/'), entries: ['render/json.ts', 'render/html/index.ts', 'render/docx/index.ts', 'render/catalogue.ts']},
  {name: 'batch', owns: (file) => file.startsWith('batch/')},
  {name: 'report', owns: (file) => file.startsWith('report/')},
  {name: 'cli', owns: (file) => ['cli.ts', 'config.ts', 'index.ts'].includes(file)},
]

/**
 * Imports allowed against the rule, each with its reason. Empty: keep it
 * so, or say here why not.
 */
const allowed: readonly string[] = []

function files(folder: string): string[] {
  return readdirSync(folder, {withFileTypes: true}).flatMap((entry) => {
    const full = path.join(folder, entry.name)
    return entry.isDirectory() ? files(full) : entry.name.endsWith('.ts') ? [full] : []
  })
}

const relative = (file: string) => path.relative(src, file).split(path.sep).join('/')
const stageOf = (file: string) => {
  const index = stages.findIndex((stage) => stage.owns(file))
  if (index === -1) throw new Error(`src/${file} belongs to no stage: add it to test/stages.test.ts`)
  return index
}

/** Every relative import of a module (static, dynamic, type-only, re-exports), as paths relative to src/. */
function importsOf(file: string): string[] {
  const text = readFileSync(path.join(src, file), 'utf8')
  const specifiers = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g)].map((match) => match[1]!)
  return specifiers.map((specifier) => relative(path.resolve(path.dirname(path.join(src, file)), specifier.replace(/\.js$/, '.ts'))))
}

/** What is wrong with `from` importing `to`, if anything. */
function violation(from: string, to: string): string | undefined {
  const [a, b] = [stageOf(from), stageOf(to)]
  const [source, target] = [stages[a]!, stages[b]!]
  if (a === b) return undefined
  if (target.name === 'neutral') return undefined
  if (source.name === 'neutral') return `neutral src/${from} imports src/${to} of stage ${target.name}`
  if (b > a) return `src/${from} (${source.name}) imports src/${to} of the later stage ${target.name}`
  if (target.entries && !target.entries.includes(to)) return `src/${from} (${source.name}) reaches into src/${to}, inside ${target.name} (import ${target.entries.join(' or ')})`
  return undefined
}

describe('stage imports', () => {
  const modules = files(src).map(relative)

  test('every module belongs to a stage', () => {
    for (const file of modules) expect(() => stageOf(file)).not.toThrow()
  })

  test('no import crosses a stage backwards or reaches into another stage', () => {
    const found = modules.flatMap((file) => importsOf(file).map((to) => violation(file, to)).filter((problem): problem is string => problem !== undefined))
    expect(found.filter((problem) => !allowed.includes(problem))).toEqual([])
  })

  test('the rule sees what it should', () => {
    expect(violation('layout/report.ts', 'render/html/index.ts')).toMatch(/later stage writers/)
    expect(violation('render/html/blocks.ts', 'layout/runs.ts')).toMatch(/reaches into/)
    expect(violation('text/slug.ts', 'extract/index.ts')).toMatch(/neutral/)
    expect(violation('render/docx/index.ts', 'layout/index.ts')).toBeUndefined()
    expect(importsOf('render/docx/index.ts')).toContain('layout/index.ts')
  })
})
