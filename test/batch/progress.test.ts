import {PassThrough} from 'node:stream'
import {describe, expect, it} from 'vitest'
import {Progress} from '../../src/batch/progress.js'

function terminal(): {stream: PassThrough & {isTTY: boolean; columns: number}; text: () => string} {
  const stream = Object.assign(new PassThrough(), {isTTY: true, columns: 60})
  let text = ''
  stream.on('data', (chunk: Buffer) => (text += chunk.toString()))
  return {stream, text: () => text}
}

describe('Progress', () => {
  it('draws files done / total, elapsed time and the current file on a terminal, then clears itself', () => {
    const {stream, text} = terminal()
    const progress = new Progress(stream, 2, true)
    progress.tick('b.md')
    progress.tick('')
    progress.clear()
    const frames = text().split('\r').filter(Boolean)
    expect(frames[0]).toMatch(/^\u001B\[2K\[#{12}\.{12}\] 1\/2 \d+\.\ds b\.md$/)
    expect(frames.at(-2)).toMatch(/^\u001B\[2K\[#{24}\] 2\/2 \d+\.\ds $/)
    expect(frames.at(-1)).toBe('\u001B[2K')
  })

  it('keeps to the width of the terminal', () => {
    const {stream, text} = terminal()
    new Progress(stream, 1, true).tick('a-very-long-file-name-that-goes-on-and-on-and-on-and-on-and-on.md')
    expect(text().split('\r')[1]!.replace('\u001B[2K', '').length).toBeLessThanOrEqual(59)
  })

  it('writes nothing when disabled (not a terminal, --quiet)', () => {
    const {stream, text} = terminal()
    const progress = new Progress(stream, 3, false)
    progress.tick('a.md')
    progress.clear()
    expect(text()).toBe('')
  })
})
