/** A report format. */
export type Format = 'json' | 'html' | 'docx'

/** Every format, in the order they are written. */
export const allFormats: readonly Format[] = ['json', 'html', 'docx']
