import {spawnSync} from 'node:child_process'
import path from 'node:path'
import {PassThrough, Readable} from 'node:stream'
import {main} from '../../src/cli.js'
import {root} from './fixtures.js'

/** What a CLI run printed and returned. */
export interface CliRun {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

function collect(stream: PassThrough): () => string {
  const chunks: Buffer[] = []
  stream.on('data', (chunk: Buffer) => chunks.push(Buffer.from(chunk)))
  return () => Buffer.concat(chunks).toString('utf8')
}

/** Runs `main` in-process, as the bin does, with captured streams. */
export async function runInProcess(
  argv: string[],
  options: {cwd?: string; stdin?: string | Buffer; env?: Record<string, string>} = {},
): Promise<CliRun> {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  const out = collect(stdout)
  const err = collect(stderr)
  const code = await main({
    argv,
    cwd: options.cwd ?? root,
    stdout,
    stderr,
    stdin: Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]),
    env: options.env ?? {},
    version: '0.0.0-test',
  })
  return {code, stdout: out(), stderr: err()}
}

/** Runs the built executable as a child process (needs `npm run build`). */
export function runBin(argv: string[], options: {cwd?: string; input?: string | Buffer; env?: Record<string, string>} = {}): CliRun {
  const result = spawnSync(process.execPath, [path.join(root, 'bin/seminar-report.js'), ...argv], {
    cwd: options.cwd ?? root,
    input: options.input ?? '',
    env: {...process.env, NO_COLOR: '1', GITHUB_ACTIONS: '', ...options.env},
    timeout: 60_000,
  })
  return {code: result.status ?? -1, stdout: result.stdout.toString('utf8'), stderr: result.stderr.toString('utf8')}
}
