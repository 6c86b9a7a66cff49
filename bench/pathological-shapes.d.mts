/** Shape name → Markdown of about `bytes` bytes (fixed-size shapes ignore it). */
export const shapes: Readonly<Record<string, (bytes: number) => string>>
/** Shapes whose size is their own (the 10,000-row table, 5,000-deep formatting). */
export const fixedSize: ReadonlySet<string>
