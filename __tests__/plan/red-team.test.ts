/**
 * Red team of the changed-only plan: a pull request that changes what a component runs without touching its declared
 * paths, so that the plan leaves the component out and its gates never run (an empty matrix is a skipped job: ✓).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { existsSync } from 'node:fs'
import { mkdtemp, realpath, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { cli, git, put } from './repo.js'

const planned = (stdout: string): string[] => (JSON.parse(stdout) as { include: Array<{ component: string }> }).include.map((e) => e.component)

const spec = (component: string, source: string, tests: string) =>
  `---\ncomponent: ${component}\npaths: { source: ${source}, tests: ${tests} }\n---\n# ${component}\n\n## Requirements\n- REQ-1: it works\n`

let dir: string

/**
 * A monorepo of five components: an npm workspace (`shared`, `api` depending on `@acme/shared`, `web` depending on
 * `@acme/api`, `docs-site` depending on nothing of theirs) and a uv workspace (`core`, and `cli` whose pyproject.toml
 * names `Acme_Core` among its dependencies). Each branch off `main` changes one file.
 */
beforeAll(async () => {
  dir = await realpath(await mkdtemp(path.join(tmpdir(), 's2p-plan-rt-')))
  git(dir, 'init', '-q', '-b', 'main')
  await put(dir, 'package.json', JSON.stringify({ name: 'acme', private: true, workspaces: ['packages/*'] }))
  await put(dir, 'packages/shared/package.json', JSON.stringify({ name: '@acme/shared', version: '1.0.0' }))
  await put(dir, 'packages/shared/src/index.js', 'export const add = (a, b) => a + b\n')
  await put(dir, 'packages/shared/test/index.test.js', "import { add } from '../src/index.js'\n")
  await put(dir, 'packages/api/package.json', JSON.stringify({ name: '@acme/api', dependencies: { '@acme/shared': 'workspace:*' } }))
  await put(dir, 'packages/api/src/index.js', "import { add } from '@acme/shared'\nexport const total = add(1, 2)\n")
  await put(dir, 'packages/web/package.json', JSON.stringify({ name: '@acme/web', devDependencies: { '@acme/api': '*' } }))
  await put(dir, 'packages/web/src/index.js', "import { total } from '@acme/api'\n")
  await put(dir, 'packages/docs-site/package.json', JSON.stringify({ name: '@acme/docs-site', dependencies: { left: '1' } }))
  await put(dir, 'packages/docs-site/src/index.js', 'export {}\n')
  await put(dir, 'py/core/pyproject.toml', '[project]\nname = "acme-core"\nversion = "1"\n')
  await put(dir, 'py/core/src/acme_core/__init__.py', 'def add(a, b):\n    return a + b\n')
  await put(dir, 'py/cli/pyproject.toml', '[project]\nname = "acme-cli"\ndependencies = [\n  "click>=8",\n  "Acme_Core",\n]\n\n[tool.uv.sources]\nacme-core = { workspace = true }\n')
  await put(dir, 'py/cli/src/acme_cli/__init__.py', 'from acme_core import add\n')
  for (const [name, source, tests] of [
    ['shared', 'packages/shared/src', 'packages/shared/test'],
    ['api', 'packages/api/src', 'packages/api/test'],
    ['web', 'packages/web/src', 'packages/web/test'],
    ['docs-site', 'packages/docs-site/src', 'packages/docs-site/test'],
    ['core', 'py/core/src', 'py/core/tests'],
    ['cli', 'py/cli/src', 'py/cli/tests']
  ]) {
    await put(dir, `specs/${name}.md`, spec(name!, source!, tests!))
  }
  git(dir, 'add', '-A')
  git(dir, 'commit', '-q', '-m', 'base')
  const branch = async (name: string, change: () => Promise<void>) => {
    git(dir, 'checkout', '-q', '-b', name, 'main')
    await change()
    git(dir, 'add', '-A')
    git(dir, 'commit', '-q', '-m', name)
  }
  await branch('shared-source', () => put(dir, 'packages/shared/src/index.js', 'export const add = (a, b) => a - b\n'))
  await branch('shared-test', () => put(dir, 'packages/shared/test/index.test.js', '// only a test\n'))
  await branch('core-source', () => put(dir, 'py/core/src/acme_core/__init__.py', 'def add(a, b):\n    return a - b\n'))
  await branch('local-action', () => put(dir, '.github/actions/setup/action.yml', 'runs: { using: composite, steps: [{ run: npm ci, shell: bash }] }\n'))
  await branch('github-script', () => put(dir, '.github/scripts/run-tests.sh', '#!/bin/sh\nexit 0\n'))
  await branch('requirements-dir', () => put(dir, 'requirements/base.txt', 'requests==2.5.0\n'))
  await branch('cmake', () => put(dir, 'CMakeLists.txt', 'add_subdirectory(packages)\n'))
  await branch('github-settings', async () => {
    await put(dir, '.github/dependabot.yml', 'version: 2\n')
    await put(dir, '.github/ISSUE_TEMPLATE/bug.yml', 'name: Bug\n')
    await put(dir, '.github/pull_request_template.md', '## What\n')
    await put(dir, 'docs/notes.txt', 'prose\n')
  })
  await branch('spec-deleted', async () => {
    git(dir, 'rm', '-q', 'specs/api.md')
    await put(dir, 'packages/api/src/index.js', 'export const total = NaN\n')
  })
  await branch('spec-moved', async () => {
    git(dir, 'mv', 'specs/web.md', 'specs/web-app.md')
  })
  git(dir, 'checkout', '-q', 'main')
})
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true })
})

describe('a changed-only plan and the packages components share', () => {
  test("a change to a workspace package's sources plans the components that depend on it, and theirs in turn", async () => {
    // Before: only `shared` was planned; api, which imports the changed add(), and web, which imports api, passed
    // by never running.
    const { code, stdout, stderr } = await cli(['--workspace', dir, '--specs', 'specs/*.md', '--changed-only', '--base', 'main', '--head', 'shared-source'])
    expect(code).toBe(0)
    expect(planned(stdout)).toEqual(['api', 'shared', 'web'])
    expect(stderr).toContain('api     specs/api.md  depends on @acme/shared (packages/api/package.json), the package of component shared, whose sources this change touches')
    expect(stderr).toContain('web     specs/web.md  depends on @acme/api (packages/web/package.json), the package of component api, whose sources this change touches')
  })

  test("a Python project that names another's in its dependencies (any spelling PEP 503 reads as the same) is planned with it", async () => {
    const { stdout, stderr } = await cli(['--workspace', dir, '--specs', 'specs/*.md', '--changed-only', '--base', 'main', '--head', 'core-source'])
    expect(planned(stdout)).toEqual(['cli', 'core'])
    expect(stderr).toContain('depends on acme-core (py/cli/pyproject.toml), the package of component core')
  })

  test("a change to a package's tests alone changes nothing its dependents run", async () => {
    const { stdout } = await cli(['--workspace', dir, '--specs', 'specs/*.md', '--changed-only', '--base', 'main', '--head', 'shared-test'])
    expect(planned(stdout)).toEqual(['shared'])
  })
})

describe('a changed-only plan and files outside every component', () => {
  const plan = (head: string) => cli(['--workspace', dir, '--specs', 'specs/*.md', '--changed-only', '--base', 'main', '--head', head])
  const all = ['api', 'cli', 'core', 'docs-site', 'shared', 'web']

  test('a local action the workflows use (.github/actions/) plans every component, as a workflow does', async () => {
    // Named for what it is: a local action changes how every leg is built, as a workflow does.
    const { stdout, stderr } = await plan('local-action')
    expect(planned(stdout)).toEqual(all)
    expect(stderr).toContain('workflow .github/actions/setup/action.yml changed')
  })

  test('a script under .github/ (which a command or workflow may run) is code outside every component', async () => {
    const { stdout, stderr } = await plan('github-script')
    expect(planned(stdout)).toEqual(all)
    expect(stderr).toContain(".github/scripts/run-tests.sh changed, outside every component's paths")
  })

  test('requirement files in a requirements/ directory and CMakeLists.txt are dependencies and build files, not prose', async () => {
    // Before: any .txt outside the components was read as prose: the plan was empty, the matrix job skipped (✓), and
    // the pinned vulnerable requests==2.5.0 was never audited.
    for (const [head, file] of [['requirements-dir', 'requirements/base.txt'], ['cmake', 'CMakeLists.txt']]) {
      const { stdout, stderr } = await plan(head!)
      expect({ head, planned: planned(stdout) }).toEqual({ head, planned: all })
      expect(stderr).toContain(`${file} changed (dependencies or tool configuration every component is judged with)`)
    }
  })

  test("GitHub's own settings and templates under .github/, and prose, still plan nothing", async () => {
    const { stdout } = await plan('github-settings')
    expect(stdout).toBe('{"include":[]}\n')
  })
})

describe('a changed-only plan and a deleted spec', () => {
  test("a change that deletes a component's spec is named: the component is planned no more and no leg judges its code", async () => {
    // Before: nothing said it. api's broken code was outside every remaining component's paths, the others were
    // planned, the aggregate expected exactly them, and every surface passed.
    git(dir, 'checkout', '-q', 'spec-deleted')
    try {
      const { code, stdout, stderr } = await cli(['--workspace', dir, '--specs', 'specs/*.md', '--changed-only', '--base', 'main', '--head', 'spec-deleted'])
      expect(code).toBe(0)
      expect(planned(stdout)).toEqual(['cli', 'core', 'docs-site', 'shared', 'web'])
      expect(stderr).toContain(
        'plan: warning: spec specs/api.md was deleted by this change: component api is planned no more, so no leg judges its code and the aggregate does not expect it'
      )
    } finally {
      git(dir, 'checkout', '-q', 'main')
    }
  })

  test('a spec moved or renamed keeps its component: nothing to say', async () => {
    git(dir, 'checkout', '-q', 'spec-moved')
    try {
      const { stdout, stderr } = await cli(['--workspace', dir, '--specs', 'specs/*.md', '--changed-only', '--base', 'main', '--head', 'spec-moved'])
      expect(planned(stdout)).toEqual(['web'])
      expect(stderr).not.toContain('warning')
    } finally {
      git(dir, 'checkout', '-q', 'main')
    }
  })
})

describe('a changed-only plan run in a directory of the repository', () => {
  let mono: string
  /** A prose file at the repository's root, named so that no other file in the temporary directory has its name. */
  const ROOT_NOTE = `s2p-note-${process.pid}-${Date.now()}.md`
  beforeAll(async () => {
    mono = await realpath(await mkdtemp(path.join(tmpdir(), 's2p-plan-sub-')))
    git(mono, 'init', '-q', '-b', 'main')
    await put(mono, '.github/workflows/ci.yml', 'on: pull_request\n')
    await put(mono, 'package-lock.json', '{}\n')
    await put(mono, 'libs/x.js', 'export {}\n')
    await put(mono, 'apps/specs/a.md', spec('a', 'src/a', 'test/a'))
    await put(mono, 'apps/src/a/index.js', 'export {}\n')
    await put(mono, ROOT_NOTE, '# notes\n')
    git(mono, 'add', '-A')
    git(mono, 'commit', '-q', '-m', 'base')
    for (const [name, file] of [['wf', '.github/workflows/ci.yml'], ['lock', 'package-lock.json'], ['sibling', 'libs/x.js']]) {
      git(mono, 'checkout', '-q', '-b', name!, 'main')
      await put(mono, file!, '// changed\n')
      git(mono, 'commit', '-q', '-am', name!)
    }
    git(mono, 'checkout', '-q', '-b', 'note-deleted', 'main')
    git(mono, 'rm', '-q', ROOT_NOTE)
    git(mono, 'commit', '-q', '-m', 'note-deleted')
    git(mono, 'checkout', '-q', 'main')
  })
  afterAll(async () => {
    if (mono) await rm(mono, { recursive: true, force: true })
  })
  const plan = (head: string) => cli(['--workspace', path.join(mono, 'apps'), '--specs', 'specs/*.md', '--changed-only', '--base', 'main', '--head', head])

  test("the repository's workflows and the lock file at its root plan every component; a sibling directory's code does not", async () => {
    // Before: git listed only the files under apps/: the root's workflow and lock file were never seen, nothing planned.
    const wf = await plan('wf')
    expect(planned(wf.stdout)).toEqual(['a'])
    expect(wf.stderr).toContain('workflow ../.github/workflows/ci.yml changed')
    const lock = await plan('lock')
    expect(planned(lock.stdout)).toEqual(['a'])
    expect(lock.stderr).toContain('../package-lock.json changed (dependencies or tool configuration every component is judged with)')
    expect((await plan('sibling')).stdout).toBe('{"include":[]}\n')
  })

  test('a change that deletes a Markdown file above the workspace plans nothing and writes nothing outside the plan\'s scratch directory', async () => {
    // Before: the deleted specs were laid out in a scratch directory by their workspace-relative names, `../x.md` too:
    // an empty file was written beside the scratch directory (in the temporary directory, left there), and from a
    // workspace two levels down at the file system's root, where the runner's user may not write: the plan failed.
    git(mono, 'checkout', '-q', 'note-deleted')
    const { code, stdout } = await plan('note-deleted').finally(() => git(mono, 'checkout', '-q', 'main'))
    expect(code).toBe(0)
    expect(stdout).toBe('{"include":[]}\n')
    expect(existsSync(path.join(tmpdir(), ROOT_NOTE))).toBe(false)
  })
})

describe('a changed-only plan and the packages of a Rust, Go or Maven monorepo', () => {
  let mono: string
  beforeAll(async () => {
    mono = await realpath(await mkdtemp(path.join(tmpdir(), 's2p-plan-langs-')))
    git(mono, 'init', '-q', '-b', 'main')
    // A cargo workspace: api depends on shared by path, cli on api through the workspace's table and a renamed key.
    await put(mono, 'Cargo.toml', '[workspace]\nmembers = ["crates/*"]\n\n[workspace.dependencies]\nacme-api = { path = "crates/api" }\n')
    await put(mono, 'crates/shared/Cargo.toml', '[package]\nname = "acme_shared"\nversion = "0.1.0"\n')
    await put(mono, 'crates/shared/src/lib.rs', 'pub fn add(a: i32, b: i32) -> i32 { a + b }\n')
    await put(mono, 'crates/api/Cargo.toml', '[package]\nname = "acme-api"\nversion = "0.1.0"\n\n[dependencies]\nserde = "1"\nacme-shared = { path = "../shared" }\n')
    await put(mono, 'crates/api/src/lib.rs', 'pub fn total() -> i32 { acme_shared::add(1, 2) }\n')
    await put(mono, 'crates/cli/Cargo.toml', '[package]\nname = "acme-cli"\nversion = "0.1.0"\n\n[target.\'cfg(unix)\'.dependencies]\napi = { package = "acme-api", workspace = true }\n')
    await put(mono, 'crates/cli/src/main.rs', 'fn main() { println!("{}", api::total()) }\n')
    await put(mono, 'crates/other/Cargo.toml', '[package]\nname = "acme-other"\nversion = "0.1.0"\n\n[dependencies.serde]\nversion = "1"\n')
    await put(mono, 'crates/other/src/lib.rs', 'pub fn one() -> i32 { 1 }\n')
    // Go modules of one repository: the server requires the lib's module.
    await put(mono, 'go/lib/go.mod', 'module example.com/acme/lib\n\ngo 1.22\n')
    await put(mono, 'go/lib/lib.go', 'package lib\n\nfunc Add(a, b int) int { return a + b }\n')
    await put(mono, 'go/server/go.mod', 'module example.com/acme/server\n\ngo 1.22\n\nrequire (\n\tgithub.com/x/y v1.0.0\n\texample.com/acme/lib v0.0.0\n)\n\nreplace example.com/acme/lib => ../lib\n')
    await put(mono, 'go/server/main.go', 'package main\n\nimport "example.com/acme/lib"\n\nfunc main() { println(lib.Add(1, 2)) }\n')
    // Maven modules: the app depends on the core's artifact (its own artifactId, not its parent's).
    const parent = '<parent><groupId>com.acme</groupId><artifactId>acme-parent</artifactId><version>1</version></parent>'
    await put(mono, 'jvm/core/pom.xml', `<project>${parent}<artifactId>acme-core</artifactId></project>\n`)
    await put(mono, 'jvm/core/src/main/java/acme/Core.java', 'package acme;\npublic class Core {}\n')
    await put(mono, 'jvm/app/pom.xml', `<project>${parent}<artifactId>acme-app</artifactId><dependencies><!-- <dependency><artifactId>gone</artifactId></dependency> -->\n<dependency><groupId>com.acme</groupId><artifactId>acme-core</artifactId></dependency></dependencies></project>\n`)
    await put(mono, 'jvm/app/src/main/java/acme/App.java', 'package acme;\npublic class App {}\n')
    for (const [name, source, tests] of [
      ['shared', 'crates/shared/src', 'crates/shared/tests'],
      ['api', 'crates/api/src', 'crates/api/tests'],
      ['cli', 'crates/cli/src', 'crates/cli/tests'],
      ['other', 'crates/other/src', 'crates/other/tests'],
      ['lib', 'go/lib', 'go/lib/testdata'],
      ['server', 'go/server', 'go/server/testdata'],
      ['core', 'jvm/core/src/main', 'jvm/core/src/test'],
      ['app', 'jvm/app/src/main', 'jvm/app/src/test']
    ]) {
      await put(mono, `specs/${name}.md`, spec(name!, source!, tests!))
    }
    git(mono, 'add', '-A')
    git(mono, 'commit', '-q', '-m', 'base')
    for (const [name, file, text] of [
      ['rust', 'crates/shared/src/lib.rs', 'pub fn add(a: i32, b: i32) -> i32 { a - b }\n'],
      ['go', 'go/lib/lib.go', 'package lib\n\nfunc Add(a, b int) int { return a - b }\n'],
      ['maven', 'jvm/core/src/main/java/acme/Core.java', 'package acme;\npublic class Core { int x; }\n']
    ]) {
      git(mono, 'checkout', '-q', '-b', name!, 'main')
      await put(mono, file!, text!)
      git(mono, 'commit', '-q', '-am', name!)
    }
    git(mono, 'checkout', '-q', 'main')
  })
  afterAll(async () => {
    if (mono) await rm(mono, { recursive: true, force: true })
  })
  const plan = (head: string) => cli(['--workspace', mono, '--specs', 'specs/*.md', '--changed-only', '--base', 'main', '--head', head])

  test("a crate's change plans the crates that depend on it (by path, through the workspace, renamed), and theirs in turn", async () => {
    // Before: only `shared` was planned; api and cli, whose tests run the changed add(), passed by never running.
    const { stdout, stderr } = await plan('rust')
    expect(planned(stdout)).toEqual(['api', 'cli', 'shared'])
    expect(stderr).toContain('depends on acme-shared (crates/api/Cargo.toml), the package of component shared')
    expect(stderr).toContain('depends on acme-api (crates/cli/Cargo.toml), the package of component api')
  })

  test("a Go module's change plans the modules that require it", async () => {
    const { stdout, stderr } = await plan('go')
    expect(planned(stdout)).toEqual(['lib', 'server'])
    expect(stderr).toContain('depends on example.com/acme/lib (go/server/go.mod), the package of component lib')
  })

  test("a Maven module's change plans the modules that depend on its artifact", async () => {
    const { stdout, stderr } = await plan('maven')
    expect(planned(stdout)).toEqual(['app', 'core'])
    expect(stderr).toContain('depends on acme-core (jvm/app/pom.xml), the package of component core')
  })
})
