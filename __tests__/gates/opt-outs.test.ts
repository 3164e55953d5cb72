/**
 * File-wide opt-out comments, found as the real checkers honour them: each case is run through the real tool (tsc from
 * node_modules; mypy and pylint from Debian's python3 when installed) and `findOptOut` must agree with what the tool
 * did — a file it reported nothing for opted out, a file it reported on did not.
 */
import { afterAll, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { findOptOut, optOutFamily, secretAllowComments } from '../../src/gates/opt-outs.js'
import { ROOT } from '../helpers/workspace.js'
import { optOutsIn, secretAllowsIn } from '../../src/engine/stages/unchecked-sources.js'

const dirs: string[] = []
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))))

/** Writes `files` into a fresh directory and returns the names the tool's output mentions. */
async function reported(files: Record<string, string>, tool: (dir: string) => string): Promise<Set<string>> {
  const dir = await mkdtemp(join(tmpdir(), 's2p-optout-'))
  dirs.push(dir)
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text)
  const output = tool(dir)
  return new Set(Object.keys(files).filter((name) => output.includes(name)))
}

function run(command: string, args: string[], cwd: string): string {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string }
    return `${e.stdout ?? ''}${e.stderr ?? ''}`
  }
}

const ERROR_TS = 'const x: string = 5\nexport { x }\n'
const TS: Record<string, { text: string; optsOut: number | null }> = {
  'first.ts': { text: `// @ts-nocheck\n${ERROR_TS}`, optsOut: 1 },
  'after-block.ts': { text: `/* eslint-disable */\n// @ts-nocheck\n${ERROR_TS}`, optsOut: 2 },
  'after-line-comments.ts': { text: `// header\n\n// @ts-nocheck: generated\n${ERROR_TS}`, optsOut: 3 },
  'shebang.ts': { text: `#!/usr/bin/env node\n//@ts-nocheck\n${ERROR_TS}`, optsOut: 2 },
  'after-statement.ts': { text: `export const k = 1\n// @ts-nocheck\n${ERROR_TS}`, optsOut: null },
  'in-jsdoc.ts': { text: `/**\n * @ts-nocheck\n */\n${ERROR_TS}`, optsOut: null },
  'plain.ts': { text: ERROR_TS, optsOut: null },
  'ts-ignore.ts': { text: `// @ts-ignore\n${ERROR_TS}`, optsOut: null }
}

test('@ts-nocheck: found exactly where tsc honours it', async () => {
  const tsc = join(ROOT, 'node_modules/.bin/tsc')
  const files = Object.fromEntries(Object.entries(TS).map(([name, c]) => [name, c.text]))
  const errors = await reported(files, (dir) => run(tsc, ['--noEmit', '--strict', '--pretty', 'false', ...Object.keys(files)], dir))
  for (const [name, c] of Object.entries(TS)) {
    const found = findOptOut('typescript', c.text)
    expect([name, found?.line ?? null]).toEqual([name, c.optsOut])
    // The tool agrees: a file that opts out has no error reported; one that does not has its error.
    if (name !== 'ts-ignore.ts') expect([name, errors.has(name)]).toEqual([name, c.optsOut === null])
  }
  expect(findOptOut('typescript', TS['after-block.ts'].text)).toEqual({ line: 2, directive: '// @ts-nocheck' })
})

const MYPY_READY = existsSync('/usr/lib/python3/dist-packages/mypy')
const PYLINT_READY = existsSync('/usr/lib/python3/dist-packages/pylint')
if (!MYPY_READY || !PYLINT_READY) console.warn('SKIPPED the mypy/pylint agreement checks: apt-get install python3-mypy pylint')

const ERROR_PY = 'x: str = 5\n'
const PY_TYPES: Record<string, { text: string; optsOut: number | null }> = {
  'ignore_errors.py': { text: `import os\n# mypy: ignore-errors\n${ERROR_PY}`, optsOut: 2 },
  'top_ignore.py': { text: `# type: ignore\n${ERROR_PY}`, optsOut: 1 },
  'after_comment.py': { text: `# header\n\n# type: ignore\n${ERROR_PY}`, optsOut: 3 },
  'after_docstring.py': { text: `"""doc"""\n# type: ignore\n${ERROR_PY}`, optsOut: null },
  'after_import.py': { text: `import os\n# type: ignore\n${ERROR_PY}`, optsOut: null },
  'plain.py': { text: ERROR_PY, optsOut: null }
}

;(MYPY_READY ? describe : describe.skip)('mypy (Debian python3)', () => {
  test('# mypy: ignore-errors anywhere, # type: ignore only before any code: as mypy honours them', async () => {
    const files = Object.fromEntries(Object.entries(PY_TYPES).map(([name, c]) => [name, c.text]))
    const output = await reported(files, (dir) => run('/usr/bin/python3', ['-m', 'mypy', '--no-incremental', '--cache-dir=/dev/null', ...Object.keys(files)], dir))
    for (const [name, c] of Object.entries(PY_TYPES)) {
      expect([name, findOptOut('python-types', c.text)?.line ?? null]).toEqual([name, c.optsOut])
      expect([name, output.has(name)]).toEqual([name, c.optsOut === null])
    }
  })
})

const PYLINT: Record<string, { text: string; optsOut: number | null }> = {
  'skip_file.py': { text: '# pylint: skip-file\nimport os\n', optsOut: 1 },
  'disable_all.py': { text: '# pylint: disable=all\nimport os\n', optsOut: 1 },
  'disable_one.py': { text: '# pylint: disable=unused-import\nimport os\nx = 1\n', optsOut: null },
  'plain_lint.py': { text: 'import os\n', optsOut: null }
}

;(PYLINT_READY ? describe : describe.skip)('pylint (Debian python3)', () => {
  test('# pylint: skip-file and disable=all, as pylint honours them; disabling one message is not an opt-out', async () => {
    const files = Object.fromEntries(Object.entries(PYLINT).map(([name, c]) => [name, c.text]))
    const output = await reported(files, (dir) => run('/usr/bin/python3', ['-m', 'pylint', '--persistent=n', ...Object.keys(files)], dir))
    for (const [name, c] of Object.entries(PYLINT)) {
      expect([name, findOptOut('pylint', c.text)?.line ?? null]).toEqual([name, c.optsOut])
      if (name !== 'disable_one.py') expect([name, output.has(name)]).toEqual([name, c.optsOut === null])
    }
  })
})

test('ruff: a bare # ruff: noqa or # flake8: noqa is file-wide; one naming codes is not', () => {
  expect(findOptOut('ruff', 'import os\n# ruff: noqa\n')).toEqual({ line: 2, directive: '# ruff: noqa' })
  expect(findOptOut('ruff', '# flake8: noqa\nimport os\n')).toMatchObject({ line: 1 })
  expect(findOptOut('ruff', '# ruff: noqa: F401\nimport os\n')).toBeNull()
  expect(findOptOut('ruff', 'import os  # noqa\n')).toBeNull()
})

test('the tools whose opt-outs are looked for; eslint lists its own suppressions', () => {
  expect(['tsc', 'mypy', 'Pyright', 'ruff', 'pylint', 'eslint', 'secretlint'].map(optOutFamily)).toEqual(['typescript', 'python-types', 'python-types', 'ruff', 'pylint', null, null])
})

const TOKEN = ['ghp', 'wWPw5k4aXcaT4fNP0UcnZwJUVFk6LO0pINUx'].join('_')
const SECRETLINT: Record<string, { text: string; allows: number[] }> = {
  'disable.js': { text: `// secretlint-disable\nconst t = "${TOKEN}"\n`, allows: [1] },
  'disable-line.js': { text: `const t = "${TOKEN}" // secretlint-disable-line\n`, allows: [1] },
  'next-line.js': { text: `# secretlint-disable-next-line\nconst t = "${TOKEN}"\n`, allows: [1] },
  'in-a-string.txt': { text: `note: secretlint-disable\ntoken=${TOKEN}\n`, allows: [1] },
  'plain.js': { text: `const t = "${TOKEN}"\n`, allows: [] }
}

test('secretlint-disable comments: found wherever secretlint (its recommended preset) honours them', async () => {
  const files = Object.fromEntries(Object.entries(SECRETLINT).map(([name, c]) => [name, c.text]))
  const secretlint = join(ROOT, 'node_modules/.bin/secretlint')
  const rc = '{"rules":[{"id":"@secretlint/secretlint-rule-preset-recommend"}]}'
  const found = await reported(files, (dir) => {
    run(secretlint, ['--secretlintrcJSON', rc, '*', '--format', 'json', '--output', 'out.json'], dir)
    const results = JSON.parse(execFileSync('cat', ['out.json'], { cwd: dir, encoding: 'utf8' })) as Array<{ filePath: string; messages: unknown[] }>
    return results.filter((r) => r.messages.length > 0).map((r) => r.filePath).join('\n')
  })
  for (const [name, c] of Object.entries(SECRETLINT)) {
    expect([name, secretAllowComments('secretlint', c.text).map((a) => a.line)]).toEqual([name, c.allows])
    // secretlint reported the token exactly where no comment hid it.
    expect([name, found.has(name)]).toEqual([name, c.allows.length === 0])
  }
  expect(secretAllowComments('secretlint', SECRETLINT['disable.js'].text)).toEqual([{ line: 1, directive: 'secretlint-disable' }])
})

test("detect-secrets' and gitleaks' allow comments", () => {
  expect(secretAllowComments('detect-secrets', 'a = 1\nkey = "x"  # pragma: allowlist secret\n# pragma: allowlist nextline secret\nb = "y"\n')).toEqual([
    { line: 2, directive: 'pragma: allowlist secret' },
    { line: 3, directive: 'pragma: allowlist nextline secret' }
  ])
  expect(secretAllowComments('gitleaks', 'k = "x" # gitleaks:allow\n')).toEqual([{ line: 1, directive: 'gitleaks:allow' }])
  expect(secretAllowComments('npm-audit', '# secretlint-disable\n')).toEqual([])
})

test('a secretlint-disable after megabytes of padding is still found: the file is read whole, as the scanner read it', async () => {
  const dir = await mkdtemp(join(tmpdir(), 's2p-optout-'))
  dirs.push(dir)
  const padding = `${'// padding padding padding padding padding padding padding\n'.repeat(40_000)}`
  expect(padding.length).toBeGreaterThan(2 * 1024 * 1024)
  await writeFile(join(dir, 'big.js'), `${padding}// secretlint-disable\nconst t = "${TOKEN}"\n`)
  expect(await secretAllowsIn(dir, ['big.js', 'missing.js'], 'secretlint')).toEqual([{ file: 'big.js', line: 40_001, directive: 'secretlint-disable' }])
})

test('opt-outs after megabytes of padding are found, in linear time', async () => {
  const comments = '// generated header line, one of many\n'.repeat(60_000)
  const started = Date.now()
  expect(findOptOut('typescript', `${comments}// @ts-nocheck\n${ERROR_TS}`)).toEqual({ line: 60_001, directive: '// @ts-nocheck' })
  expect(Date.now() - started).toBeLessThan(2000)
  const dir = await mkdtemp(join(tmpdir(), 's2p-optout-'))
  dirs.push(dir)
  await writeFile(join(dir, 'big.py'), `${'x = 1\n'.repeat(400_000)}# mypy: ignore-errors\n`)
  expect(await optOutsIn(dir, ['big.py'], 'python-types')).toEqual([{ file: 'big.py', line: 400_001, directive: '# mypy: ignore-errors' }])
})
