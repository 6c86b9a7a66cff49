import {describe, expect, it} from 'vitest'
import {parseShard, takeShard} from '../../src/batch/shard.js'

describe('shards', () => {
  it('reads i/n and refuses what is not a slice', () => {
    expect(parseShard('2/4')).toEqual({index: 2, count: 4})
    for (const text of ['0/4', '5/4', '1/0', '2', 'a/b', '-1/2']) expect(parseShard(text)).toBeUndefined()
  })

  it('deals items round-robin: disjoint, complete, sizes within one', () => {
    const items = Array.from({length: 103}, (_, index) => index)
    const shards = [1, 2, 3, 4].map((index) => takeShard(items, {index, count: 4}))
    expect(shards.flat().sort((a, b) => a - b)).toEqual(items)
    expect(new Set(shards.flat()).size).toBe(items.length)
    expect(shards.map((shard) => shard.length)).toEqual([26, 26, 26, 25])
  })
})
