/**
 * First contact with a repository, for real: small projects made here (git repositories in temp dirs), the CLI run
 * with no configuration file, then `init` and a run of the configuration it wrote. The tools are real: Debian's
 * python3 with pytest, coverage, pytest-cov, pylint and mypy; jest, jest-junit, eslint, tsc and secretlint from the
 * project's node_modules; vitest and pnpm installed from the npm registry once per machine into a cache (NETWORK:
 * that install is skipped, loudly, when the registry cannot be reached). npm audit talks to a local stand-in of the
 * registry's bulk advisory endpoint (the sandbox registry refuses it); it answers "no advisories".
 *
 * The numbers in the report must equal what the tools print in the same run.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { parse } from 'yaml'
import { schemaErrors } from '../../src/config/schema.js'
import { renderJobSummary } from '../../src/action/summary.js'
import type { WorkflowReport } from '../../src/engine/model.js'
import { gateView } from '../../src/view/report-view.js'
import { bundledCli, git, ROOT, runCli, type CliRun } from '../helpers/workspace.js'

jest.setTimeout(300_000)

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- reports are read as plain JSON and checked field by field
type Report = Record<string, any>

const NODE_DIR = dirname(process.execPath)
/** Debian's interpreter first: the one with pytest, coverage, pytest-cov, pylint and mypy. */
const SYSTEM_PATH = `/usr/bin:/bin:${NODE_DIR}`
const DEBIAN_READY = ['pytest_cov', 'coverage', 'pytest', 'pylint', 'mypy'].every((m) => existsSync(`/usr/lib/python3/dist-packages/${m}`))
if (!DEBIAN_READY) {
  console.warn('SKIPPED python first runs: apt-get install python3-pytest python3-coverage python3-pytest-cov pylint python3-mypy')
}

/**
 * Whether `packages` are installed under `dir` (their `bins` there), installing them once per machine when not
 * (NETWORK: the npm registry); when npm cannot, the tests that need them say SKIPPED, naming `what`.
 */
function installed(dir: string, packages: string[], bins: string[], what: string): boolean {
  if (bins.every((bin) => existsSync(join(dir, 'node_modules/.bin', bin)))) return true
  try {
    execFileSync('npm', ['install', '--prefix', dir, '--no-audit', '--no-fund', '--no-save', ...packages], { stdio: 'ignore', timeout: 240_000 })
    return true
  } catch (error) {
    console.warn(`SKIPPED ${what}: npm could not install ${packages.join(' ')}: ${(error as Error).message}`)
    return false
  }
}

/** vitest, its coverage provider, secretlint and pnpm. */
const TOOLS_DIR = join(tmpdir(), 's2p-preset-cache', 'node-tools')
const TOOLS = ['vitest@4.1.12', '@vitest/coverage-v8@4.1.12', 'secretlint@12.0.0', '@secretlint/secretlint-rule-preset-recommend@12.0.0', 'pnpm@10.34.9']
const nodeTools = (): boolean => installed(TOOLS_DIR, TOOLS, ['vitest', 'pnpm'], 'vitest and pnpm first runs')

/** pnpm 9, which refuses options after `pnpm test` that pnpm 10 passes on to the script. */
const PNPM9_DIR = join(tmpdir(), 's2p-preset-cache', 'pnpm9-tools')
const pnpm9Tools = (): boolean => installed(PNPM9_DIR, ['pnpm@9.15.9'], ['pnpm'], 'the pnpm 9 first run')

/** mocha, nyc and c8; secretlint deliberately not. */
const MOCHA_DIR = join(tmpdir(), 's2p-preset-cache', 'mocha-tools')
const mochaTools = (): boolean => installed(MOCHA_DIR, ['mocha@10.8.2', 'nyc@17.1.0', 'c8@12.0.0'], ['mocha', 'nyc', 'c8'], 'the mocha and c8 first runs')

/** mocha 5 and nyc 15, as auth0/node-jsonwebtoken pins them. */
const MOCHA5_DIR = join(tmpdir(), 's2p-preset-cache', 'mocha5-tools')
const mocha5Tools = (): boolean => installed(MOCHA5_DIR, ['mocha@5.2.0', 'nyc@15.1.0'], ['mocha', 'nyc'], 'the mocha 5 first run')

/** tape, tap-junit and nyc. */
const TAPE_DIR = join(tmpdir(), 's2p-preset-cache', 'tape-tools')
const tapeTools = (): boolean => installed(TAPE_DIR, ['tape@5.10.2', 'tap-junit@5.0.4', 'nyc@17.1.0'], ['tape', 'tap-junit', 'nyc'], 'the tape first run')

/** vue-tsc with the vue and TypeScript it checks against, and secretlint (a Vue project's own node_modules). */
const VUE_DIR = join(tmpdir(), 's2p-preset-cache', 'vue-tools')
const VUE_TOOLS = ['vue-tsc@3.3.14', 'vue@3.5.47', 'typescript@5.9.3', 'secretlint@12.0.0', '@secretlint/secretlint-rule-preset-recommend@12.0.0']
const vueTools = (): boolean => installed(VUE_DIR, VUE_TOOLS, ['vue-tsc', 'tsc', 'secretlint'], 'the vue-tsc first run')

/** svelte-check with the svelte and TypeScript it checks against, and secretlint (a Svelte project's own node_modules). */
const SVELTE_DIR = join(tmpdir(), 's2p-preset-cache', 'svelte-tools')
const SVELTE_TOOLS = ['svelte-check@4.7.9', 'svelte@5', 'typescript@5.9.3', 'secretlint@12.0.0', '@secretlint/secretlint-rule-preset-recommend@12.0.0']
const svelteTools = (): boolean => installed(SVELTE_DIR, SVELTE_TOOLS, ['svelte-check', 'tsc', 'secretlint'], 'the svelte-check first run')

/** oxlint (a project's own node_modules; secretlint deliberately not: fetched by npx, as a project without it). */
const OXLINT_DIR = join(tmpdir(), 's2p-preset-cache', 'oxlint-tools')
const oxlintTools = (): boolean => installed(OXLINT_DIR, ['oxlint@1.58.0', 'secretlint@12.0.0', '@secretlint/secretlint-rule-preset-recommend@12.0.0'], ['oxlint', 'secretlint'], 'the oxlint first run')

const created: string[] = []
let audit: Server
let registry = ''
/** Wall time of each first run, printed at the end for the record. */
const timings: string[] = []

beforeAll(async () => {
  await bundledCli()
  // npm audit's bulk advisory endpoint, answering that no package has an advisory; every other request (npx fetching
  // a package: its metadata and tarball) goes on to the real registry.
  const upstream = execFileSync('npm', ['config', 'get', 'registry'], { encoding: 'utf8' }).trim().replace(/\/?$/, '/')
  audit = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      if (req.method === 'POST' && req.url === '/-/npm/v1/security/advisories/bulk') {
        res.writeHead(200, { 'content-type': 'application/json' })
        res.end('{}')
        return
      }
      const headers: Record<string, string> = {}
      for (const name of ['accept', 'npm-command', 'user-agent']) if (typeof req.headers[name] === 'string') headers[name] = req.headers[name] as string
      fetch(new URL((req.url ?? '/').slice(1), upstream), { method: req.method, headers, redirect: 'follow' })
        .then(async (answer) => {
          const body = Buffer.from(await answer.arrayBuffer())
          res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/octet-stream' })
          // Tarball addresses in package metadata point back here, as npm rewrites the default registry's host.
          res.end(body)
        })
        .catch((error: Error) => {
          res.writeHead(502, { 'content-type': 'application/json' })
          res.end(JSON.stringify({ error: error.message }))
        })
    })
  })
  await new Promise<void>((done) => audit.listen(0, '127.0.0.1', done))
  const address = audit.address()
  registry = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`
})

afterAll(async () => {
  console.log(`first-run wall times:\n${timings.join('\n')}`)
  await new Promise((done) => audit.close(done))
  await Promise.all(created.map((d) => rm(d, { recursive: true, force: true })))
})

async function project(files: Record<string, string>, links: Record<string, string> = {}): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'stp-first-'))
  created.push(root)
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true })
    await writeFile(join(root, path), text)
  }
  for (const [path, target] of Object.entries(links)) await symlink(target, join(root, path))
  await writeFile(join(root, '.gitignore'), 'node_modules\n.venv\n.spec-to-production/\nworkflow_report_*.json\nworkflow_dashboard_*.html\n')
  git(root, 'init', '-q', '-b', 'main')
  git(root, 'add', '-A')
  git(root, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'project')
  return root
}

async function run(root: string, component: string, path: string, label: string): Promise<CliRun & { report: Report }> {
  const started = Date.now()
  const result = await runCli(root, ['--spec', `specs/${component}.md`, '--component', component], { env: { PATH: path, npm_config_registry: registry } })
  timings.push(`  ${label}: ${Date.now() - started} ms (exit ${result.code})`)
  const report = JSON.parse(await readFile(join(root, `workflow_report_${component}.json`), 'utf8')) as Report
  return { ...result, report }
}

/** `init` on the project; the configuration it wrote must pass the schema. */
async function init(root: string, component: string, path: string): Promise<string> {
  // Inside the action, GITHUB_ACTION_REPOSITORY names it (init warns and writes a placeholder when nothing does).
  const result = await runCli(root, ['init', '--component', component], { env: { PATH: path, GITHUB_ACTION_REPOSITORY: 'acme/spec-to-production' } })
  expect(result.stderr).toBe('')
  expect(result.code).toBe(0)
  const text = await readFile(join(root, '.github/spec-to-production.yml'), 'utf8')
  expect(schemaErrors(parse(text))).toEqual([])
  // The action's real reference (package.json's repository when it names one, else the environment's), never the placeholder;
  // the configuration's schema line points into the same repository at the same ref.
  const workflow = await readFile(join(root, '.github/workflows/spec-to-production.yml'), 'utf8')
  const uses = /\n {6}- uses: ([\w.-]+)\/([\w.-]+)@(v\d+)\n {8}with:\n {10}spec: /.exec(workflow)
  expect(uses).not.toBeNull()
  expect(workflow).not.toContain('org/spec-to-production')
  const [, owner, name, ref] = uses!
  expect(text.split('\n')[0]).toBe(`# yaml-language-server: $schema=https://raw.githubusercontent.com/${owner}/${name}/${ref}/schema/spec-to-production.schema.json`)
  // A second init refuses to overwrite.
  const again = await runCli(root, ['init', '--component', component], { env: { PATH: path } })
  expect(again.code).toBe(2)
  expect(again.stderr).toMatch(/already exist; nothing was written\. Run with --force to overwrite\./)
  return text
}

function expectGreen(r: CliRun & { report: Report }): void {
  if (r.code !== 0) throw new Error(`expected a green run:\n${r.stdout.slice(-4000)}\n${r.stderr}`)
  expect(r.report.stages_completed).toEqual(['specification', 'testing', 'refactoring'])
}

function spec(component: string): string {
  return `---\ncomponent: ${component}\n---\n# ${component}\n\n## Requirements\n\n- adds numbers\n\n## Acceptance Criteria\n\n- 1 + 2 is 3\n`
}

/** The percentage in the `% Lines` column of an istanbul text table's `All files` row, as printed. */
function printedLines(stdout: string): string {
  const header = stdout.split('\n').find((l) => /% Lines/.test(l))!
  const column = header.split('|').findIndex((c) => c.includes('% Lines'))
  const row = stdout.split('\n').find((l) => /All files\s*\|/.test(l))!
  return row.split('|')[column].trim()
}

const PYTHON_CODE = {
  'pyproject.toml': '[project]\nname = "calc"\nversion = "0.1.0"\n\n[tool.pytest.ini_options]\npythonpath = ["src"]\n',
  'src/calc/__init__.py':
    '"""Small arithmetic."""\n\n\ndef add(first: int, second: int) -> int:\n    """Return first + second."""\n    return first + second\n\n\n' +
    'def sign(value: int) -> int:\n    """Return the sign of value."""\n    if value < 0:\n        return -1\n    if value == 0:\n        return 0\n    return 1\n',
  'tests/test_calc.py': '"""Tests of calc."""\nfrom calc import add, sign\n\n\ndef test_add():\n    """Adds."""\n    assert add(1, 2) == 3\n\n\ndef test_sign():\n    """Negative."""\n    assert sign(-5) == -1\n',
  'specs/calc.md': spec('calc')
}

/** The security step disabled in a configuration written by init: pip-audit cannot be installed here. */
async function withoutScanners(root: string, text: string): Promise<void> {
  const edited = text.replace(/^ {4}security:\n( {6}.*\n)+/m, '    security: { enabled: false }   # pip-audit cannot be installed on this machine\n')
  expect(edited).not.toBe(text)
  await writeFile(join(root, '.github/spec-to-production.yml'), edited)
}

;(DEBIAN_READY ? describe : describe.skip)('python', () => {
  it('a plain pip project: the interpreter with -m, pytest-cov, pylint, mypy; the missing scanners named at once; init, then green', async () => {
    const root = await project({ ...PYTHON_CODE, 'requirements.txt': '' })
    const first = await run(root, 'calc', SYSTEM_PATH, 'pip project, no configuration (exit 2: no scanners here)')
    for (const line of [
      'preset python (detected: pyproject.toml, requirements.txt)',
      '  paths.source: src/calc — src/calc exists; tests in tests',
      '  python runner: python3 -m — no uv.lock or [tool.uv] and no .venv: the active interpreter /usr/bin/python3',
      '  tests and coverage: pytest with pytest-cov — pytest-cov is importable by python3',
      '  linting: pylint — pylint is importable by python3, ruff is not',
      '  type checking: mypy — mypy is importable by python3, pyright is not'
    ]) {
      expect(first.stdout).toContain(line)
    }
    expect(first.code).toBe(2)
    const missing = first.report.errors[0] as string
    // No secret scanner installed: secretlint, fetched by npx (node is on PATH). pip-audit cannot be fetched that way.
    expect(first.stdout).toContain('  secrets: secretlint 12.0.0 with the recommended rules, fetched by npx — no secret scanner installed (detect-secrets, gitleaks) and no uvx')
    expect(missing).toMatch(/^the configuration cannot run here:\n1 missing tool, found before running anything:\n/)
    // It runs through the interpreter, where init's workflow installs it.
    expect(missing).toContain('  - pip_audit (not importable by python3), needed by the refactoring stage (security): install it into that interpreter in the workflow before this action (`python3 -m pip install pip-audit`)')

    await withoutScanners(root, await init(root, 'calc', SYSTEM_PATH))
    const green = await run(root, 'calc', SYSTEM_PATH, 'pip project, init configuration')
    expectGreen(green)
    const testing = green.report.stage_results.testing.quality_gates
    const summary = /\[testing\] =+ (\d+) passed in/.exec(green.stdout)
    expect(testing.test_pass_rate.details).toMatchObject({ total: Number(summary![1]), passed: Number(summary![1]), failed: 0 })
    const total = /\[testing\] TOTAL\s+(\d+)\s+(\d+)\s+(\d+%)/.exec(green.stdout)!
    expect(testing.test_coverage.details).toMatchObject({ lines_total: Number(total[1]), lines_covered: Number(total[1]) - Number(total[2]), tool_reported: total[3].replace('%', '') })
    expect(green.report.stage_results.refactoring.quality_gates.linting.details.issue_count).toBe(0)
    expect(green.report.stage_results.refactoring.quality_gates.type_checking.details.error_count).toBe(0)
  })

  it('the uv shape without uv: a project virtualenv with a dependency, run through .venv/bin/python -m', async () => {
    const root = await project({
      ...PYTHON_CODE,
      'src/calc/__init__.py': '"""Small arithmetic."""\nimport greetlib\n\n\ndef add(first: int, second: int) -> int:\n    """Return first + second."""\n    return greetlib.plus(first, second)\n'
    })
    execFileSync('/usr/bin/python3', ['-m', 'venv', '--system-site-packages', '--without-pip', join(root, '.venv')])
    // The dependency lives only in the project's environment, as `uv sync` would put it there; uvx would not see it.
    const version = execFileSync('/usr/bin/python3', ['-c', 'import sys; print(f"python{sys.version_info[0]}.{sys.version_info[1]}")'], { encoding: 'utf8' }).trim()
    // A typed package (py.typed), as mypy wants of a dependency.
    const lib = join(root, '.venv/lib', version, 'site-packages/greetlib')
    await mkdir(lib)
    await writeFile(join(lib, 'py.typed'), '')
    await writeFile(join(lib, '__init__.py'), '"""A dependency."""\n\n\ndef plus(first: int, second: int) -> int:\n    """Return first + second."""\n    return first + second\n')
    await writeFile(join(root, 'tests/test_calc.py'), '"""Tests of calc."""\nfrom calc import add\n\n\ndef test_add():\n    """Adds."""\n    assert add(1, 2) == 3\n')
    const first = await run(root, 'calc', SYSTEM_PATH, 'venv project, no configuration (exit 2: no scanners here)')
    expect(first.stdout).toContain('  python runner: .venv/bin/python -m — the project has a virtualenv at .venv')
    expect(first.code).toBe(2)
    await withoutScanners(root, await init(root, 'calc', SYSTEM_PATH))
    expect(await readFile(join(root, '.github/spec-to-production.yml'), 'utf8')).toContain('.venv/bin/python -m pytest')
    const green = await run(root, 'calc', SYSTEM_PATH, 'venv project, init configuration')
    expectGreen(green)
    expect(green.report.stage_results.testing.quality_gates.test_coverage.details.coverage).toBe(100)
  })

  // zopefoundation/zope.event: a namespace package, src/zope/event, named zope.event. The layout found no src/zope.event
  // and chose the whole repository: coverage measured setup.py (its only file, at 0%) and the lint, type and secret
  // checks judged setup.py and docs/conf.py as the component's.
  it('a namespace package named with dots (zope.event): its source path is the directory the name spells', async () => {
    const root = await project({
      'pyproject.toml': '[project]\nname = "acme.calc"\nversion = "0.1.0"\n\n[tool.pytest.ini_options]\npythonpath = ["src"]\n',
      'setup.py': 'from setuptools import setup\n\nsetup()\n',
      'docs/conf.py': 'project = "acme.calc"\nextensions = []\n',
      'src/acme/calc/__init__.py': PYTHON_CODE['src/calc/__init__.py'],
      'tests/test_calc.py': PYTHON_CODE['tests/test_calc.py'].replace('from calc import', 'from acme.calc import'),
      'specs/acme.calc.md': spec('acme.calc')
    })
    const made = await runCli(root, ['init'], { env: { PATH: SYSTEM_PATH, GITHUB_ACTION_REPOSITORY: 'acme/spec-to-production' } })
    expect(made.code).toBe(0)
    expect(made.stdout).toContain('  paths: source src/acme/calc, tests tests (src/acme/calc exists: the package the dotted name acme.calc spells (a namespace package); tests in tests)\n')
    const config = await readFile(join(root, '.github/spec-to-production.yml'), 'utf8')
    expect(config).toContain('paths: { source: "src/acme/calc", tests: "tests" }')
    await withoutScanners(root, config)
    const green = await run(root, 'acme.calc', SYSTEM_PATH, 'namespace package, init configuration')
    expectGreen(green)
    const coverage = green.report.stage_results.testing.quality_gates.test_coverage.details
    // What pytest-cov printed for --cov=src/acme/calc: the package's one file, not setup.py.
    const total = /\[testing\] TOTAL\s+(\d+)\s+(\d+)\s+(\d+%)/.exec(green.stdout)!
    expect(coverage).toMatchObject({ files: 1, lines_total: Number(total[1]), lines_covered: Number(total[1]) - Number(total[2]) })
    expect(green.stdout).toContain('[testing] src/acme/calc/__init__.py')
    expect(green.stdout).not.toContain('[testing] setup.py')
    // mypy checked the package's one file, not setup.py and docs/conf.py as well.
    const mypy = await readFile(join(green.report.reports_dir as string, 'mypy.txt'), 'utf8')
    expect(mypy).toContain('Success: no issues found in 1 source file')
  })

  // The Django tutorial's polls app, as django-admin startproject and startapp write it: its tests are Django
  // TestCases in polls/tests.py. The preset ran plain pytest, which collects no tests.py (python_files test_*.py,
  // *_test.py): "0 of 0 executed tests", exit status 5, and a coverage note about another copy of the code.
  ;(['django', 'pytest_django'].every((m) => existsSync(`/usr/lib/python3/dist-packages/${m}`)) ? it : it.skip)(
    "a Django project tested with manage.py test: pytest-django runs its tests.py with the settings manage.py names, counting what Django's runner counts",
    async () => {
      const root = await mkdtemp(join(tmpdir(), 'stp-first-'))
      created.push(root)
      const python = (...args: string[]) => execFileSync('/usr/bin/python3', args, { cwd: root, encoding: 'utf8', env: { PATH: SYSTEM_PATH } })
      python('-m', 'django', 'startproject', 'mysite', '.')
      python('manage.py', 'startapp', 'polls')
      await writeFile(
        join(root, 'polls/models.py'),
        'import datetime\n\nfrom django.db import models\nfrom django.utils import timezone\n\n\nclass Question(models.Model):\n' +
          '    question_text = models.CharField(max_length=200)\n    pub_date = models.DateTimeField("date published")\n\n' +
          '    def was_published_recently(self):\n        now = timezone.now()\n        return now - datetime.timedelta(days=1) <= self.pub_date <= now\n'
      )
      await writeFile(
        join(root, 'polls/tests.py'),
        'import datetime\n\nfrom django.test import TestCase\nfrom django.utils import timezone\n\nfrom .models import Question\n\n\n' +
          'class QuestionModelTests(TestCase):\n    def test_future_question(self):\n        question = Question(pub_date=timezone.now() + datetime.timedelta(days=30))\n' +
          '        self.assertIs(question.was_published_recently(), False)\n\n    def test_recent_question(self):\n' +
          '        question = Question(pub_date=timezone.now() - datetime.timedelta(hours=23))\n        self.assertIs(question.was_published_recently(), True)\n'
      )
      const settings = join(root, 'mysite/settings.py')
      await writeFile(settings, (await readFile(settings, 'utf8')).replace('INSTALLED_APPS = [', "INSTALLED_APPS = [\n    'polls.apps.PollsConfig',"))
      await writeFile(join(root, 'requirements.txt'), 'Django>=3.2\n')
      python('manage.py', 'makemigrations', 'polls', '-v', '0')
      await mkdir(join(root, 'specs'))
      await writeFile(join(root, 'specs/polls.md'), spec('polls'))
      await writeFile(join(root, '.gitignore'), '__pycache__/\ndb.sqlite3\n.spec-to-production/\nworkflow_report_*.json\nworkflow_dashboard_*.html\n')
      git(root, 'init', '-q', '-b', 'main')
      git(root, 'add', '-A')
      git(root, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'polls')
      // What Django's own runner counts.
      const django = execFileSync('bash', ['-c', '/usr/bin/python3 manage.py test 2>&1'], { cwd: root, encoding: 'utf8', env: { PATH: SYSTEM_PATH } })
      const ran = Number(/Ran (\d+) tests? in/.exec(django)?.[1])

      const text = await init(root, 'polls', SYSTEM_PATH)
      expect(text).toContain(" --ds=mysite.settings -o 'python_files=test*.py'")
      expect(text).toContain('a Django project (manage.py names mysite.settings): pytest-django runs its TestCases with those settings (--ds=mysite.settings)')
      const workflow = await readFile(join(root, '.github/workflows/spec-to-production.yml'), 'utf8')
      expect(workflow).toMatch(/pip install pytest pytest-cov pytest-django /)
      await withoutScanners(root, text)
      const result = await run(root, 'polls', SYSTEM_PATH, 'Django project, init configuration')
      const testing = result.report.stage_results.testing
      expect(testing.success).toBe(true)
      expect(testing.quality_gates.test_pass_rate.details).toMatchObject({ total: 2, passed: 2, failed: 0, errors: 0 })
      expect(testing.quality_gates.test_pass_rate.details.total).toBe(ran)
      const total = /\[testing\] TOTAL\s+(\d+)\s+(\d+)\s+(\d+%)/.exec(result.stdout)!
      expect(testing.quality_gates.test_coverage.details).toMatchObject({ lines_total: Number(total[1]), lines_covered: Number(total[1]) - Number(total[2]) })
    }
  )

  // more-itertools/more-itertools: its tests add the package's doctests through load_tests, which pytest ignores; the
  // pytest run said 736 of 736 passed where `python -m unittest` runs 901, and a broken doctest could not fail it.
  ;(existsSync('/usr/lib/python3/dist-packages/xmlrunner') ? it : it.skip)('a unittest project whose load_tests adds doctests: every test unittest runs is counted, a failing doctest fails the run', async () => {
    const doc = (body: string) => `"""Small arithmetic."""\n\n\ndef add(first: int, second: int) -> int:\n    """Return first + second.\n\n    >>> add(1, 2)\n    ${body}\n    """\n    return first + second\n`
    const root = await project({
      'setup.py': 'from setuptools import setup\n\nsetup(name="calc", packages=["calc"])\n',
      'calc/__init__.py': doc('3'),
      'tests/__init__.py': '',
      'tests/test_calc.py':
        '"""Tests of calc."""\nimport doctest\nimport unittest\n\nimport calc\n\n\ndef load_tests(loader, tests, ignore):  # pylint: disable=unused-argument\n' +
        '    """Add the doctests."""\n    tests.addTests(doctest.DocTestSuite(calc))\n    return tests\n\n\n' +
        'class AddTest(unittest.TestCase):\n    """add."""\n\n    def test_add(self):\n        """Adds."""\n        self.assertEqual(calc.add(1, 2), 3)\n\n    def test_negative(self):\n        """Adds negatives."""\n        self.assertEqual(calc.add(-1, -2), -3)\n',
      'specs/calc.md': spec('calc')
    })
    const first = await run(root, 'calc', SYSTEM_PATH, 'unittest project, no configuration (exit 2: no scanners here)')
    expect(first.stdout).toContain(
      '  tests and coverage: unittest with unittest-xml-reporting (xmlrunner), under coverage — tests/test_calc.py defines load_tests, which pytest never calls: the tests it adds would not run. unittest runs them, and unittest-xml-reporting is importable by python3'
    )
    await withoutScanners(root, await init(root, 'calc', SYSTEM_PATH))
    const green = await run(root, 'calc', SYSTEM_PATH, 'unittest project, init configuration')
    expectGreen(green)
    // What unittest itself ran: 2 test methods and the doctest.
    const ran = Number(/\[testing\] Ran (\d+) tests? in/.exec(green.stdout)![1])
    expect(ran).toBe(3)
    expect(green.report.stage_results.testing.quality_gates.test_pass_rate.details).toMatchObject({ total: ran, passed: ran, failed: 0 })
    expect(green.report.stage_results.testing.quality_gates.test_coverage.details.coverage).toBe(100)

    await writeFile(join(root, 'calc/__init__.py'), doc('4'))
    const red = await run(root, 'calc', SYSTEM_PATH, 'unittest project, a failing doctest')
    expect(red.code).toBe(1)
    expect(red.report.stage_results.testing.quality_gates.test_pass_rate.details).toMatchObject({ total: 3, passed: 2, failed: 1 })
  })

  // jaraco/jaraco.functools: pytest.ini sets `norecursedirs=dist build .tox .eggs` (no `.*`) and `--doctest-modules`,
  // and the component is the whole repository: pytest walked into .spec-to-production/, imported the rerun plugin the
  // run had written to {reports} as a doctest module, and failed collection ("the 'package' argument is required to
  // perform a relative import") — a test error the product made itself, counted as one of the project's tests.
  it("a project whose norecursedirs lets pytest into dot-directories: the run's own reports are not collected", async () => {
    const root = await project({
      'pyproject.toml': '[project]\nname = "calc"\nversion = "0.1.0"\n',
      'pytest.ini': '[pytest]\nnorecursedirs=dist build .tox .eggs\naddopts=\n\t--doctest-modules\n',
      'calc.py': '"""Small arithmetic."""\n\n\ndef add(first: int, second: int) -> int:\n    """Return first + second.\n\n    >>> add(1, 2)\n    3\n    """\n    return first + second\n',
      'test_calc.py': '"""Tests of calc."""\nfrom calc import add\n\n\ndef test_add():\n    """Adds."""\n    assert add(1, 2) == 3\n',
      'specs/calc.md': spec('calc')
    })
    const written = await init(root, 'calc', SYSTEM_PATH)
    expect(written).toContain('python3 -m pytest {tests} {path} --doctest-modules --ignore=.spec-to-production --cov={path}')
    await withoutScanners(root, written)
    const green = await run(root, 'calc', SYSTEM_PATH, 'norecursedirs project, init configuration')
    expect(green.stdout).not.toContain('ERROR collecting')
    expectGreen(green)
    expect(green.report.stage_results.testing.quality_gates.test_pass_rate.details).toMatchObject({ total: 2, passed: 2, failed: 0, errors: 0 })
    // pytest-cov's --cov=. measured that plugin too (pytest loads it with -p): the run's own file is nobody's source.
    expect(green.report.stage_results.testing.quality_gates.test_coverage.details).toMatchObject({ coverage: 100, lines_total: 2, left_out: { test_files: 1, run_outputs: 1 } })
  })

  // A tox-only unittest project whose test modules are check_*.py (`unittest discover -s tests -p "check_*.py"`):
  // pytest collected 0 of them, and the gate failed saying nothing was verified, coverage 0% of a "src/ layout not
  // installed". unittest discovers them with the project's pattern.
  ;(existsSync('/usr/lib/python3/dist-packages/xmlrunner') ? it : it.skip)('a unittest project whose tox.ini gives discover a pattern pytest does not collect: those tests run and count', async () => {
    const root = await project({
      'setup.py': 'from setuptools import setup\n\nsetup(name="calc", packages=["calc"])\n',
      'tox.ini': '[tox]\nenvlist = py311\n\n[testenv]\ncommands = python -m unittest discover -s tests -p "check_*.py"\n',
      'calc/__init__.py': '"""Small arithmetic."""\n\n\ndef add(first, second):\n    """Return first + second."""\n    return first + second\n\n\ndef sign(value):\n    """Sign."""\n    if value < 0:\n        return -1\n    return 1\n',
      'tests/__init__.py': '',
      'tests/check_calc.py':
        '"""Tests of calc."""\nimport unittest\n\nimport calc\n\n\nclass AddTest(unittest.TestCase):\n    """add."""\n\n    def test_add(self):\n        """Adds."""\n        self.assertEqual(calc.add(1, 2), 3)\n\n' +
        '    def test_sign(self):\n        """Signs."""\n        self.assertEqual(calc.sign(-2), -1)\n        self.assertEqual(calc.sign(2), 1)\n',
      'specs/calc.md': spec('calc')
    })
    const first = await run(root, 'calc', SYSTEM_PATH, 'unittest project with a discover pattern, no configuration (exit 2: no scanners here)')
    expect(first.stdout).toContain(
      '  tests and coverage: unittest (-p check_*.py) with unittest-xml-reporting (xmlrunner), under coverage — the project runs unittest discover -p check_*.py (tox.ini), ' +
        "test modules pytest's default python_files (test_*.py, *_test.py) never collects"
    )
    await withoutScanners(root, await init(root, 'calc', SYSTEM_PATH))
    const green = await run(root, 'calc', SYSTEM_PATH, 'unittest project with a discover pattern, init configuration')
    expectGreen(green)
    const ran = Number(/\[testing\] Ran (\d+) tests? in/.exec(green.stdout)![1])
    expect(ran).toBe(2)
    expect(green.report.stage_results.testing.quality_gates.test_pass_rate.details).toMatchObject({ total: 2, passed: 2, failed: 0 })
    expect(green.report.stage_results.testing.quality_gates.test_coverage.details.coverage).toBe(100)
  })

  // pip, attrs and others set `parallel = true` in their coverage configuration: `coverage run` then writes
  // .coverage.<host>.<pid>.<random>, and `coverage report`/`json` said "No data to report": the tests passed, the
  // command exited 1, the pass-rate gate failed "although its report shows no failing test", coverage unmeasured.
  ;(existsSync('/usr/lib/python3/dist-packages/xmlrunner') ? it : it.skip)('a unittest project whose coverage configuration sets parallel = true: the data files are combined, coverage measured', async () => {
    const root = await project({
      'setup.py': 'from setuptools import setup\n\nsetup(name="calc", packages=["calc"])\n',
      '.coveragerc': '[run]\nparallel = True\nbranch = True\n',
      'calc/__init__.py': '"""Small arithmetic."""\n\n\ndef add(first, second):\n    """Return first + second."""\n    return first + second\n',
      'tests/__init__.py': '',
      // load_tests: the unittest row, which runs `coverage run` itself.
      'tests/test_calc.py':
        '"""Tests of calc."""\nimport unittest\n\nimport calc\n\n\ndef load_tests(loader, tests, ignore):  # pylint: disable=unused-argument\n    """The module\'s tests."""\n    return tests\n\n\n' +
        'class AddTest(unittest.TestCase):\n    """add."""\n\n    def test_add(self):\n        """Adds."""\n        self.assertEqual(calc.add(1, 2), 3)\n',
      'specs/calc.md': spec('calc')
    })
    await withoutScanners(root, await init(root, 'calc', SYSTEM_PATH))
    const green = await run(root, 'calc', SYSTEM_PATH, 'unittest project with parallel coverage, init configuration')
    expectGreen(green)
    expect(green.stdout).not.toContain('No data to report')
    const gates = green.report.stage_results.testing.quality_gates
    expect(gates.test_pass_rate.details).toMatchObject({ total: 1, passed: 1 })
    expect(gates.test_coverage.details).toMatchObject({ coverage: 100, format: 'coverage.py-json' })
  })

  // mahmoud/boltons: tox runs `pytest --doctest-modules boltons tests` (625 tests); the preset ran `pytest tests`
  // and reported 472 of 472, its 153 doctests unseen, and coverage 69.61% where the project's suite covers 75%.
  it('a pytest project that runs its doctests with --doctest-modules: the package is collected too, and a failing doctest fails the run', async () => {
    const doc = (body: string) => `"""Small arithmetic."""\n\n\ndef add(first: int, second: int) -> int:\n    """Return first + second.\n\n    >>> add(1, 2)\n    ${body}\n    """\n    return first + second\n`
    const root = await project({
      'setup.py': 'from setuptools import setup\n\nsetup(name="calc", packages=["calc"])\n',
      'tox.ini': '[tox]\nenvlist = py3\n\n[testenv]\n# pytest tests\ncommands = pytest --doctest-modules calc tests {posargs}\n',
      'calc/__init__.py': doc('3'),
      'tests/test_calc.py': '"""Tests of calc."""\nfrom calc import add\n\n\ndef test_add():\n    """Adds."""\n    assert add(1, 2) == 3\n\n\ndef test_negative():\n    """Negatives."""\n    assert add(-1, -2) == -3\n',
      'specs/calc.md': spec('calc')
    })
    const first = await run(root, 'calc', SYSTEM_PATH, 'doctest project, no configuration (exit 2: no scanners here)')
    expect(first.stdout).toContain(
      '  tests and coverage: pytest with pytest-cov — pytest-cov is importable by python3; the project runs its doctests (--doctest-modules in tox.ini): pytest collects them from {path} too'
    )
    const written = await init(root, 'calc', SYSTEM_PATH)
    expect(written).toContain('python3 -m pytest {tests} {path} --doctest-modules --cov={path}')
    await withoutScanners(root, written)
    const green = await run(root, 'calc', SYSTEM_PATH, 'doctest project, init configuration')
    expectGreen(green)
    // What pytest itself printed: 2 test functions and the doctest.
    const ran = Number(/\[testing\] =+ (\d+) passed in/.exec(green.stdout)![1])
    expect(ran).toBe(3)
    expect(green.report.stage_results.testing.quality_gates.test_pass_rate.details).toMatchObject({ total: ran, passed: ran, failed: 0 })

    await writeFile(join(root, 'calc/__init__.py'), doc('4'))
    const red = await run(root, 'calc', SYSTEM_PATH, 'doctest project, a failing doctest')
    expect(red.code).toBe(1)
    expect(red.report.stage_results.testing.quality_gates.test_pass_rate.details).toMatchObject({ total: 3, passed: 2, failed: 1 })
  })
})

const JEST_PROJECT = {
  'package.json': JSON.stringify({ name: 'sum', version: '1.0.0', private: true, scripts: { test: 'jest' } }, null, 2),
  'package-lock.json': JSON.stringify({ name: 'sum', version: '1.0.0', lockfileVersion: 3, requires: true, packages: { '': { name: 'sum', version: '1.0.0' } } }, null, 2),
  'eslint.config.js': "module.exports = [{ files: ['**/*.js'], languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly', test: 'readonly', expect: 'readonly' } }, rules: { 'no-unused-vars': 'error' } }]\n",
  'tsconfig.json': JSON.stringify({ compilerOptions: { allowJs: true, checkJs: true, noEmit: true, strict: true, types: [] }, include: ['src/**/*.js'], exclude: ['src/**/*.test.js'] }),
  'src/sum/index.js': "/** @param {number} a @param {number} b */\nfunction sum(a, b) {\n  return a + b\n}\n/** @param {number} x */\nfunction sign(x) {\n  if (x < 0) return -1\n  return 1\n}\nmodule.exports = { sum, sign }\n",
  'src/sum/index.test.js': "const { sum } = require('./index')\ntest('adds', () => {\n  expect(sum(1, 2)).toBe(3)\n})\ntest('adds negatives', () => {\n  expect(sum(-1, -2)).toBe(-3)\n})\n",
  'specs/sum.md': spec('sum')
}

describe('node', () => {
  it('a jest project: first run green with no configuration, numbers equal to what jest printed; init, then green', async () => {
    const root = await project(JEST_PROJECT, { node_modules: join(ROOT, 'node_modules') })
    const first = await run(root, 'sum', SYSTEM_PATH, 'jest project, no configuration')
    for (const line of [
      '  paths.source: src/sum — src/sum exists; tests in src/sum',
      '  package manager: npm — package-lock.json exists',
      '  tests and coverage: jest through the test script (npm test), so its own flags apply, with jest-junit and coverage reporters — scripts.test runs jest ("jest")',
      '  linting: eslint — configured in eslint.config.js',
      '  type checking: tsc --noEmit — tsconfig.json exists',
      '  vulnerabilities: npm audit --json — npm with a lock file'
    ]) {
      expect(first.stdout).toContain(line)
    }
    expectGreen(first)
    const gates = first.report.stage_results.testing.quality_gates
    const tests = /\[testing\] Tests:\s+(\d+) passed, (\d+) total/.exec(first.stdout)!
    expect(gates.test_pass_rate.details).toMatchObject({ passed: Number(tests[1]), total: Number(tests[2]) })
    expect(gates.test_coverage.details.tool_reported).toBe(printedLines(first.stdout))
    const security = first.report.stage_results.refactoring.quality_gates.security.details
    expect(security).toMatchObject({ secret_count: 0, critical: 0, high: 0, medium: 0 })

    await init(root, 'sum', SYSTEM_PATH)
    expectGreen(await run(root, 'sum', SYSTEM_PATH, 'jest project, init configuration'))
  })

  // changesets/changesets: the component `parse` is packages/parse of a workspace whose root `vitest` runs all 21
  // packages; its run counted 146 tests (31 failing, in other packages) where its own are 20, all passing.
  it("a workspace package (npm workspaces, jest at the root): only that package's tests; init, then green", async () => {
    const other = {
      'packages/other/package.json': JSON.stringify({ name: 'other', version: '1.0.0' }),
      'packages/other/index.js': 'module.exports = { broken: () => 1 }\n',
      'packages/other/index.test.js': "const { broken } = require('./index')\ntest('is broken', () => {\n  expect(broken()).toBe(2)\n})\n"
    }
    const { 'src/sum/index.js': code, 'src/sum/index.test.js': tests, ...rest } = JEST_PROJECT
    const root = await project(
      {
        ...rest,
        'package.json': JSON.stringify({ name: 'mono', version: '1.0.0', private: true, workspaces: ['packages/*'], scripts: { test: 'jest' } }, null, 2),
        'packages/sum/package.json': JSON.stringify({ name: 'sum', version: '1.0.0' }),
        'packages/sum/index.js': code,
        'packages/sum/index.test.js': tests,
        'tsconfig.json': rest['tsconfig.json'].replace('"src/**/*.js"', '"packages/**/*.js"').replace('"src/**/*.test.js"', '"packages/**/*.test.js"'),
        ...other
      },
      { node_modules: join(ROOT, 'node_modules') }
    )
    const first = await run(root, 'sum', SYSTEM_PATH, 'workspace package, no configuration')
    expect(first.stdout).toContain('  paths.source: packages/sum — packages/sum exists: a monorepo package with its tests inside')
    expect(first.stdout).toContain("packages/sum is a workspace package (it has its own package.json): the root's jest runs only the test files under packages/sum/")
    expectGreen(first)
    // What jest printed in that run: the 2 tests of packages/sum, and not the failing one of packages/other.
    const printed = /\[testing\] Tests:\s+(\d+) passed, (\d+) total/.exec(first.stdout)!
    expect(Number(printed[2])).toBe(2)
    expect(first.stdout).not.toContain('packages/other/index.test.js')
    const gates = first.report.stage_results.testing.quality_gates
    expect(gates.test_pass_rate.details).toMatchObject({ passed: 2, total: 2 })
    expect(gates.test_coverage.details.tool_reported).toBe(printedLines(first.stdout))

    await init(root, 'sum', SYSTEM_PATH)
    const configured = await run(root, 'sum', SYSTEM_PATH, 'workspace package, init configuration')
    expectGreen(configured)
    expect(configured.report.stage_results.testing.quality_gates.test_pass_rate.details).toMatchObject({ passed: 2, total: 2 })

    // A type error in the other package: tsc checks the whole project, so the gate counts it, and says it is not sum's.
    await writeFile(join(root, 'packages/other/index.js'), "/** @type {number} */\nconst n = 'one'\nmodule.exports = { broken: () => n }\n")
    const typed = await run(root, 'sum', SYSTEM_PATH, 'workspace package, a type error in another package')
    expect(typed.code).toBe(1)
    const types = typed.report.stage_results.refactoring.quality_gates.type_checking
    expect(types.details).toMatchObject({ error_count: 1, errors_outside_component: 1 })
    expect(types.warnings).toContain(
      "1 of the 1 type error(s) are in files outside the component's source path packages/sum (other parts of the repository): the type checker checks the whole project " +
        'and the gate counts them all; to judge only this component, give stages.refactoring.type_checking.command a configuration of its own (tsc -p packages/sum/tsconfig.json, mypy packages/sum)'
    )
  })

  // An ESM package whose jest needs node's --experimental-vm-modules, given by the test script before other work:
  // the preset ran `npx jest` without it, and every test file failed on its first `import` ("Cannot use import
  // statement outside a module") where `npm test` passed.
  it('an ESM jest project whose script gives NODE_OPTIONS=--experimental-vm-modules: the direct command keeps it', async () => {
    const root = await project(
      {
        ...JEST_PROJECT,
        'package.json': JSON.stringify({ name: 'sum', version: '1.0.0', private: true, type: 'module', scripts: { test: 'NODE_OPTIONS=--experimental-vm-modules jest && node -e 0' } }, null, 2),
        'eslint.config.js': "export default [{ files: ['**/*.js'], languageOptions: { sourceType: 'module', globals: { test: 'readonly', expect: 'readonly' } }, rules: { 'no-unused-vars': 'error' } }]\n",
        'src/sum/index.js': '/** @param {number} a @param {number} b */\nexport function sum(a, b) {\n  return a + b\n}\n',
        'src/sum/index.test.js': "import { sum } from './index.js'\ntest('adds', () => {\n  expect(sum(1, 2)).toBe(3)\n})\n"
      },
      { node_modules: join(ROOT, 'node_modules') }
    )
    const first = await run(root, 'sum', SYSTEM_PATH, 'ESM jest with NODE_OPTIONS in the script')
    expect(first.stdout).toContain('  tests and coverage: jest directly (NODE_OPTIONS=--experimental-vm-modules npx jest), with jest-junit and coverage reporters')
    expectGreen(first)
    expect(first.report.stage_results.testing.quality_gates.test_pass_rate.details).toMatchObject({ total: 1, passed: 1, errors: 0 })
  })

  // eslint/rewrite's shape: `npm test --workspaces` at the root, each package testing itself with its own script. The run
  // was refused ("cannot be limited to the package"); the package's jest now runs in the package.
  it("a workspace package whose own script runs jest (npm test --workspaces at the root): that script, in the package", async () => {
    const { 'src/sum/index.js': code, 'src/sum/index.test.js': tests, ...rest } = JEST_PROJECT
    const root = await project(
      {
        ...rest,
        'package.json': JSON.stringify({ name: 'mono', version: '1.0.0', private: true, workspaces: ['packages/*'], scripts: { test: 'npm test --workspaces --if-present' } }, null, 2),
        'packages/sum/package.json': JSON.stringify({ name: 'sum', version: '1.0.0', scripts: { test: 'jest' } }),
        'packages/sum/index.js': code,
        'packages/sum/index.test.js': tests,
        'packages/other/package.json': JSON.stringify({ name: 'other', version: '1.0.0', scripts: { test: 'jest' } }),
        'packages/other/index.test.js': "test('is broken', () => {\n  expect(1).toBe(2)\n})\n",
        'tsconfig.json': rest['tsconfig.json'].replace('"src/**/*.js"', '"packages/**/*.js"').replace('"src/**/*.test.js"', '"packages/**/*.test.js"')
      },
      { node_modules: join(ROOT, 'node_modules') }
    )
    const first = await run(root, 'sum', SYSTEM_PATH, 'workspace package with its own jest script')
    expect(first.stdout).toContain(
      "  tests and coverage: jest through packages/sum's scripts.test (cd packages/sum && npm test), so its own flags apply, with jest-junit and coverage reporters — " +
        "packages/sum/package.json scripts.test runs jest (\"jest\"); packages/sum is a workspace package with a test script of its own, and the root's test script has each package run its scripts.test (npm test --workspaces --if-present)"
    )
    expectGreen(first)
    const printed = /\[testing\] Tests:\s+(\d+) passed, (\d+) total/.exec(first.stdout)!
    expect(Number(printed[2])).toBe(2)
    const gates = first.report.stage_results.testing.quality_gates
    expect(gates.test_pass_rate.details).toMatchObject({ passed: 2, total: 2 })
    expect(gates.test_coverage.details.tool_reported).toBe(printedLines(first.stdout))

    // init's configuration changes into the package by {path}, and runs green.
    const text = await init(root, 'sum', SYSTEM_PATH)
    expect(text).toContain(' > {reports}/jest-junit-invocations.cjs && cd {path} && JEST_JUNIT_OUTPUT_FILE={reports}/junit.xml ')
    const configured = await run(root, 'sum', SYSTEM_PATH, 'workspace package with its own jest script, init configuration')
    expectGreen(configured)
    expect(configured.report.stage_results.testing.quality_gates.test_pass_rate.details).toMatchObject({ passed: 2, total: 2 })

    // A failing test in the package: red, on its two tests (the other package's are not run).
    await writeFile(join(root, 'packages/sum/index.js'), code.replace('return a + b', 'return a - b'))
    const red = await run(root, 'sum', SYSTEM_PATH, 'workspace package with its own jest script, a test failing')
    expect(red.code).toBe(1)
    expect(red.report.stage_results.testing.quality_gates.test_pass_rate.details).toMatchObject({ total: 2, failed: 2 })
    expect(red.stdout).not.toContain('is broken')
  })

  // openapi-ts/openapi-typescript: packages/openapi-fetch has its own tsconfig.json (its `lib`, its `include`); the
  // root's holds shared options and no `include`, and `tsc --noEmit` there checked the whole repository: 829 errors,
  // 724 of them other packages'.
  it("a workspace package with a tsconfig.json of its own: its project is type-checked, not the root's", async () => {
    const { 'src/sum/index.js': code, 'src/sum/index.test.js': tests, ...rest } = JEST_PROJECT
    const root = await project(
      {
        ...rest,
        'package.json': JSON.stringify({ name: 'mono', version: '1.0.0', private: true, workspaces: ['packages/*'], scripts: { test: 'jest' } }, null, 2),
        // Shared options only: no `include`, so tsc at the root checks every file of the repository.
        'tsconfig.json': JSON.stringify({ compilerOptions: { allowJs: true, checkJs: true, noEmit: true, strict: true, types: [] } }),
        'packages/sum/package.json': JSON.stringify({ name: 'sum', version: '1.0.0' }),
        'packages/sum/tsconfig.json': JSON.stringify({ extends: '../../tsconfig.json', include: ['index.js'] }),
        'packages/sum/index.js': code,
        'packages/sum/index.test.js': tests,
        'packages/other/package.json': JSON.stringify({ name: 'other', version: '1.0.0' }),
        'packages/other/index.js': "/** @type {number} */\nconst n = 'one'\nmodule.exports = { n }\n"
      },
      { node_modules: join(ROOT, 'node_modules') }
    )
    const first = await run(root, 'sum', SYSTEM_PATH, 'workspace package with its own tsconfig.json')
    expect(first.stdout).toContain(
      '  type checking: tsc --noEmit -p packages/sum/tsconfig.json — packages/sum is a workspace package with a tsconfig.json of its own: its project is checked, with its own options and files'
    )
    expectGreen(first)
    // The command names the source path, so a configuration init writes (paths on {component}) serves every package.
    const written = await init(root, 'sum', SYSTEM_PATH)
    expect(written).toContain('command: "node_modules/.bin/tsc --noEmit --pretty false --listFiles -p {path}/tsconfig.json > {reports}/tsc.txt"')
    expect(first.report.stage_results.refactoring.quality_gates.type_checking.details).toMatchObject({ error_count: 0 })
    // The package's own type error is counted, at its path from the repository root.
    await writeFile(join(root, 'packages/sum/index.js'), `${code}/** @type {string} */\nconst s = 1\nmodule.exports.s = s\n`)
    const typed = await run(root, 'sum', SYSTEM_PATH, 'workspace package with its own tsconfig.json, a type error in it')
    expect(typed.code).toBe(1)
    const gate = typed.report.stage_results.refactoring.quality_gates.type_checking
    expect(gate.details).toMatchObject({ error_count: 1 })
    expect(gate.findings).toEqual([expect.objectContaining({ file: 'packages/sum/index.js', rule: 'TS2322' })])
  })

  // sinonjs/fake-timers: the component is the whole repository, and eslint 9's flat configuration (which reads no
  // .gitignore and no longer skips dot-directories) linted what the runs had written under .spec-to-production/runs/:
  // the linting gate failed on the jest-junit properties module and the coverage report's scripts.
  it('a project linted from its root with a flat eslint configuration: the files runs write are not linted', async () => {
    const { 'src/sum/index.js': code, 'src/sum/index.test.js': tests, 'specs/sum.md': specText, ...rest } = JEST_PROJECT
    const root = await project(
      {
        ...rest,
        'specs/sum.md': specText,
        'index.js': code,
        'test/index.test.js': tests.replace("'./index'", "'../index'"),
        // eslint's recommended no-control-regex, on every JavaScript file as `js.configs.recommended` applies it.
        'eslint.config.js':
          "module.exports = [{ files: ['**/*.js', '**/*.cjs', '**/*.mjs'], linterOptions: { reportUnusedDisableDirectives: 'error' }, languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly', test: 'readonly', expect: 'readonly' } }, rules: { 'no-unused-vars': 'error', 'no-control-regex': 'error' } }]\n",
        'tsconfig.json': rest['tsconfig.json'].replace('"src/**/*.js"', '"index.js"').replace('"src/**/*.test.js"', '"test/**"')
      },
      { node_modules: join(ROOT, 'node_modules') }
    )
    // Twice: the second run has the first one's outputs in the repository too.
    for (const label of ['first', 'second']) {
      const r = await run(root, 'sum', SYSTEM_PATH, `linted from the root, ${label} run`)
      expect(r.stdout).toContain('  paths.source: . — ')
      const gate = r.report.stage_results.refactoring.quality_gates.linting
      expect(gate.findings).toEqual([])
      expect(gate.details).toMatchObject({ issue_count: 0 })
      expectGreen(r)
    }
    // eslint did lint the project's own files (the report is not empty, and none of it is a run's output).
    const reports = join(root, '.spec-to-production/runs')
    const runs = execFileSync('ls', ['-t', reports], { encoding: 'utf8' }).split('\n').filter((d) => d.startsWith('sum-'))
    const linted = (JSON.parse(await readFile(join(reports, runs[0], 'reports/eslint.json'), 'utf8')) as Array<{ filePath: string }>).map((f) => f.filePath.slice(root.length + 1))
    expect(linted.sort()).toEqual(['eslint.config.js', 'index.js', 'test/index.test.js'])
  })

  it('a TypeScript project of project references (the Vite templates\' solution tsconfig.json): every referenced project is type-checked', async () => {
    const root = await project(
      {
        ...JEST_PROJECT,
        // tsconfig.json lists no file of its own: `tsc --noEmit` on it checked nothing and passed with the error below.
        'tsconfig.json': '{\n  "files": [],\n  // the projects\n  "references": [{ "path": "./tsconfig.app.json" }, { "path": "./tsconfig.node.json" },]\n}\n',
        'tsconfig.app.json': JSON.stringify({ compilerOptions: { allowJs: true, checkJs: true, noEmit: true, strict: true, types: [], tsBuildInfoFile: './.tmp/app.tsbuildinfo' }, include: ['src/**/*.js'], exclude: ['src/**/*.test.js'] }),
        'tsconfig.node.json': JSON.stringify({ compilerOptions: { noEmit: true, strict: true, types: [], tsBuildInfoFile: './.tmp/node.tsbuildinfo' }, include: ['vite.config.ts'] }),
        'vite.config.ts': 'export default {}\n',
        'src/sum/index.js': JEST_PROJECT['src/sum/index.js'].replace('return a + b', "return a + b\n}\n/** @type {number} */\nconst wrong = 'text'\nfunction unused() {\n  return wrong")
      },
      { node_modules: join(ROOT, 'node_modules') }
    )
    const r = await run(root, 'sum', SYSTEM_PATH, 'project references, no configuration')
    // Before: "✓ gate type_checking: 0 errors ≤ 0", and the run passed.
    const gate = r.report.stage_results.refactoring.quality_gates.type_checking
    expect(gate.passed).toBe(false)
    expect(gate.details).toMatchObject({ error_count: 1 })
    expect(gate.findings).toEqual([expect.objectContaining({ file: 'src/sum/index.js', line: 6, rule: 'TS2322' })])
    expect(r.code).toBe(1)
    expect(r.stdout).toContain(
      '  type checking: tsc -b --noEmit --force (project references) — tsconfig.json references tsconfig.app.json, tsconfig.node.json: ' +
        'tsc --noEmit would check only the files of tsconfig.json itself (none: "files": []), not those projects\''
    )
  })

  it("a node --test project: node's own junit and lcov reporters", async () => {
    const root = await project(
      {
        ...JEST_PROJECT,
        'package.json': JSON.stringify({ name: 'sum', version: '1.0.0', private: true, scripts: { test: 'node --test src/' } }),
        'src/sum/index.test.js': "const test = require('node:test')\nconst assert = require('node:assert')\nconst { sum } = require('./index')\ntest('adds', () => {\n  assert.strictEqual(sum(1, 2), 3)\n})\n"
      },
      { node_modules: join(ROOT, 'node_modules') }
    )
    const first = await run(root, 'sum', SYSTEM_PATH, 'node --test project, no configuration')
    expect(first.stdout).toContain('  tests and coverage: node --test with its junit and lcov reporters — scripts.test runs node --test ("node --test src/")')
    expectGreen(first)
    const details = first.report.stage_results.testing.quality_gates.test_pass_rate.details
    expect(details).toMatchObject({ total: 1, passed: 1 })
    // node prints "all files | line % | branch % | funcs %" with the coverage.
    const row = /\[testing\] ℹ all files\s*\|\s*([\d.]+)/.exec(first.stdout)
    expect(row).not.toBeNull()
    expect(first.report.stage_results.testing.quality_gates.test_coverage.details.coverage).toBe(Number(row![1]))
    await init(root, 'sum', SYSTEM_PATH)
    expectGreen(await run(root, 'sum', SYSTEM_PATH, 'node --test project, init configuration'))
  })

  it("a test script that chains two test scripts (vercel/ms): the one the preset leaves out is a caveat on the pass rate, and on every surface", async () => {
    const root = await project(
      {
        ...JEST_PROJECT,
        'package.json': JSON.stringify({
          name: 'sum',
          version: '1.0.0',
          private: true,
          scripts: { test: 'npm run test:unit && npm run test:slow', 'test:unit': 'node --test src/', 'test:slow': 'node --test slow/' }
        }),
        'src/sum/index.test.js': "const test = require('node:test')\nconst assert = require('node:assert')\nconst { sum } = require('./index')\ntest('adds', () => {\n  assert.strictEqual(sum(1, 2), 3)\n})\n",
        'slow/never.test.js': "const test = require('node:test')\ntest('fails', () => {\n  throw new Error('never run by the preset')\n})\n"
      },
      { node_modules: join(ROOT, 'node_modules') }
    )
    const first = await run(root, 'sum', SYSTEM_PATH, 'chained test scripts, no configuration')
    const caveat =
      'scripts["test:slow"] ("node --test slow/"), which scripts.test runs too, is not run by the preset\'s test command: its tests are not checked ' +
      '(set stages.testing.command to a command that runs them too and writes one JUnit XML report)'
    expect(first.stdout).toContain('scripts.test also runs scripts["test:slow"] ("node --test slow/"), which this command does not run')
    const gate = first.report.stage_results.testing.quality_gates.test_pass_rate
    expect(gate.details).toMatchObject({ total: 1, passed: 1 })
    expect(gate.warnings).toContain(caveat)
    const view = gateView('testing', gate)
    expect(view.caveats).toContain(caveat)
    expect(renderJobSummary(first.report as unknown as WorkflowReport, {})).toContain('⚠️ scripts[&quot;test:slow&quot;]')
  })

  it('a uvu project (lukeed/clsx): refused up front saying no test command, naming uvu, with the other problems; neither its script nor node --test runs', async () => {
    const root = await project({
      ...JEST_PROJECT,
      'package.json': JSON.stringify({ name: 'sum', version: '1.0.0', private: true, scripts: { test: 'touch script-ran && uvu -r esm src' }, devDependencies: { uvu: '0.5.4' } }),
      // node --test would run this file and pass it: the run must not.
      'src/sum/index.test.js': "require('node:fs').writeFileSync('node-test-ran', '')\n"
    })
    const r = await run(root, 'sum', SYSTEM_PATH, 'uvu project, no configuration')
    expect(r.code).toBe(2)
    expect(r.stdout).toContain('  tests and coverage: none (set stages.testing.command to a command that writes a JUnit XML report')
    const error = r.report.errors.join('\n')
    expect(error).toContain(
      'stages.testing.command: no test command is configured, so nothing would be tested (the node preset chose none: scripts.test runs uvu ("touch script-ran && uvu -r esm src"), which the node preset has no JUnit reporter for)'
    )
    // The other problems in the same list: eslint and tsc are not installed (tsc comes from the typescript package).
    expect(error).toContain('eslint (not in node_modules/.bin)')
    expect(error).toContain('tsc (not in node_modules/.bin), needed by the refactoring stage (type_checking): install it: `npm i -D typescript`')
    expect(r.report.success).toBe(false)
    expect(existsSync(join(root, 'script-ran'))).toBe(false)
    expect(existsSync(join(root, 'node-test-ran'))).toBe(false)
  })

  const tools = nodeTools()
  ;(tools ? it : it.skip)('a vitest project: vitest run with its junit and coverage reporters (vitest 4.1.12 from the cache)', async () => {
    const root = await project(
      {
        'package.json': JSON.stringify({ name: 'sum', version: '1.0.0', private: true, type: 'module', scripts: { test: 'vitest' } }),
        'package-lock.json': JEST_PROJECT['package-lock.json'],
        'src/sum/index.js': 'export function sum(a, b) {\n  return a + b\n}\nexport function sign(x) {\n  if (x < 0) return -1\n  return 1\n}\n',
        'src/sum/index.test.js':
          "import { expect, test } from 'vitest'\nimport { sign, sum } from './index.js'\ntest('adds', () => {\n  expect(sum(1, 2)).toBe(3)\n})\ntest('signs', () => {\n  expect(sign(-2)).toBe(-1)\n})\n",
        'specs/sum.md': spec('sum')
      },
      { node_modules: join(TOOLS_DIR, 'node_modules') }
    )
    const first = await run(root, 'sum', SYSTEM_PATH, 'vitest project, no configuration')
    expect(first.stdout).toContain('  tests and coverage: vitest through the test script (npm test), so its own flags apply, JUnit and coverage reporters — scripts.test runs vitest ("vitest")')
    expect(first.stdout).toContain('  linting: off — no eslint configuration')
    expectGreen(first)
    // vitest colours its output even through a pipe.
    const plain = first.stdout.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '')
    const tests = /\[testing\]\s+Tests\s+(\d+) passed \((\d+)\)/.exec(plain)!
    const gates = first.report.stage_results.testing.quality_gates
    expect(gates.test_pass_rate.details).toMatchObject({ passed: Number(tests[1]), total: Number(tests[2]) })
    expect(gates.test_coverage.details.tool_reported).toBe(printedLines(plain))
    await init(root, 'sum', SYSTEM_PATH)
    expectGreen(await run(root, 'sum', SYSTEM_PATH, 'vitest project, init configuration'))
  })

  // bombshell-dev/clack, with a test command of the user's (`vitest run … --coverage.enabled`) and one test failing:
  // beside the failed test, "wrote no coverage report" read as a second fault with no cause. vitest writes none for a
  // run in which a test failed unless coverage.reportOnFailure is set: the error says so.
  ;(tools ? it : it.skip)("a user's vitest command without reportOnFailure, a test failing: the coverage error says why there is no report", async () => {
    const command = 'npx vitest run --reporter=junit --outputFile.junit={reports}/junit.xml --coverage.enabled --coverage.reporter=json-summary --coverage.reportsDirectory={reports}/coverage'
    const root = await project(
      {
        'package.json': JSON.stringify({ name: 'sum', version: '1.0.0', private: true, type: 'module', scripts: { test: 'vitest' } }),
        'package-lock.json': JEST_PROJECT['package-lock.json'],
        'src/sum/index.js': 'export function sum(a, b) {\n  return a - b\n}\n',
        'src/sum/index.test.js': "import { expect, test } from 'vitest'\nimport { sum } from './index.js'\ntest('adds', () => {\n  expect(sum(1, 2)).toBe(3)\n})\n",
        'specs/sum.md': spec('sum'),
        '.github/spec-to-production.yml':
          `preset: node\nstages:\n  testing:\n    command: "${command}"\n    reports: { junit: "{reports}/junit.xml", coverage: "{reports}/coverage/coverage-summary.json" }\n    enabled: true\n` +
          '  refactoring: { enabled: false }\nerror_recovery: { testing: { max_retries: 0 } }\n'
      },
      { node_modules: join(TOOLS_DIR, 'node_modules') }
    )
    const red = await run(root, 'sum', SYSTEM_PATH, 'vitest project, a failing test, no reportOnFailure')
    expect(red.code).toBe(1)
    const gates = red.report.stage_results.testing.quality_gates
    expect(gates.test_pass_rate.details).toMatchObject({ total: 1, failed: 1 })
    expect(gates.test_coverage.errors[0]).toMatch(
      / wrote no coverage report at \S+coverage-summary\.json — vitest writes no coverage report for a run in which a test failed unless coverage\.reportOnFailure is set \(--coverage\.reportOnFailure=true\)$/
    )
  })

  // TanStack/store: the root's vitest, limited to packages/store/, found no test file (the package's vitest project sets
  // `dir: './tests'`), wrote an empty JUnit report and a coverage table, and exited 1; the error quoted the table's
  // last rule ("----------|---------|…") and not vitest's own reason.
  ;(tools ? it : it.skip)('a vitest run that finds no test file: the error quotes vitest\'s "No test files found", not the coverage table after it', async () => {
    const command =
      'npx vitest run packages/nothing/ --reporter=default --reporter=junit --outputFile.junit={reports}/junit.xml --coverage.enabled=true --coverage.reporter=text ' +
      '--coverage.reporter=json-summary --coverage.reportsDirectory={reports}/coverage --coverage.reportOnFailure=true'
    const root = await project(
      {
        'package.json': JSON.stringify({ name: 'sum', version: '1.0.0', private: true, type: 'module', scripts: { test: 'vitest' } }),
        'package-lock.json': JEST_PROJECT['package-lock.json'],
        'src/sum/index.js': 'export function sum(a, b) {\n  return a + b\n}\n',
        'src/sum/index.test.js': "import { expect, test } from 'vitest'\nimport { sum } from './index.js'\ntest('adds', () => {\n  expect(sum(1, 2)).toBe(3)\n})\n",
        'specs/sum.md': spec('sum'),
        '.github/spec-to-production.yml':
          `preset: node\nstages:\n  testing:\n    command: "${command}"\n    reports: { junit: "{reports}/junit.xml", coverage: "{reports}/coverage/coverage-summary.json" }\n` +
          '  refactoring: { enabled: false }\nerror_recovery: { testing: { max_retries: 0 } }\n'
      },
      { node_modules: join(TOOLS_DIR, 'node_modules') }
    )
    const red = await run(root, 'sum', SYSTEM_PATH, 'vitest run that finds no test file')
    expect(red.code).toBe(1)
    expect(red.stdout).toMatch(/\[testing\] .*No test files found, exiting with code 1/)
    const gate = red.report.stage_results.testing.quality_gates.test_pass_rate
    expect(gate.errors[0]).toMatch(/^the report has no executed test .*: nothing was verified; the testing command failed \(exit status 1\), and its output says "No test files found, exiting with code 1" and ends: /)
  })

  ;(mochaTools() ? it : it.skip)(
    'a mocha project shaped like expressjs/cors: the chained test script followed to nyc + mocha --require; xunit; secretlint fetched by npx',
    async () => {
      const root = await project(
        {
          'package.json': JSON.stringify({
            name: 'sum',
            version: '1.0.0',
            private: true,
            scripts: { test: 'npm run lint && npm run test-ci', 'test-ci': 'nyc --reporter=lcov --reporter=text mocha --require test/support/env', lint: 'true' },
            devDependencies: { mocha: '10.8.2', nyc: '17.1.0' }
          }),
          'package-lock.json': JEST_PROJECT['package-lock.json'],
          'lib/index.js': "function sum(a, b) {\n  return a + b\n}\nfunction sign(x) {\n  if (x < 0) return -1\n  return 1\n}\nmodule.exports = { sum, sign }\n",
          // The tests need what the script's --require sets up: a run without it fails.
          'test/support/env.js': "process.env.SUM_READY = 'yes'\n",
          'test/index.js':
            "const assert = require('node:assert')\nconst { sum, sign } = require('../lib')\ndescribe('sum', () => {\n  it('is set up', () => assert.strictEqual(process.env.SUM_READY, 'yes'))\n" +
            "  it('adds', () => assert.strictEqual(sum(1, 2), 3))\n  it('signs', () => assert.strictEqual(sign(-2), -1))\n  it.skip('later', () => {})\n})\n",
          'specs/sum.md': spec('sum')
        },
        { node_modules: join(MOCHA_DIR, 'node_modules') }
      )
      const first = await run(root, 'sum', SYSTEM_PATH, 'mocha project, no configuration (npx fetches secretlint)')
      expect(first.stdout).toContain(
        '  tests and coverage: mocha (with the script\'s arguments --require test/support/env) with its built-in xunit reporter (JUnit XML) under nyc — ' +
          'scripts.test runs scripts["test-ci"] ("nyc --reporter=lcov --reporter=text mocha --require test/support/env"): mocha'
      )
      expect(first.stdout).toContain('  secrets: secretlint 12.0.0 with the recommended rules, fetched by npx')
      expectGreen(first)
      const gates = first.report.stage_results.testing.quality_gates
      expect(gates.test_pass_rate.details).toMatchObject({ total: 4, passed: 3, skipped: 1, failed: 0, errors: 0 })
      expect(gates.test_coverage.details.tool_reported).toBe(printedLines(first.stdout))
      expect(first.report.stage_results.refactoring.quality_gates.security.details).toMatchObject({ secret_count: 0 })
      // An earlier run's reports quote what they found (typestack/class-validator: eslint.json copied a test's
      // 'http://user:pass@…' line, and each run found one secret more): the scan of the repository leaves runs out.
      await mkdir(join(root, '.spec-to-production/runs/sum-earlier/reports'), { recursive: true })
      await writeFile(join(root, '.spec-to-production/runs/sum-earlier/reports/eslint.json'), `[{"source":"const url = 'http://user:pass@www.foobar.com/'"}]\n`)
      await init(root, 'sum', SYSTEM_PATH)
      const second = await run(root, 'sum', SYSTEM_PATH, 'mocha project, init configuration')
      expectGreen(second)
      expect(second.report.stage_results.refactoring.quality_gates.security.details).toMatchObject({ secret_count: 0 })
    }
  )

  // auth0/node-jsonwebtoken pins mocha 5, which has `--reporter-options` but not the singular `--reporter-option`
  // mocha 6 added: the preset's command stopped on "unknown option" before any test.
  ;(mocha5Tools() ? it : it.skip)('a mocha 5 project (auth0/node-jsonwebtoken: `nyc mocha --use_strict`): the xunit reporter is told where to write in words mocha 5 knows', async () => {
    const root = await project(
      {
        'package.json': JSON.stringify({
          name: 'sum',
          version: '1.0.0',
          private: true,
          scripts: { test: 'npm run lint && npm run coverage', coverage: 'nyc mocha --use_strict', lint: 'true' },
          devDependencies: { mocha: '^5.2.0', nyc: '^15.1.0' },
          nyc: { 'check-coverage': true, lines: 95 }
        }),
        'package-lock.json': JEST_PROJECT['package-lock.json'],
        'lib/index.js': "function sum(a, b) {\n  return a + b\n}\nfunction sign(x) {\n  if (x < 0) return -1\n  return 1\n}\nmodule.exports = { sum, sign }\n",
        'test/index.js': "const assert = require('assert')\nconst { sum } = require('../lib')\ndescribe('sum', () => {\n  it('adds', () => assert.strictEqual(sum(1, 2), 3))\n  it('adds negatives', () => assert.strictEqual(sum(-1, -2), -3))\n})\n",
        'specs/sum.md': spec('sum')
      },
      { node_modules: join(MOCHA5_DIR, 'node_modules') }
    )
    const first = await run(root, 'sum', SYSTEM_PATH, 'mocha 5 project, no configuration')
    expectGreen(first)
    expect(first.report.stage_results.testing.quality_gates.test_pass_rate.details).toMatchObject({ total: 2, passed: 2, failed: 0 })
    expect(first.report.stage_results.testing.quality_gates.test_coverage.details.tool_reported).toBe(printedLines(first.stdout))
  })

  ;(mochaTools() ? it : it.skip)(
    'a node --test project under c8 (fastify/fastify-plugin: "c8 --100 node --test"): c8 measures the coverage, its ignore hints apply, its check fails no passing test',
    async () => {
      const root = await project(
        {
          'package.json': JSON.stringify({ name: 'sum', version: '1.0.0', private: true, scripts: { test: 'npm run test:unit', 'test:unit': 'c8 --100 node --test' }, devDependencies: { c8: '12.0.0' } }),
          'package-lock.json': JEST_PROJECT['package-lock.json'],
          // node's own coverage reads no c8 hint: it counts the ignored lines as not run (54.55% of lib/sum.js).
          'lib/sum.js':
            "function sum(a, b) {\n  /* c8 ignore next 3 */\n  if (typeof a !== 'number') {\n    throw new TypeError('a')\n  }\n  return a + b\n}\n" +
            'function unused() {\n  return 1\n}\nmodule.exports = { sum, unused }\n',
          'test/sum.test.js': "const test = require('node:test')\nconst assert = require('node:assert')\nconst { sum } = require('../lib/sum')\ntest('adds', () => {\n  assert.strictEqual(sum(1, 2), 3)\n})\n",
          '.c8rc.json': '{ "check-coverage": true, "lines": 95 }\n',
          'specs/sum.md': spec('sum')
        },
        { node_modules: join(MOCHA_DIR, 'node_modules') }
      )
      const first = await run(root, 'sum', SYSTEM_PATH, 'node --test under c8, no configuration (npx fetches secretlint)')
      expect(first.stdout).toContain(
        '  tests and coverage: node --test with its junit reporter, under c8 — scripts.test runs scripts["test:unit"] ("c8 --100 node --test"): node --test; ' +
          'c8 measures the coverage, as the script has it; the c8 coverage check of the test script ("c8 --100 node --test") is off for this command (--check-coverage=false --100=false)'
      )
      expectGreen(first)
      const gates = first.report.stage_results.testing.quality_gates
      expect(gates.test_pass_rate.details).toMatchObject({ total: 1, passed: 1 })
      // What c8 prints: 8 of 11 lines, the 3 it was told to ignore left out (node's own coverage: 6 of 11).
      expect(printedLines(first.stdout)).toBe('72.72')
      expect(gates.test_coverage.details).toMatchObject({ coverage: 72.72, lines_covered: 8, lines_total: 11 })
      await init(root, 'sum', SYSTEM_PATH)
      expectGreen(await run(root, 'sum', SYSTEM_PATH, 'node --test under c8, init configuration'))
    }
  )

  ;(mochaTools() ? it : it.skip)('a mocha project whose .nycrc checks coverage (check-coverage: true): coverage below it fails no passing test', async () => {
    const root = await project(
      {
        'package.json': JSON.stringify({ name: 'sum', version: '1.0.0', private: true, scripts: { test: 'nyc mocha test/' }, devDependencies: { mocha: '10.8.2', nyc: '17.1.0' } }),
        'package-lock.json': JEST_PROJECT['package-lock.json'],
        'lib/index.js': 'function sum(a, b) {\n  return a + b\n}\nfunction sign(x) {\n  if (x < 0) return -1\n  return 1\n}\nmodule.exports = { sum, sign }\n',
        'test/index.js': "const assert = require('node:assert')\nconst { sum } = require('../lib')\ndescribe('sum', () => {\n  it('adds', () => assert.strictEqual(sum(1, 2), 3))\n})\n",
        '.nycrc': '{ "check-coverage": true, "lines": 99 }\n',
        'specs/sum.md': spec('sum')
      },
      { node_modules: join(MOCHA_DIR, 'node_modules') }
    )
    const first = await run(root, 'sum', SYSTEM_PATH, 'mocha project with .nycrc check-coverage, no configuration')
    // Before: nyc exited 1 below the .nycrc's 99%, and the pass-rate gate failed with its one test passed.
    expectGreen(first)
    expect(first.stdout).toContain('the nyc coverage check of .nycrc is off for this command (--check-coverage=false)')
    const gates = first.report.stage_results.testing.quality_gates
    expect(gates.test_pass_rate.details).toMatchObject({ total: 1, passed: 1, failed: 0 })
    expect(gates.test_coverage.details.tool_reported).toBe(printedLines(first.stdout))
    expect(gates.test_coverage.passed).toBe(true)
  })

  ;(tapeTools() ? it : it.skip)(
    'a tape project shaped like minimistjs/minimist: refused naming tape in the chained script, and the command it suggests, once set, counts what tape counts',
    async () => {
      const root = await project(
        {
          'package.json': JSON.stringify({
            name: 'sum',
            version: '1.0.0',
            private: true,
            scripts: { test: 'npm run tests-only', 'tests-only': "nyc tape 'test/**/*.js'" },
            devDependencies: { tape: '5.10.2', 'tap-junit': '5.0.4', nyc: '17.1.0' }
          }),
          'package-lock.json': JEST_PROJECT['package-lock.json'],
          'index.js': 'function sum(a, b) {\n  return a + b\n}\nfunction sign(x) {\n  if (x < 0) return -1\n  return 1\n}\nmodule.exports = { sum, sign }\n',
          // tape names each assertion by its message: the same default message, three times.
          'test/sum.js':
            "const test = require('tape')\nconst { sum, sign } = require('..')\ntest('sum', (t) => {\n  t.equal(sum(1, 2), 3)\n  t.equal(sum(2, 2), 4)\n  t.equal(sign(-1), -1)\n  t.end()\n})\n",
          'specs/sum.md': spec('sum')
        },
        { node_modules: join(TAPE_DIR, 'node_modules') }
      )
      const first = await run(root, 'sum', SYSTEM_PATH, 'tape project, no configuration')
      expect(first.code).toBe(2)
      const error = first.report.errors.join('\n')
      expect(error).toContain('scripts.test runs scripts["tests-only"] ("nyc tape \'test/**/*.js\'"), which runs tape, which the node preset has no JUnit reporter for')
      // The user does what the message says: the command it gives, with the reports it names.
      const command = /for example stages\.testing\.command: ("(?:[^"\\]|\\.)*") with stages\.testing\.reports: (\{ junit: .*? \})\)/.exec(error)
      expect(command).not.toBeNull()
      await mkdir(join(root, '.github'), { recursive: true })
      await writeFile(
        join(root, '.github/spec-to-production.yml'),
        `paths: { source: ".", tests: "test" }\nstages:\n  testing:\n    command: ${command![1]}\n    reports: ${command![2]}\n  refactoring:\n    linting: { enabled: false }\n    type_checking: { enabled: false }\n    security: { enabled: false }\n`
      )
      git(root, 'add', '-A')
      git(root, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'the suggested command')
      const green = await run(root, 'sum', SYSTEM_PATH, 'tape project, the suggested command')
      if (green.code !== 0) throw new Error(`expected a green run:\n${green.stdout.slice(-3000)}\n${green.report.errors.join('\n')}`)
      // The TAP goes to tap-junit: what tape counts, from a run of its own.
      const tap = execFileSync(join(root, 'node_modules/.bin/tape'), ['test/sum.js'], { cwd: root, encoding: 'utf8' })
      expect(tap).toMatch(/# tests 3\n# pass {2}3\n/)
      const gates = green.report.stage_results.testing.quality_gates
      expect(gates.test_pass_rate.details).toMatchObject({ total: 3, passed: 3, failed: 0 })
      expect(gates.test_coverage.details).toMatchObject({ format: 'istanbul-summary', lines_covered: 3, lines_total: 4 })
      // One assertion fails: the run fails, with that assertion counted as failed, not read as a rerun that passed.
      await writeFile(join(root, 'test/sum.js'), (await readFile(join(root, 'test/sum.js'), 'utf8')).replace('sum(2, 2), 4', 'sum(2, 2), 5'))
      git(root, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qam', 'a failing assertion')
      const red = await run(root, 'sum', SYSTEM_PATH, 'tape project, a failing assertion')
      expect(red.code).toBe(1)
      expect(red.report.stage_results.testing.quality_gates.test_pass_rate.details).toMatchObject({ total: 3, passed: 2, failed: 1, flaky_count: 0 })
    }
  )

  // antfu-collective/vitesse-lite (`typecheck: vue-tsc`): the preset ran `tsc --noEmit`, which reads no .vue file, and
  // the type_checking gate passed with "0 errors" over a type error in a component.
  ;(vueTools() ? it : it.skip)("a Vue project that type-checks with vue-tsc: its components' type errors count", async () => {
    const counter = (value: string) => `<script setup lang="ts">\nconst label: string = ${value}\n</script>\n\n<template>\n  <p>{{ label }}</p>\n</template>\n`
    const root = await project(
      {
        'package.json': JSON.stringify({ name: 'sum', version: '1.0.0', private: true, scripts: { test: 'node --test src/', typecheck: 'vue-tsc --noEmit' } }),
        'package-lock.json': JEST_PROJECT['package-lock.json'],
        'tsconfig.json': JSON.stringify({ compilerOptions: { strict: true, noEmit: true, target: 'es2020', lib: ['es2020', 'dom'], module: 'esnext', moduleResolution: 'bundler', skipLibCheck: true, types: [] }, include: ['src/**/*.ts', 'src/**/*.vue'] }),
        'src/sum/index.js': JEST_PROJECT['src/sum/index.js'],
        'src/sum/index.test.js': "const test = require('node:test')\nconst assert = require('node:assert')\nconst { sum } = require('./index')\ntest('adds', () => {\n  assert.strictEqual(sum(1, 2), 3)\n})\n",
        'src/sum/main.ts': 'export const two: number = 2\n',
        'src/sum/Counter.vue': counter('1'),
        'specs/sum.md': spec('sum')
      },
      { node_modules: join(VUE_DIR, 'node_modules') }
    )
    // What tsc alone says of the same project: nothing (it reads main.ts, never Counter.vue).
    expect(execFileSync(join(root, 'node_modules/.bin/tsc'), ['--noEmit', '--pretty', 'false'], { cwd: root, encoding: 'utf8' })).toBe('')
    const red = await run(root, 'sum', SYSTEM_PATH, 'vue-tsc project, a type error in a component')
    expect(red.stdout).toContain('  type checking: vue-tsc --noEmit — tsconfig.json exists; scripts["typecheck"] ("vue-tsc --noEmit") runs vue-tsc: tsc reads no .vue file, vue-tsc checks the components with the rest')
    // Before: "✓ gate type_checking: 0 errors ≤ 0", and the run passed.
    const gate = red.report.stage_results.refactoring.quality_gates.type_checking
    expect(gate.passed).toBe(false)
    expect(gate.findings).toEqual([expect.objectContaining({ tool: 'tsc', rule: 'TS2322', file: 'src/sum/Counter.vue', line: 2 })])
    expect(red.code).toBe(1)
    // The component fixed, and the configuration init writes: green, with vue-tsc's command.
    await writeFile(join(root, 'src/sum/Counter.vue'), counter("'one'"))
    git(root, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qam', 'fixed')
    const written = await init(root, 'sum', SYSTEM_PATH)
    expect(written).toContain('command: "node_modules/.bin/vue-tsc --noEmit --pretty false --listFiles > {reports}/tsc.txt"')
    const green = await run(root, 'sum', SYSTEM_PATH, 'vue-tsc project, init configuration')
    expectGreen(green)
    expect(green.report.stage_results.refactoring.quality_gates.type_checking.details).toMatchObject({ error_count: 0 })
  })

  // A SvelteKit-shaped project (`check: svelte-check --tsconfig ./tsconfig.json`): the preset ran `tsc --noEmit`, which
  // reads no .svelte file, and the type_checking gate said "0 errors" over a type error in a component.
  ;(svelteTools() ? it : it.skip)("a Svelte project that type-checks with svelte-check: its components' type errors count", async () => {
    const counter = (value: string) => `<script lang="ts">\n  let label: string = ${value}\n</script>\n\n<p>{label}</p>\n`
    const root = await project(
      {
        'package.json': JSON.stringify({ name: 'sum', version: '1.0.0', private: true, scripts: { test: 'node --test src/', check: 'svelte-check --tsconfig ./tsconfig.json' } }),
        'package-lock.json': JEST_PROJECT['package-lock.json'],
        'tsconfig.json': JSON.stringify({ compilerOptions: { strict: true, noEmit: true, target: 'es2022', module: 'esnext', moduleResolution: 'bundler', skipLibCheck: true, types: [] }, include: ['src/**/*.ts', 'src/**/*.svelte'] }),
        'src/sum/index.js': JEST_PROJECT['src/sum/index.js'],
        'src/sum/index.test.js': "const test = require('node:test')\nconst assert = require('node:assert')\nconst { sum } = require('./index')\ntest('adds', () => {\n  assert.strictEqual(sum(1, 2), 3)\n})\n",
        'src/sum/main.ts': 'export const two: number = 2\n',
        'src/sum/Counter.svelte': counter('1'),
        'specs/sum.md': spec('sum')
      },
      { node_modules: join(SVELTE_DIR, 'node_modules') }
    )
    // What tsc alone says of the same project: nothing (it reads main.ts, never Counter.svelte).
    expect(execFileSync(join(root, 'node_modules/.bin/tsc'), ['--noEmit', '--pretty', 'false'], { cwd: root, encoding: 'utf8' })).toBe('')
    const red = await run(root, 'sum', SYSTEM_PATH, 'svelte-check project, a type error in a component')
    expect(red.stdout).toContain('  type checking: svelte-check --tsconfig ./tsconfig.json --output machine-verbose — scripts["check"] ("svelte-check --tsconfig ./tsconfig.json") runs svelte-check')
    // Before: "✓ gate type_checking: 0 errors ≤ 0", and the run passed.
    const gate = red.report.stage_results.refactoring.quality_gates.type_checking
    expect(gate.passed).toBe(false)
    expect(gate.findings).toEqual([expect.objectContaining({ tool: 'svelte-check', rule: 'TS2322', file: 'src/sum/Counter.svelte', line: 2, column: 7 })])
    expect(red.code).toBe(1)
    // The component fixed, and the configuration init writes: green, with svelte-check's command.
    await writeFile(join(root, 'src/sum/Counter.svelte'), counter("'one'"))
    git(root, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qam', 'fixed')
    const written = await init(root, 'sum', SYSTEM_PATH)
    expect(written).toContain('command: "node_modules/.bin/svelte-check --tsconfig ./tsconfig.json --output machine-verbose > {reports}/svelte-check.txt"')
    const green = await run(root, 'sum', SYSTEM_PATH, 'svelte-check project, init configuration')
    expectGreen(green)
    expect(green.report.stage_results.refactoring.quality_gates.type_checking.details).toMatchObject({ error_count: 0 })
  })

  // unjs/defu (`lint: oxlint src && oxfmt --check src test`): linting was off with advice to write eslint JSON "(xo, for
  // one …)", which oxlint cannot; oxlint's own JSON is read now, and the advice gives its command.
  ;(oxlintTools() ? it : it.skip)("an oxlint project: the advice's command, once set, counts what oxlint counts", async () => {
    const root = await project(
      {
        'package.json': JSON.stringify({ name: 'sum', version: '1.0.0', private: true, scripts: { test: 'node --test src/', lint: 'oxlint src' } }),
        'package-lock.json': JEST_PROJECT['package-lock.json'],
        '.oxlintrc.json': '{ "plugins": ["unicorn", "typescript", "oxc"], "rules": {} }\n',
        'src/sum/index.js': JEST_PROJECT['src/sum/index.js'].replace('  return a + b', '  debugger\n  return a + b'),
        'src/sum/index.test.js': "const test = require('node:test')\nconst assert = require('node:assert')\nconst { sum } = require('./index')\ntest('adds', () => {\n  assert.strictEqual(sum(1, 2), 3)\n})\n",
        'specs/sum.md': spec('sum')
      },
      { node_modules: join(OXLINT_DIR, 'node_modules') }
    )
    const first = await run(root, 'sum', SYSTEM_PATH, 'oxlint project, no configuration')
    const advice = /linting: off — .*oxlint writes its own JSON, which the gate reads: set stages\.refactoring\.linting\.command to ("(?:[^"\\]|\\.)*") and stages\.refactoring\.linting\.report to (\{ .*? \})$/m.exec(first.stdout)
    expect(advice).not.toBeNull()
    expect(first.stdout).not.toContain('xo, for one')
    await mkdir(join(root, '.github'), { recursive: true })
    await writeFile(join(root, '.github/spec-to-production.yml'), `preset: node\nstages:\n  refactoring:\n    linting:\n      command: ${JSON.stringify(advice![1].slice(1, -1))}\n      report: ${advice![2]}\n`)
    git(root, 'add', '-A')
    git(root, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'the advised lint command')
    const red = await run(root, 'sum', SYSTEM_PATH, 'oxlint project, the advised command')
    // What oxlint itself says of the same tree.
    const own = execFileSync(join(root, 'node_modules/.bin/oxlint'), ['src'], { cwd: root, encoding: 'utf8' })
    expect(own).toMatch(/Found 1 warning and 0 errors\./)
    const gate = red.report.stage_results.refactoring.quality_gates.linting
    expect(gate.details).toMatchObject({ issue_count: 1, warnings: 1, errors: 0, tool: 'oxlint' })
    expect(gate.findings).toEqual([expect.objectContaining({ tool: 'oxlint', rule: 'eslint(no-debugger)', file: 'src/sum/index.js', line: 3 })])
    expect(red.code).toBe(1)
  })

  ;(tools ? it : it.skip)('a pnpm project: pnpm test, and the installed tools from node_modules/.bin; osv-scanner, the only missing tool, named up front', async () => {
    const root = await project(
      { ...JEST_PROJECT, 'package-lock.json': '{}', 'pnpm-lock.yaml': "lockfileVersion: '9.0'\n" },
      { node_modules: join(ROOT, 'node_modules') }
    )
    await rm(join(root, 'package-lock.json'))
    const path = `${join(TOOLS_DIR, 'node_modules/.bin')}:${SYSTEM_PATH}`
    const first = await run(root, 'sum', path, 'pnpm project, no configuration (exit 2: no osv-scanner here)')
    // eslint, tsc and secretlint are installed at the root: pnpm exec would run them from there, and they run there.
    expect(first.stdout).toContain('  package manager: pnpm — pnpm-lock.yaml exists; eslint, tsc, secretlint run as node_modules/.bin/<tool>, the program `pnpm exec` runs there, without pnpm\'s start-up')
    expect(first.code).toBe(2)
    expect(first.report.errors[0]).toMatch(/^the configuration cannot run here:\n1 missing tool, found before running anything:\n {2}- osv-scanner \(not on PATH\), needed by the refactoring stage \(security\)/)
    const text = await init(root, 'sum', path)
    expect(text).toContain('pnpm run test --ci --reporters=default --reporters=jest-junit')
    expect(text).toContain('command: "node_modules/.bin/eslint')
    // Without osv-scanner here, the configuration keeps the secret scan and drops the vulnerability scan.
    const edited = text
      .replace(/; secrets=\$\?; osv-scanner[^"]*"/, '"')
      .replace(/^ {6}reports: \[\{ path: "\{reports\}\/osv-scanner\.json".*\n/m, '      reports: []\n')
    expect(edited).not.toContain('osv-scanner --format')
    await writeFile(join(root, '.github/spec-to-production.yml'), edited)
    const green = await run(root, 'sum', path, 'pnpm project, init configuration')
    expectGreen(green)
    expect(green.stdout).toMatch(/\[testing\] Tests:\s+2 passed, 2 total/)
  })

  // TanStack/store (pnpm + nx): the root's test script has nx run each package's `test:lib` (`vitest`, whose project
  // sets `dir: './tests'`); the root's vitest, limited to packages/store/, found no test file and the run failed on
  // "0 tests". The package's own script now runs in the package, its reports written to {reports}.
  ;(tools ? it : it.skip)("a pnpm workspace package whose tests nx runs through its own script: that script, in the package; only its tests judged", async () => {
    const vitestProject = "import { defineConfig } from 'vitest/config'\nexport default defineConfig({ test: { dir: './tests' } })\n"
    const root = await project(
      {
        'package.json': JSON.stringify({ name: 'root', private: true, type: 'module', scripts: { test: 'pnpm run test:ci', 'test:ci': 'nx run-many --targets=test:eslint,test:lib,build' }, devDependencies: { vitest: '4.1.12' } }),
        'pnpm-lock.yaml': "lockfileVersion: '9.0'\n",
        'pnpm-workspace.yaml': "packages:\n  - 'packages/*'\n",
        'vitest.config.js': "import { defineConfig } from 'vitest/config'\nexport default defineConfig({ test: { projects: ['packages/*'] } })\n",
        'packages/store/package.json': JSON.stringify({ name: '@x/store', type: 'module', scripts: { 'test:eslint': 'eslint ./src', 'test:lib': 'vitest', build: 'true' } }),
        'packages/store/vitest.config.js': vitestProject,
        'packages/store/src/index.js': 'export function sum(a, b) {\n  return a + b\n}\nexport function sign(x) {\n  if (x < 0) return -1\n  return 1\n}\n',
        'packages/store/tests/index.test.js':
          "import { expect, test } from 'vitest'\nimport { sign, sum } from '../src/index.js'\ntest('adds', () => {\n  expect(sum(1, 2)).toBe(3)\n})\ntest('signs', () => {\n  expect(sign(-2)).toBe(-1)\n})\n",
        // Another package whose test fails: never this component's.
        'packages/other/package.json': JSON.stringify({ name: '@x/other', type: 'module', scripts: { 'test:lib': 'vitest' } }),
        'packages/other/vitest.config.js': vitestProject,
        'packages/other/tests/index.test.js': "import { expect, test } from 'vitest'\ntest('is broken', () => {\n  expect(1).toBe(2)\n})\n",
        'specs/store.md': spec('store'),
        '.github/spec-to-production.yml': 'preset: node\nquality_gates: { security: { vulnerabilities: false } }\nstages: { refactoring: { security: { enabled: false } } }\n'
      },
      { node_modules: join(TOOLS_DIR, 'node_modules') }
    )
    const path = `${join(TOOLS_DIR, 'node_modules/.bin')}:${SYSTEM_PATH}`
    const green = await run(root, 'store', path, 'pnpm workspace package tested by its own script')
    expect(green.stdout).toContain(
      '  tests and coverage: vitest through packages/store\'s scripts["test:lib"] (cd packages/store && pnpm run test:lib), so its own flags apply, JUnit and coverage reporters — ' +
        'packages/store/package.json scripts["test:lib"] runs vitest ("vitest"); packages/store is a workspace package with a test script of its own, ' +
        'and the root\'s test script has each package run its scripts["test:lib"] (nx run-many --targets=test:eslint,test:lib,build)'
    )
    expectGreen(green)
    const plain = green.stdout.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '')
    const tests = /\[testing\]\s+Tests\s+(\d+) passed \((\d+)\)/.exec(plain)!
    expect(Number(tests[2])).toBe(2)
    const gates = green.report.stage_results.testing.quality_gates
    expect(gates.test_pass_rate.details).toMatchObject({ passed: 2, total: 2, failed: 0 })
    expect(gates.test_coverage.details.tool_reported).toBe(printedLines(plain))
    // The package's one source file, measured where vitest ran.
    expect(gates.test_coverage.details).toMatchObject({ files: 1 })
    expect(plain).toMatch(/\[testing\]\s+RUN\s+v4\.1\.12 \S+\/packages\/store\n/)
    // The reports went to the run's reports directory, none into the package.
    expect(existsSync(join(green.report.reports_dir as string, 'junit.xml'))).toBe(true)
    expect(existsSync(join(root, 'packages/store/coverage'))).toBe(false)
  })

  // laphilosophia/sigil-security pins pnpm@9.1.4: the preset's `pnpm test --run --reporter=… --outputFile.junit=…`
  // stopped on pnpm's own "Unknown options: 'run', 'outputFile.junit', …" before any test ran (pnpm 8 and 9 refuse
  // options after `pnpm test`; pnpm 10 passes them on). `pnpm run test …` passes them in every release.
  ;(pnpm9Tools() ? it : it.skip)("a pnpm 9 project: the test script's extra options reach jest", async () => {
    const root = await project(
      { ...JEST_PROJECT, 'pnpm-lock.yaml': "lockfileVersion: '9.0'\n", '.github/spec-to-production.yml': 'preset: node\nquality_gates: { security: { vulnerabilities: false } }\nstages: { refactoring: { security: { enabled: false } } }\n' },
      { node_modules: join(ROOT, 'node_modules') }
    )
    await rm(join(root, 'package-lock.json'))
    git(root, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qam', 'pnpm only')
    const path = `${join(PNPM9_DIR, 'node_modules/.bin')}:${SYSTEM_PATH}`
    expect(execFileSync(join(PNPM9_DIR, 'node_modules/.bin/pnpm'), ['--version'], { encoding: 'utf8' }).trim()).toBe('9.15.9')
    const green = await run(root, 'sum', path, 'pnpm 9 project')
    expect(green.stdout).toContain('  tests and coverage: jest through the test script (pnpm run test), so its own flags apply')
    expect(green.stdout).not.toContain('Unknown option')
    expectGreen(green)
    expect(green.report.stage_results.testing.quality_gates.test_pass_rate.details).toMatchObject({ total: 2, passed: 2 })
  })
})
