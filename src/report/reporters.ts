import {reporter as vfileReporter} from 'vfile-reporter'
import {VFile} from 'vfile'
import type {JobMessage, JobResult} from '../batch/job.js'

/** How diagnostics are printed. */
export type ReporterName = 'pretty' | 'json' | 'github'

/** Options shared by the reporters. */
export interface ReportOptions {
  /** Leave information out, keep warnings and errors. */
  readonly quiet: boolean
  readonly color: boolean
}

/** A vfile holding a job's messages, as the unified ecosystem reports them. */
function toVFile(result: JobResult, options: Pick<ReportOptions, 'quiet'>): VFile {
  const file = new VFile({path: result.display})
  for (const message of visibleMessages(result.messages, options)) {
    const place = message.start ? (message.end ? {start: message.start, end: message.end} : message.start) : undefined
    const made = file.message(message.reason, {
      ...(place ? {place} : {}),
      ...(message.ruleId ? {ruleId: message.ruleId} : {}),
      ...(message.source ? {source: message.source} : {}),
    })
    made.fatal = message.fatal
  }
  return file
}

/** vfile-reporter's text for one job (empty when there is nothing to say). */
export function pretty(result: JobResult, options: ReportOptions): string {
  const file = toVFile(result, options)
  return file.messages.length === 0 ? '' : `${vfileReporter([file], {color: options.color})}\n`
}

/**
 * GitHub Actions workflow commands, one line per message: `::warning
 * file=…,line=…,col=…,title=rule::message`. Properties and data are escaped
 * as the runner expects (%, CR, LF; and `:` `,` in properties).
 */
export function github(result: JobResult, options: Pick<ReportOptions, 'quiet'>): string {
  const lines = visibleMessages(result.messages, options).map((message) => {
    const level = message.fatal ? 'error' : message.fatal === false ? 'warning' : 'notice'
    const properties = [
      `file=${escapeProperty(result.display)}`,
      ...(message.start ? [`line=${message.start.line}`, `col=${message.start.column}`] : []),
      ...(message.end ? [`endLine=${message.end.line}`, `endColumn=${message.end.column}`] : []),
      ...(message.ruleId ? [`title=${escapeProperty(message.ruleId)}`] : []),
    ]
    return `::${level} ${properties.join(',')}::${escapeData(message.reason)}`
  })
  if (result.error) lines.push(`::error file=${escapeProperty(result.display)}::${escapeData(result.error)}`)
  return lines.map((line) => `${line}\n`).join('')
}

/** The machine-readable form of one job, for `--reporter json`. */
export function jsonRecord(result: JobResult, options: Pick<ReportOptions, 'quiet'>) {
  return {
    file: result.display,
    ...(result.error ? {error: result.error} : {}),
    messages: visibleMessages(result.messages, options).map((message) => ({
      ruleId: message.ruleId ?? null,
      severity: message.fatal ? 'error' : message.fatal === false ? 'warning' : 'info',
      message: message.reason,
      line: message.start?.line ?? null,
      column: message.start?.column ?? null,
      endLine: message.end?.line ?? null,
      endColumn: message.end?.column ?? null,
    })),
  }
}

function visibleMessages(messages: readonly JobMessage[], options: Pick<ReportOptions, 'quiet'>): JobMessage[] {
  return options.quiet ? messages.filter((message) => typeof message.fatal === 'boolean') : [...messages]
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}
