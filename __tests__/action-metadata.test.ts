/** action.yml, the code that reads inputs and sets outputs, and the README must name the same things. */
import { expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { ROOT } from './helpers/workspace.js'

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8')
const action = parse(read('action.yml')) as { runs: { using: string; main: string }; inputs: Record<string, unknown>; outputs: Record<string, unknown> }

test('the action runs on node24 from the committed bundle', () => {
  expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
})

test('every input the code reads is declared, and every declared input is read', () => {
  const source = read('src/action/inputs.ts')
  const read_ = new Set([...source.matchAll(/(?:getInput|bool|int)\('([a-z-]+)'/g)].map((m) => m[1]))
  expect([...read_].sort()).toEqual(Object.keys(action.inputs).sort())
})

test('every output the code sets is declared, and every declared output is set', () => {
  const source = read('src/action/main.ts')
  const set = new Set([...source.matchAll(/setOutput\('([a-z-]+)'/g)].map((m) => m[1]))
  expect([...set].sort()).toEqual(Object.keys(action.outputs).sort())
})

test('the README documents every input and output', () => {
  const readme = read('README.md')
  for (const name of [...Object.keys(action.inputs), ...Object.keys(action.outputs)]) expect(readme).toContain(`| \`${name}\``)
})

test("the README's inputs table gives each input the default action.yml declares", () => {
  const readme = read('README.md')
  const inputs = action.inputs as Record<string, { default?: string }>
  const problems: string[] = []
  for (const [name, input] of Object.entries(inputs)) {
    const row = readme.split('\n').find((l) => l.startsWith(`| \`${name}\` |`))
    if (!row) {
      problems.push(`${name}: no row`)
      continue
    }
    const shown = row.split(' | ')[1]
    // An empty default in action.yml is a default the code works out (the README says which, in words).
    if (input.default !== undefined && input.default !== '' && shown !== `\`${input.default}\``) problems.push(`${name}: README says ${shown}, action.yml ${input.default}`)
  }
  expect(problems).toEqual([])
})
