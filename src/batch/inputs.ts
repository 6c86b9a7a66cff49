import {readdir, realpath, stat} from 'node:fs/promises'
import path from 'node:path'
import {glob, isDynamicPattern} from 'tinyglobby'

/** One minutes file to convert. */
export interface InputFile {
  /** Absolute path, or `-` for standard input. */
  readonly path: string
  /** How the user names it: relative to the working folder when inside it. */
  readonly display: string
  /**
   * Where its reports go under the output folder, without extension: the
   * path below the argument that named it (a file's own folder, a folder, a
   * glob's fixed part), so always inside the output folder:
   * `2019/atelier-ess` for `notes/2019/atelier-ess.md` found through `notes`.
   */
  readonly outputBase: string
}

/** An input argument that names nothing convertible. */
export interface InputProblem {
  readonly input: string
  readonly reason: string
}

const markdownFile = /\.(md|markdown)$/i

/**
 * Expands the command line's inputs: files as given, folders searched
 * recursively for *.md and *.markdown (skipping node_modules and dot
 * folders, following each real folder once so symlink loops end), glob
 * patterns, and `-`. The result is sorted and without duplicates, so that
 * shards and outputs do not depend on the file system's order.
 */
export async function expandInputs(
  args: readonly string[],
  cwd: string,
): Promise<{files: InputFile[]; problems: InputProblem[]}> {
  const files = new Map<string, InputFile>()
  const problems: InputProblem[] = []
  const add = (absolute: string, base: string) => {
    if (files.has(absolute)) return
    files.set(absolute, {path: absolute, display: displayPath(absolute, cwd), outputBase: outputBaseOf(absolute, base)})
  }

  for (const arg of args) {
    if (arg === '-') {
      files.set('-', {path: '-', display: '-', outputBase: 'stdin'})
      continue
    }
    const absolute = path.resolve(cwd, arg)
    const info = await stat(absolute).catch(() => undefined)
    if (info?.isDirectory()) {
      const found = await walk(absolute)
      if (found.length === 0) problems.push({input: arg, reason: 'folder holds no .md or .markdown file'})
      for (const file of found) add(file, absolute)
    } else if (info) {
      add(absolute, path.dirname(absolute))
    } else if (isDynamicPattern(arg)) {
      const matches = await glob(arg, {cwd, absolute: true, onlyFiles: true, dot: false, followSymbolicLinks: false, ignore: ['**/node_modules/**']})
      const markdown = matches.filter((match) => markdownFile.test(match))
      if (markdown.length === 0) problems.push({input: arg, reason: 'pattern matches no .md or .markdown file'})
      for (const match of markdown) add(path.normalize(match), globBase(arg, cwd))
    } else {
      // Kept as a file so that the conversion reports why it cannot be read,
      // in the same one-line form as any other failure.
      add(absolute, path.dirname(absolute))
    }
  }
  const sorted = [...files.values()].sort((a, b) => compare(a.display, b.display))
  return {files: sorted, problems}
}

async function walk(folder: string): Promise<string[]> {
  const seen = new Set<string>()
  const found: string[] = []
  const visit = async (current: string) => {
    const real = await realpath(current).catch(() => undefined)
    if (!real || seen.has(real)) return
    seen.add(real)
    const entries = await readdir(current, {withFileTypes: true}).catch(() => [])
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
      const child = path.join(current, entry.name)
      if (entry.isDirectory()) await visit(child)
      else if (entry.isSymbolicLink()) {
        const target = await stat(child).catch(() => undefined)
        if (target?.isDirectory()) await visit(child)
        else if (target?.isFile() && markdownFile.test(entry.name)) found.push(child)
      } else if (entry.isFile() && markdownFile.test(entry.name)) found.push(child)
    }
  }
  await visit(folder)
  return found
}

/** The part of a glob before its first magic segment, e.g. `notes/2019` of `notes/2019/**\/*.md`. */
function globBase(pattern: string, cwd: string): string {
  const segments = pattern.split('/')
  const plain: string[] = []
  for (const segment of segments) {
    if (isDynamicPattern(segment)) break
    plain.push(segment)
  }
  return path.resolve(cwd, plain.join('/') || '.')
}

function outputBaseOf(file: string, base: string): string {
  const relative = path.relative(base, file).split(path.sep).join('/')
  return relative.replace(markdownFile, '').replace(/\.txt$/i, '')
}

function displayPath(file: string, cwd: string): string {
  return isInside(file, cwd) ? path.relative(cwd, file).split(path.sep).join('/') : file
}

function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file)
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative)
}

/** Compares by code points, so the order is the same on every machine and locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
