import type {JobResult} from '../batch/job.js'
import {type ReportOptions, type ReporterName, github, jsonRecord, pretty} from './reporters.js'

/** Where a batch's report goes. */
export interface ReportStreams {
  /** Diagnostics of the chosen reporter. */
  readonly diagnostics: NodeJS.WritableStream
  /** One-line failures. */
  readonly errors: NodeJS.WritableStream
  /** Reports asked for with `--stdout`. */
  readonly output: NodeJS.WritableStream
}

/**
 * Prints results in input order whatever order the workers finish in, so
 * that a log is the same from run to run: each result waits until those
 * before it are printed, and is let go once printed (an archive's
 * diagnostics are not all held to the end). The JSON reporter's records are
 * printed together by `finish`, as one array.
 */
export class InOrderReporter {
  private readonly results: (JobResult | undefined)[]
  private readonly records: unknown[] = []
  private printed = 0

  constructor(
    count: number,
    private readonly reporter: ReporterName,
    private readonly options: ReportOptions,
    private readonly streams: ReportStreams,
    /** Called before anything is printed, e.g. to erase a progress bar. */
    private readonly beforePrint: () => void = () => {},
  ) {
    this.results = new Array<JobResult | undefined>(count)
  }

  /** Takes the result of the job at `index`, and prints what can be printed. */
  add(index: number, result: JobResult): void {
    this.results[index] = result
    while (this.printed < this.results.length && this.results[this.printed]) {
      this.print(this.results[this.printed]!)
      this.results[this.printed] = undefined
      this.printed++
    }
  }

  /** Ends the report. */
  finish(): void {
    if (this.reporter === 'json') this.streams.diagnostics.write(`${JSON.stringify(this.records, null, 2)}\n`)
  }

  private print(result: JobResult): void {
    this.beforePrint()
    if (this.reporter === 'pretty') this.streams.diagnostics.write(pretty(result, this.options))
    else if (this.reporter === 'github') this.streams.diagnostics.write(github(result, this.options))
    else this.records.push(jsonRecord(result, this.options))
    if (result.error) this.streams.errors.write(`seminar-report: ${result.display}: ${result.error}\n`)
    if (result.output !== undefined) this.streams.output.write(result.output)
  }
}
