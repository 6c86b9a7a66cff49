/**
 * The JSON Schema that ships as `seminar-report/schema.json` must accept every
 * `renderJson` output (plain and redacted) and reject what the types forbid.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
// ajv is CommonJS: under NodeNext the default import is `module.exports`, which
// is the Ajv2020 class itself and also carries it as `.default` (typed that way).
import Ajv2020Module from 'ajv/dist/2020.js'
import type {ErrorObject, ValidateFunction} from 'ajv/dist/2020.js'
import {describe, expect, test} from 'vitest'
import {parseMinutes, renderJson} from '../src/index.js'

const Ajv2020 = Ajv2020Module.default

const root = new URL('../', import.meta.url)
const schemaPath = fileURLToPath(new URL('schema/seminar.schema.json', root))
const fixturesDir = fileURLToPath(new URL('fixtures/', root))

const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown> & {$defs: Record<string, unknown>}

// strict: true turns unknown keywords, ambiguous types and loose `required` into compile errors.
const ajv = new Ajv2020({strict: true, allErrors: true})
const validate: ValidateFunction = ajv.compile(schema)

/** Fixture folders with an `input.md`, as they exist when the tests are collected. */
const fixtures = readdirSync(fixturesDir, {withFileTypes: true})
  .filter((entry) => entry.isDirectory() && existsSync(`${fixturesDir}${entry.name}/input.md`))
  .map((entry) => entry.name)
  .sort()

function outputOf(fixture: string, redact = false): unknown {
  const bytes = readFileSync(`${fixturesDir}${fixture}/input.md`)
  const {seminar} = parseMinutes(bytes, {name: 'input.md', ...(redact ? {redact: true} : {})})
  return JSON.parse(renderJson(seminar)) as unknown
}

function explain(errors: readonly ErrorObject[] | null | undefined): string {
  if (!errors?.length) return 'no errors'
  return errors.map((error) => `${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params)}`).join('\n')
}

function expectValid(data: unknown, label: string): void {
  const valid = validate(data)
  expect(valid, `${label} does not match schema/seminar.schema.json:\n${explain(validate.errors)}`).toBe(true)
}

function expectInvalid(data: unknown, label: string): void {
  expect(validate(data), `${label} was accepted by the schema`).toBe(false)
}

type Json = Record<string, unknown>

/** A deep copy of the seed output to break on purpose. */
function seed(): Json {
  return outputOf('seed') as Json
}

describe('schema/seminar.schema.json', () => {
  test('is a draft 2020-12 schema with a definition per domain type', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(schema.$ref).toBe('#/$defs/Seminar')
    const expected = [
      'Point', 'Position',
      'Text', 'Strong', 'Emphasis', 'Delete', 'Underline', 'Subscript', 'Superscript', 'Link', 'Image', 'InlineCode', 'Break', 'Html', 'Inline',
      'Paragraph', 'Heading', 'List', 'ListItem', 'Table', 'TableRow', 'TableCell', 'Blockquote', 'Code', 'ThematicBreak', 'HtmlBlock', 'Block',
      'Facilitator', 'Participant', 'Section', 'Atelier', 'Place', 'Schedule',
      'OrganizationSummary', 'FacilitatorSummary', 'LinkSummary', 'Summary', 'Source', 'Diagnostic', 'Seminar',
    ]
    expect(Object.keys(schema.$defs)).toEqual(expect.arrayContaining(expected))
  })

  test('is what package.json exports as ./schema.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as {
      exports: Record<string, unknown>
      files: string[]
    }
    const target = pkg.exports['./schema.json']
    expect(target).toBe('./schema/seminar.schema.json')
    expect(fileURLToPath(new URL(target as string, root))).toBe(schemaPath)
    expect(existsSync(schemaPath)).toBe(true)
    expect(pkg.files).toContain('schema')
  })

  test('there are fixtures to validate', () => {
    expect(fixtures).toContain('seed')
  })

  describe.each(fixtures)('fixtures/%s', (fixture) => {
    test('JSON output validates', () => {
      expectValid(outputOf(fixture), `fixtures/${fixture}`)
    })

    test('redacted JSON output validates', () => {
      type Lists = {attendance: {participants: Json[]}[]}
      const output = outputOf(fixture, true) as Lists & {ateliers: Lists[]}
      expectValid(output, `fixtures/${fixture} (redacted)`)
      for (const participant of [output, ...output.ateliers].flatMap((container) => container.attendance.flatMap((list) => list.participants))) {
        expect(participant).not.toHaveProperty('name')
        expect(participant).not.toHaveProperty('firstName')
        expect(participant).not.toHaveProperty('lastName')
      }
    })
  })

  describe('rejects output the types forbid', () => {
    test('the seed output is valid before it is broken', () => {
      expectValid(seed(), 'fixtures/seed')
    })

    test('schemaVersion 1', () => {
      expectInvalid({...seed(), schemaVersion: 1}, 'schemaVersion 1')
    })

    test('a participant with an unknown property', () => {
      const data = seed() as {ateliers: {attendance: {participants: Json[]}[]}[]}
      const list = data.ateliers[0]!.attendance[0]
      expect(list?.participants.length).toBeGreaterThan(0)
      list!.participants[0] = {...list!.participants[0], email: 'anne@example.org'}
      expectInvalid(data, 'participant with `email`')
      expect(explain(validate.errors)).toContain('additionalProperty')
    })

    test('a missing required field', () => {
      const {summary, ...rest} = seed()
      void summary
      expectInvalid(rest, 'seminar without summary')
    })

    test('an unknown inline type, a bad heading depth, a bad date, a bad role', () => {
      const withInline = seed() as {intro: unknown[]}
      withInline.intro.push({type: 'paragraph', children: [{type: 'mark', value: 'x'}]})
      expectInvalid(withInline, 'inline of type `mark`')

      const withHeading = seed() as {intro: unknown[]}
      withHeading.intro.push({type: 'heading', depth: 7, children: []})
      expectInvalid(withHeading, 'heading of depth 7')

      expectInvalid({...seed(), date: '24/10/2019'}, 'date 24/10/2019')

      const withRole = seed() as {ateliers: {facilitators: Json[]}[]}
      withRole.ateliers[0]!.facilitators[0] = {...withRole.ateliers[0]!.facilitators[0], role: 'host'}
      expectInvalid(withRole, 'facilitator role `host`')
    })

    // Guards against a oneOf schema, whose checking time multiplied with each
    // level (13–21 s on the messy fixture): the suite's timeout catches it;
    // timings themselves belong to the benchmark, not to tests.
    test('deeply nested inline content validates, with precise errors', () => {
      const kinds = ['strong', 'emphasis', 'delete', 'underline', 'subscript', 'superscript']
      let inline: Json = {type: 'text', value: 'x'}
      for (let depth = 0; depth < 40; depth++) inline = {type: kinds[depth % kinds.length], children: [inline, {type: 'break'}]}
      const data = seed() as {intro: unknown[]}
      data.intro.push({type: 'paragraph', children: [inline]})
      expectValid(data, '40 levels of nested formatting')
      ;(inline.children as Json[])[1] = {type: 'break', value: 'oops'}
      expectInvalid(data, 'a break with a value')
      expect(validate.errors?.some((error) => error.params['additionalProperty'] === 'value')).toBe(true)
    })

    test('meta accepts any values', () => {
      expectValid({...seed(), meta: {tags: ['a', 1], nested: {x: null}}}, 'meta with nested values')
    })
  })
})
