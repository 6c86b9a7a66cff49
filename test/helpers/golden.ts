/**
 * Golden files: what a test renders is compared byte for byte with the file
 * kept beside the fixture. A missing golden fails; `UPDATE=1` (as in
 * `npm run update-fixtures`) writes them instead, to be reviewed in the diff.
 */
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {expect} from 'vitest'

/** Whether golden files are rewritten (`UPDATE=1`) instead of compared. */
export const updating = process.env.UPDATE === '1'

/** Compares `actual` with the golden file at `file` (rewritten with UPDATE=1). */
export function expectGolden(file: string, actual: string): void {
  if (updating) {
    mkdirSync(path.dirname(file), {recursive: true})
    writeFileSync(file, actual)
    return
  }
  if (!existsSync(file)) throw new Error(`${path.relative(process.cwd(), file)} is missing: write it with UPDATE=1 (npm run update-fixtures), then review it`)
  expect(actual, path.relative(process.cwd(), file)).toBe(readFileSync(file, 'utf8'))
}
