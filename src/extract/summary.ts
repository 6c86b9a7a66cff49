import type {
  Action,
  Atelier,
  Decision,
  Attendance,
  AttendanceStatus,
  Block,
  FacilitatorSummary,
  HeadCount,
  Inline,
  LinkSummary,
  OrganizationSummary,
  Participant,
  Section,
  Summary,
} from '../types.js'
import {inlineText} from './inline.js'
import {participantsOf} from '../attendance.js'
import {organizationKey} from '../text/slug.js'
import {compareCodePoints} from '../text/compare.js'

/** The figures derived from a seminar's ateliers and blocks. */
export function summarize(
  parts: {
    readonly ateliers: readonly Atelier[]
    readonly intro: readonly Block[]
    readonly sections: readonly Section[]
    readonly decisions: readonly Decision[]
    readonly actions: readonly Action[]
  },
  seminarAttendance: readonly Attendance[],
  headCounts: readonly HeadCount[] = [],
): Summary {
  const {ateliers, intro: seminarBlocks, sections: seminarSections} = parts
  const seminarParticipants = participantsOf(seminarAttendance)
  const everyone = [...seminarParticipants, ...ateliers.flatMap((atelier) => participantsOf(atelier.attendance))]
  const allSections = [...seminarSections, ...ateliers.flatMap((atelier) => atelier.sections)]
  const links: LinkSummary[] = []
  let items = 0
  const countBlocks = (blocks: readonly Block[], atelier?: string) => {
    for (const block of blocks) {
      items += countItems(block)
      collectLinks(block, atelier, links)
    }
  }
  countBlocks(seminarBlocks)
  for (const section of seminarSections) countBlocks(sectionBlocks(section))
  for (const atelier of ateliers) {
    for (const question of atelier.question) collectInlineLinks(question, atelier.id, links)
    countBlocks(atelier.intro, atelier.id)
    for (const section of atelier.sections) countBlocks(sectionBlocks(section), atelier.id)
  }
  return {
    ateliers: ateliers.length,
    participants: everyone.length + headCounts.reduce((sum, head) => sum + head.count, 0),
    attendance: withHeadCounts(countByStatus(everyone), headCounts),
    sections: allSections.length,
    decisions: parts.decisions.length,
    actions: actionCounts(parts.actions),
    items,
    organizations: organizations(ateliers, seminarParticipants),
    facilitators: facilitators(ateliers),
    links,
  }
}

/** The counts per status, with the people head counts count. */
function withHeadCounts(counts: Record<AttendanceStatus, number>, headCounts: readonly HeadCount[]): Record<AttendanceStatus, number> {
  const total = {...counts}
  for (const head of headCounts) total[head.status] += head.count
  return total
}

function sectionBlocks(section: Section): Block[] {
  return [...section.prompt.map((children): Block => ({type: 'paragraph', children})), ...section.blocks]
}

function organizations(ateliers: readonly Atelier[], seminarParticipants: readonly Participant[]): OrganizationSummary[] {
  const groups = new Map<string, {spellings: Map<string, number>; participants: number; ateliers: string[]}>()
  const add = (participant: Participant, atelier?: string) => {
    const name = participant.organization
    if (!name) return
    const key = organizationKey(name)
    if (!key) return
    const group = groups.get(key) ?? {spellings: new Map<string, number>(), participants: 0, ateliers: [] as string[]}
    groups.set(key, group)
    group.spellings.set(name, (group.spellings.get(name) ?? 0) + 1)
    group.participants++
    if (atelier && !group.ateliers.includes(atelier)) group.ateliers.push(atelier)
  }
  for (const participant of seminarParticipants) add(participant)
  for (const atelier of ateliers) for (const participant of participantsOf(atelier.attendance)) add(participant, atelier.id)
  const result = [...groups.values()].map((group) => {
    let name = ''
    let best = 0
    for (const [spelling, count] of group.spellings) {
      if (count > best) {
        name = spelling
        best = count
      }
    }
    return {name, variants: [...group.spellings.keys()], participants: group.participants, ateliers: group.ateliers}
  })
  // Most represented first; the name breaks ties so that the order is stable.
  return result.sort((a, b) => b.participants - a.participants || compareCodePoints(a.name, b.name))
}

/** Actions open and done, overall and per owner (by name; "" for those with none), owners sorted by name. */
function actionCounts(actions: readonly Action[]): Summary['actions'] {
  const byOwner = new Map<string, {owner: string; open: number; done: number}>()
  for (const action of actions) {
    const owners = action.owners.length > 0 ? action.owners.map((owner) => owner.name ?? '') : ['']
    for (const owner of new Set(owners)) {
      const entry = byOwner.get(owner) ?? {owner, open: 0, done: 0}
      byOwner.set(owner, entry)
      entry[action.status]++
    }
  }
  return {
    open: actions.filter((action) => action.status === 'open').length,
    done: actions.filter((action) => action.status === 'done').length,
    byOwner: [...byOwner.values()].sort((a, b) => compareCodePoints(a.owner, b.owner)),
  }
}

function countByStatus(people: readonly Participant[]): Record<AttendanceStatus, number> {
  const counts: Record<AttendanceStatus, number> = {present: 0, 'in-person': 0, remote: 0, excused: 0, absent: 0}
  for (const person of people) counts[person.status]++
  return counts
}

function facilitators(ateliers: readonly Atelier[]): FacilitatorSummary[] {
  const byName = new Map<string, {name: string; role: FacilitatorSummary['role']; ateliers: string[]}>()
  for (const atelier of ateliers) {
    for (const facilitator of atelier.facilitators) {
      const key = organizationKey(facilitator.name)
      const entry = byName.get(key) ?? {name: facilitator.name, role: facilitator.role, ateliers: []}
      byName.set(key, entry)
      if (facilitator.role === 'facilitator') entry.role = 'facilitator'
      if (!entry.ateliers.includes(atelier.id)) entry.ateliers.push(atelier.id)
    }
  }
  return [...byName.values()]
}

function countItems(block: Block): number {
  switch (block.type) {
    case 'list':
      return block.children.reduce((sum, item) => sum + 1 + item.children.reduce((inner, child) => inner + countItems(child), 0), 0)
    case 'blockquote':
      return block.children.reduce((sum, child) => sum + countItems(child), 0)
    default:
      return 0
  }
}

function collectLinks(block: Block, atelier: string | undefined, links: LinkSummary[]): void {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      collectInlineLinks(block.children, atelier, links)
      break
    case 'list':
      for (const item of block.children) for (const child of item.children) collectLinks(child, atelier, links)
      break
    case 'blockquote':
      for (const child of block.children) collectLinks(child, atelier, links)
      break
    case 'table':
      for (const row of block.children) for (const cell of row.children) collectInlineLinks(cell.children, atelier, links)
      break
    default:
      break
  }
}

function collectInlineLinks(nodes: readonly Inline[], atelier: string | undefined, links: LinkSummary[]): void {
  for (const node of nodes) {
    if (node.type === 'link') {
      links.push({url: node.url, text: inlineText(node.children), ...(atelier ? {atelier} : {})})
    } else if ('children' in node) {
      collectInlineLinks(node.children, atelier, links)
    }
  }
}

