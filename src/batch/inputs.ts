import {readdir, realpath, stat} from 'node:fs/promises'
import path from 'node:path'
import picomatch from 'picomatch'
import {isDynamicPattern} from 'tinyglobby'
import {compareCodePoints} from '../text/compare.js'

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

/** An input argument that names nothing convertible, or a link left alone. */
export interface InputProblem {
  readonly input: string
  readonly reason: string
}

/** How to expand the inputs. */
export interface ExpandOptions {
  /** Follow symbolic links found in folders and globs wherever they lead (`--follow-symlinks`). */
  readonly followSymlinks?: boolean
}

/** The files to convert, the arguments that named none, and the links not followed. */
export interface Expanded {
  readonly files: InputFile[]
  readonly problems: InputProblem[]
  readonly skipped: InputProblem[]
}

const markdownFile = /\.(md|markdown)$/i

/**
 * Expands the command line's inputs: files as given, folders searched
 * recursively for *.md and *.markdown (skipping node_modules and dot
 * folders, following each real folder once so symlink loops end), glob
 * patterns (searched the same way below their fixed part), and `-`. The
 * result is sorted and without duplicates, so that shards and outputs do not
 * depend on the file system's order.
 *
 * A symbolic link met in a folder or a glob is followed only when it leads
 * inside the folder named on the command line: a link to `/proc/self/environ`
 * or `~/.ssh/id_rsa` added to a notes repository must not copy that file
 * into reports published by its CI. Such links are skipped, and listed in
 * `skipped`, unless `followSymlinks`. A file named on the command line is
 * read as given, link or not.
 */
export async function expandInputs(args: readonly string[], cwd: string, options: ExpandOptions = {}): Promise<Expanded> {
  const files = new Map<string, InputFile>()
  const problems: InputProblem[] = []
  const skipped: InputProblem[] = []
  const add = (absolute: string, base: string) => {
    if (files.has(absolute)) return
    files.set(absolute, {path: absolute, display: displayPath(absolute, cwd), outputBase: outputBaseOf(absolute, base)})
  }
  const search = async (folder: string, accept: (file: string) => boolean, maxDepth: number) => {
    const found = await walk(folder, {cwd, followSymlinks: options.followSymlinks ?? false, maxDepth, skipped})
    return found.filter(accept)
  }

  for (const arg of args) {
    if (arg === '-') {
      files.set('-', {path: '-', display: '-', outputBase: 'stdin'})
      continue
    }
    const absolute = path.resolve(cwd, arg)
    const info = await stat(absolute).catch(() => undefined)
    if (info?.isDirectory()) {
      const found = await search(absolute, (file) => markdownFile.test(file), Number.POSITIVE_INFINITY)
      if (found.length === 0) problems.push({input: arg, reason: 'folder holds no .md or .markdown file'})
      for (const file of found) add(file, absolute)
    } else if (info) {
      add(absolute, path.dirname(absolute))
    } else if (isDynamicPattern(arg)) {
      const base = globBase(arg, cwd)
      const matches = globMatcher(arg, cwd)
      const found = await search(base.folder, (file) => markdownFile.test(file) && matches(file), base.depth)
      if (found.length === 0) problems.push({input: arg, reason: 'pattern matches no .md or .markdown file'})
      for (const file of found) add(file, base.folder)
    } else {
      // Kept as a file so that the conversion reports why it cannot be read,
      // in the same one-line form as any other failure.
      add(absolute, path.dirname(absolute))
    }
  }
  const sorted = [...files.values()].sort((a, b) => compareCodePoints(a.display, b.display))
  return {files: sorted, problems, skipped: dedupe(skipped)}
}

interface WalkOptions {
  readonly cwd: string
  readonly followSymlinks: boolean
  /** Folder levels below the root to enter (a glob without `**` needs only its own). */
  readonly maxDepth: number
  readonly skipped: InputProblem[]
}

/** Every file below a folder, by the rules of `expandInputs`. */
async function walk(root: string, options: WalkOptions): Promise<string[]> {
  const realRoot = await realpath(root).catch(() => root)
  const seen = new Set<string>()
  const found: string[] = []
  const leadsInside = async (link: string): Promise<string | undefined> => {
    const target = await realpath(link).catch(() => undefined)
    if (!target) return undefined
    if (options.followSymlinks || target === realRoot || isInside(target, realRoot)) return target
    options.skipped.push({
      input: displayPath(link, options.cwd),
      reason: `not followed: a symbolic link to ${target}, outside ${displayPath(root, options.cwd) || '.'} (--follow-symlinks follows it)`,
    })
    return undefined
  }
  const visit = async (current: string, depth: number) => {
    const real = await realpath(current).catch(() => undefined)
    if (!real || seen.has(real)) return
    seen.add(real)
    // By name, so that a real folder reached by two paths is always listed under the same one.
    const entries = (await readdir(current, {withFileTypes: true}).catch(() => [])).sort((a, b) => compareCodePoints(a.name, b.name))
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
      const child = path.join(current, entry.name)
      if (entry.isDirectory()) {
        if (depth < options.maxDepth) await visit(child, depth + 1)
      } else if (entry.isSymbolicLink()) {
        const target = await leadsInside(child)
        if (!target) continue
        const info = await stat(target).catch(() => undefined)
        if (info?.isDirectory()) {
          if (depth < options.maxDepth) await visit(child, depth + 1)
        } else if (info?.isFile()) found.push(child)
      } else if (entry.isFile()) found.push(child)
    }
  }
  await visit(root, 0)
  return found
}

/** The part of a glob before its first magic segment, e.g. `notes/2019` of `notes/2019/**\/*.md`, and how deep below it the pattern reaches. */
function globBase(pattern: string, cwd: string): {folder: string; depth: number} {
  const segments = pattern.split('/')
  const plain: string[] = []
  for (const segment of segments) {
    if (isDynamicPattern(segment)) break
    plain.push(segment)
  }
  const rest = segments.slice(plain.length)
  const depth = rest.some((segment) => segment.includes('**')) ? Number.POSITIVE_INFINITY : rest.length - 1
  return {folder: path.resolve(cwd, plain.join('/') || '.'), depth}
}

/** Whether a file's path matches a glob written relative to the working folder (or absolute). */
function globMatcher(pattern: string, cwd: string): (file: string) => boolean {
  const absolute = path.isAbsolute(pattern)
  const normalized = absolute ? pattern : pattern.replace(/^(?:\.\/)+/, '')
  const isMatch = picomatch(normalized, {dot: false, posix: true})
  return (file) => isMatch((absolute ? file : path.relative(cwd, file)).split(path.sep).join('/'))
}

/** A link met twice (a folder reached by two paths) is reported once. */
function dedupe(problems: readonly InputProblem[]): InputProblem[] {
  const seen = new Set<string>()
  return problems.filter((problem) => !seen.has(problem.input) && Boolean(seen.add(problem.input)))
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

