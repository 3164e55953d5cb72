/**
 * A real git repository for the diff-aware tests: `main` with a small JS and Python project, and a `feature` branch
 * that modifies, adds, renames, deletes and changes a binary file, while `main` moves on after the branch point.
 * The changed lines and the executable lines of each file are spelled out next to the content, for hand-computed
 * expectations.
 */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, realpath, rm, symlink, unlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_CONFIG_NOSYSTEM: '1'
}

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: GIT_ENV, encoding: 'utf8' })
}

async function put(repo: string, rel: string, content: string | Buffer): Promise<void> {
  const full = path.join(repo, rel)
  await mkdir(path.dirname(full), { recursive: true })
  await writeFile(full, content)
}

export const MATH_MAIN = `'use strict'
exports.add = function add(a, b) {
  return a + b
}
exports.sub = function sub(a, b) {
  return a - b
}
`
/** Changed on the branch: 3, 4 (add's body) and 9–14 (div). */
export const MATH_FEATURE = `'use strict'
exports.add = function add(a, b) {
  const sum = a + b
  return sum
}
exports.sub = function sub(a, b) {
  return a - b
}
exports.div = function div(a, b) {
  if (b === 0) {
    throw new Error('division by zero')
  }
  return a / b
}
`

const GREET = (punctuation: string): string => `'use strict'
exports.greet = function greet(name) {
  const greeting = 'Hello'
  const punctuation = '${punctuation}'
  return greeting + ', ' + name + punctuation
}
exports.shout = function shout(name) {
  const loud = name.toUpperCase()
  return loud
}
`

/** New on the branch: every line changed; executable 3, 4, 6, 7. */
const ADDED = `'use strict'
// a comment line
exports.half = function half(n) {
  return n / 2
}
exports.never = function never() {
  return 'never'
}
`

const JS_TEST = `'use strict'
const math = require('../src/math')
const { greet } = require('../src/new-name')
const { half } = require('../src/added')
require('../src/spëcial file')

test('math', () => {
  expect(math.add(1, 2)).toBe(3)
  expect(math.div(4, 2)).toBe(2)
})
test('greet', () => {
  expect(greet('you')).toBe('Hello, you?')
})
test('half', () => {
  expect(half(4)).toBe(2)
})
`

const CALC_MAIN = `def add(a, b):
    return a + b


def sub(a, b):
    return a - b
`
/** Changed on the branch: 2, 3 and 8–13. */
const CALC_FEATURE = `def add(a, b):
    total = a + b
    return total


def sub(a, b):
    return a - b


def div(a, b):
    if b == 0:
        raise ZeroDivisionError("b")
    return a / b
`

const PACKAGE_JSON = JSON.stringify(
  { name: 'tiny', private: true, jest: { testEnvironment: 'node', collectCoverageFrom: ['src/**/*.js'], watchman: false } },
  null,
  2
)

const NOTES_MAIN = 'one\ntwo\nthree\n'
const LONG_DOC = Array.from({ length: 20 }, (_, i) => `Line ${i + 1} of a document that is only moved.`).join('\n') + '\n'

export interface TestRepo {
  dir: string
  /** The commit `main` pointed at when `feature` branched off. */
  branchPoint: string
  cleanup(): Promise<void>
}

/** Builds the repository; `feature` is checked out at the end. */
export async function buildRepo(): Promise<TestRepo> {
  const dir = await realpath(await mkdtemp(path.join(tmpdir(), 's2p-diff-')))
  git(dir, 'init', '-q', '-b', 'main')
  await put(dir, '.gitignore', 'node_modules\ncoverage\n*.pyc\n__pycache__/\n.coverage\n')
  await put(dir, 'package.json', PACKAGE_JSON)
  await put(dir, 'README.md', 'tiny\n')
  await put(dir, 'src/math.js', MATH_MAIN)
  await put(dir, 'src/old-name.js', GREET('!'))
  await put(dir, 'src/gone.js', "exports.gone = 'gone'\n")
  await put(dir, 'docs/a.md', LONG_DOC)
  await put(dir, 'docs/notes.md', NOTES_MAIN)
  await put(dir, 'logo.bin', Buffer.from([0, 1, 2, 3, 0, 255, 10, 0]))
  await put(dir, 'pkg/__init__.py', '')
  await put(dir, 'pkg/calc.py', CALC_MAIN)
  git(dir, 'add', '-A')
  git(dir, 'commit', '-q', '-m', 'main')
  const branchPoint = git(dir, 'rev-parse', 'HEAD').trim()

  git(dir, 'checkout', '-q', '-b', 'feature')
  await put(dir, 'src/math.js', MATH_FEATURE)
  git(dir, 'mv', 'src/old-name.js', 'src/new-name.js')
  await put(dir, 'src/new-name.js', GREET('?'))
  git(dir, 'rm', '-q', 'src/gone.js')
  git(dir, 'mv', 'docs/a.md', 'docs/b.md')
  await put(dir, 'docs/notes.md', 'one\nthree\n')
  await put(dir, 'docs/tab\there.md', 'tab\n')
  await put(dir, 'src/added.js', ADDED)
  await put(dir, 'src/spëcial file.js', 'exports.x = 1\n')
  await put(dir, 'empty.txt', '')
  await put(dir, 'logo.bin', Buffer.from([0, 1, 2, 3, 0, 254, 10, 0, 9]))
  await put(dir, '__tests__/math.test.js', JS_TEST)
  await put(dir, 'pkg/calc.py', CALC_FEATURE)
  await put(dir, 'run_py.py', 'from pkg import calc\n\ncalc.add(1, 2)\ncalc.div(4, 2)\n')
  git(dir, 'add', '-A')
  git(dir, 'commit', '-q', '-m', 'feature')

  // main moves on after the branch point: its changes are not the pull request's.
  git(dir, 'checkout', '-q', 'main')
  await put(dir, 'README.md', 'tiny\nmore\n')
  await put(dir, 'src/math.js', MATH_MAIN + '// main only\n')
  git(dir, 'commit', '-q', '-am', 'main moves on')
  git(dir, 'checkout', '-q', 'feature')

  return { dir, branchPoint, cleanup: () => rm(dir, { recursive: true, force: true }) }
}

/** Runs the real jest of the project's node_modules on the repo's tiny JS project, with lcov, Cobertura and JSON. */
export async function runJestCoverage(dir: string): Promise<void> {
  await symlink(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir')
  const env: NodeJS.ProcessEnv = { ...process.env, CI: 'true' }
  delete env.NODE_OPTIONS
  delete env.JEST_WORKER_ID
  try {
    execFileSync(
      process.execPath,
      [
        path.join(ROOT, 'node_modules/jest/bin/jest.js'),
        '--coverage',
        '--coverageReporters=lcov',
        '--coverageReporters=cobertura',
        '--coverageReporters=json',
        '--rootDir',
        dir
      ],
      { cwd: dir, env, stdio: 'pipe' }
    )
  } finally {
    await unlink(path.join(dir, 'node_modules'))
  }
}

/** coverage.py (Debian's python3-coverage), when installed: JSON, lcov and Cobertura XML of the Python part. */
export const COVERAGE_PY = '/usr/bin/python3-coverage'
export const hasCoveragePy = existsSync(COVERAGE_PY)

export function runCoveragePy(dir: string): void {
  const env = { ...process.env, PYTHONDONTWRITEBYTECODE: '1' }
  execFileSync(COVERAGE_PY, ['run', '--source=pkg', 'run_py.py'], { cwd: dir, env, stdio: 'pipe' })
  execFileSync(COVERAGE_PY, ['json', '-o', 'coverage/py.json'], { cwd: dir, env, stdio: 'pipe' })
  execFileSync(COVERAGE_PY, ['lcov', '-o', 'coverage/py.lcov'], { cwd: dir, env, stdio: 'pipe' })
  execFileSync(COVERAGE_PY, ['xml', '-o', 'coverage/py.xml'], { cwd: dir, env, stdio: 'pipe' })
}
