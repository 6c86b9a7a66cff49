/**
 * The layout stage: a `Seminar` → the `Report` both writers map to their
 * markup (see types.ts). Writers import this entry only.
 */
import type {Seminar} from '../types.js'
import type {Report} from './types.js'
import {layoutReport} from './report.js'

export type * from './types.js'
export {labelsFor, formatDate, formatPercent, primaryLanguage, withColon, type Labels} from './labels.js'
export {classifyUrl, safeHref, type UrlKind} from './url.js'
export {allocateAnchors} from './anchors.js'

const laidOut = new WeakMap<Seminar, Report>()

/**
 * The report of a seminar. One conversion renders HTML and DOCX from one
 * seminar: the layout is made once and kept as long as the seminar is.
 */
export function layout(seminar: Seminar): Report {
  let report = laidOut.get(seminar)
  if (!report) laidOut.set(seminar, (report = layoutReport(seminar)))
  return report
}
