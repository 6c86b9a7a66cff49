#!/usr/bin/env node
// Child process of bench/run.mjs: the floor. Reads the files listed in
// --list and parses each with a bare unified + remark-parse + remark-gfm, no
// repair, no extraction, no rendering, nothing written. bench/run.mjs starts
// one such process per worker and times them from spawn to exit, start-up
// included, as it does for the CLI.
//
//   node bench/floor.mjs --list FILE

import {readFileSync} from 'node:fs'
import {readFile} from 'node:fs/promises'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'

const listIndex = process.argv.indexOf('--list')
const files = readFileSync(process.argv[listIndex + 1], 'utf8').split('\n').filter(Boolean)
const processor = unified().use(remarkParse).use(remarkGfm).freeze()

let nodes = 0
for (const file of files) {
  const tree = processor.parse(await readFile(file, 'utf8'))
  nodes += tree.children.length
}
process.stdout.write(`${JSON.stringify({files: files.length, nodes})}\n`)
