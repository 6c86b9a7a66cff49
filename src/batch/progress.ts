/**
 * A one-line progress bar on a terminal: files done / total, time elapsed,
 * the file last done. Drawn only on a TTY; CI logs get nothing, since
 * carriage returns make them unreadable.
 */
export class Progress {
  private readonly started = Date.now()
  private done = 0
  private current = ''
  private lastDraw = 0

  constructor(
    private readonly stream: NodeJS.WritableStream & {isTTY?: boolean; columns?: number},
    private readonly total: number,
    private readonly enabled: boolean,
  ) {}

  /** Marks one more file done: `file`. */
  tick(file: string): void {
    this.done++
    this.current = file
    this.draw()
  }

  /** Erases the bar so that the summary line stands alone. */
  clear(): void {
    if (this.enabled) this.stream.write('\r\u001B[2K')
  }

  private draw(): void {
    if (!this.enabled) return
    const now = Date.now()
    // A redraw per file would cost more than the conversion on a large batch.
    if (this.done < this.total && now - this.lastDraw < 80) return
    this.lastDraw = now
    const width = 24
    const filled = Math.round((this.done / this.total) * width)
    const elapsed = ((now - this.started) / 1000).toFixed(1)
    const line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${this.done}/${this.total} ${elapsed}s ${this.current}`
    const columns = this.stream.columns ?? 80
    this.stream.write(`\r\u001B[2K${line.slice(0, columns - 1)}`)
  }
}
