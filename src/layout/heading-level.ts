/**
 * The level of a heading the extractor left as content. Its level comes
 * from where it stands, not from its source depth (which real minutes get
 * wrong): one below the owning heading (`ownerLevel`), deeper only for
 * headings nested deeper in the source than the ones before them, never
 * skipping a level and never past 6. `stack` holds the source depths of the
 * open headings under the same owner; it is updated.
 */
export function nestedHeadingLevel(stack: number[], ownerLevel: number, depth: number): number {
  while (stack.length > 0 && stack[stack.length - 1]! >= depth) stack.pop()
  const level = Math.min(6, ownerLevel + 1 + stack.length)
  stack.push(depth)
  return level
}
