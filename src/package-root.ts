import {existsSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

let root: string | undefined

/**
 * The folder of this package (where templates/ lives), found by walking up
 * from this module: the same answer from src/, from dist/ and from the
 * bundled CLI in dist/bundle/, whose files sit at other depths.
 */
export function packageRoot(): string {
  if (root) return root
  let folder = path.dirname(fileURLToPath(import.meta.url))
  while (!existsSync(path.join(folder, 'templates', 'report.html'))) {
    const parent = path.dirname(folder)
    if (parent === folder) throw new Error('seminar-report: cannot find its templates/ folder')
    folder = parent
  }
  root = folder
  return folder
}

/** A file of the package's templates/ folder. */
export function templateFile(name: string): string {
  return path.join(packageRoot(), 'templates', name)
}
