import {describe, expect, it} from 'vitest'
import type {JobResult} from '../../src/batch/job.js'
import {github, jsonRecord, pretty} from '../../src/report/reporters.js'

const result: JobResult = {
  display: 'notes/a, b: c.md',
  written: [],
  messages: [
    {reason: 'Line one\nline two: 100%', ruleId: 'participant-row', source: 'seminar-report', fatal: false, start: {line: 3, column: 1}, end: {line: 3, column: 9}},
    {reason: 'Joined', ruleId: 'list-continuation', source: 'seminar-report', start: {line: 7, column: 1}},
  ],
}

describe('reporters', () => {
  it('github: escapes data and properties as the Actions runner expects', () => {
    expect(github(result, {quiet: false})).toBe(
      '::warning file=notes/a%2C b%3A c.md,line=3,col=1,endLine=3,endColumn=9,title=participant-row::Line one%0Aline two: 100%25\n' +
        '::notice file=notes/a%2C b%3A c.md,line=7,col=1,title=list-continuation::Joined\n',
    )
  })

  it('github: a failed file is an error annotation', () => {
    expect(github({display: 'x.md', written: [], messages: [], error: 'no such file'}, {quiet: false})).toBe('::error file=x.md::no such file\n')
  })

  it('quiet drops information, keeps warnings', () => {
    expect(jsonRecord(result, {quiet: true}).messages.map((message) => message.ruleId)).toEqual(['participant-row'])
    expect(pretty(result, {quiet: true, color: false})).not.toContain('Joined')
  })

  it('pretty: vfile-reporter lines with place, severity and rule', () => {
    const text = pretty(result, {quiet: false, color: false})
    expect(text).toMatch(/^notes\/a, b: c\.md\n/)
    expect(text).toMatch(/3:1-3:9\s+warning\s+Line one/)
    expect(text).toMatch(/7:1\s+info\s+Joined\s+list-continuation\s+seminar-report/)
  })
})
