import {describe, expect, it} from 'vitest'
import {parseMinutes} from '../../src/index.js'
import {inlineText} from '../../src/extract/inline.js'

const decisionsOf = (markdown: string) => parseMinutes(markdown, {name: 'input.md'}).seminar.decisions.map((decision) => inlineText(decision.children))

describe('entries that say nothing was decided', () => {
  it('are none: "none" and a few words before a break, an undecided conclusion after its label', () => {
    expect(decisionsOf('# WG\n\n## Decisions\n\n- (none this week — search backend blocked on cost numbers, see above)\n')).toEqual([])
    expect(decisionsOf('# GT\n\n**Conclusion :** pas de consensus sur l’outil, à reprendre lors de la prochaine séance.\n')).toEqual([])
  })

  it('are decisions when they decide, a later clause to revisit or a "none of" notwithstanding', () => {
    expect(decisionsOf('# TSC\n\nDecision: accept the offer for one year, revisit in Feb 2022.\n')).toEqual(['accept the offer for one year, revisit in Feb 2022.'])
    expect(decisionsOf('# WG\n\n## Decisions\n\n- None of the three vendors is kept; we renew the current contract.\n')).toEqual(['None of the three vendors is kept; we renew the current contract.'])
  })
})
