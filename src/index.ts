/**
 * seminar-report: understand the Markdown minutes of seminars and workshops,
 * then render them as JSON, HTML or DOCX.
 *
 *     parseMinutes(bytes) → {seminar, file} → renderJson | renderHtml | renderDocx
 */
export {parseMinutes, type ParseOptions, type ParseResult} from './parse-minutes.js'
export {renderJson} from './render/json.js'
export {renderHtml, TemplateError, type HtmlOptions} from './render/html/index.js'
export {renderDocx, ReferenceDocxError, type DocxOptions} from './render/docx/index.js'
export {redact} from './redact.js'
export {attendedCount, participantsOf} from './attendance.js'
export {InputError} from './errors.js'
export {rules, type RuleId} from './diagnostics.js'
export type * from './types.js'
