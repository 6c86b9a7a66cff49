import {deserialize, serialize} from 'node:v8'
import {describe, expect, it} from 'vitest'
import type {JobSettings} from '../../src/batch/job.js'
import {type PoolMessage, type WorkerMessage, isPoolMessage, isWorkerMessage, serialization} from '../../src/batch/protocol.js'

/** What the IPC channel does to a message with `serialization: 'advanced'`. */
const overTheChannel = <T>(message: T): unknown => deserialize(serialize(message))

const settings: JobSettings = {
  formats: ['json', 'html', 'docx'],
  check: false,
  toStdout: false,
  outDir: '/out',
  lang: 'fr',
  redact: true,
  template: '<main>{{body}}</main>',
  referenceDocx: Uint8Array.of(0x50, 0x4b, 3, 4),
  tocPageNumbers: false,
  timestamp: 1572566400,
  maxBytes: 16 * 1024 * 1024,
  settingsKey: 'a'.repeat(64),
}

const poolMessages: PoolMessage[] = [
  {type: 'start', settings},
  {type: 'start', settings: {formats: ['json'], check: true, toStdout: false, redact: false, tocPageNumbers: false, maxBytes: 1}},
  {type: 'job', id: 0, job: {path: '/notes/2019/a.md', display: 'notes/2019/a.md', outputBase: '2019/a'}},
  {type: 'job', id: 41, job: {path: '/notes/b.md', display: 'b.md', outputBase: 'b', record: {input: 'f'.repeat(64), settings: 'a'.repeat(64), outputs: ['b.json', 'b.html']}}},
  {type: 'job', id: 7, job: {path: '-', display: '-', outputBase: 'stdin', bytes: new TextEncoder().encode('# Réunion\n')}},
]

const workerMessages: WorkerMessage[] = [
  {
    type: 'result',
    id: 41,
    result: {
      display: 'b.md',
      messages: [{reason: 'Joined', ruleId: 'list-continuation', source: 'seminar-report', fatal: false, start: {line: 7, column: 1}, end: {line: 7, column: 9}}],
      written: ['/out/b.json', '/out/b.html'],
      sha256: 'f'.repeat(64),
      entry: {title: 'B', date: '2019-10-24', lang: 'fr', ateliers: 2, participants: 26, outputs: {json: 'b.json', html: 'b.html'}, organizations: [{name: 'Cerema', key: 'cerema'}]},
    },
  },
  {type: 'result', id: 0, result: {display: 'a.md', messages: [], written: [], upToDate: true}},
  {type: 'result', id: 3, result: {display: 'c.md', messages: [], written: [], error: 'input looks like binary data'}},
  {type: 'result', id: 7, result: {display: '-', messages: [], written: [], output: Uint8Array.of(0x50, 0x4b)}},
  {type: 'result', id: 8, result: {display: '-', messages: [], written: [], output: '{}\n'}},
]

describe('the protocol between the pool and its worker processes', () => {
  it('uses structured clone, which keeps byte arrays', () => {
    expect(serialization).toBe('advanced')
  })

  it('every message of the pool crosses the channel whole and is recognized by the worker, and by it only', () => {
    for (const message of poolMessages) {
      const received = overTheChannel(message)
      expect(received).toEqual(message)
      expect(isPoolMessage(received), JSON.stringify(message)).toBe(true)
      expect(isWorkerMessage(received)).toBe(false)
    }
    const docx = (overTheChannel(poolMessages[0]) as {settings: JobSettings}).settings.referenceDocx
    expect(docx).toBeInstanceOf(Uint8Array)
  })

  it('every message of a worker crosses the channel whole and is recognized by the pool, and by it only', () => {
    for (const message of workerMessages) {
      const received = overTheChannel(message)
      expect(received).toEqual(message)
      expect(isWorkerMessage(received), JSON.stringify(message)).toBe(true)
      expect(isPoolMessage(received)).toBe(false)
    }
    expect((overTheChannel(workerMessages[3]) as {result: {output: unknown}}).result.output).toBeInstanceOf(Uint8Array)
  })

  it('refuses what is not a message of the protocol', () => {
    const job = poolMessages[2] as Extract<PoolMessage, {type: 'job'}>
    const result = workerMessages[1] as WorkerMessage
    for (const value of [
      undefined,
      null,
      'job',
      [],
      {type: 'stop'},
      {type: 'start'},
      {type: 'start', settings: {...settings, formats: 'json'}},
      {type: 'start', settings: {...settings, referenceDocx: [1, 2]}},
      {...job, id: -1},
      {...job, id: 1.5},
      {...job, id: '1'},
      {...job, job: {...job.job, path: undefined}},
      {...job, job: {...job.job, bytes: 'text'}},
      {...job, job: {...job.job, record: {input: 1, outputs: []}}},
    ]) expect(isPoolMessage(value), JSON.stringify(value)).toBe(false)
    for (const value of [
      undefined,
      {type: 'result'},
      {...result, type: 'job'},
      {...result, id: undefined},
      {...result, result: {...result.result, display: undefined}},
      {...result, result: {...result.result, messages: undefined}},
      {...result, result: {...result.result, written: 'a.json'}},
      {...result, result: {...result.result, error: {message: 'x'}}},
      {...result, result: {...result.result, upToDate: false}},
      {...result, result: {...result.result, output: 12}},
    ]) expect(isWorkerMessage(value), JSON.stringify(value)).toBe(false)
  })
})
