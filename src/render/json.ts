import type {Seminar} from '../types.js'

/**
 * The seminar as pretty-printed JSON, described by schema/seminar.schema.json
 * (also exported as `seminar-report/schema.json`). Keys come out in the order
 * the extractor builds them, which is fixed, so equal input gives equal bytes.
 */
export function renderJson(seminar: Seminar): string {
  return `${JSON.stringify(seminar, null, 2)}\n`
}
