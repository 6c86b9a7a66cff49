/**
 * Links and dates of the catalogue page: a report path made a safe relative
 * href, a date written out for a reader.
 */
import type {ElementContent} from 'hast'
import {h} from 'hastscript'
import {classifyUrl, formatDate, labelsFor} from '../layout/index.js'
import {text} from './html/inline.js'

/** A date cell's content: the date written out in a `<time>`, or "undated". */
export function dateCell(date: string | undefined, lang: string): ElementContent[] {
  if (date === undefined) return [h('span.undated', [text(labelsFor(lang).undated)])]
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return [text(date)]
  return [h('time', {dateTime: date}, [text(formatDate(date, lang))])]
}

/**
 * A report path (relative to the output folder, `/`-separated) as an href
 * that stays inside that folder, or `undefined`. Refused: anything with a
 * scheme or a leading `/` or `//`, backslashes (browsers read them as `/`),
 * control characters, and empty, `.` or `..` segments. Each segment is then
 * percent-encoded, so `?`, `#`, `%` or `:` in a file name stay part of it.
 */
export function relativeHref(value: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  if (value === '' || /[\u0000-\u001F\u007F\\]/.test(value) || classifyUrl(value) !== 'local') return undefined
  const segments = value.split('/')
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..')) return undefined
  try {
    return segments.map((segment) => encodeURIComponent(segment)).join('/')
  } catch {
    // A lone surrogate cannot be encoded.
    return undefined
  }
}

