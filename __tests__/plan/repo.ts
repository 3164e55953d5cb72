/**
 * A monorepo with 50 components for the plan tests, in a real git repository:
 *
 * - `svc-NN` (NN ≡ 0 mod 3): spec `specs/aNN.md` whose frontmatter names the component and its paths
 *   (`services/svc-NN/src` and `./shared/svc-NN/` as source, `services/svc-NN/tests` as tests);
 * - `lib_NN` (NN ≡ 1 mod 3): spec `specs/lib_NN.md` with a frontmatter title only: the name is the file name, the paths
 *   come from the configuration (`lib/{component}`, `test/{component}`; lib_01 and lib_04 override their source);
 * - `web.NN` (NN ≡ 2 mod 3): spec `specs/web.NN.md` without frontmatter (web.02 gives only its tests in frontmatter).
 *
 * Branches off `main`: `feature` (two sources and one spec), `config` (the configuration), `workflow` (a workflow
 * file), `rename` (a file moved from lib_13 to lib_16); `main` moves on after they branch (lib_10 changes).
 */
import { jest } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { planCommand } from '../../src/cli/plan.js'

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

export async function put(dir: string, rel: string, content: string): Promise<void> {
  const full = path.join(dir, rel)
  await mkdir(path.dirname(full), { recursive: true })
  await writeFile(full, content)
}

export const CONFIG = `preset: none
paths:
  source: "lib/{component}"
  tests: "test/{component}"
components:
  lib_01:
    paths: { source: legacy/lib_01 }
  lib_04:
    paths: { source: "legacy/{component}/" }
`

export interface Expected {
  component: string
  spec: string
  source: string[]
  tests: string[]
}

export const pad = (i: number): string => String(i).padStart(2, '0')

/** The 50 components as the plan must list them, computed from the layout above (not from the code under test). */
export function expectedComponents(): Expected[] {
  const list: Expected[] = []
  for (let i = 0; i < 50; i++) {
    const n = pad(i)
    if (i % 3 === 0) {
      list.push({ component: `svc-${n}`, spec: `specs/a${n}.md`, source: [`services/svc-${n}/src`, `shared/svc-${n}`], tests: [`services/svc-${n}/tests`] })
    } else if (i % 3 === 1) {
      const source = i === 1 || i === 4 ? `legacy/lib_${n}` : `lib/lib_${n}`
      list.push({ component: `lib_${n}`, spec: `specs/lib_${n}.md`, source: [source], tests: [`test/lib_${n}`] })
    } else {
      const tests = i === 2 ? ['e2e/web.02', 'test/web.02'] : [`test/web.${n}`]
      list.push({ component: `web.${n}`, spec: `specs/web.${n}.md`, source: [`lib/web.${n}`], tests })
    }
  }
  return list.sort((a, b) => (a.component < b.component ? -1 : a.component > b.component ? 1 : 0))
}

function specText(i: number): string {
  const n = pad(i)
  if (i % 3 === 0) {
    return `---
component: svc-${n}
title: Service ${n}
paths:
  source:
    - services/svc-${n}/src
    - ./shared/svc-${n}/
  tests: services/svc-${n}/tests
---
# Service ${n}

## Requirements
- REQ-1: it works
`
  }
  if (i % 3 === 1) return `---\ntitle: Library ${n}\nstatus: draft\n---\n\n## Requirements\n- it works\n`
  if (i === 2) return `---\npaths:\n  tests: [e2e/web.02, test/web.02]\n---\n# Web 02\n`
  return `# Web ${n}\n\n## Requirements\n- it renders\n`
}

function specFile(i: number): string {
  const n = pad(i)
  return i % 3 === 0 ? `specs/a${n}.md` : i % 3 === 1 ? `specs/lib_${n}.md` : `specs/web.${n}.md`
}

export interface PlanRepo {
  dir: string
  cleanup(): Promise<void>
}

export async function buildPlanRepo(): Promise<PlanRepo> {
  const dir = await realpath(await mkdtemp(path.join(tmpdir(), 's2p-plan-')))
  git(dir, 'init', '-q', '-b', 'main')
  await put(dir, '.github/spec-to-production.yml', CONFIG)
  await put(dir, 'specs/README.txt', 'not a spec\n')
  await put(dir, 'specs/drafts/later.md', '# Not matched by specs/*.md\n')
  for (const c of expectedComponents()) {
    for (const p of [...c.source, ...c.tests]) await put(dir, `${p}/mod.py`, `# ${c.component}\n`)
  }
  for (let i = 0; i < 50; i++) await put(dir, specFile(i), specText(i))
  git(dir, 'add', '-A')
  git(dir, 'commit', '-q', '-m', 'fifty components')

  const branch = async (name: string, change: () => Promise<void>): Promise<void> => {
    git(dir, 'checkout', '-q', '-b', name, 'main')
    await change()
    git(dir, 'add', '-A')
    git(dir, 'commit', '-q', '-m', name)
  }
  await branch('feature', async () => {
    await put(dir, 'services/svc-03/src/mod.py', '# svc-03, changed\n')
    await put(dir, 'lib/lib_07/new.py', '# added to lib_07\n')
    await put(dir, 'specs/web.05.md', '# Web 05\n\n## Requirements\n- it renders faster\n')
    await put(dir, 'README.md', 'outside every component\n')
  })
  await branch('config', async () => put(dir, '.github/spec-to-production.yml', `${CONFIG}# tuned\n`))
  await branch('workflow', async () => put(dir, '.github/workflows/ship.yml', 'on: pull_request\n'))
  await branch('rename', async () => {
    git(dir, 'mv', 'lib/lib_13/mod.py', 'lib/lib_16/moved.py')
  })
  await branch('nothing', async () => {
    await put(dir, 'docs/notes.md', 'docs only\n')
    await put(dir, 'docs/diagram.svg', '<svg/>\n')
    await put(dir, 'LICENSE', 'MIT\n')
    await put(dir, '.github/CODEOWNERS', '* @o/team\n')
  })
  // Code no component's paths hold (a shared module the components import).
  await branch('shared-code', async () => put(dir, 'shared/util.py', 'def helper(): ...\n'))
  // A dependency bump and a linter told to ignore everything, in no component's paths.
  await branch('deps', async () => {
    await put(dir, 'requirements.txt', 'requests==2.0.0\n')
    await put(dir, 'eslint.config.js', "export default [{ ignores: ['**'] }]\n")
  })
  // A lock file inside one component's source path concerns that component only.
  await branch('local-lock', async () => put(dir, 'services/svc-03/src/requirements.txt', 'requests==2.0.0\n'))
  // main moves on: its changes are not the branches'.
  git(dir, 'checkout', '-q', 'main')
  await put(dir, 'lib/lib_10/mod.py', '# main only\n')
  git(dir, 'commit', '-q', '-am', 'main moves on')
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) }
}

/** Runs the CLI command with stdout and stderr captured. */
export async function cli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const out = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk)
    return true
  })
  const err = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk)
    return true
  })
  try {
    const code = await planCommand(argv)
    return { code, stdout, stderr }
  } finally {
    out.mockRestore()
    err.mockRestore()
  }
}
