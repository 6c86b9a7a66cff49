/**
 * The fixtures' minutes, parsed by the library's own `parseMinutes`, for the
 * page-level tests.
 */
import {readdirSync, readFileSync, existsSync} from 'node:fs'
import {parseMinutes} from '../../../src/index.js'
import type {Seminar} from '../../../src/types.js'

export const fixtures = new URL('../../../fixtures/', import.meta.url)

/** Every fixture folder holding an input.md, sorted. */
export function fixtureNames(): string[] {
  return readdirSync(fixtures, {withFileTypes: true})
    .filter((entry) => entry.isDirectory() && existsSync(new URL(`${entry.name}/input.md`, fixtures)))
    .map((entry) => entry.name)
    .sort()
}

/** A fixture's minutes, parsed; `text` is the decoded input. */
export function fixture(name: string): {seminar: Seminar; text: string} {
  const {seminar, file} = parseMinutes(readFileSync(new URL(`${name}/input.md`, fixtures)), {name: 'input.md'})
  return {seminar, text: String(file.value)}
}

export async function seedSeminar(): Promise<Seminar> {
  return fixture('seed').seminar
}

export async function xssSeminar(): Promise<Seminar> {
  return fixture('xss').seminar
}
