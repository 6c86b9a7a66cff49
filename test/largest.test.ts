import {expect, test} from 'vitest'
import {largest} from '../src/largest.js'

test('largest: the greatest value, at least the floor, for as many values as a huge table has', () => {
  expect(largest([3, 9, 4])).toBe(9)
  expect(largest([], 1)).toBe(1)
  expect(largest([-5, -2], -10)).toBe(-2)
  // Spread into Math.max, 300,000 arguments overflow the call stack.
  expect(largest(Array.from({length: 300_000}, (_, index) => index % 7))).toBe(6)
})
