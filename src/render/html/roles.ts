/**
 * The HTML report's markup for the layout's roles: which element and which
 * classes (those of templates/report.css) each stands for. The writer's
 * only table of names; it decides nothing about content.
 */
import type {GroupRole, ParagraphRole, SpanRole} from '../../layout/index.js'

/** A group of blocks: the sectioning element and its class. */
export const groupElements: Readonly<Record<GroupRole, readonly [tag: string, className: string | undefined]>> = {
  'title-block': ['header', 'title-block'],
  main: ['main', undefined],
  summary: ['section', 'summary'],
  registers: ['section', 'registers'],
  introduction: ['section', 'introduction'],
  participants: ['section', 'seminar-participants'],
  atelier: ['section', 'atelier'],
  section: ['section', 'section'],
  question: ['div', 'question'],
  prompt: ['div', 'prompt'],
  annex: ['section', 'annex'],
  organizations: ['section', 'organizations'],
  links: ['section', 'links'],
  'raw-html': ['div', 'raw-html'],
}

/** A paragraph's class, by role (questions and prompts are set apart by their group). */
export const paragraphClasses: Readonly<Record<ParagraphRole, readonly string[] | undefined>> = {
  facilitators: ['facilitators'],
  'question-label': ['question-label'],
  question: undefined,
  prompt: undefined,
  'attendance-title': ['attendance-title'],
  roles: ['roles'],
  round: ['round'],
}

/** A span of words: element and classes. */
export const spanElements: Readonly<Record<SpanRole, readonly [tag: string, classNames: readonly string[]]>> = {
  facilitator: ['span', ['person', 'facilitator']],
  assistant: ['span', ['person', 'assistant']],
  count: ['span', ['count']],
  'as-written': ['span', ['as-written']],
  variants: ['span', ['variants']],
  url: ['span', ['url']],
  redacted: ['span', ['redacted']],
  'section-number': ['span', ['section-number']],
  'summary-question': ['span', ['summary-question']],
  image: ['span', ['image']],
  'image-label': ['span', ['image-label']],
  'refused-url': ['code', ['refused-url']],
  'unsafe-link': ['span', ['unsafe-link']],
  'task-box': ['span', ['task-box']],
  'register-mark': ['span', ['register-mark']],
}

/** A table's class, by role. */
export const tableClasses = {participants: 'participants', summary: 'summary-table', organizations: 'organizations-table', actions: 'actions-table'} as const

/** A list's class, by role. */
export const listClasses = {'meta-list': 'meta-list', 'link-list': 'link-list', decisions: 'decision-list'} as const
