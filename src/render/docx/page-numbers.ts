/**
 * Page numbers in the table of contents (`--toc-page-numbers`). They need
 * the pages laid out, which only docx/layout does here: given to docx's
 * public `patchDocument` as its `pageNumbers`, it lays out the finished
 * package as Word would and writes the page of each bookmark into the
 * PAGEREF fields the contents hold, and the page count into NUMPAGES. It
 * costs 1–2 s a document (1.7 MB of code, loaded only when asked for),
 * hence an option. The result is zipped again with the document's dates.
 */
import {strToU8, unzipSync} from 'fflate'
import {zipParts} from './zip.js'

/** The package with its page numbers laid out; the package as it was should laying out fail. */
export async function withPageNumbers(bytes: Uint8Array, order: readonly string[], timestamp: Date): Promise<Uint8Array> {
  try {
    const [{patchDocument}, {estimatePageNumbers}] = await Promise.all([import('docx'), import('docx/layout')])
    const patched = await patchDocument({outputType: 'uint8array', data: bytes, patches: {}, pageNumbers: estimatePageNumbers})
    const parts = unzipSync(patched)
    const names = [...order.filter((name) => parts[name]), ...Object.keys(parts).filter((name) => !order.includes(name)).sort()]
    return zipParts(names.map((name) => [name, parts[name] ?? strToU8('')]), timestamp)
  } catch {
    // Laying pages out is a heuristic of docx's; the report is still
    // written, with the contents' page numbers left for Word to fill in.
    return bytes
  }
}
