/**
 * Formatting nested deeper than this keeps its text without the deeper
 * marks: no reader sees bold inside bold inside bold, and HTML serializers
 * recurse over elements. Minutes come bounded at 32 levels from the repair
 * step (repair/limit-nesting.ts); this bounds seminars built by other code.
 * A link is never dropped.
 */
export const maxMarks = 64
