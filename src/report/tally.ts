import type {JobResult} from '../batch/job.js'

/**
 * What a batch did, counted as results come in (the results themselves are
 * not kept), for its closing line and its exit code.
 */
export class Tally {
  /** Results received, whatever they say. */
  received = 0
  converted = 0
  /** Converted with at least one warning. */
  warned = 0
  failed = 0
  upToDate = 0

  add(result: JobResult): void {
    this.received++
    if (result.error) this.failed++
    else if (result.upToDate) this.upToDate++
    else {
      this.converted++
      if (result.messages.some((message) => message.fatal === false)) this.warned++
    }
  }

  /**
   * "412 converted, 37 with warnings, 3 failed[, 5 up to date][, 2 links
   * not followed][, 9 not started (interrupted)]"; `otherFailures` are inputs
   * that named nothing or outputs of the batch (manifest, catalogue) that
   * could not be written; `notFollowed`, symbolic links left alone because
   * they lead out of the folder named.
   */
  summaryLine(verb: 'checked' | 'converted', otherFailures: number, notStarted: number, notFollowed = 0): string {
    const parts = [`${this.converted} ${verb}`, `${this.warned} with warnings`, `${this.failed + otherFailures} failed`]
    if (this.upToDate > 0) parts.push(`${this.upToDate} up to date`)
    if (notFollowed > 0) parts.push(`${notFollowed} link${notFollowed === 1 ? '' : 's'} not followed`)
    if (notStarted > 0) parts.push(`${notStarted} not started (interrupted)`)
    return parts.join(', ')
  }
}
