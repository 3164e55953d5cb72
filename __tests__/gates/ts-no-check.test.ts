import { afterAll, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, rm, symlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { isTsConfig, noCheckProjects, parseTsConfig, projectsOfCommand } from '../../src/gates/ts-no-check.js'
import { writeIn } from '../helpers/workspace.js'

const dirs: string[] = []
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))))

test('tsconfig text is read as tsc reads it: comments outside strings, trailing commas', () => {
  expect(parseTsConfig('{\n // a "noCheck": true\n /* x */ "compilerOptions": { "paths": { "@/*": ["./src/*"] }, "outDir": "a//b", },\n}')).toEqual({
    compilerOptions: { paths: { '@/*': ['./src/*'] }, outDir: 'a//b' }
  })
  expect(parseTsConfig('{ "a": "quote \\" // not a comment" }')).toEqual({ a: 'quote " // not a comment' })
  expect(parseTsConfig('[1]')).toBeNull()
  expect(parseTsConfig('{ broken')).toBeNull()
})

test('noCheck is followed through relative extends (string or list); a file of its own overrides; packages are not followed', async () => {
  const dir = await mkdtemp(join(tmpdir(), 's2p-nocheck-'))
  dirs.push(dir)
  await writeIn(dir, 'base/strict.json', '{ "compilerOptions": { "noCheck": true } }')
  await writeIn(dir, 'tsconfig.json', '{ "extends": ["@tsconfig/node20/tsconfig.json", "./base/strict"] }')
  await writeIn(dir, 'app/tsconfig.json', '{ "extends": "../tsconfig.json", "compilerOptions": { "noCheck": false } }')
  await writeIn(dir, 'lib/tsconfig.json', '{ "extends": "../tsconfig.json" }')
  await writeIn(dir, 'outside/tsconfig.json', '{ "extends": "../../elsewhere.json" }')
  const configs = ['tsconfig.json', 'app/tsconfig.json', 'lib/tsconfig.json', 'outside/tsconfig.json']
  expect(await noCheckProjects(dir, configs)).toEqual([
    { file: 'tsconfig.json', setBy: 'base/strict.json' },
    { file: 'lib/tsconfig.json', setBy: 'base/strict.json' }
  ])
  expect(['tsconfig.json', 'a/tsconfig.build.json', 'jsconfig.json', 'tsconfig.json.bak', 'src/x.json'].map(isTsConfig)).toEqual([true, true, true, false, false])
})

test('the projects a tsc command names', () => {
  expect(projectsOfCommand('npx tsc --noEmit --pretty false > r/tsc.txt')).toEqual([])
  expect(projectsOfCommand("npx tsc -p 'examples/greeter/tsconfig.json' --noEmit")).toEqual(['examples/greeter/tsconfig.json'])
  expect(projectsOfCommand('tsc --project=packages/a --noEmit')).toEqual(['packages/a/tsconfig.json'])
  expect(projectsOfCommand('tsc -b . packages/b --noEmit > x')).toEqual(['tsconfig.json', 'packages/b/tsconfig.json'])
})

/** Settles with the promise's value, or with 'timed out' after `ms` (a read blocked on a FIFO never settles). */
async function within<T>(ms: number, promise: Promise<T>): Promise<T | 'timed out'> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<'timed out'>((resolve) => (timer = setTimeout(() => resolve('timed out'), ms)))
  try {
    return await Promise.race([promise, late])
  } finally {
    clearTimeout(timer)
  }
}

test('a tracked tsconfig linked to /dev/zero or to a FIFO is not read (600 MB and 2 s a file, or a run that never ends)', async () => {
  const dir = await mkdtemp(join(tmpdir(), 's2p-nocheck-'))
  dirs.push(dir)
  await writeIn(dir, 'tsconfig.json', '{ "compilerOptions": { "noCheck": true } }')
  await mkdir(join(dir, 'zero'))
  await symlink('/dev/zero', join(dir, 'zero/tsconfig.json'))
  await mkdir(join(dir, 'fifo'))
  execFileSync('mkfifo', [join(dir, 'fifo/tsconfig.json')])
  const started = Date.now()
  expect(await within(3000, noCheckProjects(dir, ['zero/tsconfig.json', 'fifo/tsconfig.json', 'tsconfig.json']))).toEqual([{ file: 'tsconfig.json', setBy: 'tsconfig.json' }])
  // Each read of /dev/zero took 1 to 2 s before V8 refused the string.
  expect(Date.now() - started).toBeLessThan(500)
})
