/**
 * Missing tools and paths, found before any command runs: one message per missing tool naming the tool, the stage
 * that asked for it, how to install it in a workflow and the key that replaces the command, all of them in one run.
 * And a command that exits 127 all the same (shell syntax the check does not follow) gets the same advice.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { loadConfig } from '../../src/config/load.js'
import { preflight, preflightReason, simpleCommands } from '../../src/config/preflight.js'
import { commandNotFoundMessage, notFoundProgram } from '../../src/config/tools.js'
import { stagesFor } from '../../src/engine/pipeline.js'
import type { Target } from '../../src/config/types.js'
import { bundledCli, git, ROOT, runCli } from '../helpers/workspace.js'

jest.setTimeout(120_000)

const created: string[] = []
afterAll(async () => {
  await Promise.all(created.map((d) => rm(d, { recursive: true, force: true })))
})

async function repo(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'stp-preflight-'))
  created.push(root)
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true })
    await writeFile(join(root, path), text)
  }
  return root
}

/** A directory for PATH holding links to the named system programs only. */
async function binWith(programs: Record<string, string>): Promise<string> {
  const bin = await mkdtemp(join(tmpdir(), 'stp-bin-'))
  created.push(bin)
  for (const [name, target] of Object.entries(programs)) await symlink(target, join(bin, name))
  return bin
}

async function problems(root: string, env: NodeJS.ProcessEnv, target: Target = 'dev'): Promise<string[]> {
  const loaded = await loadConfig({ workspace: root, component: 'app', env })
  return preflight(loaded, { workspace: root, stages: stagesFor(target), env })
}

const SPEC = '---\ncomponent: app\n---\n# App\n\n## Requirements\n\n- works\n'

describe('simpleCommands', () => {
  it('splits on the shell operators outside quotes and keeps redirections in their words', () => {
    expect(simpleCommands(`A=1 npx eslint . -f json 2>&1 | tee x; b && c || d & e`)).toEqual([
      ['A=1', 'npx', 'eslint', '.', '-f', 'json', '2>&1'],
      ['tee', 'x'],
      ['b'],
      ['c'],
      ['d'],
      ['e']
    ])
    expect(simpleCommands(`secretlint --rc '{"a";"b"}' "x && y"`)).toEqual([['secretlint', '--rc', '{"a";"b"}', 'x && y']])
    // What runs inside a substitution is not followed, and its operators split nothing.
    expect(simpleCommands('n=$(cat deploy.count 2>/dev/null || echo 0); echo $((n+1)) > deploy.count; [ $n -ge 2 ]')).toEqual([
      ['n=SUBSTITUTION'],
      ['echo', 'SUBSTITUTION', '>', 'deploy.count'],
      ['[', '$n', '-ge', '2', ']']
    ])
    expect(simpleCommands("x=`date`; echo '$(not a substitution)'")).toEqual([['x=SUBSTITUTION'], ['echo', '$(not a substitution)']])
    // A subshell's commands are simple commands of their own (its parentheses are no part of a program's name).
    expect(simpleCommands('(cd pkg && make test) 2>&1 | tee "log (1).txt"')).toEqual([['cd', 'pkg'], ['make', 'test'], ['2>&1'], ['tee', 'log (1).txt']])
  })
})

describe('missing tools, before any command runs', () => {
  it('a uv project without uv: every command that needs uv, with astral-sh/setup-uv and the key to replace', async () => {
    const root = await repo({ 'pyproject.toml': '[project]\nname = "app"\n', 'uv.lock': 'version = 1\n', 'src/app/__init__.py': '', 'tests/test_app.py': '' })
    const found = await problems(root, { PATH: await binWith({ cp: '/bin/cp' }) })
    expect(found).toEqual([
      '2 missing tools, found before running anything:',
      '  - uv (not on PATH), needed by the testing stage, refactoring stage (type_checking), refactoring stage (security): add `- uses: astral-sh/setup-uv@v6` before this action; ' +
        'or set stages.testing.command, stages.refactoring.type_checking.command, stages.refactoring.security.command to commands that do not need it',
      '  - uvx (not on PATH), needed by the refactoring stage (linting), refactoring stage (security): add `- uses: astral-sh/setup-uv@v6` before this action (uvx comes with uv); ' +
        'or set stages.refactoring.linting.command, stages.refactoring.linting.fix_command, stages.refactoring.security.command to commands that do not need it'
    ])
  })

  it('pytest-cov missing from the interpreter: pip install pytest-cov', async () => {
    const root = await repo({ 'requirements.txt': '', 'tests/test_app.py': '' })
    const venv = join(root, '.venv')
    execFileSync('/usr/bin/python3', ['-m', 'venv', '--without-pip', venv])
    const found = await problems(root, { PATH: await binWith({ cp: '/bin/cp' }) })
    expect(found).toContain(
      "  - pytest (not importable by .venv/bin/python), needed by the testing stage: add pytest to the project's dev dependencies (`pip install pytest`, or `uv add --dev pytest`); or set stages.testing.command to a command that does not need it"
    )
    expect(found).toContain(
      "  - pytest_cov (not importable by .venv/bin/python), needed by the testing stage: add pytest-cov to the project's dev dependencies (`pip install pytest-cov`, or `uv add --dev pytest-cov`); or set stages.testing.command to a command that does not need it"
    )
    // Tools installed nowhere run through the project's interpreter, which is where the workflow installs them (a
    // .venv's bin is on no PATH there): the advice installs each into that interpreter.
    expect(found.join('\n')).toMatch(/ruff \(not importable by \.venv\/bin\/python\), needed by the refactoring stage \(linting\): install it into that interpreter in the workflow before this action \(`\.venv\/bin\/python -m pip install ruff`\)/)
    expect(found.join('\n')).toMatch(/detect_secrets \(not importable by \.venv\/bin\/python\), needed by the refactoring stage \(security\): install it into that interpreter in the workflow before this action \(`\.venv\/bin\/python -m pip install detect-secrets`\)/)
    expect(found.join('\n')).toMatch(/pip_audit \(not importable by \.venv\/bin\/python\), needed by the refactoring stage \(security\): install it into that interpreter in the workflow before this action \(`\.venv\/bin\/python -m pip install pip-audit`\)/)
  })

  // python-humanize/humanize declares pytest and pytest-cov in its `tests` extra: "add pytest-cov to the project's dev
  // dependencies" was wrong advice; what is missing is the project's own dependencies in that interpreter.
  it('a tool the project declares but its interpreter cannot import: install the project with its test extra', async () => {
    const root = await repo({ 'pyproject.toml': '[project]\nname = "app"\noptional-dependencies.tests = [\n  "freezegun",\n  "pytest>=9",\n  "pytest-cov",\n]\n', 'tests/test_app.py': '' })
    execFileSync('/usr/bin/python3', ['-m', 'venv', '--without-pip', join(root, '.venv')])
    const found = await problems(root, { PATH: await binWith({ cp: '/bin/cp' }) })
    for (const [module, dist] of [['pytest', 'pytest'], ['pytest_cov', 'pytest-cov']]) {
      expect(found).toContain(
        `  - ${module} (not importable by .venv/bin/python), needed by the testing stage: the project declares ${dist}, but .venv/bin/python does not have the project's dependencies: ` +
          'install them into it in the workflow before this action (`.venv/bin/python -m pip install -e ".[tests]"`); or set stages.testing.command to a command that does not need it'
      )
    }
    expect(found.join('\n')).toContain(
      "  - coverage (not importable by .venv/bin/python), needed by the testing stage: the project declares pytest-cov (which brings coverage), but .venv/bin/python does not have the project's dependencies"
    )
    // What the project does not declare keeps the tool's own advice.
    expect(found.join('\n')).toMatch(/pip_audit \(not importable by \.venv\/bin\/python\), needed by the refactoring stage \(security\): install it into that interpreter in the workflow before this action \(`\.venv\/bin\/python -m pip install pip-audit`\)/)
  })

  // A package of a Python monorepo (libs/app, its own pyproject.toml) declares its test tools itself: the advice was
  // "add pytest to the project's dev dependencies", and to `pip install -e .` a root that only configures pytest.
  it('a tool a monorepo package declares: install that package with its test extra', async () => {
    const root = await repo({
      'pyproject.toml': '[tool.pytest.ini_options]\naddopts = "-q"\n',
      'libs/app/pyproject.toml': '[project]\nname = "app"\noptional-dependencies.tests = ["pytest", "pytest-cov"]\n',
      'libs/app/src/app/__init__.py': '',
      'libs/app/tests/test_app.py': ''
    })
    execFileSync('/usr/bin/python3', ['-m', 'venv', '--without-pip', join(root, '.venv')])
    const found = await problems(root, { PATH: await binWith({ cp: '/bin/cp' }) })
    expect(found).toContain(
      "  - pytest (not importable by .venv/bin/python), needed by the testing stage: the project declares pytest, but .venv/bin/python does not have the project's dependencies: " +
        'install them into it in the workflow before this action (`.venv/bin/python -m pip install -e "libs/app[tests]"`); or set stages.testing.command to a command that does not need it'
    )
  })

  // jd/tenacity declares mypy in a PEP 735 group: the advice's `--group dev` needs pip 25.1, newer than many Pythons bring.
  it('a tool the project declares in a dependency group: the advice upgrades pip first, which --group needs', async () => {
    const root = await repo({ 'pyproject.toml': '[project]\nname = "app"\noptional-dependencies.test = ["pytest"]\n\n[dependency-groups]\ndev = ["pytest", "mypy"]\n\n[tool.mypy]\nstrict = true\n', 'tests/test_app.py': '' })
    execFileSync('/usr/bin/python3', ['-m', 'venv', '--without-pip', join(root, '.venv')])
    const found = await problems(root, { PATH: await binWith({ cp: '/bin/cp' }) })
    expect(found.join('\n')).toContain(
      "  - mypy (not importable by .venv/bin/python), needed by the refactoring stage (type_checking): the project declares mypy, but .venv/bin/python does not have the project's dependencies: " +
        'install them into it in the workflow before this action (`.venv/bin/python -m pip install --upgrade pip && .venv/bin/python -m pip install -e ".[test]" --group dev`)'
    )
  })

  // frostming/marko (pdm) declares pytest-cov and mypy in [tool.pdm.dev-dependencies]: the advice was to
  // `pip install -e .`, which installs neither, and the next run found them missing again.
  it.each([
    ['[tool.pdm.dev-dependencies]\ndev = [\n    "pytest",\n    "pytest-cov",\n    "mypy>=0.950",\n]\n', 'tool.pdm.dev-dependencies'],
    ['[tool.poetry.group.dev.dependencies]\npytest = "^8.0"\npytest-cov = "^5"\nmypy = "*"\n', 'tool.poetry.group.dev.dependencies']
  ])("a tool declared only in a tool's own table (%#): pip does not install it, and the advice says so", async (table, name) => {
    const root = await repo({ 'pyproject.toml': `[project]\nname = "app"\ndependencies = []\n\n${table}\n[tool.mypy]\nstrict = true\n`, 'app/__init__.py': '', 'tests/test_app.py': '' })
    execFileSync('/usr/bin/python3', ['-m', 'venv', '--without-pip', join(root, '.venv')])
    const found = (await problems(root, { PATH: await binWith({ cp: '/bin/cp' }) })).join('\n')
    for (const [module, dist, stage] of [['mypy', 'mypy', 'refactoring stage (type_checking)'], ['pytest_cov', 'pytest-cov', 'testing stage'], ['pytest', 'pytest', 'testing stage']]) {
      expect(found).toContain(
        `  - ${module} (not importable by .venv/bin/python), needed by the ${stage}: the project declares ${dist} in [${name}] of pyproject.toml, which pip does not install: ` +
          `install it into .venv/bin/python in the workflow before this action (\`.venv/bin/python -m pip install ${dist}\`), or install that table's dependencies with its tool`
      )
    }
    expect(found).toContain(`  - coverage (not importable by .venv/bin/python), needed by the testing stage: the project declares pytest-cov (which brings coverage) in [${name}] of pyproject.toml`)
    expect(found).not.toContain('pip install -e .')
  })

  // A project whose pytest addopts use a plugin (`-n auto`: pytest-xdist) that its interpreter cannot import: pytest
  // stopped on "unrecognized arguments: -n" before any test, and the run said only that no JUnit report was written.
  it.each([
    ['pyproject.toml', '[project]\nname = "app"\n\n[tool.pytest.ini_options]\naddopts = "-ra -n auto --timeout=30"\n', false],
    ['setup.cfg', '[tool:pytest]\naddopts =\n    --numprocesses=4\n    --timeout 30\n', false],
    ['pyproject.toml', '[project]\nname = "app"\noptional-dependencies.test = ["pytest", "pytest-xdist", "pytest-timeout"]\n\n[tool.pytest.ini_options]\naddopts = ["-n", "auto", "--timeout=30", "-p", "pytester"]\n', true]
  ])("names the pytest plugins %s's addopts need and the interpreter cannot import", async (file, text, declared) => {
    const root = await repo({ [file]: text, 'tests/test_app.py': '' })
    execFileSync('/usr/bin/python3', ['-m', 'venv', '--without-pip', join(root, '.venv')])
    const found = (await problems(root, { PATH: await binWith({ cp: '/bin/cp' }) })).join('\n')
    for (const [module, dist] of [['xdist', 'pytest-xdist'], ['pytest_timeout', 'pytest-timeout']]) {
      expect(found).toContain(
        declared
          ? `  - ${module} (not importable by .venv/bin/python), needed by the testing stage: the project declares ${dist}, but .venv/bin/python does not have the project's dependencies`
          : `  - ${module} (not importable by .venv/bin/python), needed by the testing stage: pytest's addopts in ${file} use it: add ${dist} to the project's test dependencies and install it into .venv/bin/python in the workflow before this action (\`.venv/bin/python -m pip install ${dist}\`)`
      )
    }
    // -p NAME is not followed (pytester is one of pytest's own plugins).
    expect(found).not.toContain('pytester')
  })

  // A Django project: the python preset runs its tests with pytest-django's --ds; without the plugin pytest stops on
  // "unrecognized arguments: --ds" before any test.
  it('names pytest-django when the preset runs a Django project and the interpreter cannot import it', async () => {
    const root = await repo({
      'requirements.txt': 'Django>=3.2\n',
      'manage.py': "import os\n\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'mysite.settings')\n",
      'mysite/__init__.py': '',
      'mysite/settings.py': '',
      'polls/__init__.py': '',
      'polls/tests.py': ''
    })
    execFileSync('/usr/bin/python3', ['-m', 'venv', '--without-pip', join(root, '.venv')])
    const found = (await problems(root, { PATH: await binWith({ cp: '/bin/cp' }) })).join('\n')
    expect(found).toContain('  - pytest_django (not importable by .venv/bin/python), needed by the testing stage: ')
    expect(found).toContain('`.venv/bin/python -m pip install pytest-django`')
  })

  // tox-dev/platformdirs: `[tool.coverage]` with `run.plugins = ["covdefaults"]`; without covdefaults, pytest-cov stopped
  // with "No module named 'covdefaults'" before any test, after the up-front check had found nothing missing.
  it.each([
    ['pyproject.toml', '[project]\nname = "app"\n\n[tool.coverage]\nrun.plugins = [\n  "covdefaults",\n]\nreport.fail_under = 76\n', 'pyproject.toml'],
    ['pyproject.toml', '[project]\nname = "app"\n\n[tool.coverage.run]\nplugins = ["covdefaults", "json"]\n', 'pyproject.toml'],
    ['.coveragerc', '[run]\nbranch = True\nplugins = covdefaults\n', '.coveragerc'],
    ['setup.cfg', '[metadata]\nname = app\n\n[coverage:run]\nplugins =\n    covdefaults\n    json\n', 'setup.cfg']
  ])('names a coverage plugin %s loads that the interpreter cannot import', async (file, text, where) => {
    const root = await repo({ 'setup.py': 'from setuptools import setup\nsetup()\n', [file]: text, 'app/__init__.py': '', 'tests/test_app.py': '' })
    const found = (await problems(root, { PATH: await binWith({ cp: '/bin/cp', python3: '/usr/bin/python3' }) })).join('\n')
    expect(found).toContain(
      `  - covdefaults (not importable by python3), needed by the testing stage: the coverage configuration in ${where} loads it as a plugin ([run] plugins): ` +
        'add covdefaults to the project\'s test dependencies and install it into python3 in the workflow before this action (`python3 -m pip install covdefaults`)'
    )
    // A plugin the interpreter imports is not named.
    expect(found).not.toMatch(/ {2}- json /)
  })

  it('a coverage plugin the project declares: install its dependencies (platformdirs: covdefaults in the test group)', async () => {
    const root = await repo({
      'pyproject.toml': '[project]\nname = "app"\n\n[dependency-groups]\ntest = ["covdefaults>=2.3", "pytest-cov>=7"]\n\n[tool.coverage]\nrun.plugins = ["covdefaults"]\n',
      'src/app/__init__.py': '',
      'tests/test_app.py': ''
    })
    const found = (await problems(root, { PATH: await binWith({ cp: '/bin/cp', python3: '/usr/bin/python3' }) })).join('\n')
    expect(found).toContain(
      "  - covdefaults (not importable by python3), needed by the testing stage: the project declares covdefaults, but python3 does not have the project's dependencies: " +
        'install them into it in the workflow before this action (`python3 -m pip install --upgrade pip && python3 -m pip install -e . --group test`)'
    )
    // Without a coverage configuration, or one without plugins, nothing more is looked for.
    const plain = await repo({ 'pyproject.toml': '[project]\nname = "app"\n\n[tool.coverage.run]\nbranch = true\n', 'app/__init__.py': '', 'tests/test_app.py': '' })
    expect((await problems(plain, { PATH: await binWith({ cp: '/bin/cp', python3: '/usr/bin/python3' }) })).join('\n')).not.toContain('[run] plugins')
  })

  // PyCQA/pycodestyle: covdefaults is in tox's `[testenv] deps`, where a tox project declares its test dependencies.
  it("a coverage plugin tox's test environment lists: install the project's dependencies, those deps among them", async () => {
    const root = await repo({
      'setup.py': 'from setuptools import setup\nsetup()\n',
      'setup.cfg': '[metadata]\nname = app\n\n[coverage:run]\nplugins = covdefaults\n',
      'tox.ini': '[testenv]\ndeps =\n    covdefaults\n    pytest\ncommands = coverage run -m pytest\n',
      'app/__init__.py': '',
      'tests/test_app.py': ''
    })
    const found = (await problems(root, { PATH: await binWith({ cp: '/bin/cp', python3: '/usr/bin/python3' }) })).join('\n')
    expect(found).toContain(
      "  - covdefaults (not importable by python3), needed by the testing stage: the project declares covdefaults, but python3 does not have the project's dependencies: " +
        'install them into it in the workflow before this action (`python3 -m pip install -e . covdefaults pytest`)'
    )
  })

  // A Bun project (bun.lock) runs vitest through `bun run test`, and the Deno command the refusal gives runs deno:
  // without them on PATH the line said only "not on PATH", not how a runner gets them.
  it('bun and deno missing: their setup actions', async () => {
    const root = await repo({ 'package.json': JSON.stringify({ name: 'app' }), '.github/spec-to-production.yml': 'preset: none\nstages:\n  testing: { command: "bun run test --run; deno test -A --junit-path={reports}/junit.xml", reports: { junit: "{reports}/junit.xml", coverage: "{reports}/lcov.info" } }\n  refactoring: { enabled: false }\n' })
    const found = await problems(root, { PATH: await binWith({}) })
    expect(found).toContain('  - bun (not on PATH), needed by the testing stage: add `- uses: oven-sh/setup-bun@v2` before this action; or set stages.testing.command to a command that does not need it')
    expect(found).toContain('  - deno (not on PATH), needed by the testing stage: add `- uses: denoland/setup-deno@v2` before this action; or set stages.testing.command to a command that does not need it')
  })

  it('jest without jest-junit, and no node on PATH: actions/setup-node, npm i -D jest-junit', async () => {
    const root = await repo({ 'package.json': JSON.stringify({ name: 'app', scripts: { test: 'jest' } }), 'package-lock.json': '{}' })
    await mkdir(join(root, 'node_modules/.bin'), { recursive: true })
    await symlink(join(ROOT, 'node_modules/jest'), join(root, 'node_modules/jest'))
    await symlink(join(ROOT, 'node_modules/.bin/jest'), join(root, 'node_modules/.bin/jest'))
    const found = await problems(root, { PATH: await binWith({}) })
    expect(found).toContain(
      '  - npm (not on PATH), needed by the testing stage, refactoring stage (security): add `- uses: actions/setup-node@v5` before this action; ' +
        'or set stages.testing.command, stages.refactoring.security.command to commands that do not need it'
    )
    expect(found).toContain(
      '  - jest-junit (not in node_modules), needed by the testing stage: install it: `npm i -D jest-junit`, and install dependencies (`npm ci`) in the workflow before this action; or set stages.testing.command to a command that does not need it'
    )
    // secretlint is not installed: the preset fetches it with npx, which is looked for on PATH, not in node_modules.
    expect(found.join('\n')).not.toMatch(/secretlint/)
    expect(found.join('\n')).toMatch(/ {2}- npx \(not on PATH\), needed by the refactoring stage \(security\): add `- uses: actions\/setup-node@v5`/)
  })

  it('an `npx --package X@v -- bin` command is fetched by npx: nothing is looked for in node_modules', async () => {
    const root = await repo({
      '.github/spec-to-production.yml':
        'preset: none\nstages:\n  testing: { enabled: false }\n  refactoring:\n    linting: { enabled: false }\n    type_checking: { enabled: false }\n' +
        `    security: { command: "npx --yes --package secretlint@12.0.0 --package @secretlint/secretlint-rule-preset-recommend@12.0.0 -- secretlint x; npx secretlint y", report: { path: s.json, format: secretlint-json } }\n`
    })
    const found = await problems(root, { PATH: await binWith({ npx: join(dirname(process.execPath), 'npx') }) })
    // The second call, without --package, needs the project's own secretlint.
    expect(found).toEqual([
      '1 missing tool, found before running anything:',
      '  - secretlint (not in node_modules/.bin), needed by the refactoring stage (security): install it: `npm i -D secretlint`, and install dependencies (`npm ci`) in the workflow before this action; or set stages.refactoring.security.command to a command that does not need it'
    ])
  })

  // The node preset (and `init`'s configuration) names an installed tool as node_modules/.bin/X: without the project's
  // install, that is a missing node package, to install, not a file of the repository to commit.
  it('a node_modules/.bin/X command without the install: the package to install, as for npx X', async () => {
    const root = await repo({
      'package.json': JSON.stringify({ name: 'app' }),
      'pnpm-lock.yaml': '',
      '.github/spec-to-production.yml':
        'preset: none\nstages:\n  testing: { enabled: false }\n  refactoring:\n' +
        '    linting: { command: "node_modules/.bin/eslint {path} -f json -o {reports}/e.json", fix_command: "./node_modules/.bin/eslint {path} --fix", report: { path: "{reports}/e.json", format: eslint-json } }\n' +
        '    type_checking: { command: "node_modules/.bin/tsc --noEmit > {reports}/tsc.txt", report: { path: "{reports}/tsc.txt", format: tsc-text } }\n' +
        '    security: { enabled: false }\n'
    })
    expect(await problems(root, { PATH: await binWith({}) })).toEqual([
      '2 missing tools, found before running anything:',
      '  - eslint (not in node_modules/.bin), needed by the refactoring stage (linting): install it: `pnpm add -D eslint`, and install dependencies (`pnpm install`) in the workflow before this action; ' +
        'or set stages.refactoring.linting.command, stages.refactoring.linting.fix_command to commands that do not need it',
      '  - tsc (not in node_modules/.bin), needed by the refactoring stage (type_checking): install it: `pnpm add -D typescript`, and install dependencies (`pnpm install`) in the workflow before this action; ' +
        'or set stages.refactoring.type_checking.command to a command that does not need it'
    ])
    // Installed: nothing is missing.
    for (const bin of ['eslint', 'tsc']) {
      await mkdir(join(root, 'node_modules/.bin'), { recursive: true })
      await writeFile(join(root, 'node_modules/.bin', bin), '#!/bin/sh\n')
      await chmod(join(root, 'node_modules/.bin', bin), 0o755)
    }
    expect(await problems(root, { PATH: await binWith({}) })).toEqual([])
  })

  it('vitest without a coverage provider, with pnpm: pnpm add -D @vitest/coverage-v8 at vitest’s version', async () => {
    const root = await repo({
      'package.json': JSON.stringify({ name: 'app', scripts: { test: 'vitest' } }),
      'pnpm-lock.yaml': '',
      'node_modules/vitest/package.json': '{ "name": "vitest", "version": "4.1.12" }',
      'node_modules/.bin/vitest': '#!/bin/sh\n'
    })
    await chmod(join(root, 'node_modules/.bin/vitest'), 0o755)
    const found = await problems(root, { PATH: await binWith({ node: process.execPath }) })
    expect(found).toContain(
      '  - pnpm (not on PATH), needed by the testing stage: add `- uses: pnpm/action-setup@v4` before this action (it reads packageManager from package.json); ' +
        'or set stages.testing.command to a command that does not need it'
    )
    expect(found).toContain(
      '  - @vitest/coverage-v8@4.1.12 (not in node_modules), needed by the testing stage: install it: `pnpm add -D @vitest/coverage-v8@4.1.12`, and install dependencies (`pnpm install`) in the workflow before this action; or set stages.testing.command to a command that does not need it'
    )
    expect(found.join('\n')).toMatch(/osv-scanner \(not on PATH\), needed by the refactoring stage \(security\): add `- uses: actions\/setup-go@v5` and `- run: go install github.com\/google\/osv-scanner\/v2\/cmd\/osv-scanner@v2.5.1`/)
  })

  // dtolnay/dissimilar with init's TODO command uncommented: `cargo llvm-cov nextest` ran, and failed with cargo's
  // "error: no such command: `llvm-cov`" — the two cargo subcommands, programs of their own, were never looked for.
  it("cargo's subcommands that are programs of their own (cargo-llvm-cov, cargo-nextest) are looked for; its own commands and aliases are not", async () => {
    const command = 'cargo llvm-cov nextest --profile ci --lcov --output-path {reports}/lcov.info; cargo +stable --locked xtask check; cargo test --no-run; cargo t'
    const root = await repo({
      'Cargo.toml': '[package]\nname = "dissimilar"\nversion = "1.0.11"\n',
      '.cargo/config.toml': '[alias]\nxtask = "run --package xtask --"\n',
      '.github/spec-to-production.yml':
        `preset: none\nstages:\n  testing:\n    command: ${JSON.stringify(command)}\n    reports: { junit: "target/nextest/ci/junit.xml", coverage: { path: "{reports}/lcov.info", format: lcov } }\n  refactoring: { enabled: false }\n`
    })
    const home = await mkdtemp(join(tmpdir(), 'stp-cargo-home-'))
    created.push(home)
    const env = { PATH: await binWith({ cargo: '/bin/true' }), HOME: home }
    expect(await problems(root, env)).toEqual([
      '2 missing tools, found before running anything:',
      "  - cargo-llvm-cov (not on PATH nor in cargo's bin directory), needed by the testing stage: add `- uses: taiki-e/install-action@v2` with `tool: cargo-llvm-cov` " +
        '(and `dtolnay/rust-toolchain` with `components: llvm-tools-preview`) before this action, or `cargo install cargo-llvm-cov`; or set stages.testing.command to a command that does not need it',
      "  - cargo-nextest (not on PATH nor in cargo's bin directory), needed by the testing stage: add `- uses: taiki-e/install-action@v2` with `tool: cargo-nextest` before this action, " +
        'or `cargo install cargo-nextest --locked`; or set stages.testing.command to a command that does not need it'
    ])
    // Installed in cargo's bin directory (cargo install, taiki-e/install-action): found there.
    await mkdir(join(home, '.cargo/bin'), { recursive: true })
    for (const program of ['cargo-llvm-cov', 'cargo-nextest']) await symlink('/bin/true', join(home, '.cargo/bin', program))
    expect(await problems(root, env)).toEqual([])
  })

  // pacocoursey/next-themes: a pnpm workspace (turbo) whose root holds vitest, its package next-themes testing with
  // `vitest run __tests__`. The advice was `pnpm add -D @vitest/coverage-v8@1.6.1`, which pnpm refuses at a workspace
  // root (ERR_PNPM_ADDING_TO_ROOT: "… make it explicit by running this command again with the -w flag").
  it('vitest without a coverage provider at the root of a pnpm workspace: pnpm add -D -w, as pnpm requires there', async () => {
    const root = await repo({
      'package.json': JSON.stringify({ private: true, scripts: { test: 'turbo test' }, devDependencies: { turbo: '^1.10.12', vitest: '^1.6.1' } }),
      'pnpm-workspace.yaml': "packages:\n  - 'next-themes'\n  - 'examples/*'\n",
      'pnpm-lock.yaml': "lockfileVersion: '9.0'\n",
      'turbo.json': '{ "pipeline": { "build": { "dependsOn": ["^build"] }, "test": {} } }\n',
      'next-themes/package.json': JSON.stringify({ name: 'next-themes', scripts: { test: 'vitest run __tests__' } }),
      'next-themes/src/index.ts': 'export const x = 1\n',
      'node_modules/vitest/package.json': '{ "name": "vitest", "version": "1.6.1" }',
      'node_modules/.bin/vitest': '#!/bin/sh\n'
    })
    await chmod(join(root, 'node_modules/.bin/vitest'), 0o755)
    const found = await problems(root, { PATH: await binWith({ node: process.execPath }) })
    expect(found).toContain(
      '  - @vitest/coverage-v8@1.6.1 (not in node_modules), needed by the testing stage: install it: `pnpm add -D -w @vitest/coverage-v8@1.6.1`, and install dependencies (`pnpm install`) in the workflow before this action; or set stages.testing.command to a command that does not need it'
    )
    // pnpm itself, where it is installed: without -w it refuses at the workspace root, before resolving anything.
    const pnpm = (process.env.PATH ?? '').split(':').map((d) => join(d || '.', 'pnpm')).find((p) => existsSync(p))
    if (pnpm !== undefined) {
      const refused = spawnSync(pnpm, ['add', '-D', '--offline', '@vitest/coverage-v8@1.6.1'], { cwd: root, encoding: 'utf8' })
      expect(`${refused.stdout}${refused.stderr}`).toContain('ERR_PNPM_ADDING_TO_ROOT')
    }
  })

  // bombshell-dev/clack: a pnpm workspace whose packages each hold their own vitest and coverage provider, the root
  // none. `pnpm --dir packages/core exec vitest run --coverage.enabled` was refused: "@vitest/coverage-v8 (not in
  // node_modules)", looked for at the root only, while it was installed where that vitest resolves it from.
  it("a node package installed in the workspace package the command runs in (--dir, --filter, cd) is found there", async () => {
    const coverage = '--reporter=junit --outputFile.junit={reports}/junit.xml --coverage.enabled --coverage.reporter=json-summary --coverage.reportsDirectory={reports}/coverage'
    const files = (command: string) => ({
      'package.json': JSON.stringify({ name: 'root', private: true, packageManager: 'pnpm@10.33.0', scripts: { test: 'pnpm -r run test' } }),
      'pnpm-workspace.yaml': "packages:\n  - 'packages/*'\n",
      'pnpm-lock.yaml': '',
      'packages/core/package.json': JSON.stringify({ name: '@clack/core', scripts: { test: 'vitest run' } }),
      'packages/core/node_modules/vitest/package.json': '{ "name": "vitest", "version": "3.2.4" }',
      'packages/core/node_modules/.bin/vitest': '#!/bin/sh\n',
      'packages/core/node_modules/@vitest/coverage-v8/package.json': '{ "name": "@vitest/coverage-v8", "version": "3.2.4" }',
      'packages/prompts/package.json': JSON.stringify({ name: '@clack/prompts', scripts: { test: 'vitest run' } }),
      'packages/prompts/node_modules/vitest/package.json': '{ "name": "vitest", "version": "3.2.4" }',
      'packages/prompts/node_modules/.bin/vitest': '#!/bin/sh\n',
      '.github/spec-to-production.yml':
        `preset: node\npaths: { source: "packages/{component}", tests: "packages/{component}" }\nstages:\n  testing:\n    command: ${JSON.stringify(command)}\n` +
        '    reports: { junit: "{reports}/junit.xml", coverage: "{reports}/coverage/coverage-summary.json" }\n' +
        '  refactoring: { linting: { enabled: false }, type_checking: { enabled: false }, security: { enabled: false } }\n'
    })
    const env = { PATH: await binWith({ node: process.execPath, pnpm: '/bin/true', npx: '/bin/true' }) }
    const found = async (command: string, component = 'core') => {
      const root = await repo(files(command))
      for (const pkg of ['core', 'prompts']) await chmod(join(root, `packages/${pkg}/node_modules/.bin/vitest`), 0o755)
      const loaded = await loadConfig({ workspace: root, component, env })
      return preflight(loaded, { workspace: root, stages: stagesFor('dev'), env })
    }
    for (const command of [
      `pnpm --dir packages/core exec vitest run ${coverage}`,
      `pnpm --dir={path} exec vitest run ${coverage}`,
      `pnpm -C packages/core exec vitest run ${coverage}`,
      `pnpm --filter @clack/core exec vitest run ${coverage}`,
      `pnpm --filter ./packages/core exec vitest run ${coverage}`,
      `cd packages/core && npx vitest run ${coverage}`
    ]) {
      expect({ command, problems: await found(command) }).toEqual({ command, problems: [] })
    }
    // The package the command runs in has no provider: still missing, as before; and a binary no package holds.
    const prompts = await found(`pnpm --dir packages/prompts exec vitest run ${coverage}`, 'prompts')
    // In the package whose own vitest loads it (pnpm add at a workspace's root would need -w, and put it elsewhere).
    expect(prompts.join('\n')).toContain(
      '  - @vitest/coverage-v8@3.2.4 (not in node_modules), needed by the testing stage: install it: `pnpm --dir packages/prompts add -D @vitest/coverage-v8@3.2.4`'
    )
    const root = await found(`pnpm exec vitest run --root packages/core ${coverage}`)
    expect(root.join('\n')).toContain('  - vitest (not in node_modules/.bin), needed by the testing stage')
    const jest = await found(`pnpm --dir packages/core exec jest ${coverage}`)
    expect(jest.join('\n')).toContain('  - jest (not in node_modules/.bin of packages/core or above it), needed by the testing stage')
  })

  // yarn 4's default install is Plug'n'Play: no node_modules, a .pnp.cjs mapping each package to its zip. A project
  // with vitest and @vitest/coverage-v8 installed that way was refused: "vitest (not in node_modules/.bin nor on
  // PATH)", "@vitest/coverage-v8 (not in node_modules): install it: yarn add -D …".
  it("a Plug'n'Play install (yarn 2 and later) holds the workspace's dependencies and their binaries", async () => {
    // As yarn 4.5.0 writes it: the state as JSON inside a single-quoted string, backslashes doubled, lines continued.
    const pnpCjs = (state: unknown) =>
      '#!/usr/bin/env node\n/* eslint-disable */\n// @ts-nocheck\n"use strict";\n\nconst RAW_RUNTIME_STATE =\n\'' +
      JSON.stringify(state, null, 2).replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\\n') +
      "';\n\nfunction $$SETUP_STATE(hydrateRuntimeState, basePath) {\n  return hydrateRuntimeState(JSON.parse(RAW_RUNTIME_STATE), {basePath: basePath || __dirname});\n}\n"
    const state = (deps: string[]) => ({
      __info: ['This file is automatically generated. Do not touch it, or risk', 'your modifications being lost.'],
      dependencyTreeRoots: [{ name: 'calc', reference: 'workspace:.' }],
      ignorePatternData: '(^(?:\\.yarn\\/sdks(?:\\/(?!\\.{1,2}(?:\\/|$))(?:(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?)|$))$)',
      packageRegistryData: [
        [null, [[null, { packageLocation: './', packageDependencies: deps.map((d) => [d, `virtual:a84e#npm:3.2.4`]), linkType: 'SOFT' }]]],
        ['vitest', [['npm:3.2.4', { packageLocation: './.yarn/cache/vitest-npm-3.2.4-0.zip/node_modules/vitest/', packageDependencies: [['vitest', 'npm:3.2.4'], ['tinyspy', 'npm:4.0.3']], linkType: 'HARD' }]]],
        ['tinyspy', [['npm:4.0.3', { packageLocation: "./.yarn/cache/tinyspy-npm-4.0.3-0.zip/node_modules/tinyspy/", packageDependencies: [['tinyspy', 'npm:4.0.3']], linkType: 'HARD' }]]]
      ]
    })
    const files = (deps: string[]) => ({
      'package.json': JSON.stringify({ name: 'calc', private: true, packageManager: 'yarn@4.5.0', scripts: { test: 'vitest run' }, devDependencies: { vitest: '3.2.4', '@vitest/coverage-v8': '3.2.4' } }),
      'yarn.lock': '__metadata:\n  version: 8\n',
      '.yarnrc.yml': 'enableTelemetry: false\n',
      '.pnp.cjs': pnpCjs(state(deps)),
      'src/calc/index.js': 'export const add = (a, b) => a + b\n',
      '.github/spec-to-production.yml': 'preset: node\nstages: { refactoring: { security: { enabled: false } } }\n'
    })
    const env = { PATH: await binWith({ node: process.execPath, yarn: '/bin/true' }) }
    const run = async (deps: string[]) => {
      const root = await repo(files(deps))
      const loaded = await loadConfig({ workspace: root, component: 'calc', env })
      expect(loaded.config.stages.testing.command).toContain('yarn test --run ')
      return preflight(loaded, { workspace: root, stages: stagesFor('dev'), env })
    }
    expect(await run(['@vitest/coverage-v8', 'vitest'])).toEqual([])
    // Not a dependency of the workspace (only of another package): still missing, and so is a binary nothing provides.
    const without = (await run(['vitest', 'tinyspy'])).join('\n')
    expect(without).toContain('  - @vitest/coverage-v8 (not in node_modules), needed by the testing stage')
    expect(without).not.toContain('  - vitest ')
    expect((await run(['@vitest/coverage-v8'])).join('\n')).toContain('  - vitest (not in node_modules/.bin nor on PATH), needed by the testing stage')
  })

  it('a deploy script that is not there, and a test script that does not exist', async () => {
    const root = await repo({
      'package.json': JSON.stringify({ name: 'app', scripts: {} }),
      '.github/spec-to-production.yml':
        'preset: none\nstages:\n  testing: { command: "npm test", reports: { junit: j.xml, coverage: c.json } }\n  refactoring: { enabled: false }\n  staging_deployment: { command: "./deploy.sh {environment} {sha}" }\n'
    })
    const found = await problems(root, { PATH: await binWith({ npm: join(dirname(process.execPath), 'npm') }) }, 'staging')
    expect(found).toEqual([
      '2 missing tools, found before running anything:',
      '  - package.json scripts.test (no such script), needed by the testing stage: check the path (it is relative to the repository root) and that the file is committed and executable; or set stages.testing.command to a command that does not need it',
      '  - ./deploy.sh (no such file in the repository), needed by the staging_deployment stage: check the path (it is relative to the repository root) and that the file is committed and executable; or set stages.staging_deployment.command to a command that does not need it'
    ])
  })

  it('a program named by its absolute path is looked for on the machine, not in the repository', async () => {
    const root = await repo({
      '.github/spec-to-production.yml':
        'preset: none\nstages:\n  testing: { command: "/bin/sh -c true && /usr/bin/s2p-not-installed report", reports: { junit: j.xml, coverage: c.json } }\n  refactoring: { enabled: false }\n'
    })
    const found = await problems(root, { PATH: '/bin:/usr/bin' })
    expect(found).toEqual([
      '1 missing tool, found before running anything:',
      '  - /usr/bin/s2p-not-installed (no such executable file on this machine), needed by the testing stage: install the program that provides /usr/bin/s2p-not-installed in the workflow before this action, or name it without its path so PATH finds it; or set stages.testing.command to a command that does not need it'
    ])
  })

  it('a configured path that does not exist, naming the key, the file that set it and the commands that use it', async () => {
    const root = await repo({
      '.github/spec-to-production.yml':
        'preset: none\npaths: { source: "src/{component}", tests: "tests" }\nstages:\n  testing: { command: "true {tests}", reports: { junit: j.xml, coverage: c.json } }\n  refactoring:\n    linting: { command: "true {path}" }\n    type_checking: { enabled: false }\n    security: { command: "true {path}" }\n'
    })
    await mkdir(join(root, 'tests'))
    const found = await problems(root, { PATH: '/bin:/usr/bin' })
    expect(found).toEqual([
      "paths.source: 'src/app' does not exist in the repository (set by .github/spec-to-production.yml; used as {path} by stages.refactoring.linting.command, stages.refactoring.security.command). " +
        "Set paths.source in the configuration file, or paths.source in the spec's frontmatter, to the component's directory"
    ])
    // The reason the stages are skipped: what kept the run from starting, each kind once.
    expect(preflightReason(found)).toBe('a path the configuration names does not exist')
    expect(preflightReason([...found, '1 missing tool, found before running anything:', '  - uv (not on PATH)'])).toBe(
      'a path the configuration names does not exist; tools the configuration needs are missing'
    )
  })

  it('finds nothing missing when everything is there', async () => {
    const root = await repo({
      'package.json': JSON.stringify({ name: 'app', scripts: { test: 'jest' } }),
      'package-lock.json': '{}',
      'eslint.config.js': 'module.exports = []\n',
      'tsconfig.json': '{}'
    })
    await symlink(join(ROOT, 'node_modules'), join(root, 'node_modules'))
    expect(await problems(root, process.env)).toEqual([])
  })
})

describe('exit 127', () => {
  it('names the program bash or sh did not find', () => {
    expect(notFoundProgram('bash: line 1: uvx: command not found\n')).toBe('uvx')
    expect(notFoundProgram('some output\nsh: 1: pyright: not found\n')).toBe('pyright')
    expect(notFoundProgram('all good\n')).toBeUndefined()
    expect(commandNotFoundMessage('bash: line 1: uvx: command not found\n', 'linting')).toBe(
      'missing tool: uvx (command not found, exit status 127), needed by the refactoring stage (linting): add `- uses: astral-sh/setup-uv@v6` before this action (uvx comes with uv); or set stages.refactoring.linting.command to a command that does not need it'
    )
    // Scanners no package manager brings: the same pinned `go install` the workflow init writes.
    expect(commandNotFoundMessage('bash: line 1: osv-scanner: command not found\n', 'security')).toContain(
      'add `- uses: actions/setup-go@v5` and `- run: go install github.com/google/osv-scanner/v2/cmd/osv-scanner@v2.5.1` before this action'
    )
  })

  describe('on a real run', () => {
    let root: string
    beforeAll(async () => {
      await bundledCli()
      root = await repo({
        'specs/app.md': SPEC,
        // The check does not follow `if`: the shell finds the program missing, exit 127.
        '.github/spec-to-production.yml':
          'preset: none\nstages:\n  testing: { command: "if true; then uvx pytest; fi", reports: { junit: j.xml, coverage: c.json }, timeout_seconds: 60 }\n' +
          'error_recovery:\n  testing: { max_retries: 0 }\n'
      })
      git(root, 'init', '-q', '-b', 'main')
    })

    it('fails the stage with the same advice as the up-front check', async () => {
      const run = await runCli(root, ['--spec', 'specs/app.md', '--component', 'app'], { env: { PATH: `${dirname(process.execPath)}:/usr/bin:/bin` } })
      expect(run.code).toBe(1)
      const report = JSON.parse(execFileSync('cat', [join(root, 'workflow_report_app.json')], { encoding: 'utf8' }))
      expect(report.stage_results.testing.errors).toContain(
        'missing tool: uvx (command not found, exit status 127), needed by the testing stage: add `- uses: astral-sh/setup-uv@v6` before this action (uvx comes with uv); or set stages.testing.command to a command that does not need it'
      )
      expect(run.stdout + run.stderr).toContain('missing tool: uvx (command not found, exit status 127)')
    })
  })

  describe('a real run with tools missing', () => {
    it('runs no command, writes the report with every missing tool, exits 2', async () => {
      const root = await repo({ 'pyproject.toml': '[project]\nname = "app"\n\n[tool.uv]\n', 'src/app/__init__.py': '', 'tests/test_app.py': '', 'specs/app.md': SPEC })
      git(root, 'init', '-q', '-b', 'main')
      const run = await runCli(root, ['--spec', 'specs/app.md', '--component', 'app'], { env: { PATH: `${dirname(process.execPath)}:/usr/bin:/bin` } })
      expect(run.code).toBe(2)
      const report = JSON.parse(execFileSync('cat', [join(root, 'workflow_report_app.json')], { encoding: 'utf8' }))
      expect(report.stage_results).toEqual({})
      expect(report.stages_skipped).toEqual(['specification', 'testing', 'refactoring'])
      expect(report.skip_reasons.testing).toBe('tools the configuration needs are missing')
      expect(report.errors[0]).toMatch(/^the configuration cannot run here:\n2 missing tools, found before running anything:\n {2}- uv \(not on PATH\), needed by the testing stage/)
      expect(run.stderr + run.stdout).toContain('astral-sh/setup-uv@v6')
    })
  })
})
