import type {Seminar} from '../../types.js'

/** Options of the DOCX renderer. */
export interface DocxOptions {
  /** The bytes of a user's .docx whose styles replace ours (like pandoc's --reference-doc). */
  readonly referenceDocx?: Uint8Array
  /** The time stamped in the document properties and zip entries; defaults to the seminar date. */
  readonly timestamp?: Date
}

/** Renders a seminar as a Word document. Same seminar and options ⇒ same bytes. */
export async function renderDocx(seminar: Seminar, options: DocxOptions = {}): Promise<Uint8Array> {
  void options
  throw new Error(`DOCX rendering is not implemented yet (${seminar.title})`)
}
