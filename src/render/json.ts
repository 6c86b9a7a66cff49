import type {Seminar} from '../types.js'

/**
 * The seminar as pretty-printed JSON, described by schema/seminar.schema.json
 * (also exported as `seminar-report/schema.json`). Keys come out in the order
 * the extractor builds them, which is fixed, so equal input gives equal bytes.
 */
export function renderJson(seminar: Seminar): string {
  return `${JSON.stringify(seminar, null, 2)}\n`
}

/**
 * The same JSON as UTF-8 bytes, without ever holding it as one string: a
 * 10 MB input makes about 130 MB of JSON, which as a JavaScript string
 * (two bytes a character once the text holds a curly quote) and then as
 * the bytes written weighed 400 MB at once. The JSON is made piece by piece
 * twice: once to count its bytes, once to encode them into one buffer.
 * Byte-identical to `renderJson`.
 */
export function renderJsonBytes(seminar: Seminar): Uint8Array {
  let size = 0
  for (const piece of pieces(seminar)) size += Buffer.byteLength(piece, 'utf8')
  const bytes = new Uint8Array(size)
  const encoder = new TextEncoder()
  let at = 0
  for (const piece of pieces(seminar)) at += encoder.encodeInto(piece, bytes.subarray(at)).written
  return bytes
}

/** Containers this deep are written one member at a time; deeper values in one piece. */
const expandedDepth = 4

const isContainer = (value: unknown): value is object =>
  typeof value === 'object' && value !== null && typeof (value as {toJSON?: unknown}).toJSON !== 'function'

/**
 * `JSON.stringify(value, null, 2)` and a final line feed, in pieces: the
 * outer containers member by member, each deeper value by JSON.stringify
 * itself with its lines indented to where it stands (its text holds no
 * line feed of its own: JSON escapes them in strings).
 */
function* pieces(value: unknown): Generator<string> {
  yield* member(value, 0)
  yield '\n'
}

function* member(value: unknown, depth: number): Generator<string> {
  const indent = '  '.repeat(depth)
  if (depth >= expandedDepth || !isContainer(value)) {
    const text = JSON.stringify(value, null, 2) ?? 'null'
    yield depth > 0 && text.includes('\n') ? text.replaceAll('\n', `\n${indent}`) : text
    return
  }
  const inner = `${indent}  `
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]'
      return
    }
    yield '[\n'
    for (let index = 0; index < value.length; index++) {
      yield index === 0 ? inner : `,\n${inner}`
      const item: unknown = value[index]
      yield* member(serializable(item) ? item : null, depth + 1)
    }
    yield `\n${indent}]`
    return
  }
  const entries = Object.entries(value).filter(([, item]) => serializable(item))
  if (entries.length === 0) {
    yield '{}'
    return
  }
  yield '{\n'
  for (const [index, [key, item]] of entries.entries()) {
    yield `${index === 0 ? '' : ',\n'}${inner}${JSON.stringify(key)}: `
    yield* member(item, depth + 1)
  }
  yield `\n${indent}}`
}

/** Whether JSON.stringify writes the value (it leaves out undefined, functions and symbols). */
function serializable(value: unknown): boolean {
  return value !== undefined && typeof value !== 'function' && typeof value !== 'symbol'
}
