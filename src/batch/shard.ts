/** A slice of a batch: the `index`-th (1-based) of `count`. */
export interface Shard {
  readonly index: number
  readonly count: number
}

/** Reads `--shard I/N`; undefined when malformed. */
export function parseShard(text: string): Shard | undefined {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim())
  if (!match) return undefined
  const index = Number(match[1])
  const count = Number(match[2])
  if (count < 1 || index < 1 || index > count) return undefined
  return {index, count}
}

/**
 * The items of one shard of a sorted list. Items are dealt round-robin, so
 * shards are disjoint, their union is the whole list, and their sizes differ
 * by one at most whatever the list's order of sizes.
 */
export function takeShard<T>(items: readonly T[], shard: Shard): T[] {
  return items.filter((_, position) => position % shard.count === shard.index - 1)
}
