import {EMPTY_OBJECT, NextAttributeComponent, XmlAttributeComponent, XmlComponent, isXmlComponent, type IContext, type IXmlableObject} from 'docx'

/**
 * Faster equivalents of the three methods that turn every element of a docx
 * document into the object tree its compiler writes as XML. docx's own are
 * written for clarity (`flatMap` + `filter` with closures per element, an
 * object spread per attribute in `NextAttributeComponent`); over a document
 * of ten thousand elements they took half of the DOCX rendering time
 * (benchmark corpus, 100 files: 4.9 s of 9.8 s; 2.1 s with these). They
 * return the same objects, so docx writes the same bytes:
 * test/render/docx/fast-prep.test.ts renders every fixture and corpus files
 * with docx's methods and with these and compares the packages byte for byte.
 *
 * docx is pinned to an exact version; the methods replaced are those of that
 * version, kept in `originals` so the comparison can put them back.
 */

type Prepare = (this: unknown, context: IContext) => IXmlableObject | undefined
interface Prototypes {
  readonly component: {prepForXml: Prepare}
  readonly attributes: {prepForXml: Prepare}
  readonly nextAttributes: {prepForXml: Prepare}
}

const prototypes = {
  component: XmlComponent.prototype,
  attributes: XmlAttributeComponent.prototype,
  nextAttributes: NextAttributeComponent.prototype,
} as unknown as Prototypes

const originals = {
  component: prototypes.component.prepForXml,
  attributes: prototypes.attributes.prepForXml,
  nextAttributes: prototypes.nextAttributes.prepForXml,
}

/** What these methods read of a component: docx marks it protected. */
interface ComponentInternals {
  readonly rootKey: string
  readonly root: readonly unknown[]
  readonly writtenAs?: readonly {prepForXml(context: IContext): unknown}[]
}
interface AttributeInternals {
  readonly root: Readonly<Record<string, unknown>>
  readonly xmlKeys?: Readonly<Record<string, string>>
}
interface NextAttributeInternals {
  readonly root: Readonly<Record<string, {readonly key: string; readonly value: unknown}>>
}

/** Adds what a child prepared, flattened one level and without undefined, as `flatMap` + `filter` did. */
function addPrepared(children: unknown[], prepared: unknown): void {
  if (Array.isArray(prepared)) {
    for (const item of prepared) if (item !== undefined) children.push(item)
  } else if (prepared !== undefined) {
    children.push(prepared)
  }
}

function prepareComponent(this: ComponentInternals, context: IContext): IXmlableObject {
  context.stack.push(this as never)
  const children: unknown[] = []
  for (const child of this.root) {
    if (!isXmlComponent(child)) {
      addPrepared(children, child)
      continue
    }
    const parts = (child as unknown as ComponentInternals).writtenAs
    if (parts) {
      const prepared: unknown[] = []
      for (const part of parts) prepared.push(part.prepForXml(context))
      addPrepared(children, prepared)
    } else {
      addPrepared(children, child.prepForXml(context))
    }
  }
  context.stack.pop()
  const only = children.length === 1 ? (children[0] as {_attr?: unknown} | undefined) : undefined
  const content = children.length === 0 ? EMPTY_OBJECT : only?._attr ? only : children
  const result: Record<string, unknown> = {}
  result[this.rootKey] = content
  return result
}

function prepareAttributes(this: AttributeInternals): IXmlableObject {
  const attributes: Record<string, unknown> = {}
  const names = this.xmlKeys
  for (const key of Object.keys(this.root)) {
    const value = this.root[key]
    if (value !== undefined) attributes[names?.[key] || key] = value
  }
  return {_attr: attributes}
}

function prepareNextAttributes(this: NextAttributeInternals): IXmlableObject {
  const attributes: Record<string, unknown> = {}
  for (const {key, value} of Object.values(this.root)) {
    if (value !== undefined) attributes[key] = value
  }
  return {_attr: attributes}
}

let chosen = false

/**
 * Puts the faster methods in place the first time the DOCX renderer runs,
 * unless a choice was made already: importing the library changes nothing
 * in docx for programs that do not render DOCX.
 */
export function useFastPrepForXmlByDefault(): void {
  if (!chosen) useFastPrepForXml()
}

/** Puts the faster methods in place (idempotent). */
export function useFastPrepForXml(): void {
  chosen = true
  prototypes.component.prepForXml = prepareComponent as Prepare
  prototypes.attributes.prepForXml = prepareAttributes as Prepare
  prototypes.nextAttributes.prepForXml = prepareNextAttributes as Prepare
}

/** Puts docx's own methods back: for the tests that compare both. */
export function useDocxPrepForXml(): void {
  chosen = true
  prototypes.component.prepForXml = originals.component
  prototypes.attributes.prepForXml = originals.attributes
  prototypes.nextAttributes.prepForXml = originals.nextAttributes
}
