import type {Definition, PhrasingContent} from 'mdast'
import type {Inline} from '../types.js'

/** Link reference definitions by normalized label, to resolve `[text][label]`. */
export type Definitions = ReadonlyMap<string, Definition>

/** Normalizes a reference label as CommonMark does (spec §4.7: case-fold, collapse white space). */
export function normalizeLabel(label: string): string {
  return label.replace(/[\t\n\r ]+/g, ' ').trim().toLowerCase().toUpperCase()
}

/** Converts mdast phrasing content into domain inline nodes. Nothing is dropped. */
export function toInlines(nodes: readonly PhrasingContent[], definitions: Definitions): Inline[] {
  const result: Inline[] = []
  for (const node of nodes) result.push(...toInline(node, definitions))
  return mergeTexts(result)
}

function toInline(node: PhrasingContent, definitions: Definitions): Inline[] {
  // Extension types made by the inline-html repair (underline, sub, sup) are
  // not in mdast's PhrasingContent union.
  const type = node.type as string
  switch (type) {
    case 'text':
      return [{type: 'text', value: (node as {value: string}).value}]
    case 'strong':
    case 'emphasis':
    case 'delete':
    case 'underline':
    case 'subscript':
    case 'superscript':
      return [
        {
          type,
          children: toInlines((node as {children: PhrasingContent[]}).children, definitions),
        } as Inline,
      ]
    case 'inlineCode':
      return [{type: 'inlineCode', value: (node as {value: string}).value}]
    case 'break':
      return [{type: 'break'}]
    case 'html':
      return [{type: 'html', value: (node as {value: string}).value}]
    case 'link': {
      const link = node as Extract<PhrasingContent, {type: 'link'}>
      return [
        {
          type: 'link',
          url: link.url,
          ...(link.title ? {title: link.title} : {}),
          children: toInlines(link.children, definitions),
        },
      ]
    }
    case 'image': {
      const image = node as Extract<PhrasingContent, {type: 'image'}>
      return [{type: 'image', url: image.url, alt: image.alt ?? '', ...(image.title ? {title: image.title} : {})}]
    }
    case 'linkReference': {
      const reference = node as Extract<PhrasingContent, {type: 'linkReference'}>
      const definition = definitions.get(normalizeLabel(reference.identifier))
      const children = toInlines(reference.children, definitions)
      if (!definition) return children
      return [{type: 'link', url: definition.url, ...(definition.title ? {title: definition.title} : {}), children}]
    }
    case 'imageReference': {
      const reference = node as Extract<PhrasingContent, {type: 'imageReference'}>
      const definition = definitions.get(normalizeLabel(reference.identifier))
      return [{type: 'image', url: definition?.url ?? '', alt: reference.alt ?? ''}]
    }
    case 'footnoteReference': {
      const reference = node as Extract<PhrasingContent, {type: 'footnoteReference'}>
      return [{type: 'superscript', children: [{type: 'text', value: `[${reference.label ?? reference.identifier}]`}]}]
    }
    default: {
      const value = 'value' in node && typeof node.value === 'string' ? node.value : ''
      const children = 'children' in node && Array.isArray(node.children) ? toInlines(node.children as PhrasingContent[], definitions) : []
      return value ? [{type: 'text', value}] : children
    }
  }
}

/** Adjacent text nodes (left by repairs) become one, so outputs do not depend on how the tree was built. */
function mergeTexts(nodes: Inline[]): Inline[] {
  const result: Inline[] = []
  for (const node of nodes) {
    const previous = result.at(-1)
    if (node.type === 'text' && previous?.type === 'text') {
      result[result.length - 1] = {type: 'text', value: previous.value + node.value}
    } else {
      result.push(node)
    }
  }
  return result
}

export {inlineText} from '../text/inline-text.js'

/**
 * Removes white space at the start and end of inline content, as a title or
 * a table cell shows it.
 */
export function trimInlines(nodes: readonly Inline[]): Inline[] {
  const result = [...nodes]
  while (result[0]?.type === 'break') result.shift()
  while (result.at(-1)?.type === 'break') result.pop()
  const first = result[0]
  if (first?.type === 'text') result[0] = {type: 'text', value: first.value.replace(/^\s+/, '')}
  const last = result.at(-1)
  if (last?.type === 'text') result[result.length - 1] = {type: 'text', value: last.value.replace(/\s+$/, '')}
  return result.filter((node) => !(node.type === 'text' && node.value === ''))
}
