/**
 * An expected failure: the input or the environment is wrong, not the tool.
 * The CLI prints `message` on one line and exits 1; anything else thrown is an
 * internal error (a bug), reported differently.
 */
export class InputError extends Error {
  /** A stable kebab-case id, e.g. `binary-input`, `input-too-large`. */
  readonly code: string

  constructor(code: string, message: string) {
    super(message)
    this.name = 'InputError'
    this.code = code
  }
}
