/**
 * The presets fitted to small repositories made here: which runner, package manager and tools each chooses, why, and
 * the commands that follow. Python interpreters are real: Debian's /usr/bin/python3 (pytest, coverage, pytest-cov)
 * and virtualenvs made from it.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { closeSync, constants, existsSync, openSync } from 'node:fs'
import { chmod, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { loadConfig } from '../../src/config/load.js'
import { fitPreset, layoutPaths, type PresetChoice } from '../../src/config/presets.js'
import { RepositoryProbe } from '../../src/config/probe.js'
import { renderTemplate } from '../../src/config/templates.js'
import { JEST_INVOCATIONS_MODULE, SECRETLINT_VERSION, VITEST_RETRIES_MODULE } from '../../src/config/preset-node.js'
import { PYLINT_DEFAULT_RULES, PYTEST_RERUNS_PLUGIN, RUFF_DEFAULT_RULES } from '../../src/config/preset-python.js'
import { parseJUnitFile } from '../../src/reports/junit.js'

const created: string[] = []
afterAll(async () => {
  await Promise.all(created.map((d) => rm(d, { recursive: true, force: true })))
})

async function repo(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'stp-fit-'))
  created.push(root)
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true })
    await writeFile(join(root, path), text)
  }
  return root
}

/** A PATH holding only `python3` → the given interpreter (and the basic system tools). */
async function pathWith(python: string): Promise<string> {
  const bin = await mkdtemp(join(tmpdir(), 'stp-bin-'))
  created.push(bin)
  await symlink(python, join(bin, 'python3'))
  return `${bin}:/bin`
}

function chose(choices: PresetChoice[], topic: string): string {
  const c = choices.find((x) => x.topic === topic)
  if (!c) throw new Error(`no choice about ${topic}: ${JSON.stringify(choices)}`)
  return `${c.chose} — ${c.because}`
}

const DEBIAN_PYTHON = '/usr/bin/python3'
/** What the node preset's eslint leaves out: the files runs write into the repository. */
const ESLINT_IGNORES = " --ignore-pattern '**/.spec-to-production/**' --ignore-pattern '**/workflow_report_*.json' --ignore-pattern '**/workflow_dashboard_*.html'"
const hasDebianPytest = existsSync('/usr/lib/python3/dist-packages/pytest_cov')
if (!hasDebianPytest) console.warn('SKIPPED: python3-pytest-cov (Debian) is not installed: apt-get install python3-pytest python3-coverage python3-pytest-cov')
const withDebian = hasDebianPytest ? describe : describe.skip
const hasDebianReruns = existsSync('/usr/lib/python3/dist-packages/pytest_rerunfailures.py')
if (!hasDebianReruns) console.warn('SKIPPED: python3-pytest-rerunfailures (Debian) is not installed: apt-get install python3-pytest-rerunfailures')
/** What the python preset's command starts with when pytest-rerunfailures is there: its plugin written, on PYTHONPATH. */
const RERUNS_SETUP = `printf '%s\\n' ${PYTEST_RERUNS_PLUGIN.map((l) => `'${l}'`).join(' ')} > {reports}/spec_to_production_reruns.py; export PYTHONPATH={reports}\${{PYTHONPATH:+:$PYTHONPATH}}; `

describe('python preset', () => {
  it('runs through `uv run` when the project has uv.lock, or [tool.uv] in pyproject.toml', async () => {
    const shapes: Array<Record<string, string>> = [
      { 'pyproject.toml': '[project]\nname = "x"\n', 'uv.lock': 'version = 1\n' },
      { 'pyproject.toml': '[project]\nname = "x"\n\n[tool.uv]\ndev-dependencies = []\n' }
    ]
    for (const files of shapes) {
      const { layer, choices } = await fitPreset('python', new RepositoryProbe(await repo(files), { PATH: '/bin' }))
      expect(chose(choices, 'python runner')).toMatch(/^uv run — (uv\.lock|\[tool\.uv\] in pyproject\.toml): the project uses uv/)
      // Neither pytest nor pytest-cov is declared: `uv run --with` adds them for the run, over the project's dependencies
      // (and the reason says so: pallets/itsdangerous was told to `pip install pytest-cov` in a uv project).
      expect(chose(choices, 'tests and coverage')).toBe(
        'pytest with pytest-cov — neither pytest-cov nor coverage is in what uv run installs (the project\'s dependencies and the dependency groups it syncs): `uv run --with pytest-cov` adds pytest-cov for the run (or declare it: uv add --dev pytest-cov)'
      )
      expect(layer.stages?.testing?.command).toBe(
        'export COVERAGE_FILE={reports}/.coverage; uv run --with pytest --with pytest-cov pytest {tests} --cov={path} --cov-report=term --cov-fail-under=0 --junitxml={reports}/junit.xml; ' +
          'status=$?; uv run --with pytest-cov coverage json --fail-under=0 -o {reports}/coverage.json || exit $(( status ? status : $? )); exit $status'
      )
      // Tools that need nothing from the project run through uvx; pyright runs in the project's environment.
      expect(layer.stages?.refactoring?.linting?.command).toBe('uvx ruff check {path} --select E4,E7,E9,F --output-format=json --output-file={reports}/ruff.json')
      expect(layer.stages?.refactoring?.type_checking?.command).toBe('uv run --with pyright pyright {path} --outputjson > {reports}/pyright.json')
      expect(layer.stages?.refactoring?.security?.command).toContain('uvx detect-secrets scan {path} > {reports}/secrets.json')
      expect(layer.stages?.refactoring?.security?.command).toContain(
        'uv export --format requirements-txt --frozen --output-file {reports}/requirements.txt && uvx pip-audit -r {reports}/requirements.txt --disable-pip --format json --output {reports}/pip-audit.json'
      )
    }
  })

  // pallets/itsdangerous: pytest and freezegun are in the `tests` dependency group, which `uv run` does not install
  // (it syncs the default group, dev): the tests would have failed to import freezegun.
  it('in a uv project with a test dependency group, runs every tool with uv run --group', async () => {
    const root = await repo({
      'pyproject.toml': '[project]\nname = "x"\n\n[dependency-groups]\ndev = ["ruff"]\ndocs = ["sphinx"]\ntests = [\n    "freezegun",\n    "pytest",\n]\n',
      'uv.lock': 'version = 1\n'
    })
    const { layer, choices } = await fitPreset('python', new RepositoryProbe(root, { PATH: '/bin' }))
    expect(chose(choices, 'python runner')).toBe('uv run --group tests — uv.lock: the project uses uv; its dependency group tests is not one uv run installs by default')
    expect(layer.stages?.testing?.command).toBe(
      'export COVERAGE_FILE={reports}/.coverage; uv run --group tests --with pytest-cov pytest {tests} --cov={path} --cov-report=term --cov-fail-under=0 --junitxml={reports}/junit.xml; ' +
        'status=$?; uv run --group tests --with pytest-cov coverage json --fail-under=0 -o {reports}/coverage.json || exit $(( status ? status : $? )); exit $status'
    )
    expect(layer.stages?.refactoring?.linting?.command).toBe('uv run --group tests ruff check {path} --select E4,E7,E9,F --output-format=json --output-file={reports}/ruff.json')
    expect(layer.stages?.refactoring?.type_checking?.command).toBe('uv run --group tests --with pyright pyright {path} --outputjson > {reports}/pyright.json')
  })

  // python-attrs/attrs: coverage only in its `cov` group, ruff in `lint` (which `dev` includes), pyright in `pyright`;
  // uv.lock lists them all. The preset read uv.lock as "coverage is in the project" and wrote `uv run --group tests
  // coverage run …`, which uv cannot spawn: coverage is in no group that command installs.
  it('in a uv project, counts only what uv run installs: the default and named groups with the groups they include', async () => {
    const root = await repo({
      'pyproject.toml':
        '[project]\nname = "attrs"\ndependencies = []\n\n[dependency-groups]\ntests = [\n  # comment with [brackets]\n  "hypothesis",\n  "pytest>9",\n  "pytest-xdist[psutil]",\n]\n' +
        'lint = ["ruff>=0.16"]\ncov = [{ include-group = "tests" }, "coverage[toml]"]\npyright = ["pyright", { include-group = "tests" }]\n' +
        'dev = [\n    { include-group = "tests" },\n    { include-group = "lint" },\n]\n\n[tool.pyright]\n',
      'uv.lock': 'version = 1\n[[package]]\nname = "coverage"\n[[package]]\nname = "pyright"\n[[package]]\nname = "ruff"\n'
    })
    const { layer } = await fitPreset('python', new RepositoryProbe(root, { PATH: '/bin' }))
    expect(layer.stages?.testing?.command).toMatch(/^export COVERAGE_FILE=\{reports\}\/\.coverage; uv run --group tests --with pytest-cov pytest \{tests\} --cov=\{path\}/)
    expect(layer.stages?.testing?.command).not.toMatch(/uv run --group tests coverage/)
    // ruff through dev, which uv run installs by default; pyright is added for the run.
    expect(layer.stages?.refactoring?.linting?.command).toMatch(/^uv run --group tests ruff check/)
    expect(layer.stages?.refactoring?.type_checking?.command).toBe('uv run --group tests --with pyright pyright {path} --outputjson > {reports}/pyright.json')
  })

  // pytest-dev/pluggy: `[tool.uv] default-groups = ["dev", "testing"]`: uv run installs its testing group, and the
  // run said it did not.
  it.each([['["dev", "testing"]'], ['"all"']])('in a uv project whose [tool.uv] default-groups = %s has the test group, runs plain uv run and says why', async (defaults) => {
    const root = await repo({
      'pyproject.toml': `[project]\nname = "x"\n\n[dependency-groups]\ndev = ["tox"]\ntesting = ["pytest", "coverage"]\n\n[tool.uv]\ndefault-groups = ${defaults}\n\n[tool.other]\nx = "testing"\n`,
      'uv.lock': 'version = 1\n'
    })
    const { layer, choices } = await fitPreset('python', new RepositoryProbe(root, { PATH: '/bin' }))
    expect(chose(choices, 'python runner')).toBe('uv run — uv.lock: the project uses uv; its dependency group testing is in [tool.uv] default-groups, which uv run installs')
    expect(layer.stages?.testing?.command).not.toContain('--group')
  })

  it('in a uv project, uses what the project declares: pytest-cov, ruff, mypy', async () => {
    const root = await repo({
      'pyproject.toml': '[project]\nname = "x"\ndependencies = ["httpx>=0.27"]\n\n[dependency-groups]\ndev = ["pytest>=8", "pytest-cov>=5", "ruff", "mypy"]\n\n[tool.mypy]\nstrict = true\n',
      'uv.lock': 'version = 1\n[[package]]\nname = "pytest-cov"\n'
    })
    const { layer, choices } = await fitPreset('python', new RepositoryProbe(root, { PATH: '/bin' }))
    expect(chose(choices, 'tests and coverage')).toBe('pytest with pytest-cov — pytest-cov is in what uv run installs (the project\'s dependencies and the dependency groups it syncs)')
    expect(layer.stages?.testing?.command).toMatch(/^export COVERAGE_FILE=\{reports\}\/\.coverage; uv run pytest \{tests\}/)
    expect(layer.stages?.refactoring?.linting?.command).toMatch(/^uv run ruff check/)
    expect(chose(choices, 'type checking')).toBe('mypy — configured in [tool.mypy] in pyproject.toml')
    expect(layer.stages?.refactoring?.type_checking?.command).toBe('uv run mypy {path} --show-column-numbers --no-color-output > {reports}/mypy.txt')
  })

  it("keeps pytest's exit status when coverage json fails after it (a usage error is not reported as coverage's 1)", async () => {
    // A stand-in python3 on PATH: `-m pytest` exits with $PYTEST_STATUS, `-m coverage json` fails as it does with no data.
    const bin = await mkdtemp(join(tmpdir(), 's2p-fake-python-'))
    await writeFile(
      join(bin, 'python3'),
      '#!/bin/sh\ncase "$2" in pytest) exit "$PYTEST_STATUS" ;; coverage) [ "$3" = json ] && { echo "No data to report." >&2; exit 1; }; exit 0 ;; esac\nexit 0\n'
    )
    await chmod(join(bin, 'python3'), 0o755)
    const root = await repo({ 'requirements.txt': 'requests\n' })
    const { layer } = await fitPreset('python', new RepositoryProbe(root, { PATH: `${bin}:/usr/bin:/bin` }))
    const command = (layer.stages?.testing?.command as string).replaceAll('{reports}', root).replaceAll('{tests}', '.').replaceAll('{path}', '.')
    expect(command).toMatch(/coverage json --fail-under=0 -o .*\|\| exit/)
    const status = (pytest: number): number => {
      try {
        execFileSync('bash', ['-c', command], { cwd: root, env: { PATH: `${bin}:/usr/bin:/bin`, PYTEST_STATUS: String(pytest) }, stdio: 'ignore' })
        return 0
      } catch (error) {
        return (error as { status: number }).status
      }
    }
    // pytest's usage error (4) and "no tests collected" (5) survive; when pytest passed, coverage's failure is the status.
    expect([status(4), status(5), status(1), status(0)]).toEqual([4, 5, 1, 1])
    await rm(bin, { recursive: true, force: true })
  })

  withDebian('with an interpreter', () => {
    it('uses the active python3 with -m, and pytest-cov when it can import it', async () => {
      const root = await repo({ 'requirements.txt': 'requests\n' })
      const { layer, choices } = await fitPreset('python', new RepositoryProbe(root, { PATH: await pathWith(DEBIAN_PYTHON) }))
      expect(chose(choices, 'python runner')).toMatch(/^python3 -m — no uv\.lock or \[tool\.uv\] and no \.venv: the active interpreter .*python3$/)
      // With pytest-rerunfailures installed beside pytest, the plugin that records its reruns comes first (see below).
      const reruns = hasDebianReruns
        ? { because: '; pytest-rerunfailures is importable by python3: a plugin written to the reports directory records its reruns in the JUnit XML', setup: RERUNS_SETUP, plugin: ' -p spec_to_production_reruns' }
        : { because: '', setup: '', plugin: '' }
      expect(chose(choices, 'tests and coverage')).toBe(`pytest with pytest-cov — pytest-cov is importable by python3${reruns.because}`)
      expect(layer.stages?.testing?.command).toBe(
        `${reruns.setup}export COVERAGE_FILE={reports}/.coverage; python3 -m pytest {tests} --cov={path} --cov-report=term --cov-fail-under=0 --junitxml={reports}/junit.xml${reruns.plugin}; ` +
          'status=$?; python3 -m coverage json --fail-under=0 -o {reports}/coverage.json || exit $(( status ? status : $? )); exit $status'
      )
      // requirements.txt is what pip-audit audits.
      // pip-audit is installed nowhere: it runs through the interpreter too, where init's workflow installs it.
      expect(layer.stages?.refactoring?.security?.command).toContain('python3 -m pip_audit -r requirements.txt --format json --output {reports}/pip-audit.json')
    })

    ;(hasDebianReruns ? it : it.skip)('has pytest record the reruns of pytest-rerunfailures (real pytest and plugin): without them a pass on a rerun read as a plain pass', async () => {
      const root = await repo({
        'requirements.txt': 'requests\n',
        'pytest.ini': '[pytest]\naddopts = --reruns 2\n',
        'calc/__init__.py': '',
        // Fails on its first run, passes on its second: a counter file beside the test.
        'tests/test_calc.py':
          'import pathlib\n\nCOUNTER = pathlib.Path(__file__).with_name("runs")\n\n\ndef test_plain():\n    assert True\n\n\n' +
          'def test_second_run():\n    runs = int(COUNTER.read_text()) + 1 if COUNTER.exists() else 1\n    COUNTER.write_text(str(runs))\n    assert runs >= 2, "first run fails"\n'
      })
      const { layer } = await fitPreset('python', new RepositoryProbe(root, { PATH: await pathWith(DEBIAN_PYTHON) }))
      const reports = join(root, 'reports')
      await mkdir(reports)
      const command = renderTemplate(layer.stages?.testing?.command as string, { reports, component: 'calc', path: 'calc', tests: 'tests', sha: '' }, 'stages.testing.command')
      execFileSync('bash', ['-c', command], { cwd: root, stdio: 'ignore', env: { PATH: await pathWith(DEBIAN_PYTHON) } })
      expect(await readFile(join(root, 'tests/runs'), 'utf8')).toBe('2')
      const report = await parseJUnitFile(join(reports, 'junit.xml'), { workspace: root })
      expect(report.totals).toMatchObject({ total: 2, passed: 2, failed: 0 })
      expect(report.flaky_count).toBe(1)
      expect(report.flaky).toEqual([expect.objectContaining({ id: 'tests.test_calc::test_second_run', attempts: 2, failures: ['AssertionError: first run fails'] })])
    }, 60_000)

    it('prefers the project virtualenv .venv, and `coverage run -m pytest` where pytest-cov is not installed', async () => {
      const root = await repo({ 'pyproject.toml': '[project]\nname = "x"\n' })
      // A real virtualenv with coverage and pytest (Debian's, linked in) but no pytest-cov.
      execFileSync(DEBIAN_PYTHON, ['-m', 'venv', '--without-pip', join(root, '.venv')])
      const site = join(root, '.venv/lib', execFileSync(DEBIAN_PYTHON, ['-c', 'import sys; print(f"python{sys.version_info[0]}.{sys.version_info[1]}")'], { encoding: 'utf8' }).trim(), 'site-packages')
      for (const pkg of ['coverage', 'pytest', '_pytest', 'pluggy', 'iniconfig', 'packaging', 'py.py', 'attr', 'attrs']) {
        if (existsSync(`/usr/lib/python3/dist-packages/${pkg}`)) await symlink(`/usr/lib/python3/dist-packages/${pkg}`, join(site, pkg))
      }
      const { layer, choices } = await fitPreset('python', new RepositoryProbe(root, { PATH: await pathWith(DEBIAN_PYTHON) }))
      expect(chose(choices, 'python runner')).toBe('.venv/bin/python -m — the project has a virtualenv at .venv')
      expect(chose(choices, 'tests and coverage')).toBe('coverage run -m pytest — coverage is importable by .venv/bin/python, pytest-cov is not')
      expect(layer.stages?.testing?.command).toBe(
        'export COVERAGE_FILE={reports}/.coverage; .venv/bin/python -m coverage run --source={path} -m pytest {tests} --junitxml={reports}/junit.xml; ' +
          'status=$?; if ls {reports}/.coverage.* >/dev/null 2>&1; then .venv/bin/python -m coverage combine -q; fi; .venv/bin/python -m coverage report --fail-under=0; .venv/bin/python -m coverage json --fail-under=0 -o {reports}/coverage.json || exit $(( status ? status : $? )); exit $status'
      )
    })
  })

  // pypa/packaging: `fail_under = 100` in [tool.coverage.report]; at 96% pytest-cov and `coverage json` exited 1 and 2,
  // and the pass-rate gate failed 62435 passing tests ("the testing command failed although its report shows no
  // failing test"), while the test_coverage gate, which is the one to judge coverage, passed.
  withDebian("a project whose coverage configuration sets fail_under (real pytest, pytest-cov and coverage)", () => {
    it.each([
      ['pyproject.toml', '[project]\nname = "calc"\n\n[tool.coverage.report]\nfail_under = 100\n', '[tool.coverage.report] in pyproject.toml'],
      ['.coveragerc', '[report]\nfail_under = 100\n', '[report] in .coveragerc'],
      // TOML's dotted keys (tox-dev/platformdirs: `report.fail_under = 76` under [tool.coverage]).
      ['pyproject.toml', '[project]\nname = "calc"\n\n[tool.coverage]\nrun.branch = false\nreport.fail_under = 100\n', '[tool.coverage] in pyproject.toml']
    ])('leaves coverage to the test_coverage gate: the tests pass, both reports are written (%s)', async (file, text, where) => {
      const root = await repo({
        'setup.py': '',
        [file]: text,
        'calc/__init__.py': 'def add(a, b):\n    return a + b\n\n\ndef unused():\n    return 0\n',
        'tests/test_calc.py': 'from calc import add\n\n\ndef test_add():\n    assert add(1, 2) == 3\n'
      })
      const path = await pathWith(DEBIAN_PYTHON)
      const { layer, choices } = await fitPreset('python', new RepositoryProbe(root, { PATH: path }))
      const reports = join(root, 'reports')
      await mkdir(reports)
      // Rendered as the engine renders it (doubled braces made single, {reports} shell-quoted).
      const command = renderTemplate(layer.stages?.testing?.command as string, { reports, tests: 'tests', path: 'calc', component: 'calc', sha: '' }, 'stages.testing.command')
      execFileSync('bash', ['-c', command], { cwd: root, env: { PATH: `${path}:/usr/bin` }, stdio: 'ignore' })
      expect((await parseJUnitFile(join(reports, 'junit.xml'), { workspace: root })).totals).toMatchObject({ total: 1, passed: 1, failed: 0 })
      const totals = (JSON.parse(await readFile(join(reports, 'coverage.json'), 'utf8')) as { totals: { percent_covered: number } }).totals
      expect(totals.percent_covered).toBe(75)
      expect(chose(choices, 'tests and coverage')).toContain(
        `; the project's coverage fail_under = 100 (${where}) is set to 0 for this command, so that coverage below it does not fail the tests: ` +
          "the test_coverage gate judges coverage, against quality_gates.test_coverage (set its thresholds to 100 to hold the project's bar)"
      )
    })
  })

  // more-itertools/more-itertools: its test modules add the package's doctests with load_tests; pytest never calls
  // load_tests, so the run reported 736 of 736 tests passed where the suite (python -m unittest) is 901.
  it('runs unittest (xmlrunner for the JUnit XML) under coverage when a test module defines load_tests, which pytest ignores', async () => {
    const loadTests = 'from doctest import DocTestSuite\n\ndef load_tests(loader, tests, ignore):\n    tests.addTests(DocTestSuite("calc.core"))\n    return tests\n'
    for (const [files, where, top] of [
      [{ 'pyproject.toml': '[project]\nname = "calc"\n', 'tests/__init__.py': '', 'tests/test_core.py': loadTests }, 'tests/test_core.py', ' -t .'],
      // No tests/__init__.py: no package, which unittest refuses as the start directory under `-t .`.
      [{ 'setup.py': '', 'test/unit/test_core.py': loadTests }, 'test/unit/test_core.py', '']
    ] as const) {
      const { layer, choices } = await fitPreset('python', new RepositoryProbe(await repo(files), { PATH: '/nonexistent' }))
      expect(chose(choices, 'tests and coverage')).toBe(
        `unittest with unittest-xml-reporting (xmlrunner), under coverage — ${where} defines load_tests, which pytest never calls: the tests it adds would not run. ` +
          'unittest runs them, and unittest-xml-reporting writes the JUnit XML (pip install unittest-xml-reporting coverage)'
      )
      expect(layer.stages?.testing?.command).toBe(
        `export COVERAGE_FILE={reports}/.coverage; python3 -m coverage run --source={path} -m xmlrunner discover -s {tests}${top} --output-file {reports}/junit.xml; ` +
          'status=$?; if ls {reports}/.coverage.* >/dev/null 2>&1; then python3 -m coverage combine -q; fi; ' +
          'python3 -m coverage report --fail-under=0; python3 -m coverage json --fail-under=0 -o {reports}/coverage.json || exit $(( status ? status : $? )); exit $status'
      )
    }
    // A load_tests that is not a module-level function, or outside the test modules, changes nothing.
    const plain = await fitPreset('python', new RepositoryProbe(await repo({ 'setup.py': '', 'tests/test_core.py': 'class T:\n    def load_tests(self): pass\n', 'tests/helpers.py': loadTests }), { PATH: '/nonexistent' }))
    expect(chose(plain.choices, 'tests and coverage')).toMatch(/^pytest with pytest-cov — /)
  })

  // A tox-only project that runs `unittest discover -p "check_*.py"`: pytest collected none of its test modules.
  it.each([
    [{ 'tox.ini': '[testenv]\ncommands = python -m unittest discover -s tests -p "check_*.py"\n' }, 'check_*.py', 'tox.ini'],
    [{ 'pyproject.toml': '[tool.tox.env_run_base]\ncommands = [["python", "-m", "unittest", "discover", "-p", "spec_*.py"]]\n' }, 'spec_*.py', 'pyproject.toml'],
    [{ Makefile: 'test:\n\tpython3 -m unittest discover --pattern=*_spec.py\n' }, '*_spec.py', 'Makefile'],
    // Patterns pytest's defaults collect anyway, a commented line, or pytest told its own python_files: pytest.
    [{ 'tox.ini': '[testenv]\ncommands = python -m unittest discover -p "*_test.py"\n' }, undefined, undefined],
    [{ 'tox.ini': '[testenv]\ncommands = python -m unittest discover -p "test*.py"\n' }, undefined, undefined],
    [{ 'tox.ini': '[testenv]\n# commands = python -m unittest discover -p "check_*.py"\ncommands = pytest\n' }, undefined, undefined],
    [{ 'tox.ini': '[testenv]\ncommands = python -m unittest discover -p "check_*.py"\n\n[pytest]\npython_files = check_*.py\n' }, undefined, undefined]
  ])('runs unittest with the project\'s discover pattern when pytest would not collect its test modules: %j', async (files, glob, where) => {
    const { layer, choices } = await fitPreset('python', new RepositoryProbe(await repo({ 'setup.py': '', 'tests/__init__.py': '', ...files }), { PATH: '/nonexistent' }))
    if (glob === undefined) {
      expect(chose(choices, 'tests and coverage')).toMatch(/^pytest with pytest-cov — /)
      return
    }
    expect(chose(choices, 'tests and coverage')).toMatch(new RegExp(`^unittest \\(-p ${glob.replace(/[*.]/g, '\\$&')}\\) with unittest-xml-reporting \\(xmlrunner\\), under coverage — the project runs unittest discover -p \\S+ \\(${where}\\)`))
    expect(layer.stages?.testing?.command).toContain(`-m xmlrunner discover -s {tests} -t . -p '${glob}' --output-file {reports}/junit.xml`)
  })

  // mahmoud/boltons runs `pytest --doctest-modules boltons tests`; pytest-dev/pluggy's tox.ini has the flag only in a comment.
  it.each([
    [{ 'tox.ini': '[testenv]\ncommands = pytest --doctest-modules calc tests\n' }, 'tox.ini'],
    [{ 'pyproject.toml': '[project]\nname = "calc"\n\n[tool.pytest.ini_options]\naddopts = "--doctest-modules -ra"\n' }, 'pyproject.toml'],
    [{ 'tox.ini': '[pytest]\ntestpaths = tests\n#--pyargs --doctest-modules --ignore=.tox\n;  --doctest-modules\n' }, undefined],
    // pytoolz/toolz says it only in its CI workflow: `coverage run -m pytest --doctest-modules toolz/`.
    [{ '.github/workflows/test.yml': 'jobs:\n  test:\n    steps:\n      - run: |\n          coverage run -m pytest --doctest-modules toolz/\n          pytest bench/\n' }, '.github/workflows/test.yml'],
    [{ 'Makefile': 'test:\n\tpython -m pytest --doctest-modules src tests\n' }, 'Makefile'],
    // Not a pytest line, or a commented one: nothing.
    [{ '.github/workflows/docs.yaml': 'jobs:\n  d:\n    steps:\n      # - run: pytest --doctest-modules calc\n      - run: sphinx-build -W docs out # --doctest-modules\n' }, undefined]
  ])('collects the package too when the project runs pytest with --doctest-modules: %j', async (files, where) => {
    const { layer, choices } = await fitPreset('python', new RepositoryProbe(await repo({ 'setup.py': '', ...files }), { PATH: '/nonexistent' }))
    expect(layer.stages?.testing?.command).toContain(where ? 'python3 -m pytest {tests} {path} --doctest-modules --cov={path} ' : 'python3 -m pytest {tests} --cov={path} ')
    expect(chose(choices, 'tests and coverage')).toMatch(where ? new RegExp(`; the project runs its doctests \\(--doctest-modules in ${where.replace(/\./g, '\\.')}\\): pytest collects them from \\{path\\} too$`) : /is the usual choice \(pip install pytest-cov\)$/)
  })

  it('honours .secrets.baseline: scans against a copy, so audited false positives stay out', async () => {
    const root = await repo({ 'setup.py': '', '.secrets.baseline': '{}' })
    const { layer, choices } = await fitPreset('python', new RepositoryProbe(root, { PATH: '/bin' }))
    expect(chose(choices, 'secrets')).toMatch(/^detect-secrets — \.secrets\.baseline exists/)
    expect(layer.stages?.refactoring?.security?.command).toMatch(/^cp \.secrets\.baseline \{reports\}\/secrets\.json && python3? -m detect_secrets scan \{path\} --baseline \{reports\}\/secrets\.json;/)
  })

  it('with no secret scanner and no uv, fetches secretlint with npx when node is there, and names detect-secrets when it is not', async () => {
    const root = await repo({ 'setup.py': '' })
    const withNode = await fitPreset('python', new RepositoryProbe(root, { PATH: `${dirname(process.execPath)}:/bin` }))
    expect(chose(withNode.choices, 'secrets')).toMatch(/^secretlint 12\.0\.0 with the recommended rules, fetched by npx — no secret scanner installed \(detect-secrets, gitleaks\) and no uvx/)
    expect(withNode.layer.stages?.refactoring?.security?.command).toMatch(
      /^npx --yes --package secretlint@12\.0\.0 --package @secretlint\/secretlint-rule-preset-recommend@12\.0\.0 -- secretlint .* \{path\}\/'\*\*\/\*' '!\*\*\/\.venv\/\*\*' '!\*\*\/__pycache__\/\*\*' .* '!\*\*\/\.spec-to-production\/\*\*' '!\*\*\/workflow_report_\*\.json' '!\*\*\/workflow_dashboard_\*\.html' --format json/
    )
    expect(withNode.layer.stages?.refactoring?.security?.report).toEqual({ path: '{reports}/secretlint.json', format: 'secretlint-json' })
    const without = await fitPreset('python', new RepositoryProbe(root, { PATH: '/nonexistent' }))
    expect(chose(without.choices, 'secrets')).toBe('detect-secrets — no secret scanner installed: detect-secrets is the default (pip install detect-secrets)')
  })

  it('chooses pylint and mypy when the project configures them', async () => {
    const root = await repo({ 'setup.cfg': '[mypy]\nstrict = True\n', '.pylintrc': '[MAIN]\n' })
    const { layer, choices } = await fitPreset('python', new RepositoryProbe(root, { PATH: '/bin' }))
    expect(chose(choices, 'linting')).toBe('pylint — configured in .pylintrc')
    expect(layer.stages?.refactoring?.linting?.report).toEqual({ path: '{reports}/pylint.json', format: 'pylint-json' })
    expect(chose(choices, 'type checking')).toBe('mypy — configured in [mypy] in setup.cfg')
  })

  // A project with tests in both tests/ and src/<pkg>/tests/ (no testpaths: its plain `pytest` collects both): the
  // preset ran `pytest tests`, and a failing test under src/calc/tests never ran — with coverage high enough, the run
  // passed. Now pytest is pointed at the source path too, and the real run collects both.
  withDebian('test modules under the source path as well as in the tests path', () => {
    const files = {
      'pyproject.toml': '[project]\nname = "calc"\nversion = "0.1"\n\n[tool.pytest.ini_options]\npythonpath = ["src"]\n',
      'src/calc/__init__.py': 'def add(a, b):\n    return a + b\n\n\ndef sub(a, b):\n    return a - b\n',
      'src/calc/tests/__init__.py': '',
      'src/calc/tests/test_sub.py': 'from calc import sub\n\n\ndef test_sub():\n    assert sub(3, 1) == 3\n',
      'tests/test_add.py': 'from calc import add\n\n\ndef test_add():\n    assert add(1, 2) == 3\n'
    }
    it('runs pytest on both, and says why', async () => {
      const root = await repo(files)
      const path = await pathWith(DEBIAN_PYTHON)
      const paths = layoutPaths(new RepositoryProbe(root), 'calc')
      expect(paths).toMatchObject({ source: 'src/calc', tests: 'tests' })
      const { layer, choices } = await fitPreset('python', new RepositoryProbe(root, { PATH: path }), undefined, paths)
      expect(chose(choices, 'tests and coverage')).toContain(
        "; test modules lie under the source path too (src/calc/tests/test_sub.py), outside tests, and the project's plain pytest (no testpaths) collects them: pytest runs {tests} and {path}"
      )
      const reports = join(root, 'reports')
      await mkdir(reports)
      const command = renderTemplate(layer.stages?.testing?.command as string, { reports, component: 'calc', path: 'src/calc', tests: 'tests', sha: '' }, 'stages.testing.command')
      try {
        execFileSync('bash', ['-c', command], { cwd: root, stdio: 'ignore', env: { PATH: path } })
      } catch {
        // test_sub fails: pytest exits 1.
      }
      const report = await parseJUnitFile(join(reports, 'junit.xml'), { workspace: root })
      expect(report.totals).toMatchObject({ total: 2, passed: 1, failed: 1 })
    }, 60_000)

    it('keeps to {tests} when testpaths names where the tests are, or there is no test module under the source path', async () => {
      const path = await pathWith(DEBIAN_PYTHON)
      const declared = await repo({ ...files, 'pyproject.toml': '[project]\nname = "calc"\n\n[tool.pytest.ini_options]\ntestpaths = ["tests"]\n' })
      const narrowed = await fitPreset('python', new RepositoryProbe(declared, { PATH: path }), undefined, { source: 'src/calc', tests: 'tests' })
      expect(narrowed.layer.stages?.testing?.command).toMatch(/ -m pytest \{tests\} --cov/)
      const { 'src/calc/tests/test_sub.py': _, ...helperOnly } = files
      const helper = await repo({ ...helperOnly, 'src/calc/tests/test_helpers.py': 'VALUE = 1\n' })
      const plain = await fitPreset('python', new RepositoryProbe(helper, { PATH: path }), undefined, { source: 'src/calc', tests: 'tests' })
      expect(plain.layer.stages?.testing?.command).toMatch(/ -m pytest \{tests\} --cov/)
    })
  })

  // python-hyper/h11 configures no linter; with pylint installed and ruff not, the preset ran pylint with all its
  // default messages, and the gate failed the project on 424 (162 invalid-name, 108 missing-function-docstring, …)
  // it never checked. Now the real pylint runs only the rules named, as ruff without a configuration does.
  withDebian('pylint installed and not configured', () => {
    it('runs only its errors and the checks of ruff default rules; a pylint configuration keeps its own', async () => {
      const root = await repo({
        'setup.py': '',
        'calc/__init__.py': '',
        'calc/core.py': 'import os\n\n\ndef Add(a, b):\n    return a + b\n\n\ndef broken():\n    return undefined_name\n'
      })
      const path = await pathWith(DEBIAN_PYTHON)
      const { layer, choices } = await fitPreset('python', new RepositoryProbe(root, { PATH: path }))
      expect(chose(choices, 'linting')).toBe(
        `pylint — pylint is importable by python3, ruff is not; no pylint configuration, so only its errors and the checks ruff's default rules make (${PYLINT_DEFAULT_RULES}), ` +
          'not its conventions (naming, docstrings) the project never checked: configure pylint to judge by your own rules'
      )
      const reports = join(root, 'reports')
      await mkdir(reports)
      const command = renderTemplate(layer.stages?.refactoring?.linting?.command as string, { reports, component: 'calc', path: 'calc', tests: 'tests', sha: '' }, 'stages.refactoring.linting.command')
      expect(command).toContain(` --disable=all --enable=${PYLINT_DEFAULT_RULES} `)
      try {
        execFileSync('bash', ['-c', command], { cwd: root, stdio: 'ignore', env: { PATH: path } })
      } catch {
        // pylint exits non-zero when it reports anything: the report is what is judged.
      }
      const symbols = (JSON.parse(await readFile(join(reports, 'pylint.json'), 'utf8')) as Array<{ symbol: string }>).map((m) => m.symbol).sort()
      // Not invalid-name (Add), missing-module-docstring, missing-function-docstring: rules the project never checked.
      expect(symbols).toEqual(['undefined-variable', 'unused-import'])

      const configured = await fitPreset('python', new RepositoryProbe(await repo({ 'setup.py': '', '.pylintrc': '[MAIN]\n' }), { PATH: path }))
      expect(configured.layer.stages?.refactoring?.linting?.command).not.toContain('--disable=all')
    }, 60_000)
  })

  // tkem/cachetools ([tool.flake8], a flake8 tox env) and hukkin/tomli (.flake8): with pylint installed, the preset
  // chose pylint, and the gate failed a flake8-clean project on 145 (cachetools) and 55 (tomli) pylint messages
  // (docstrings, naming) that the project never checked.
  withDebian('a project that lints with flake8', () => {
    it.each([
      [{ '.flake8': '[flake8]\nmax-line-length = 88\n' }, '.flake8'],
      [{ 'setup.cfg': '[metadata]\nname = x\n\n[flake8]\nmax-line-length = 88\n' }, '[flake8] in setup.cfg'],
      [{ 'tox.ini': '[tox]\nenvlist = py\n\n[flake8]\nexclude = docs\n' }, '[flake8] in tox.ini'],
      [{ 'pyproject.toml': '[project]\nname = "x"\n\n[tool.flake8]\nmax-line-length = 80\n' }, '[tool.flake8] in pyproject.toml'],
      // PyCQA/pycodestyle: flake8 runs from its pre-commit hooks and a tox environment, configured by no [flake8]
      // section (its settings are pycodestyle's own); the installed pylint failed it on 29 messages of rules it never ran.
      [{ '.pre-commit-config.yaml': 'repos:\n-   repo: https://github.com/pycqa/flake8\n    rev: 7.3.0\n    hooks:\n    -   id: flake8\n' }, 'the flake8 hook in .pre-commit-config.yaml'],
      [{ 'tox.ini': '[tox]\nenvlist = py, flake8\n\n[testenv:flake8]\nskip_install = true\ndeps = flake8\ncommands =\n    flake8 pycodestyle.py\n' }, 'a tox environment runs flake8 (tox.ini)'],
      [{ 'tox.ini': '[testenv:lint]\ncommands = flake8 src tests\n' }, 'a tox environment runs flake8 (tox.ini)'],
      // pypa/sampleproject: its nox lint session installs and runs flake8 (`--select E,W,F`), no flake8 configuration;
      // the installed pylint was chosen, judging rules the project never ran.
      [{ 'noxfile.py': 'import nox\n\n\n@nox.session\ndef lint(session):\n    session.install("flake8")\n    session.run(\n        "flake8", "--exclude", ".nox,*.egg,build,data",\n        "--select", "E,W,F", "."\n    )\n' }, 'a nox session runs flake8 (noxfile.py)'],
      [{ 'noxfile.py': 'import nox\n\n\n@nox.session\ndef lint(session):\n    session.run("python", "-m", "flake8", "src")\n' }, 'a nox session runs flake8 (noxfile.py)']
    ])('%j: ruff (flake8 checks), not the installed pylint', async (files, where) => {
      const { layer, choices } = await fitPreset('python', new RepositoryProbe(await repo({ 'setup.py': '', ...files }), { PATH: await pathWith(DEBIAN_PYTHON) }))
      expect(chose(choices, 'linting')).toBe(
        `ruff — the project lints with flake8 (${where}): ruff runs flake8's pyflakes and pycodestyle checks (its default rules; it does not read flake8's settings), where pylint would add rules the project never checked`
      )
      expect(layer.stages?.refactoring?.linting?.report).toEqual({ path: '{reports}/ruff.json', format: 'ruff-json' })
    })

    it('a tox environment or hook that only installs flake8, or runs another tool, is not one that lints with it', async () => {
      const cases: Array<Record<string, string>> = [
        { 'tox.ini': '[testenv]\ndeps = flake8-docstrings\ncommands = pytest\n' },
        { '.pre-commit-config.yaml': 'repos:\n-   repo: x\n    hooks:\n    -   id: flake8-no-op\n' },
        { 'noxfile.py': 'import nox\n\n\n@nox.session\ndef tests(session):\n    session.install("flake8")\n    # session.run("flake8", ".")\n    session.run("pytest")\n' }
      ]
      for (const files of cases) {
        const { choices } = await fitPreset('python', new RepositoryProbe(await repo({ 'setup.py': '', ...files }), { PATH: await pathWith(DEBIAN_PYTHON) }))
        expect(chose(choices, 'linting')).toMatch(/^pylint — /)
      }
    })

    it('a pylint configuration still wins over flake8', async () => {
      const { choices } = await fitPreset('python', new RepositoryProbe(await repo({ 'setup.py': '', '.flake8': '[flake8]\n', '.pylintrc': '[MAIN]\n' }), { PATH: await pathWith(DEBIAN_PYTHON) }))
      expect(chose(choices, 'linting')).toBe('pylint — configured in .pylintrc')
    })
  })

  // eliben/pycparser type-checks with ty (`[tool.ty.src]`, `uvx ty check` in its Makefile): the preset ran the
  // installed mypy, and the gate failed on 19 mypy errors in code the project's checker passes.
  withDebian('a project that type-checks with ty', () => {
    it.each([
      [{ 'pyproject.toml': '[project]\nname = "pycparser"\n\n[tool.ruff.lint]\nignore = ["F403"]\n\n[tool.ty.src]\nexclude = ["setup.py"]\n' }, '[tool.ty] in pyproject.toml'],
      [{ 'pyproject.toml': '[project]\nname = "x"\n', 'ty.toml': '[rules]\npossibly-unresolved-reference = "warn"\n' }, 'ty.toml']
    ])('%j: type checking off, saying ty is not run, not the installed mypy', async (files, where) => {
      const { layer, choices } = await fitPreset('python', new RepositoryProbe(await repo({ 'pycparser/__init__.py': '', ...files }), { PATH: await pathWith(DEBIAN_PYTHON) }))
      expect(layer.stages?.refactoring?.type_checking).toEqual({ enabled: false })
      expect(chose(choices, 'type checking')).toBe(
        `off — the project type-checks with ty (configured in ${where}), which the preset does not run (no report of ty's is one the type_checking gate reads), ` +
          'and pyright or mypy would judge it by rules it never checked, so its type checking is not checked: set stages.refactoring.type_checking.command to a checker whose report the gate reads ' +
          '(pyright --outputjson, mypy) and stages.refactoring.type_checking.report, with that checker configured for the project'
      )
    })

    // kjd/idna: no mypy configuration; its CI runs `mypy --strict idna`. Plain mypy checked far less than that.
    it.each([
      [{ '.github/workflows/python-package.yml': 'jobs:\n  lint:\n    steps:\n      - name: Check types with mypy\n        run: mypy --strict idna\n' }, '.github/workflows/python-package.yml'],
      [{ 'tox.ini': '[testenv:types]\ncommands = python -m mypy --strict src\n' }, 'tox.ini'],
      [{ '.github/workflows/ci.yml': 'jobs:\n  t:\n    steps:\n      - run: python -m pip install ruff mypy\n      - run: mypy --strict-optional idna  # --strict later\n      # - run: mypy --strict idna\n' }, undefined]
    ])("%j: mypy with --strict when the project's own runs use it", async (files, where) => {
      const { layer, choices } = await fitPreset('python', new RepositoryProbe(await repo({ 'pyproject.toml': '[project]\nname = "idna"\n', 'idna/__init__.py': '', ...files }), { PATH: await pathWith(DEBIAN_PYTHON) }))
      expect(layer.stages?.refactoring?.type_checking?.command).toBe(`python3 -m mypy {path}${where ? ' --strict' : ''} --show-column-numbers --no-color-output > {reports}/mypy.txt`)
      expect(chose(choices, 'type checking')).toBe(where ? `mypy --strict — mypy is importable by python3, pyright is not; the project runs mypy with --strict (${where})` : 'mypy — mypy is importable by python3, pyright is not')
    })

    it('a mypy configuration still wins over ty', async () => {
      const { choices } = await fitPreset('python', new RepositoryProbe(await repo({ 'pyproject.toml': '[project]\nname = "x"\n\n[tool.ty]\n\n[tool.mypy]\nstrict = true\n' }), { PATH: await pathWith(DEBIAN_PYTHON) }))
      expect(chose(choices, 'type checking')).toBe('mypy — configured in [tool.mypy] in pyproject.toml')
    })
  })
})

describe('node preset', () => {
  it('pins the secretlint it fetches to the release this product is tested with', async () => {
    const installed = JSON.parse(await readFile(join(process.cwd(), 'node_modules/secretlint/package.json'), 'utf8')) as { version: string }
    expect(SECRETLINT_VERSION).toBe(installed.version)
  })

  const pkg = (extra: object) => JSON.stringify({ name: 'x', version: '1.0.0', ...extra })

  it.each([
    [{ 'pnpm-lock.yaml': '' }, 'pnpm — pnpm-lock.yaml exists'],
    [{ 'yarn.lock': '' }, 'yarn — yarn.lock exists'],
    [{ 'package-lock.json': '{}' }, 'npm — package-lock.json exists'],
    [{}, 'npm — no lock file and no packageManager field: npm']
  ])('takes the package manager from the lock file %j', async (files, expected) => {
    const { choices } = await fitPreset('node', new RepositoryProbe(await repo({ 'package.json': pkg({}), ...files })))
    expect(chose(choices, 'package manager')).toBe(expected)
  })

  it('takes packageManager over the lock file', async () => {
    const root = await repo({ 'package.json': pkg({ packageManager: 'pnpm@10.34.9' }), 'package-lock.json': '{}' })
    const { choices } = await fitPreset('node', new RepositoryProbe(root))
    expect(chose(choices, 'package manager')).toBe('pnpm — package.json packageManager: pnpm@10.34.9')
  })

  it('runs vitest through a plain test script, with its junit and coverage reporters', async () => {
    const root = await repo({ 'package.json': pkg({ scripts: { test: 'vitest' } }), 'pnpm-lock.yaml': '' })
    const { layer, choices } = await fitPreset('node', new RepositoryProbe(root))
    expect(chose(choices, 'tests and coverage')).toMatch(/^vitest through the test script \(pnpm run test\)/)
    expect(layer.stages?.testing?.command).toBe(
      `printf '%s\\n' '${VITEST_RETRIES_MODULE.replace(/[{}]/g, '$&$&')}' > {reports}/vitest-retries.mjs && ` +
        'pnpm run test --run --reporter=default --reporter={reports}/vitest-retries.mjs --reporter=junit --outputFile.junit={reports}/junit.xml --coverage.enabled=true ' +
        '--coverage.reporter=text --coverage.reporter=json-summary --coverage.reporter=lcov --coverage.reportsDirectory={reports}/coverage ' +
        '--coverage.reportOnFailure=true --coverage.thresholds.lines=0 --coverage.thresholds.functions=0 --coverage.thresholds.branches=0 --coverage.thresholds.statements=0 ' +
        '--coverage.thresholds.perFile=false --coverage.thresholds.100=false'
    )
    expect(layer.stages?.testing?.reports?.coverage).toEqual({ path: '{reports}/coverage/coverage-summary.json', format: 'istanbul-summary' })
    // pnpm's audit JSON is npm 6's, which the gate does not read: osv-scanner reads the lock file.
    expect(chose(choices, 'vulnerabilities')).toMatch(/^osv-scanner — pnpm audit's JSON is not a format the security gate reads/)
    expect(layer.stages?.refactoring?.security?.command).toContain('osv-scanner --format json --output {reports}/osv-scanner.json --lockfile pnpm-lock.yaml')
  })

  it('runs vitest directly when the test script does more than call it', async () => {
    const root = await repo({ 'package.json': pkg({ scripts: { test: 'npm run build && vitest run' } }) })
    const { layer } = await fitPreset('node', new RepositoryProbe(root))
    expect(layer.stages?.testing?.command).toMatch(/^printf '%s\\n' '[^']+' > \{reports\}\/vitest-retries\.mjs && npx vitest run --run --reporter=default --reporter=\{reports\}\/vitest-retries\.mjs --reporter=junit/)
  })

  it("keeps the script's own runner flags when it runs the runner directly (unjs/ufo: `pnpm lint && vitest run --typecheck`)", async () => {
    const ufo = await fitPreset('node', new RepositoryProbe(await repo({ 'package.json': pkg({ scripts: { test: 'pnpm lint && vitest run --typecheck --coverage --reporter dot' } }), 'pnpm-lock.yaml': '' })))
    expect(chose(ufo.choices, 'tests and coverage')).toMatch(/^vitest directly \(pnpm exec vitest\) with the script's --typecheck, JUnit and coverage reporters/)
    expect(ufo.layer.stages?.testing?.command).toMatch(/^printf '%s\\n' '[^']+' > \{reports\}\/vitest-retries\.mjs && pnpm exec vitest run --typecheck --run --reporter=default --reporter=\{reports\}\/vitest-retries\.mjs --reporter=junit /)
    const jest = await fitPreset('node', new RepositoryProbe(await repo({ 'package.json': pkg({ scripts: { test: 'tsc && NODE_ENV=test jest --runInBand --ci' } }) })))
    expect(jest.layer.stages?.testing?.command).toMatch(/^printf '%s\\n' '[^']+' > \{reports\}\/jest-junit-invocations\.cjs && JEST_JUNIT_OUTPUT_FILE=\{reports\}\/junit\.xml JEST_JUNIT_REPORT_TEST_SUITE_ERRORS=true JEST_JUNIT_TEST_CASE_PROPERTIES_DIR=\{reports\} JEST_JUNIT_TEST_CASE_PROPERTIES_JSON_FILE=jest-junit-invocations\.cjs NODE_ENV=test npx jest --runInBand --ci --reporters=default/)
    // Words the preset cannot carry safely (quotes, substitutions) are left to the script.
    const quoted = await fitPreset('node', new RepositoryProbe(await repo({ 'package.json': pkg({ scripts: { test: "npm run build && vitest run --dir 'my tests'" } }) })))
    expect(quoted.layer.stages?.testing?.command).toMatch(/^printf '%s\\n' '[^']+' > \{reports\}\/vitest-retries\.mjs && npx vitest run --run --reporter=default/)
  })

  it('names the type tests a chained script runs (fastify/fastify-plugin: tstyche; tsd) as not run by the preset\'s command', async () => {
    const scripts = { test: 'npm run test:unit && npm run test:typescript', 'test:unit': 'c8 --100 node --test', 'test:typescript': 'tstyche' }
    const { choices } = await fitPreset('node', new RepositoryProbe(await repo({ 'package.json': pkg({ scripts }), 'package-lock.json': '{}' })))
    const choice = choices.find((c) => c.topic === 'tests and coverage') as PresetChoice
    expect(choice.warning).toBe(
      'scripts["test:typescript"] ("tstyche"), which scripts.test runs too, is not run by the preset\'s test command: its tests are not checked ' +
        '(set stages.testing.command to a command that runs them too and writes one JUnit XML report)'
    )
    // A test script that is only tsd: no runner the preset can drive, said as such.
    const tsd = await fitPreset('node', new RepositoryProbe(await repo({ 'package.json': pkg({ scripts: { test: 'tsd' } }) })))
    expect(chose(tsd.choices, 'tests and coverage')).toMatch(/— scripts\.test runs tsd \("tsd"\), which the node preset has no JUnit reporter for$/)
  })

  // typestack/class-transformer: tsconfig.json is strict (for editors); every build script runs `tsc --project
  // tsconfig.prod.*.json`, which sets strict: false. tsc --noEmit on tsconfig.json counted 70 errors the project never
  // sees, and the choice said only "tsconfig.json exists".
  it('says so when the scripts type-check other projects than tsconfig.json, and not when one checks it', async () => {
    const fit = async (scripts: Record<string, string>) =>
      chose((await fitPreset('node', new RepositoryProbe(await repo({ 'package.json': pkg({ scripts }), 'tsconfig.json': '{}' })))).choices, 'type checking')
    expect(await fit({ 'build:cjs': 'tsc --project tsconfig.prod.cjs.json', 'build:types': 'tsc -p tsconfig.prod.types.json', test: 'jest' })).toBe(
      "tsc --noEmit — tsconfig.json exists; but the project's scripts run tsc only on other projects (scripts[\"build:cjs\"]: -p tsconfig.prod.cjs.json; scripts[\"build:types\"]: -p tsconfig.prod.types.json), " +
        "whose options (strict, include) may differ from tsconfig.json's: when one of them is what the project checks, set stages.refactoring.type_checking.command to `tsc --noEmit --pretty false -p <it> > {reports}/tsc.txt`"
    )
    for (const typecheck of ['tsc --noEmit', 'tsc -p .', 'tsc --project ./tsconfig.json', 'tsc -b']) {
      expect(await fit({ build: 'tsc -p tsconfig.build.json', typecheck })).toBe('tsc --noEmit — tsconfig.json exists')
    }
    expect(await fit({ build: 'tsc-alias -p tsconfig.build.json' })).toBe('tsc --noEmit — tsconfig.json exists')
  })

  it('type-checks every project a tsconfig.json references: tsc -b --noEmit from TypeScript 5.6, one tsc -p per project before', async () => {
    const solution = '{\n  "files": [],\n  /* the projects */\n  "references": [{ "path": "./tsconfig.app.json" }, { "path": "./tsconfig.node.json" },],\n}\n'
    const withTs = async (version: string | undefined, tsconfig: string) => {
      const root = await repo({ 'package.json': pkg({ scripts: { test: 'node --test' } }), 'tsconfig.json': tsconfig })
      if (version) {
        await mkdir(join(root, 'node_modules/typescript'), { recursive: true })
        await writeFile(join(root, 'node_modules/typescript/package.json'), JSON.stringify({ name: 'typescript', version }))
      }
      return fitPreset('node', new RepositoryProbe(root))
    }
    const modern = await withTs('5.6.3', solution)
    expect(modern.layer.stages?.refactoring?.type_checking?.command).toBe('npx tsc -b --noEmit --force --pretty false > {reports}/tsc.txt')
    expect(chose(modern.choices, 'type checking')).toBe(
      'tsc -b --noEmit --force (project references) — tsconfig.json references tsconfig.app.json, tsconfig.node.json: ' +
        'tsc --noEmit would check only the files of tsconfig.json itself (none: "files": []), not those projects\''
    )
    // TypeScript 5.5 refuses --noEmit with -b (TS5094): each project with -p, the worst exit status kept.
    const older = await withTs('5.5.4', solution)
    expect(older.layer.stages?.refactoring?.type_checking?.command).toBe(
      '(s=0; npx tsc --noEmit --pretty false --listFiles -p ./tsconfig.app.json || s=$?; npx tsc --noEmit --pretty false --listFiles -p ./tsconfig.node.json || s=$?; exit $s) > {reports}/tsc.txt'
    )
    // A tsconfig.json with files of its own beside its references: checked too.
    const mixed = await withTs('5.4.5', '{ "include": ["src"], "references": [{ "path": "packages/a" }] }')
    expect(mixed.layer.stages?.refactoring?.type_checking?.command).toBe(
      '(s=0; npx tsc --noEmit --pretty false --listFiles -p tsconfig.json || s=$?; npx tsc --noEmit --pretty false --listFiles -p packages/a || s=$?; exit $s) > {reports}/tsc.txt'
    )
    // No references (or none readable): tsc --noEmit, as before.
    const plain = await withTs('5.9.3', '{ "compilerOptions": { "strict": true } }')
    expect(plain.layer.stages?.refactoring?.type_checking?.command).toBe('npx tsc --noEmit --pretty false --listFiles > {reports}/tsc.txt')
  })

  // antfu-collective/vitesse-lite: `typecheck: vue-tsc`; `tsc --noEmit` read no .vue file and passed a type error in a
  // component. unjs/defu: `test:types: tsgo --noEmit`, TypeScript's native compiler.
  it('type-checks with the tsc-compatible checker the project runs: vue-tsc for a Vue project, tsgo when its scripts run it', async () => {
    const fit = async (files: Record<string, string>) => {
      const { layer, choices } = await fitPreset('node', new RepositoryProbe(await repo({ 'tsconfig.json': '{}', ...files })))
      return { command: layer.stages?.refactoring?.type_checking?.command, choice: chose(choices, 'type checking') }
    }
    const vue = await fit({ 'package.json': pkg({ scripts: { test: 'vitest', typecheck: 'vue-tsc' } }), 'pnpm-lock.yaml': '' })
    expect(vue.command).toBe('pnpm exec vue-tsc --noEmit --pretty false --listFiles > {reports}/tsc.txt')
    expect(vue.choice).toBe('vue-tsc --noEmit — tsconfig.json exists; scripts["typecheck"] ("vue-tsc") runs vue-tsc: tsc reads no .vue file, vue-tsc checks the components with the rest')
    // create-vue's `vue-tsc --build` over project references; Nuxt's `nuxi typecheck` runs the vue-tsc it declares.
    const solution = '{ "files": [], "references": [{ "path": "./tsconfig.app.json" }] }'
    const build = await fit({ 'package.json': pkg({ scripts: { 'type-check': 'vue-tsc --build' } }), 'tsconfig.json': solution })
    expect(build.command).toBe('npx vue-tsc -b --noEmit --force --pretty false > {reports}/tsc.txt')
    expect(build.choice).toContain('vue-tsc -b --noEmit --force (project references) — tsconfig.json references tsconfig.app.json: vue-tsc --noEmit would check only')
    const nuxt = await fit({ 'package.json': pkg({ scripts: { typecheck: 'nuxi typecheck' }, devDependencies: { 'vue-tsc': '^2.0.0' } }) })
    expect(nuxt.choice).toBe('vue-tsc --noEmit — tsconfig.json exists; package.json declares vue-tsc: tsc reads no .vue file, vue-tsc checks the components with the rest')
    const go = await fit({ 'package.json': pkg({ scripts: { test: 'pnpm lint && pnpm test:types && pnpm vitest run', 'test:types': 'tsgo --noEmit' } }) })
    expect(go.command).toBe('npx tsgo --noEmit --pretty false > {reports}/tsc.txt')
    expect(go.choice).toBe('tsgo --noEmit — tsconfig.json exists; scripts["test:types"] ("tsgo --noEmit") runs tsgo, TypeScript\'s native compiler: the project\'s own type check')
    // A name that only contains the checker's is not a call of it; a workspace package's own scripts count.
    expect((await fit({ 'package.json': pkg({ scripts: { lint: 'my-vue-tsc-wrapper && tsgo-like' } }) })).command).toBe('npx tsc --noEmit --pretty false --listFiles > {reports}/tsc.txt')
    const root = await repo({
      'package.json': pkg({ workspaces: ['packages/*'] }),
      'packages/ui/package.json': pkg({ scripts: { typecheck: 'vue-tsc --noEmit' } }),
      'packages/ui/tsconfig.json': '{}',
      'specs/ui.md': '# ui\n'
    })
    const probe = new RepositoryProbe(root)
    const { layer } = await fitPreset('node', probe, undefined, layoutPaths(probe, 'ui'))
    expect(layer.stages?.refactoring?.type_checking?.command).toBe('npx vue-tsc --noEmit --pretty false --listFiles -p {path}/tsconfig.json > {reports}/tsc.txt')
  })

  // SvelteKit's template: `check: svelte-kit sync && svelte-check --tsconfig ./tsconfig.json`; tsc reads no .svelte file.
  it("type-checks a Svelte project with the svelte-check its scripts run, writing svelte-check's machine output", async () => {
    const fit = async (scripts: Record<string, string>, files: Record<string, string> = { 'tsconfig.json': '{}' }) =>
      fitPreset('node', new RepositoryProbe(await repo({ 'package.json': pkg({ scripts }), 'package-lock.json': '{}', ...files })))
    const kit = await fit({ check: 'svelte-kit sync && svelte-check --tsconfig ./tsconfig.json', 'check:watch': 'svelte-kit sync && svelte-check --tsconfig ./tsconfig.json --watch' })
    expect(kit.layer.stages?.refactoring?.type_checking).toEqual({
      enabled: true,
      command: 'npx svelte-kit sync && npx svelte-check --tsconfig ./tsconfig.json --output machine-verbose > {reports}/svelte-check.txt',
      report: { path: '{reports}/svelte-check.txt', format: 'svelte-check-machine' }
    })
    expect(chose(kit.choices, 'type checking')).toBe(
      'svelte-check --tsconfig ./tsconfig.json --output machine-verbose — scripts["check"] ("svelte-kit sync && svelte-check --tsconfig ./tsconfig.json") runs svelte-check: ' +
        'tsc reads no .svelte file, svelte-check checks the components with the TypeScript modules'
    )
    // The script's own output and watch mode are not kept; a JavaScript project (jsconfig.json) is checked too.
    const js = await fit({ lint: 'eslint .', validate: 'svelte-check --output human --fail-on-warnings -w && echo done' }, { 'jsconfig.json': '{}' })
    expect(js.layer.stages?.refactoring?.type_checking?.command).toBe('npx svelte-check --fail-on-warnings --output machine-verbose > {reports}/svelte-check.txt')
  })

  it("runs node --test under c8 when the script does (fastify/fastify-plugin), keeping c8's own arguments and turning its coverage check off", async () => {
    const script = 'c8 --100 --reporter=lcov -r text --all -x test/fixtures node --test test/*.test.js'
    const { layer, choices } = await fitPreset('node', new RepositoryProbe(await repo({ 'package.json': pkg({ scripts: { test: script } }), 'package-lock.json': '{}' })))
    expect(layer.stages?.testing?.command).toBe(
      'npx c8 --all -x test/fixtures --reporter=text --reporter=json-summary --reporter=lcov --report-dir={reports}/coverage --check-coverage=false --100=false ' +
        'node --test-reporter=spec --test-reporter-destination=stdout --test-reporter=junit --test-reporter-destination={reports}/junit.xml --test test/*.test.js'
    )
    expect(layer.stages?.testing?.reports?.coverage).toEqual({ path: '{reports}/coverage/coverage-summary.json', format: 'istanbul-summary' })
    expect(chose(choices, 'tests and coverage')).toContain("node --test with its junit reporter, under c8 (with the script's c8 arguments --all -x test/fixtures)")
    expect(chose(choices, 'tests and coverage')).toContain(`the c8 coverage check of the test script ("${script}") is off for this command`)
    // Without c8 in the script, node's own coverage, as before; a .c8rc of the project's says nothing then.
    const plain = await fitPreset('node', new RepositoryProbe(await repo({ 'package.json': pkg({ scripts: { test: 'node --test' } }), '.c8rc.json': '{"100": true}' })))
    expect(plain.layer.stages?.testing?.command).toContain('--experimental-test-coverage')
    expect(chose(plain.choices, 'tests and coverage')).not.toContain('coverage check')
    // A .c8rc's check is named for mocha under c8.
    const mocha = await fitPreset('node', new RepositoryProbe(await repo({ 'package.json': pkg({ scripts: { test: 'c8 mocha' } }), '.c8rc.json': '{ "100": true }' })))
    expect(mocha.layer.stages?.testing?.command).toMatch(/^npx c8 --reporter=text .* --check-coverage=false --100=false mocha --reporter xunit/)
    expect(chose(mocha.choices, 'tests and coverage')).toContain('the c8 coverage check of .c8rc.json is off for this command (--check-coverage=false --100=false)')
  })

  it("follows the script's first call of the runner that runs tests, through node with its flags (reduxjs/reselect: `node --expose-gc …/vitest/dist/cli-wrapper.js --run && vitest --run --typecheck.only`)", async () => {
    const script = 'node --expose-gc ./node_modules/vitest/dist/cli-wrapper.js --run && vitest --run --typecheck.only'
    const reselect = await fitPreset('node', new RepositoryProbe(await repo({ 'package.json': pkg({ packageManager: 'yarn@4.4.1', scripts: { test: script } }), 'yarn.lock': '' })))
    const command = reselect.layer.stages?.testing?.command
    // The tests themselves (which call gc()), not the type tests alone: --typecheck.only runs no code, measures nothing.
    expect(command).toMatch(/^printf '%s\\n' '[^']+' > \{reports\}\/vitest-retries\.mjs && node --expose-gc \.\/node_modules\/vitest\/dist\/cli-wrapper\.js run --run --reporter=default --reporter=\{reports\}\/vitest-retries\.mjs --reporter=junit /)
    expect(command).not.toContain('--typecheck.only')
    const choice = reselect.choices.find((c) => c.topic === 'tests and coverage')
    expect(choice?.chose).toMatch(/^vitest directly \(node --expose-gc \.\/node_modules\/vitest\/dist\/cli-wrapper\.js\), JUnit and coverage reporters$/)
    expect(choice?.warning).toBe(
      'the script also calls vitest as "vitest --run --typecheck.only", which this command does not run: its tests are not judged (set stages.testing.command to a command that runs them too and writes one JUnit XML report)'
    )
    // jest in native ESM mode needs node's flag: `npx jest` alone would fail on every import.
    const esm = await fitPreset('node', new RepositoryProbe(await repo({ 'package.json': pkg({ scripts: { test: 'tsc && node --experimental-vm-modules node_modules/jest/bin/jest.js --runInBand' } }) })))
    expect(esm.layer.stages?.testing?.command).toMatch(
      /^printf '%s\\n' '[^']+' > \{reports\}\/jest-junit-invocations\.cjs && JEST_JUNIT_OUTPUT_FILE=\{reports\}\/junit\.xml JEST_JUNIT_REPORT_TEST_SUITE_ERRORS=true JEST_JUNIT_TEST_CASE_PROPERTIES_DIR=\{reports\} JEST_JUNIT_TEST_CASE_PROPERTIES_JSON_FILE=jest-junit-invocations\.cjs node --experimental-vm-modules node_modules\/jest\/bin\/jest\.js --runInBand --ci --reporters=default/
    )
  })

  it("has jest-junit name a test file that failed to run (real jest and jest-junit): left out by default, it passed as 1 of 1", async () => {
    const root = await repo({
      'package.json': pkg({ devDependencies: { jest: '^29', 'jest-junit': '^17' } }),
      'test/ok.test.js': "it('ok', () => {})\n",
      'test/broken.test.js': "require('./missing-module')\nit('never runs', () => {})\n"
    })
    await symlink(join(process.cwd(), 'node_modules'), join(root, 'node_modules'))
    const { layer } = await fitPreset('node', new RepositoryProbe(root))
    const reports = join(root, 'reports')
    await mkdir(reports)
    const command = renderTemplate(layer.stages?.testing?.command as string, { reports, component: 'x', path: '.', tests: 'test', sha: '' }, 'stages.testing.command')
    try {
      execFileSync('sh', ['-c', command], { cwd: root, stdio: 'ignore', env: { ...process.env, NODE_OPTIONS: '' } })
    } catch {
      // jest exits 1: a test file failed to run.
    }
    const report = await parseJUnitFile(join(reports, 'junit.xml'), { workspace: root })
    expect(report.totals).toMatchObject({ passed: 1, errors: 1 })
    expect(report.failures.map((f) => f.name)).toEqual(['test/broken.test.js'])
  }, 60_000)

  it('has jest-junit record the runs of a test jest.retryTimes retried (real jest and jest-junit): without them a pass on the second run read as a plain pass', async () => {
    const root = await repo({
      'package.json': pkg({ type: 'module', devDependencies: { jest: '^29', 'jest-junit': '^17' } }),
      // Fails on its first run, passes on its second: a counter file beside the test.
      'test/retry.test.cjs':
        "const fs = require('node:fs')\nconst path = require('node:path')\njest.retryTimes(2)\n" +
        "const bump = () => { const p = path.join(__dirname, 'counter'); const n = fs.existsSync(p) ? Number(fs.readFileSync(p, 'utf8')) + 1 : 1; fs.writeFileSync(p, String(n)); return n }\n" +
        "describe('retry', () => {\n  it('passes', () => {})\n  it('passes on its second run', () => { expect(bump()).toBe(2) })\n})\n",
      'jest.config.cjs': "module.exports = { testMatch: ['**/test/*.test.cjs'] }\n"
    })
    await symlink(join(process.cwd(), 'node_modules'), join(root, 'node_modules'))
    const { layer } = await fitPreset('node', new RepositoryProbe(root))
    const reports = join(root, 'reports')
    await mkdir(reports)
    // Rendered as the engine renders it (doubled braces made single, {reports} shell-quoted).
    const command = renderTemplate(layer.stages?.testing?.command as string, { reports, component: 'x', path: '.', tests: 'test', sha: '' }, 'stages.testing.command')
    execFileSync('sh', ['-c', command], { cwd: root, stdio: 'ignore', env: { ...process.env, NODE_OPTIONS: '' } })
    const report = await parseJUnitFile(join(reports, 'junit.xml'), { workspace: root })
    expect(report.totals).toMatchObject({ total: 2, passed: 2, failed: 0 })
    expect(report.flaky_count).toBe(1)
    expect(report.flaky).toEqual([expect.objectContaining({ id: 'retry passes on its second run::retry passes on its second run', attempts: 2 })])
  }, 60_000)

  // vitest is no dependency of this product: the test runs where it is installed (vitest 4.1.12 and @vitest/coverage-v8
  // when written), and the parser's test reads the report that vitest wrote with this reporter (vitest-retries.xml).
  // Here, or in the cache the first-run tests install (__tests__/integration/presets-first-run.test.ts).
  const retryVitest = [join(process.cwd(), 'node_modules'), join(tmpdir(), 's2p-preset-cache', 'node-tools', 'node_modules')].find(
    (dir) => existsSync(join(dir, 'vitest')) && existsSync(join(dir, '@vitest/coverage-v8'))
  )
  if (!retryVitest) console.warn('SKIPPED real vitest run of the preset command: vitest and @vitest/coverage-v8 are neither in node_modules nor in the first-run cache')
  ;(retryVitest ? it : it.skip)("has vitest's junit reporter record the retries of a test vitest retried (real vitest): without them a pass on the second run read as a plain pass", async () => {
    const root = await repo({
      'package.json': pkg({ type: 'module', scripts: { test: 'vitest' }, devDependencies: { vitest: '*' } }),
      'vitest.config.mjs': "export default { test: { include: ['test/*.test.js'], retry: 1 } }\n",
      // Fails on its first run, passes on its second: a counter file beside the test.
      'test/retry.test.js':
        "import { describe, expect, it } from 'vitest'\nimport fs from 'node:fs'\nimport path from 'node:path'\n" +
        "const bump = () => { const p = path.join(import.meta.dirname, 'counter'); const n = fs.existsSync(p) ? Number(fs.readFileSync(p, 'utf8')) + 1 : 1; fs.writeFileSync(p, String(n)); return n }\n" +
        "describe('retry', () => {\n  it('passes', () => {})\n  it('passes on its second run', () => { expect(bump()).toBe(2) })\n})\n"
    })
    await symlink(retryVitest as string, join(root, 'node_modules'))
    const { layer } = await fitPreset('node', new RepositoryProbe(root))
    const reports = join(root, 'reports')
    await mkdir(reports)
    const command = renderTemplate(layer.stages?.testing?.command as string, { reports, component: 'x', path: '.', tests: 'test', sha: '' }, 'stages.testing.command')
    execFileSync('sh', ['-c', command], { cwd: root, stdio: 'ignore', env: { ...process.env, NODE_OPTIONS: '' } })
    const report = await parseJUnitFile(join(reports, 'junit.xml'), { workspace: root })
    expect(report.totals).toMatchObject({ total: 2, passed: 2, failed: 0 })
    expect(report.flaky_count).toBe(1)
    expect(report.flaky).toEqual([expect.objectContaining({ id: 'test/retry.test.js::retry > passes on its second run', attempts: 2, failures: ['expected 1 to be 2 // Object.is equality'] })])
  }, 120_000)

  // The shape of pypa/packaging's fail_under, in jest: a coverageThreshold made jest exit 1 with every test passed, and
  // the pass-rate gate failed ("the testing command failed although its report shows no failing test").
  it.each([
    ['package.json jest', { 'package.json': pkg({ scripts: { test: 'jest' }, devDependencies: { jest: '^29', 'jest-junit': '^17' }, jest: { coverageThreshold: { global: { lines: 100 } } } }) }],
    ['jest.config.js', { 'package.json': pkg({ scripts: { test: 'jest' }, devDependencies: { jest: '^29', 'jest-junit': '^17' } }), 'jest.config.js': 'module.exports = { coverageThreshold: { global: { lines: 100 } } }\n' }]
  ])("leaves coverage to the test_coverage gate when the project sets jest's coverageThreshold (%s; real jest)", async (where, files) => {
    const root = await repo({
      ...files,
      'calc.js': 'exports.add = (a, b) => a + b\nexports.unused = () => {\n  return 0\n}\n',
      'calc.test.js': "const { add } = require('./calc')\ntest('add', () => expect(add(1, 2)).toBe(3))\n"
    })
    await symlink(join(process.cwd(), 'node_modules'), join(root, 'node_modules'))
    const { layer, choices } = await fitPreset('node', new RepositoryProbe(root))
    const reports = join(root, 'reports')
    await mkdir(reports)
    const command = renderTemplate(layer.stages?.testing?.command as string, { reports }, 'stages.testing.command')
    execFileSync('sh', ['-c', command], { cwd: root, stdio: 'ignore', env: { ...process.env, NODE_OPTIONS: '' } })
    expect((await parseJUnitFile(join(reports, 'junit.xml'), { workspace: root })).totals).toMatchObject({ total: 1, passed: 1 })
    const summary = JSON.parse(await readFile(join(reports, 'coverage/coverage-summary.json'), 'utf8')) as { total: { lines: { pct: number } } }
    expect(summary.total.lines.pct).toBe(66.66)
    expect(chose(choices, 'tests and coverage')).toMatch(
      new RegExp(`; the coverageThreshold of ${where.replace('.', '\\.')} is off for this command \\(--coverageThreshold=\\{\\}\\), so that coverage below it does not fail the tests: the test_coverage gate judges coverage, against quality_gates\\.test_coverage$`)
    )
  }, 60_000)

  // The vitest counterpart: thresholds in vitest.config made vitest exit 1 with every test passed. vitest from the cache
  // the first-run tests install (__tests__/integration/presets-first-run.test.ts).
  const VITEST_DIR = join(tmpdir(), 's2p-preset-cache', 'node-tools', 'node_modules')
  const hasVitest = existsSync(join(VITEST_DIR, '.bin/vitest')) && existsSync(join(VITEST_DIR, '@vitest/coverage-v8'))
  if (!hasVitest) console.warn(`SKIPPED vitest thresholds: no vitest and @vitest/coverage-v8 in ${VITEST_DIR} (the first-run tests install them)`)
  ;(hasVitest ? it : it.skip)("leaves coverage to the test_coverage gate when vitest.config sets coverage thresholds, and has vitest write it when a test fails (real vitest)", async () => {
    const root = await repo({
      'package.json': pkg({ type: 'module', scripts: { test: 'vitest' } }),
      'vitest.config.js': 'export default { test: { coverage: { thresholds: { lines: 100, functions: 100, perFile: true } } } }\n',
      'src/calc.js': 'export const add = (a, b) => a + b\nexport const unused = () => {\n  return 0\n}\n',
      'src/calc.test.js': "import { expect, test } from 'vitest'\nimport { add } from './calc.js'\ntest('add', () => expect(add(1, 2)).toBe(3))\n"
    })
    await symlink(VITEST_DIR, join(root, 'node_modules'))
    const { layer, choices } = await fitPreset('node', new RepositoryProbe(root))
    const reports = join(root, 'reports')
    await mkdir(reports)
    const command = renderTemplate(layer.stages?.testing?.command as string, { reports }, 'stages.testing.command')
    execFileSync('sh', ['-c', command], { cwd: root, stdio: 'ignore', env: { ...process.env, NODE_OPTIONS: '' } })
    expect((await parseJUnitFile(join(reports, 'junit.xml'), { workspace: root })).totals).toMatchObject({ total: 1, passed: 1 })
    const summary = JSON.parse(await readFile(join(reports, 'coverage/coverage-summary.json'), 'utf8')) as { total: { lines: { pct: number } } }
    expect(summary.total.lines.pct).toBeLessThan(100)
    // A failing test: vitest still writes its coverage report, which jest, c8 and nyc always do.
    await writeFile(join(root, 'src/bad.test.js'), "import { expect, test } from 'vitest'\ntest('fails', () => expect(1).toBe(2))\n")
    await rm(join(reports, 'coverage'), { recursive: true, force: true })
    expect(() => execFileSync('sh', ['-c', command], { cwd: root, stdio: 'ignore', env: { ...process.env, NODE_OPTIONS: '' } })).toThrow()
    expect((await parseJUnitFile(join(reports, 'junit.xml'), { workspace: root })).totals).toMatchObject({ total: 2, passed: 1, failed: 1 })
    expect(existsSync(join(reports, 'coverage/coverage-summary.json'))).toBe(true)
    expect(chose(choices, 'tests and coverage')).toContain(
      '; the coverage thresholds of vitest.config.js are off for this command (--coverage.thresholds.*), so that coverage below them does not fail the tests: ' +
        'the test_coverage gate judges coverage, against quality_gates.test_coverage (a threshold for a glob pattern cannot be turned off from the command line and still applies)'
    )
  }, 60_000)

  it('runs jest with jest-junit, through the script when it calls jest alone', async () => {
    const script = await fitPreset('node', new RepositoryProbe(await repo({ 'package.json': pkg({ scripts: { test: 'NODE_OPTIONS=--experimental-vm-modules jest --config jest.config.js' } }) })))
    expect(script.layer.stages?.testing?.command).toBe(
      `printf '%s\\n' '${JEST_INVOCATIONS_MODULE.replace(/[{}]/g, '$&$&')}' > {reports}/jest-junit-invocations.cjs && ` +
        'JEST_JUNIT_OUTPUT_FILE={reports}/junit.xml JEST_JUNIT_REPORT_TEST_SUITE_ERRORS=true JEST_JUNIT_TEST_CASE_PROPERTIES_DIR={reports} JEST_JUNIT_TEST_CASE_PROPERTIES_JSON_FILE=jest-junit-invocations.cjs npm test -- --ci --reporters=default --reporters=jest-junit --coverage --coverageReporters=text ' +
        '--coverageReporters=json-summary --coverageReporters=lcov --coverageDirectory={reports}/coverage --coverageThreshold={{}}'
    )
    const deps = await fitPreset('node', new RepositoryProbe(await repo({ 'package.json': pkg({ devDependencies: { jest: '^29' } }) })))
    expect(chose(deps.choices, 'tests and coverage')).toBe('jest directly (npx jest), with jest-junit and coverage reporters — package.json depends on jest')
    expect(deps.layer.stages?.testing?.command).toMatch(/^printf '%s\\n' '[^']+' > \{reports\}\/jest-junit-invocations\.cjs && JEST_JUNIT_OUTPUT_FILE=\{reports\}\/junit\.xml JEST_JUNIT_REPORT_TEST_SUITE_ERRORS=true JEST_JUNIT_TEST_CASE_PROPERTIES_DIR=\{reports\} JEST_JUNIT_TEST_CASE_PROPERTIES_JSON_FILE=jest-junit-invocations\.cjs npx jest --ci/)
  })

  it("runs mocha under c8 with its built-in xunit reporter, or mocha-junit-reporter when it is installed", async () => {
    const bare = await fitPreset('node', new RepositoryProbe(await repo({ 'package.json': pkg({ scripts: { test: 'mocha' } }) })))
    expect(bare.layer.stages?.testing?.command).toBe(
      'npx c8 --reporter=text --reporter=json-summary --reporter=lcov --report-dir={reports}/coverage --check-coverage=false --100=false mocha --reporter xunit --reporter-options output={reports}/junit.xml'
    )
    const withReporter = await fitPreset(
      'node',
      new RepositoryProbe(await repo({ 'package.json': pkg({ scripts: { test: 'mocha' } }), 'node_modules/mocha-junit-reporter/package.json': '{"version":"2.2.1"}' }))
    )
    expect(withReporter.layer.stages?.testing?.command).toBe(
      'npx c8 --reporter=text --reporter=json-summary --reporter=lcov --report-dir={reports}/coverage --check-coverage=false --100=false mocha --reporter mocha-junit-reporter --reporter-options mochaFile={reports}/junit.xml,includePending=true'
    )
  })

  it('follows a test script that chains other scripts to the one calling mocha, keeping its coverage tool and mocha arguments', async () => {
    // The shape of expressjs/cors: lint, then nyc around mocha with a --require.
    const scripts = { test: 'npm run lint && npm run test-ci', 'test-ci': 'nyc --reporter=lcov --reporter=text mocha --require test/support/env --reporter spec', lint: 'eslint lib test' }
    const { layer, choices } = await fitPreset('node', new RepositoryProbe(await repo({ 'package.json': pkg({ scripts, devDependencies: { mocha: '9', nyc: '15' } }) })))
    expect(chose(choices, 'tests and coverage')).toBe(
      'mocha (with the script\'s arguments --require test/support/env) with its built-in xunit reporter (JUnit XML) under nyc — scripts.test runs scripts["test-ci"] ("nyc --reporter=lcov --reporter=text mocha --require test/support/env --reporter spec"): mocha'
    )
    expect(layer.stages?.testing?.command).toBe(
      'npx nyc --reporter=text --reporter=json-summary --reporter=lcov --report-dir={reports}/coverage --check-coverage=false mocha --require test/support/env --reporter xunit --reporter-options output={reports}/junit.xml'
    )
    // A chain to a vitest script runs vitest directly (arguments given to `npm test --` would reach the chain).
    const vitest = await fitPreset('node', new RepositoryProbe(await repo({ 'package.json': pkg({ scripts: { test: 'npm run build && npm run unit', unit: 'vitest run' } }) })))
    expect(chose(vitest.choices, 'tests and coverage')).toMatch(/^vitest directly \(npx vitest\).*scripts\.test runs scripts\["unit"\] \("vitest run"\): vitest$/)
  })

  it('names the other test scripts a chained test script runs, which the chosen command leaves out (vercel/ms: the same tests under two environments)', async () => {
    const scripts = { test: 'pnpm run test:nodejs && pnpm run test:edge', 'test:nodejs': 'jest --env node', 'test:edge': 'jest --env @edge-runtime/jest-environment --no-coverage' }
    const { layer, choices } = await fitPreset('node', new RepositoryProbe(await repo({ 'package.json': pkg({ scripts, devDependencies: { jest: '29' } }) })))
    expect(layer.stages?.testing?.command).toMatch(/^printf '%s\\n' '[^']+' > \{reports\}\/jest-junit-invocations\.cjs && JEST_JUNIT_OUTPUT_FILE=\{reports\}\/junit\.xml JEST_JUNIT_REPORT_TEST_SUITE_ERRORS=true JEST_JUNIT_TEST_CASE_PROPERTIES_DIR=\{reports\} JEST_JUNIT_TEST_CASE_PROPERTIES_JSON_FILE=jest-junit-invocations\.cjs npx jest --env node --ci /)
    expect(chose(choices, 'tests and coverage')).toBe(
      'jest directly (npx jest) with the script\'s --env node, with jest-junit and coverage reporters — scripts.test runs scripts["test:nodejs"] ("jest --env node"): jest; ' +
        'scripts.test also runs scripts["test:edge"] ("jest --env @edge-runtime/jest-environment --no-coverage"), which this command does not run: its tests are not judged ' +
        '(set stages.testing.command to a command that runs them too and writes one JUnit XML report)'
    )
    // Repeated as the testing stage's warning while the choice stands.
    expect(choices.find((c) => c.topic === 'tests and coverage')?.warning).toBe(
      'scripts["test:edge"] ("jest --env @edge-runtime/jest-environment --no-coverage"), which scripts.test runs too, is not run by the preset\'s test command: its tests are not checked ' +
        '(set stages.testing.command to a command that runs them too and writes one JUnit XML report)'
    )
    // A runner called in the script itself, then an end-to-end script with a runner the preset has no reporter for.
    const direct = await fitPreset('node', new RepositoryProbe(await repo({ 'package.json': pkg({ scripts: { test: 'vitest run && npm run e2e', e2e: 'playwright test' } }) })))
    expect(chose(direct.choices, 'tests and coverage')).toMatch(/; scripts\.test also runs scripts\["e2e"\] \("playwright test"\), which this command does not run: its tests are not judged/)
    // The same suite in a browser under mochify (sinonjs/fake-timers), after the mocha run the preset drives.
    const browser = await fitPreset(
      'node',
      new RepositoryProbe(
        await repo({
          'package.json': pkg({
            scripts: { test: 'npm run test-node && npm run test-headless', 'test-node': 'mocha --timeout 200 test/ -R dot', 'test-headless': 'mochify --driver puppeteer' },
            devDependencies: { mocha: '11', nyc: '17' }
          })
        })
      )
    )
    expect(chose(browser.choices, 'tests and coverage')).toMatch(
      /; scripts\.test also runs scripts\["test-headless"\] \("mochify --driver puppeteer"\), which this command does not run: its tests are not judged/
    )
    // Scripts that run no tests (lint, build) are not named.
    const lint = await fitPreset('node', new RepositoryProbe(await repo({ 'package.json': pkg({ scripts: { test: 'npm run lint && npm run unit', unit: 'vitest run', lint: 'eslint .' } }) })))
    expect(chose(lint.choices, 'tests and coverage')).not.toContain('also runs')
    expect(lint.choices.find((c) => c.topic === 'tests and coverage')?.warning).toBeUndefined()
  })

  it('follows npm-run-all and pnpm run /regex/ to the scripts they run (eslint/espree: `npm-run-all -s test:*`)', async () => {
    const fit = async (scripts: Record<string, string>) =>
      chose((await fitPreset('node', new RepositoryProbe(await repo({ 'package.json': pkg({ scripts, devDependencies: { mocha: '11', c8: '10' } }) })))).choices, 'tests and coverage')
    // Before: "package.json depends on mocha; scripts.test (…) calls no runner the preset can follow", and bare mocha found no test file.
    const espree = await fit({
      test: 'npm-run-all -s test:*',
      'test:cjs': 'mocha --timeout 30000 tests/lib/commonjs.cjs',
      'test:esm': "c8 mocha --timeout 30000 'tests/lib/**/*.js'",
      'test:types:deep': 'tsd'
    })
    expect(espree).toMatch(/^mocha \(with the script's arguments --timeout 30000 tests\/lib\/commonjs\.cjs\) .* scripts\.test runs scripts\["test:cjs"\] /)
    expect(espree).toContain('scripts.test also runs scripts["test:esm"] ("c8 mocha --timeout 30000 \'tests/lib/**/*.js\'"), which this command does not run')
    // `*` is one segment: test:types:deep is not run by `test:*`; `**` is any.
    expect(espree).not.toContain('test:types:deep')
    expect(await fit({ test: 'run-s build "test:**"', build: 'tsc', 'test:unit:fast': 'mocha test/unit', 'test:types:deep': 'tsd' })).toMatch(
      /scripts\.test runs scripts\["test:unit:fast"\] \("mocha test\/unit"\): mocha; scripts\.test also runs scripts\["test:types:deep"\] \("tsd"\)/
    )
    expect(await fit({ test: 'run-p --max-parallel 2 lint test:unit', lint: 'eslint .', 'test:unit': 'mocha test/unit' })).toMatch(/scripts\.test runs scripts\["test:unit"\] \("mocha test\/unit"\): mocha$/)
    // pnpm's regular expression (ai/nanoid's `pnpm run /^test:/`).
    expect(await fit({ test: 'pnpm run /^test:/', 'test:unit': 'mocha test/unit', lint: 'mocha nothing' })).toMatch(/scripts\.test runs scripts\["test:unit"\] \("mocha test\/unit"\): mocha$/)
    // Quoted, as a shell needs it for `*` (pmndrs/zustand: `pnpm run "/^test:.*/"`); before: "calls no runner the
    // preset can follow", and vitest ran bare, bypassing the script.
    for (const test of ['pnpm run "/^test:.*/"', "pnpm run '/^test:.*/'", 'npm run "test:unit"']) {
      expect(await fit({ test, 'test:format': 'prettier . --list-different', 'test:unit': 'mocha test/unit' })).toMatch(/scripts\.test runs scripts\["test:unit"\] \("mocha test\/unit"\): mocha$/)
    }
  })

  it('keeps the environment the script gives the runner, through cross-env or not (an ESM project\'s NODE_OPTIONS=--experimental-vm-modules)', async () => {
    const fit = async (test: string) => (await fitPreset('node', new RepositoryProbe(await repo({ 'package.json': pkg({ type: 'module', scripts: { test }, devDependencies: { jest: '29' } }) })))).layer.stages?.testing?.command ?? ''
    // One call of jest behind cross-env: through the script, which keeps it (before: `npx jest`, every ESM test file failed on `import`).
    expect(await fit('cross-env NODE_OPTIONS=--experimental-vm-modules jest')).toMatch(/ npm test -- --ci /)
    // A call among others: jest runs directly, with the script's environment before it.
    expect(await fit('cross-env NODE_OPTIONS=--experimental-vm-modules jest --runInBand && eslint .')).toMatch(/ NODE_OPTIONS=--experimental-vm-modules npx jest --runInBand --ci /)
    expect(await fit('NODE_OPTIONS="--experimental-vm-modules" TZ=UTC jest; tsd')).toMatch(/ NODE_OPTIONS="--experimental-vm-modules" TZ=UTC npx jest --ci /)
    // mocha under nyc, behind cross-env.
    const mocha = await fitPreset('node', new RepositoryProbe(await repo({ 'package.json': pkg({ scripts: { test: 'cross-env NODE_ENV=test nyc mocha test/' }, devDependencies: { mocha: '10', nyc: '17' } }) })))
    expect(mocha.layer.stages?.testing?.command).toMatch(/^NODE_ENV=test npx nyc .* mocha test\/ --reporter xunit /)
    // A value that is not one plain word is not carried (the command is a template, run by bash).
    expect(await fit('X=$(pwd) jest; tsd')).toMatch(/=jest-junit-invocations\.cjs npx jest --ci /)
  })

  it('says a pretest script is not run when the command calls the runner directly (yargs/yargs-parser: pretest builds what the tests import)', async () => {
    const scripts = { pretest: 'rimraf build && tsc -p tsconfig.test.json', test: 'c8 --reporter=text mocha test/*.mjs' }
    const { choices } = await fitPreset('node', new RepositoryProbe(await repo({ 'package.json': pkg({ scripts, devDependencies: { mocha: '10', c8: '10' } }) })))
    expect(chose(choices, 'tests and coverage')).toMatch(
      /; scripts\.pretest \("rimraf build && tsc -p tsconfig\.test\.json"\) is not run: the package manager runs it only before its own test script, which this command does not call — /
    )
    // Through the test script (npm test -- …), npm runs pretest itself: nothing to say.
    const through = await fitPreset('node', new RepositoryProbe(await repo({ 'package.json': pkg({ scripts: { pretest: 'tsc', test: 'vitest' } }) })))
    expect(through.layer.stages?.testing?.command).toMatch(/^printf '%s\\n' '[^']+' > \{reports\}\/vitest-retries\.mjs && npm test -- /)
    expect(chose(through.choices, 'tests and coverage')).not.toContain('pretest')
  })

  it("runs node --test with node's junit and lcov reporters, keeping the script's arguments", async () => {
    const { layer } = await fitPreset('node', new RepositoryProbe(await repo({ 'package.json': pkg({ scripts: { test: 'node --test test/' } }) })))
    expect(layer.stages?.testing?.command).toBe(
      'node --test-reporter=spec --test-reporter-destination=stdout --test-reporter=junit --test-reporter-destination={reports}/junit.xml ' +
        '--experimental-test-coverage --test-reporter=lcov --test-reporter-destination={reports}/lcov.info --test test/'
    )
    // Through a chain (`npm run lint && npm run unit`): the chained script's files, not node's default patterns.
    const chained = await fitPreset('node', new RepositoryProbe(await repo({ 'package.json': pkg({ scripts: { test: 'npm run lint && npm run unit', unit: 'node --test test/unit/', lint: 'eslint .' } }) })))
    expect(chained.layer.stages?.testing?.command).toMatch(/--test-reporter-destination=\{reports\}\/lcov\.info --test test\/unit\/$/)
    expect(layer.stages?.testing?.reports?.coverage).toEqual({ path: '{reports}/lcov.info', format: 'lcov' })
    // sindresorhus/is: node --test after other commands in the script itself. Before: bare `--test`, which dropped
    // --experimental-transform-types and test/test.ts, and ran whatever node's default patterns matched.
    const is = await fitPreset('node', new RepositoryProbe(await repo({
      'package.json': pkg({ type: 'module', scripts: { test: 'tsc --noEmit && tsc --project test/tsconfig.json --noEmit && xo && node --experimental-transform-types --test test/test.ts' } })
    })))
    expect(is.layer.stages?.testing?.command).toMatch(/--test-reporter-destination=\{reports\}\/lcov\.info --experimental-transform-types --test test\/test\.ts$/)
    expect(chose(is.choices, 'tests and coverage')).toMatch(/^node --test \(with the script's arguments --experimental-transform-types --test test\/test\.ts\) with its junit and lcov reporters/)
  })

  it('never swaps a test script it cannot read for node --test: no test command, and the choice says which runner and why', async () => {
    const fit = async (pkgJson: Record<string, unknown>) => fitPreset('node', new RepositoryProbe(await repo({ 'package.json': pkg(pkgJson) })))
    const tests = (choices: PresetChoice[]) => choices.find((c) => c.topic === 'tests and coverage') as PresetChoice
    // lukeed/clsx: uvu, no JUnit reporter.
    const uvu = await fit({ scripts: { test: 'uvu -r esm test' }, devDependencies: { uvu: '0.5.4', esm: '3.2.25' } })
    expect(uvu.layer.stages?.testing?.command).toBeUndefined()
    expect(uvu.layer.stages?.testing?.reports).toBeUndefined()
    expect(tests(uvu.choices).chose).toMatch(/^none \(set stages\.testing\.command/)
    expect(tests(uvu.choices).because).toBe('scripts.test runs uvu ("uvu -r esm test"), which the node preset has no JUnit reporter for')
    // Reached through a chained script, and named even when jest is also a dependency.
    const ava = await fit({ scripts: { test: 'npm run build && ava --verbose' }, devDependencies: { ava: '6', jest: '29' } })
    expect(ava.layer.stages?.testing?.command).toBeUndefined()
    expect(tests(ava.choices).because).toMatch(/^scripts\.test runs ava /)
    // minimistjs/minimist: the runner is in a script the test script chains, and is named there, even beside a
    // declared runner the preset knows.
    const tape = await fit({ scripts: { pretest: 'npm run lint', test: 'npm run tests-only', 'tests-only': "nyc tape 'test/**/*.js'" }, devDependencies: { tape: '5', nyc: '10', mocha: '10' } })
    expect(tape.layer.stages?.testing?.command).toBeUndefined()
    expect(tests(tape.choices).because).toBe(
      'scripts.test runs scripts["tests-only"] ("nyc tape \'test/**/*.js\'"), which runs tape, which the node preset has no JUnit reporter for; ' +
        'tape writes TAP, which tap-junit turns into JUnit XML (npm i -D tap-junit), for example stages.testing.command: ' +
        '"npx nyc --reporter=json-summary --report-dir={reports}/coverage tape \'test/**/*.js\' | npx tap-junit -o {reports} -n junit.xml" with stages.testing.reports: ' +
        '{ junit: "{reports}/junit.xml", coverage: "{reports}/coverage/coverage-summary.json" }'
    )
    // sindresorhus/slugify: ava, given --tap; c8 when the script uses no nyc.
    const slugify = await fit({ scripts: { test: 'xo && ava && tsd' }, devDependencies: { ava: '3', xo: '0.39' } })
    expect(tests(slugify.choices).because).toContain(
      'ava writes TAP (with --tap), which tap-junit turns into JUnit XML (npm i -D tap-junit c8), for example stages.testing.command: ' +
        '"npx c8 --reporter=json-summary --report-dir={reports}/coverage ava --tap | npx tap-junit -o {reports} -n junit.xml"'
    )
    // At a pnpm workspace's root, the install advice carries -w: pnpm refuses `pnpm add` there without it.
    const pnpmRoot = await fitPreset('node', new RepositoryProbe(await repo({ 'package.json': pkg({ scripts: { test: 'tape test/*.js' }, devDependencies: { tape: '5' } }), 'pnpm-lock.yaml': "lockfileVersion: '9.0'\n", 'pnpm-workspace.yaml': 'packages: [packages/*]\n' })))
    expect(tests(pnpmRoot.choices).because).toContain('tape writes TAP, which tap-junit turns into JUnit XML (pnpm add -D -w tap-junit c8), for example')
    // bun's runner, through `bun run`: named, with its own reporters and the script's arguments to it.
    const bun = await fit({ scripts: { test: 'bun run test:unit', 'test:unit': 'bun test test/unit --timeout 5000 --coverage' } })
    expect(bun.layer.stages?.testing?.command).toBeUndefined()
    expect(tests(bun.choices).because).toContain(
      'for example stages.testing.command: "bun test test/unit --timeout 5000 --reporter=junit --reporter-outfile={reports}/junit.xml --coverage --coverage-reporter=lcov --coverage-dir={reports}/coverage"'
    )
    // A script of its own with no known runner in package.json.
    const own = await fit({ scripts: { test: 'node test/run.js' } })
    expect(own.layer.stages?.testing?.command).toBeUndefined()
    expect(tests(own.choices).because).toBe('scripts.test runs "node test/run.js", which calls none of the runners the node preset knows (vitest, jest, mocha, node --test)')
    // A script of its own beside a declared runner: that runner, run directly, and the choice says the script is bypassed.
    const declared = await fit({ scripts: { test: 'turbo run test' }, devDependencies: { jest: '29' } })
    expect(declared.layer.stages?.testing?.command).toContain('jest')
    // pillarjs/path-to-regexp: `ts-scripts test` runs vitest with flags of its own (--passWithNoTests), which a direct run lacks.
    const wrapper = await fit({ scripts: { test: 'ts-scripts test && npm run size' }, devDependencies: { vitest: '3' } })
    expect(wrapper.layer.stages?.testing?.command).toMatch(/^printf '%s\\n' '[^']+' > \{reports\}\/vitest-retries\.mjs && npx vitest run --run /)
    expect(tests(wrapper.choices).because).toBe(
      'package.json depends on vitest; scripts.test ("ts-scripts test && npm run size") calls no runner the preset can follow, so vitest runs directly, ' +
        "without that script's own set-up (flags, config, wrapper): when its run differs, set stages.testing.command"
    )
    // npm init's placeholder is no test script: node --test.
    const placeholder = await fit({ scripts: { test: 'echo "Error: no test specified" && exit 1' } })
    expect(placeholder.layer.stages?.testing?.command).toContain('--test')
    // A word that only contains a runner's name is not that runner.
    const tapless = await fit({ scripts: { test: 'node --test test/tape-like.test.js' } })
    expect(tapless.layer.stages?.testing?.command).toContain('--test test/tape-like.test.js')
  })

  // changesets/changesets: the root's `vitest` runs every package's tests; the component `parse` (packages/parse, a
  // workspace package) was judged on 146 tests of 21 packages where its own are 20.
  describe('a workspace package of a monorepo runs only its own tests', () => {
    const workspace = (root: Record<string, unknown>, files: Record<string, string> = {}) =>
      repo({ 'package.json': pkg({ private: true, workspaces: ['packages/*'], ...root }), 'packages/parse/package.json': pkg({ name: '@x/parse' }), 'packages/parse/src/index.ts': '', ...files })
    const tests = (choices: PresetChoice[]) => choices.find((c) => c.topic === 'tests and coverage') as PresetChoice

    it("vitest through the root's script, with the tests path ({tests}) as its path filter", async () => {
      const root = await workspace({ scripts: { test: 'vitest' } }, { 'pnpm-lock.yaml': '', 'packages/parse/test/a.test.ts': '' })
      for (const [source, testsPath, filter] of [
        ['packages/parse', 'packages/parse', '{tests}/'],
        ['packages/parse/', 'packages/parse/', '{tests}/'],
        ['packages/parse/src', 'packages/parse/test', '{tests}/'],
        ['packages/parse/src', 'packages/parse/test/a.test.ts', '{tests}'],
        // A glob tests path: the package's directory, as it is.
        ['packages/parse/src', 'packages/parse/**/*.test.ts', 'packages/parse/']
      ]) {
        const { layer, choices } = await fitPreset('node', new RepositoryProbe(root), undefined, { source, tests: testsPath })
        expect(layer.stages?.testing?.command).toMatch(/^printf '%s\\n' '[^']+' > \{reports\}\/vitest-retries\.mjs && pnpm run test --run --reporter=default .* --coverage\.reportsDirectory=\{reports\}\/coverage /)
        expect(layer.stages?.testing?.command?.endsWith(`--coverage.thresholds.100=false ${filter}`)).toBe(true)
        expect(tests(choices).chose).toMatch(/, only the tests under packages\/parse$/)
        expect(tests(choices).because).toContain("packages/parse is a workspace package (it has its own package.json): the root's vitest runs only the test files under packages/parse/")
      }
      // The root itself, or a directory that is no package, changes nothing.
      for (const source of [undefined, '.', 'src/parse', 'packages/*', '../parse']) {
        const { layer, choices } = await fitPreset('node', new RepositoryProbe(root), undefined, { source, tests: source })
        expect(layer.stages?.testing?.command).toMatch(/coverage\.thresholds\.100=false$/)
        expect(tests(choices).because).not.toContain('workspace package')
      }
    })

    it('jest, directly or through the script, with a pattern over the path', async () => {
      const paths = { source: 'packages/parse', tests: 'packages/parse' }
      const viaScript = await fitPreset('node', new RepositoryProbe(await workspace({ scripts: { test: 'jest' } })), undefined, paths)
      expect(viaScript.layer.stages?.testing?.command).toMatch(/^printf '%s\\n' '[^']+' > \{reports\}\/jest-junit-invocations\.cjs && JEST_JUNIT_OUTPUT_FILE=\{reports\}\/junit\.xml JEST_JUNIT_REPORT_TEST_SUITE_ERRORS=true JEST_JUNIT_TEST_CASE_PROPERTIES_DIR=\{reports\} JEST_JUNIT_TEST_CASE_PROPERTIES_JSON_FILE=jest-junit-invocations\.cjs npm test -- --ci .* \/\{tests\}\/$/)
      const direct = await fitPreset(
        'node',
        new RepositoryProbe(await workspace({ scripts: { test: 'turbo run test' }, devDependencies: { jest: '29' } }, { 'packages/a.b/package.json': pkg({}) })),
        undefined,
        { source: 'packages/a.b', tests: 'packages/a.b/**/*.spec.js' }
      )
      // The package's directory as it is: the dot escaped, the regular expression quoted for the shell.
      expect(direct.layer.stages?.testing?.command).toMatch(/^printf '%s\\n' '[^']+' > \{reports\}\/jest-junit-invocations\.cjs && JEST_JUNIT_OUTPUT_FILE=\{reports\}\/junit\.xml JEST_JUNIT_REPORT_TEST_SUITE_ERRORS=true JEST_JUNIT_TEST_CASE_PROPERTIES_DIR=\{reports\} JEST_JUNIT_TEST_CASE_PROPERTIES_JSON_FILE=jest-junit-invocations\.cjs npx jest --ci .* '\/packages\/a\\\.b\/'$/)
      // A tests path that is no plain regular expression (`c++`): {tests} would match no file, the escaped directory does.
      const plus = await fitPreset(
        'node',
        new RepositoryProbe(await workspace({ scripts: { test: 'jest' } }, { 'packages/c++/package.json': pkg({}) })),
        undefined,
        { source: 'packages/c++', tests: 'packages/c++' }
      )
      const command = plus.layer.stages?.testing?.command ?? ''
      expect(command).toMatch(/ '\/packages\/c\\\+\\\+\/'$/)
      const pattern = new RegExp(/'([^']*)'$/.exec(command)![1])
      expect(pattern.test('/repo/packages/c++/test/a.test.js')).toBe(true)
      expect(pattern.test('/repo/packages/cc/test/a.test.js')).toBe(false)
    })

    // eslint/rewrite (mocha per package, `npm test --workspaces` at the root) and TanStack/store (nx runs each package's
    // `test:lib`): the package's own script runs its tests, in the package; before, the run was refused, or the root's
    // vitest limited to the package found no test file.
    it("runs the package's own test script in the package when it calls a runner the preset drives", async () => {
      const paths = { source: 'packages/parse', tests: 'packages/parse' }
      const mocha = await fitPreset(
        'node',
        new RepositoryProbe(
          await workspace({ scripts: { test: 'npm test --workspaces --if-present' }, devDependencies: { mocha: '10' } }, {
            'packages/parse/package.json': pkg({ scripts: { test: 'npm run test:types && npm run test:unit', 'test:unit': 'mocha tests' } })
          })
        ),
        undefined,
        paths
      )
      expect(mocha.layer.stages?.testing?.command).toBe(
        'cd {path} && npx c8 --reporter=text --reporter=json-summary --reporter=lcov --report-dir={reports}/coverage --check-coverage=false --100=false mocha tests --reporter xunit --reporter-options output={reports}/junit.xml'
      )
      expect(tests(mocha.choices).chose).toBe("mocha (with the script's arguments tests) with its built-in xunit reporter (JUnit XML) under c8, in packages/parse")
      expect(tests(mocha.choices).because).toContain(
        'packages/parse/package.json scripts.test runs scripts["test:unit"] ("mocha tests"): mocha; packages/parse is a workspace package with a test script of its own, ' +
          "and the root's test script has each package run its scripts.test (npm test --workspaces --if-present): the command runs that script in packages/parse as the project runs it"
      )
      // TanStack/store: `test` → `pnpm run test:ci` → nx, whose targets name the package's `test:lib`; the source path is
      // below the package, so the directory is named as it is.
      const nx = await fitPreset(
        'node',
        new RepositoryProbe(
          await workspace({ scripts: { test: 'pnpm run test:ci', 'test:ci': 'nx run-many --targets=test:eslint,test:lib,build' }, devDependencies: { vitest: '4' } }, {
            'pnpm-lock.yaml': '',
            'vitest.config.ts': "export default { test: { projects: ['packages/*'] } }",
            'nx.json': JSON.stringify({ targetDefaults: { 'test:lib': { dependsOn: ['^build'] } } }),
            'packages/parse/package.json': pkg({ scripts: { 'test:eslint': 'eslint src', 'test:lib': 'vitest', 'test:bench': 'vitest bench' } }),
            // The package's own vitest project (TanStack's sets `dir: './tests'`).
            'packages/parse/vitest.config.ts': "export default { test: { dir: './tests' } }"
          })
        ),
        undefined,
        { source: 'packages/parse/src', tests: 'packages/parse/tests' }
      )
      expect(nx.layer.stages?.testing?.command).toMatch(/^printf '%s\\n' '[^']+' > \{reports\}\/vitest-retries\.mjs && cd packages\/parse && pnpm run test:lib --run --reporter=default .*--coverage\.thresholds\.100=false$/)
      expect(tests(nx.choices).chose).toBe('vitest through packages/parse\'s scripts["test:lib"] (cd packages/parse && pnpm run test:lib), so its own flags apply, JUnit and coverage reporters')
      expect(tests(nx.choices).because).toContain("what nx runs before it (nx.json's test:lib dependsOn: ^build, such as a build of the packages it depends on) is not run: run that in the workflow before this action")
      // pacocoursey/next-themes: turbo.json's build has a dependsOn, its test none (`"test": {}`): turbo runs nothing
      // before the tests, and nothing is said of it; a test task with a dependsOn of its own is named with it.
      const nextThemes = (turboJson: unknown) =>
        workspace({ scripts: { test: 'turbo test' }, devDependencies: { turbo: '^1.10.12', vitest: '^1.6.1' } }, {
          'pnpm-lock.yaml': '',
          'turbo.json': JSON.stringify(turboJson),
          'packages/parse/package.json': pkg({ scripts: { build: 'tsup', test: 'vitest run __tests__' } })
        })
      const testNone = await fitPreset('node', new RepositoryProbe(await nextThemes({ pipeline: { build: { dependsOn: ['^build'] }, test: {} } })), undefined, paths)
      expect(tests(testNone.choices).because).toContain('the root\'s test script has each package run its scripts.test (turbo test)')
      expect(tests(testNone.choices).because).not.toContain('dependsOn')
      const testBuilds = await fitPreset('node', new RepositoryProbe(await nextThemes({ tasks: { build: { dependsOn: ['^build'] }, test: { dependsOn: ['build', '^build'] } } })), undefined, paths)
      expect(tests(testBuilds.choices).because).toContain("what turbo runs before it (turbo.json's test dependsOn: build, ^build, such as a build of the packages it depends on) is not run")
      // jest through the package's own script (npm: `npm run <name> -- …`), turbo naming two scripts that both run tests:
      // the second is said not to run.
      const turbo = await fitPreset(
        'node',
        new RepositoryProbe(
          await workspace({ scripts: { test: 'turbo run test:unit test:e2e --filter=./packages/*' } }, {
            'packages/parse/package.json': pkg({ scripts: { 'test:unit': 'jest', 'test:e2e': 'playwright test' } })
          })
        ),
        undefined,
        paths
      )
      expect(turbo.layer.stages?.testing?.command).toMatch(/ && cd \{path\} && JEST_JUNIT_OUTPUT_FILE=\{reports\}\/junit\.xml .* npm run test:unit -- --ci --reporters=default .*--coverageThreshold=\{\{\}\}$/)
      const turboTests = tests(turbo.choices)
      // No dependsOn in a turbo.json: nothing said of it.
      expect(turboTests.because).not.toContain('dependsOn')
      expect(turboTests.warning).toBe(
        'scripts["test:e2e"] ("playwright test"), which the root also has each package run, is not run by this command: its tests are not judged ' +
          '(set stages.testing.command to a command that runs them too and writes one JUnit XML report)'
      )
      // A package whose `vitest` has no configuration of its own under a root configuration naming the packages as its
      // projects: vitest in the package would read the root's projects from there ("No projects were found"); the root's
      // run, limited to the package, runs its tests.
      const projects = await fitPreset(
        'node',
        new RepositoryProbe(
          await workspace({ scripts: { test: 'vitest' } }, { 'vitest.config.ts': "export default { test: { projects: ['packages/*'] } }", 'packages/parse/package.json': pkg({ scripts: { test: 'vitest' } }) })
        ),
        undefined,
        paths
      )
      expect(projects.layer.stages?.testing?.command).toMatch(/ \{tests\}\/$/)
      expect(tests(projects.choices).because).toContain('(packages/parse\'s own test script, "vitest", is not run: the root\'s vitest configuration applies)')
      // pnpm's -w runs the root's own script, not each package's: not named as what the root has each package run.
      const rootScript = await fitPreset(
        'node',
        new RepositoryProbe(await workspace({ scripts: { test: 'pnpm -w run test:all', 'test:all': 'true' } }, { 'pnpm-lock.yaml': '', 'packages/parse/package.json': pkg({ scripts: { test: 'vitest', 'test:all': 'vitest run' } }) })),
        undefined,
        paths
      )
      expect(rootScript.layer.stages?.testing?.command).toContain(' && cd {path} && pnpm run test --run ')
      expect(tests(rootScript.choices).because).toContain('packages/parse is a workspace package with a test script of its own, and scripts.test is its own test script: ')
      // node --test: its lcov reporter writes paths relative to where node runs, which would be read as the repository's
      // (measured with node 20: `SF:src/a.js` for packages/a/src/a.js); not run in the package. Under c8 it is.
      const nodeTest = await fitPreset('node', new RepositoryProbe(await workspace({ scripts: { test: 'npm test --workspaces' } }, { 'packages/parse/package.json': pkg({ scripts: { test: 'node --test' } }) })), undefined, paths)
      expect(nodeTest.layer.stages?.testing?.command).toBeUndefined()
      const underC8 = await fitPreset('node', new RepositoryProbe(await workspace({ scripts: { test: 'npm test --workspaces' } }, { 'packages/parse/package.json': pkg({ scripts: { test: 'c8 --100 node --test' } }) })), undefined, paths)
      expect(underC8.layer.stages?.testing?.command).toMatch(/^cd \{path\} && npx c8 --reporter=text --reporter=json-summary .* --test$/)
      // A package without a test script of its own: the root's run, limited to it, as before.
      const rootOnly = await fitPreset('node', new RepositoryProbe(await workspace({ scripts: { test: 'vitest' } })), undefined, paths)
      expect(rootOnly.layer.stages?.testing?.command).toMatch(/ \{tests\}\/$/)
      expect(rootOnly.layer.stages?.testing?.command).not.toContain('cd ')
    })

    it("refuses, saying why, when neither the root's run can be limited to the package nor the package's own script runs a runner the preset drives", async () => {
      // The package's own script runs another runner than the root's: the root's would run its tests under the wrong runner.
      const other = await fitPreset(
        'node',
        new RepositoryProbe(await workspace({ scripts: { test: 'vitest' } }, { 'packages/parse/package.json': pkg({ scripts: { test: 'uvu tests' } }) })),
        undefined,
        { source: 'packages/parse', tests: 'packages/parse' }
      )
      expect(other.layer.stages?.testing?.command).toBeUndefined()
      expect(tests(other.choices).because).toContain(`its own test script runs uvu ("uvu tests"), not the root's vitest`)
    })

    it("loadConfig hands the layout's packages/<component> to the preset; init's configuration serves each package with its own tests", async () => {
      const root = await workspace({ scripts: { test: 'vitest' } }, { 'pnpm-lock.yaml': '', 'packages/read/package.json': pkg({ name: '@x/read' }) })
      const loaded = await loadConfig({ workspace: root, component: 'parse' })
      expect(loaded.config.stages.testing.command).toMatch(/ \{tests\}\/$/)
      expect(loaded.config.paths.tests).toBe('packages/parse')
      // The configuration init writes (paths templated on {component}) with that command, for another component.
      await mkdir(join(root, '.github'), { recursive: true })
      await writeFile(join(root, '.github/spec-to-production.yml'), `preset: node\npaths: { source: "packages/{component}", tests: "packages/{component}" }\nstages:\n  testing:\n    command: ${JSON.stringify(loaded.config.stages.testing.command)}\n`)
      const read = await loadConfig({ workspace: root, component: 'read' })
      expect(read.config.paths.tests).toBe('packages/read')
      expect(read.config.stages.testing.command).toMatch(/ \{tests\}\/$/)
    })
  })

  it('turns eslint and tsc on only when configured, and passes secretlint the recommended rules only without an rc', async () => {
    const bare = await fitPreset('node', new RepositoryProbe(await repo({ 'package.json': pkg({}) })))
    expect(bare.layer.stages?.refactoring?.linting).toEqual({ enabled: false })
    expect(chose(bare.choices, 'linting')).toMatch(/^off — no eslint configuration \(eslint\.config\.js, \.eslintrc\.\*\): nothing to lint with/)
    // node-fetch/node-fetch lints with xo: the choice names the script it does not run, not "nothing to lint with".
    const xo = await fitPreset('node', new RepositoryProbe(await repo({ 'package.json': pkg({ scripts: { lint: 'xo' }, devDependencies: { xo: '0.39' } }) })))
    expect(xo.layer.stages?.refactoring?.linting).toEqual({ enabled: false })
    expect(chose(xo.choices, 'linting')).toBe(
      'off — no eslint configuration (eslint.config.js, .eslintrc.*, package.json eslintConfig), the only linter the preset runs; scripts.lint ("xo") is not run, ' +
        "so the project's own linting is not checked: set stages.refactoring.linting.command to a command that writes an eslint JSON or SARIF report " +
        '(xo, for one, writes eslint JSON with --reporter=json) and stages.refactoring.linting.report'
    )
    // sindresorhus/p-limit lints with xo inside its test script: named too, not "nothing to lint with".
    const inTest = await fitPreset('node', new RepositoryProbe(await repo({ 'package.json': pkg({ scripts: { test: 'xo && ava && tsd' } }) })))
    expect(chose(inTest.choices, 'linting')).toMatch(/^off — no eslint configuration .*; the xo that scripts\.test \("xo && ava && tsd"\) runs is not run, so the project's own linting is not checked: /)
    // Through a script the test script chains (remarkjs/remark).
    const chainedLint = await fitPreset('node', new RepositoryProbe(await repo({ 'package.json': pkg({ scripts: { test: 'npm run build && npm run format && npm run test-api', build: 'tsc --build', format: 'prettier --write . && xo --fix', 'test-api': 'node test.js' } }) })))
    expect(chose(chainedLint.choices, 'linting')).toMatch(/; the xo that scripts\.format \("prettier --write \. && xo --fix"\) runs is not run, so the project's own linting is not checked: /)
    // A test script that calls no linter is not named (ava, tap: test runners, not linters).
    const noLint = await fitPreset('node', new RepositoryProbe(await repo({ 'package.json': pkg({ scripts: { test: 'ava && tsd' } }) })))
    expect(chose(noLint.choices, 'linting')).toMatch(/nothing to lint with/)
    // ai/nanoid: `test:lint: oxlint`, run by `pnpm run /^test:/` (no chain the preset reads), and oxlint.config.ts.
    const nanoid = await fitPreset('node', new RepositoryProbe(await repo({ 'package.json': pkg({ scripts: { test: 'pnpm run /^test:/', 'test:lint': 'oxlint' } }), 'oxlint.config.ts': '' })))
    expect(chose(nanoid.choices, 'linting')).toMatch(/; the oxlint that scripts\.test:lint \("oxlint"\) runs is not run, so the project's own linting is not checked: /)
    // unjs/defu: `lint: oxlint src && oxfmt --check src test`. The advice named xo's eslint JSON; oxlint writes its own
    // JSON, which the gate reads: the command to set, by script or by oxlint's configuration file alone.
    const oxlintCommand =
      `set stages.refactoring.linting.command to "npx oxlint --ignore-pattern '**/.spec-to-production/**' {path} --format json > {reports}/oxlint.json" ` +
      'and stages.refactoring.linting.report to { path: "{reports}/oxlint.json", format: oxlint-json }'
    expect(chose(nanoid.choices, 'linting')).toMatch(/ is not run, so the project's own linting is not checked: oxlint writes its own JSON, which the gate reads: set /)
    expect(chose(nanoid.choices, 'linting')).toContain(oxlintCommand)
    const defu = await fitPreset('node', new RepositoryProbe(await repo({ 'package.json': pkg({ scripts: { lint: 'oxlint src && oxfmt --check src test' } }) })))
    expect(chose(defu.choices, 'linting')).toMatch(new RegExp(`; scripts\\.lint \\("oxlint src && oxfmt --check src test"\\) is not run, so the project's own linting is not checked: oxlint writes its own JSON, which the gate reads: ${oxlintCommand.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`))
    expect(chose(defu.choices, 'linting')).not.toContain('xo')
    const rcOnly = await fitPreset('node', new RepositoryProbe(await repo({ 'package.json': pkg({ scripts: { test: 'ava' } }), '.oxlintrc.json': '{}' })))
    expect(chose(rcOnly.choices, 'linting')).toMatch(/; \.oxlintrc\.json configures another linter, which is not run, so the project's own linting is not checked: oxlint writes its own JSON/)
    // A linter's configuration file alone (biome.json, no script naming it).
    const biome = await fitPreset('node', new RepositoryProbe(await repo({ 'package.json': pkg({ scripts: { test: 'ava' } }), 'biome.json': '{}' })))
    expect(chose(biome.choices, 'linting')).toMatch(/; biome\.json configures another linter, which is not run, so the project's own linting is not checked: /)
    expect(biome.layer.stages?.refactoring?.linting).toEqual({ enabled: false })
    // bombshell-dev/clack: `lint: biome lint --write --unsafe`, biome 2.1.2. The advice was xo's eslint JSON; biome has
    // no such reporter, and before 2.4.0 none the gate reads: it says which command to set, and when to upgrade first.
    const biomeCommand =
      'set stages.refactoring.linting.command to "pnpm exec biome lint --reporter=sarif {path} > {reports}/biome.sarif" and stages.refactoring.linting.report to { path: "{reports}/biome.sarif", format: sarif }'
    const clack = (version: string) =>
      repo({
        'package.json': pkg({ packageManager: 'pnpm@10.33.0', scripts: { lint: 'biome lint --write --unsafe' }, devDependencies: { '@biomejs/biome': `^${version}` } }),
        'biome.json': '{}',
        'node_modules/@biomejs/biome/package.json': JSON.stringify({ name: '@biomejs/biome', version })
      })
    const old = await fitPreset('node', new RepositoryProbe(await clack('2.1.2')))
    expect(chose(old.choices, 'linting')).toMatch(/; scripts\.lint \("biome lint --write --unsafe"\) is not run, so the project's own linting is not checked: /)
    expect(chose(old.choices, 'linting')).toContain(
      `: biome 2.1.2, installed here, writes no report the gate reads (--reporter=sarif came in biome 2.4.0): upgrade @biomejs/biome to 2.4.0 or later, then ${biomeCommand}`
    )
    expect(chose(old.choices, 'linting')).not.toContain('xo')
    for (const version of ['2.4.0', '2.6.9', '3.0.0-beta.1']) {
      expect(chose((await fitPreset('node', new RepositoryProbe(await clack(version)))).choices, 'linting')).toMatch(
        new RegExp(`: biome writes SARIF from 2\\.4\\.0 on: ${biomeCommand.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)
      )
    }
    expect(chose(biome.choices, 'linting')).toMatch(/: biome writes SARIF from 2\.4\.0 on: set stages\.refactoring\.linting\.command to "npx biome lint --reporter=sarif /)
    expect(bare.layer.stages?.refactoring?.type_checking).toEqual({ enabled: false })
    // No secretlint installed: the pinned release, fetched by npx.
    expect(bare.layer.stages?.refactoring?.security?.command).toContain(
      `npx --yes --package secretlint@${SECRETLINT_VERSION} --package @secretlint/secretlint-rule-preset-recommend@${SECRETLINT_VERSION} -- secretlint --secretlintrcJSON '{{"rules":[{{"id":"@secretlint/secretlint-rule-preset-recommend"}}]}}' {path}/'**/*' '!**/.spec-to-production/**' '!**/workflow_report_*.json' '!**/workflow_dashboard_*.html' --format json`
    )
    expect(chose(bare.choices, 'secrets')).toMatch(/^secretlint 12\.0\.0 with the recommended rules, fetched by npx — secretlint is not installed in the project/)
    // Installed (binary and rules): the project's own, with the recommended rules.
    const own = await repo({ 'package.json': pkg({}), 'node_modules/@secretlint/secretlint-rule-preset-recommend/package.json': '{}', 'node_modules/.bin/secretlint': '#!/bin/sh\n' })
    await chmod(join(own, 'node_modules/.bin/secretlint'), 0o755)
    const installed = await fitPreset('node', new RepositoryProbe(own))
    expect(installed.layer.stages?.refactoring?.security?.command).toMatch(
      /^node_modules\/\.bin\/secretlint --secretlintrcJSON '\{\{"rules":\[\{\{"id":"@secretlint\/secretlint-rule-preset-recommend"\}\}\]\}\}' \{path\}\/'\*\*\/\*' '!\*\*\/\.spec-to-production\/\*\*' '!\*\*\/workflow_report_\*\.json' '!\*\*\/workflow_dashboard_\*\.html' --format json/
    )
    const full = await fitPreset(
      'node',
      new RepositoryProbe(await repo({ 'package.json': pkg({}), 'eslint.config.js': '', 'tsconfig.json': '{}', '.secretlintrc.json': '{}', 'package-lock.json': '{}' }))
    )
    expect(full.layer.stages?.refactoring?.linting).toMatchObject({ enabled: true, command: `npx eslint${ESLINT_IGNORES} {path} -f json -o {reports}/eslint.json` })
    expect(chose(full.choices, 'linting')).toBe('eslint — configured in eslint.config.js')
    expect(full.layer.stages?.refactoring?.type_checking).toMatchObject({ enabled: true, command: 'npx tsc --noEmit --pretty false --listFiles > {reports}/tsc.txt' })
    expect(full.layer.stages?.refactoring?.security?.command).toMatch(/^npx secretlint \{path\}\/'\*\*\/\*' '!\*\*\/\.spec-to-production\/\*\*' '!\*\*\/workflow_report_\*\.json' '!\*\*\/workflow_dashboard_\*\.html' --format json/)
    expect(full.layer.stages?.refactoring?.security?.command).toContain('npm audit --json > {reports}/npm-audit.json')
    expect(full.layer.stages?.refactoring?.security?.reports).toEqual([{ path: '{reports}/npm-audit.json', format: 'npm-audit-json' }])
  })

  // npx and pnpm exec start npm or pnpm before the tool (measured here, at load 6 to 9: `npx tsc --version` 1.2–1.4 s,
  // `node_modules/.bin/tsc --version` 0.3–0.4 s): where they would run the root's node_modules/.bin/X, X runs there.
  it('runs eslint, tsc and secretlint from the root node_modules/.bin where npx or pnpm exec would run exactly that, and through the runner otherwise', async () => {
    const bins = ['eslint', 'tsc', 'secretlint']
    const files = (extra: Record<string, string>) => ({
      'package.json': pkg({}),
      'eslint.config.js': '',
      'tsconfig.json': '{}',
      'node_modules/@secretlint/secretlint-rule-preset-recommend/package.json': '{}',
      ...Object.fromEntries(bins.map((b) => [`node_modules/.bin/${b}`, '#!/bin/sh\n'])),
      ...extra
    })
    // No user configuration and no npm settings from the environment: what is measured is the repository's.
    const home = await repo({})
    const fit = async (extra: Record<string, string>, env: Record<string, string> = {}, without: string[] = []) => {
      const root = await repo(files(extra))
      for (const b of bins) if (!without.includes(b)) await chmod(join(root, 'node_modules/.bin', b), 0o755)
      for (const b of without) await rm(join(root, 'node_modules/.bin', b))
      const { layer, choices } = await fitPreset('node', new RepositoryProbe(root, { PATH: '/usr/bin:/bin', HOME: home, ...env }))
      const r = layer.stages!.refactoring!
      return { lint: r.linting!.command!, fix: r.linting!.fix_command!, types: r.type_checking!.command!, secrets: r.security!.command!, manager: chose(choices, 'package manager') }
    }
    const direct = (bin: string) => `node_modules/.bin/${bin} --noEmit --pretty false --listFiles > {reports}/tsc.txt`
    const secretlintArgs = `--secretlintrcJSON '{{"rules":[{{"id":"@secretlint/secretlint-rule-preset-recommend"}}]}}' {path}/'**/*' '!**/.spec-to-production/**'`

    for (const lock of ['package-lock.json', 'pnpm-lock.yaml', 'bun.lock']) {
      const fitted = await fit({ [lock]: '' })
      expect(fitted.lint).toBe(`node_modules/.bin/eslint${ESLINT_IGNORES} {path} -f json -o {reports}/eslint.json`)
      expect(fitted.fix).toBe(`node_modules/.bin/eslint${ESLINT_IGNORES} {path} --fix`)
      expect(fitted.types).toBe(direct('tsc'))
      expect(fitted.secrets).toMatch(new RegExp(`^node_modules/\\.bin/secretlint ${secretlintArgs.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`))
      const runner = lock === 'pnpm-lock.yaml' ? 'pnpm exec' : 'npx'
      expect(fitted.manager).toBe(
        `${lock === 'pnpm-lock.yaml' ? 'pnpm' : lock === 'bun.lock' ? 'bun' : 'npm'} — ${lock} exists; eslint, tsc, secretlint run as node_modules/.bin/<tool>, the program \`${runner}\` runs there, without ${runner === 'npx' ? 'npm' : 'pnpm'}'s start-up`
      )
    }

    // Not installed: the runner, as before, and the pinned secretlint fetched by npx.
    const absent = await fit({ 'package-lock.json': '' }, {}, bins)
    expect(absent.lint).toBe(`npx eslint${ESLINT_IGNORES} {path} -f json -o {reports}/eslint.json`)
    expect(absent.types).toBe('npx tsc --noEmit --pretty false --listFiles > {reports}/tsc.txt')
    expect(absent.secrets).toMatch(new RegExp(`^npx --yes --package secretlint@${SECRETLINT_VERSION.replace(/\./g, '\\.')} `))
    expect(absent.manager).toBe('npm — package-lock.json exists')
    // A setting given as off keeps nothing with the runner.
    expect((await fit({ 'pnpm-lock.yaml': '', '.npmrc': 'verify-deps-before-run=false\n' }, { npm_config_verify_deps_before_run: 'false' })).types).toBe(direct('tsc'))
    // One installed, one not: each on its own.
    const some = await fit({ 'package-lock.json': '' }, {}, ['tsc'])
    expect([some.lint.split(' ')[0], some.types.split(' ').slice(0, 2).join(' ')]).toEqual(['node_modules/.bin/eslint', 'npx tsc'])
    expect(some.manager).toBe('npm — package-lock.json exists; eslint, secretlint run as node_modules/.bin/<tool>, the program `npx` runs there, without npm\'s start-up')

    // Where the runner does more than find the binary, or finds another one, it stays.
    const kept: Array<[string, Record<string, string>, Record<string, string>, string]> = [
      ['yarn: `yarn X` runs a script named X first', { 'yarn.lock': '' }, {}, 'yarn'],
      ["pnpm's check of the install before it runs anything", { 'pnpm-lock.yaml': '', '.npmrc': 'verify-deps-before-run=error\n' }, {}, 'pnpm exec'],
      ["pnpm's setting in pnpm-workspace.yaml", { 'pnpm-lock.yaml': '', 'pnpm-workspace.yaml': 'packages: []\nverifyDepsBeforeRun: install\n' }, {}, 'pnpm exec'],
      ['node-options, which npx passes as NODE_OPTIONS', { 'package-lock.json': '', '.npmrc': 'node-options=--max-old-space-size=4096\n' }, {}, 'npx'],
      ['node-options from the environment', { 'package-lock.json': '' }, { npm_config_node_options: '--max-old-space-size=4096' }, 'npx'],
      ["pnpm's node-options from the environment", { 'pnpm-lock.yaml': '' }, { PNPM_CONFIG_NODE_OPTIONS: '--max-old-space-size=4096' }, 'pnpm exec'],
      ['a Plug\'n\'Play map', { 'pnpm-lock.yaml': '', '.pnp.cjs': '' }, {}, 'pnpm exec']
    ]
    for (const [why, extra, env, runner] of kept) {
      const root = await fit(extra, env)
      expect({ why, lint: root.lint.split(' ')[0] }).toEqual({ why, lint: runner.split(' ')[0] })
      expect({ why, types: root.types }).toEqual({ why, types: `${runner} tsc --noEmit --pretty false --listFiles > {reports}/tsc.txt` })
    }
    // A `node` package, which npx would put first on PATH for the tool's `#!/usr/bin/env node`.
    const nodePackage = await repo(files({ 'package-lock.json': '', 'node_modules/.bin/node': '#!/bin/sh\n' }))
    for (const b of [...bins, 'node']) await chmod(join(nodePackage, 'node_modules/.bin', b), 0o755)
    const withNode = await fitPreset('node', new RepositoryProbe(nodePackage, { PATH: '/usr/bin:/bin', HOME: home }))
    expect(withNode.layer.stages?.refactoring?.type_checking?.command).toBe('npx tsc --noEmit --pretty false --listFiles > {reports}/tsc.txt')
    // The setting is named with the package manager.
    expect((await fit({ 'pnpm-lock.yaml': '', '.npmrc': 'verify-deps-before-run=error\n' })).manager).toBe(
      'pnpm — pnpm-lock.yaml exists; installed tools run through `pnpm exec`, which applies verify-deps-before-run in .npmrc'
    )
    // The user's ~/.npmrc counts too.
    const userHome = await repo({ '.npmrc': 'node-options=--require ./setup.cjs\n' })
    const user = await repo(files({ 'package-lock.json': '' }))
    for (const b of bins) await chmod(join(user, 'node_modules/.bin', b), 0o755)
    const fromUser = await fitPreset('node', new RepositoryProbe(user, { PATH: '/usr/bin:/bin', HOME: userHome }))
    expect(fromUser.layer.stages?.refactoring?.type_checking?.command).toBe('npx tsc --noEmit --pretty false --listFiles > {reports}/tsc.txt')
    // The project's own bin of that name (typescript's repository): npx runs the project's, not node_modules/.bin's.
    const own = await fit({ 'package-lock.json': '', 'package.json': pkg({ bin: { tsc: './bin/tsc' } }) })
    expect([own.lint.split(' ')[0], own.types.split(' ').slice(0, 2).join(' ')]).toEqual(['node_modules/.bin/eslint', 'npx tsc'])
    const named = await fit({ 'package-lock.json': '', 'package.json': JSON.stringify({ name: '@acme/eslint', version: '1.0.0', bin: './cli.js' }) })
    expect(named.lint.split(' ')[0]).toBe('npx')
    // Installed only in a workspace package (or a parent directory): not what `npx tsc` runs from the repository root.
    const pkgOnly = await repo({
      'package.json': pkg({ workspaces: ['packages/*'] }),
      'package-lock.json': '',
      'packages/core/package.json': pkg({ name: 'core' }),
      'packages/core/tsconfig.json': '{}',
      'packages/core/node_modules/.bin/tsc': '#!/bin/sh\n'
    })
    await chmod(join(pkgOnly, 'packages/core/node_modules/.bin/tsc'), 0o755)
    const workspace = await fitPreset('node', new RepositoryProbe(pkgOnly, { PATH: '/usr/bin:/bin', HOME: home }), undefined, { source: 'packages/core', tests: 'packages/core' })
    expect(workspace.layer.stages?.refactoring?.type_checking?.command).toBe('npx tsc --noEmit --pretty false --listFiles -p {path}/tsconfig.json > {reports}/tsc.txt')
  })

  it('gives a legacy eslint configuration the --ext a TypeScript project needs (class-validator: eslint 8 lints only .js without it)', async () => {
    const fit = async (files: Record<string, string>) => fitPreset('node', new RepositoryProbe(await repo({ 'package.json': pkg({}), ...files })))
    // A TypeScript project: every JavaScript and TypeScript extension, said in the choice.
    const ts = await fit({ '.eslintrc.json': '{}', 'tsconfig.json': '{}' })
    expect(ts.layer.stages?.refactoring?.linting).toMatchObject({
      command: `npx eslint --ext .js,.jsx,.cjs,.mjs,.ts,.tsx,.cts,.mts${ESLINT_IGNORES} {path} -f json -o {reports}/eslint.json`,
      fix_command: `npx eslint --ext .js,.jsx,.cjs,.mjs,.ts,.tsx,.cts,.mts${ESLINT_IGNORES} {path} --fix`
    })
    expect(chose(ts.choices, 'linting')).toBe(
      'eslint --ext .js,.jsx,.cjs,.mjs,.ts,.tsx,.cts,.mts — configured in .eslintrc.json; a legacy configuration lints only .js files unless told, and tsconfig.json makes this a TypeScript project: --ext includes .ts and .tsx'
    )
    // The lint script's own --ext when it gives one (typestack/class-validator's `eslint --max-warnings 0 --ext .ts src/`).
    const script = await fitPreset(
      'node',
      new RepositoryProbe(await repo({ 'package.json': pkg({ scripts: { 'lint:check': 'eslint --max-warnings 0 --ext .ts src/' } }), '.eslintrc.yml': '', 'tsconfig.json': '{}' }))
    )
    expect(script.layer.stages?.refactoring?.linting?.command).toBe(`npx eslint --ext .ts${ESLINT_IGNORES} {path} -f json -o {reports}/eslint.json`)
    expect(chose(script.choices, 'linting')).toBe('eslint --ext .ts — configured in .eslintrc.yml; a legacy configuration lints only .js files unless told: --ext .ts as scripts.lint:check gives it')
    // Plain JavaScript with a legacy configuration, or a flat configuration: no --ext.
    expect((await fit({ '.eslintrc.json': '{}' })).layer.stages?.refactoring?.linting?.command).toBe(`npx eslint${ESLINT_IGNORES} {path} -f json -o {reports}/eslint.json`)
    expect((await fit({ 'eslint.config.js': '', 'tsconfig.json': '{}' })).layer.stages?.refactoring?.linting?.command).toBe(`npx eslint${ESLINT_IGNORES} {path} -f json -o {reports}/eslint.json`)
  })
})

describe('a security half turned off is not scanned', () => {
  const files = { 'package.json': '{ "name": "x" }', '.secretlintrc.json': '{}', 'package-lock.json': '{}' }

  it('node: the key in the file leaves the audit (or the secret scan) out of the command, and the choice says so', async () => {
    const noAudit = await repo({ ...files, '.github/spec-to-production.yml': 'preset: node\nquality_gates:\n  security: { vulnerabilities: false }\n' })
    const loaded = await loadConfig({ workspace: noAudit, component: 'x' })
    const step = loaded.config.stages.refactoring.security
    expect(step.command).toBe("npx secretlint {path}/'**/*' '!**/.spec-to-production/**' '!**/workflow_report_*.json' '!**/workflow_dashboard_*.html' --format json --output {reports}/secretlint.json")
    expect(step.report).toEqual({ path: '{reports}/secretlint.json', format: 'secretlint-json' })
    expect(step.reports).toEqual([])
    expect(chose(loaded.choices, 'vulnerabilities')).toBe('off — quality_gates.security.vulnerabilities: false: the scan is not run (the gate reports the half as off by configuration)')
    expect(chose(loaded.choices, 'secrets')).toBe('secretlint — configured in .secretlintrc.json')

    // Per component too: components.<name> turns the secret scan off for that component only.
    const noSecrets = await repo({ ...files, '.github/spec-to-production.yml': 'preset: node\ncomponents:\n  x:\n    quality_gates: { security: { secrets: false } }\n' })
    const x = await loadConfig({ workspace: noSecrets, component: 'x' })
    expect(x.config.stages.refactoring.security).toMatchObject({ command: 'npm audit --json > {reports}/npm-audit.json', report: { path: '{reports}/npm-audit.json', format: 'npm-audit-json' }, reports: [] })
    expect(chose(x.choices, 'secrets')).toMatch(/^off — quality_gates\.security\.secrets: false/)
    const other = await loadConfig({ workspace: noSecrets, component: 'y' })
    expect(other.config.stages.refactoring.security.command).toContain('npx secretlint')
    expect(other.config.stages.refactoring.security.command).toContain('npm audit --json')
  })

  it("says a choice the file overrides is not used: the file's command, or the file's off (node-fetch/node-fetch after init)", async () => {
    // init wrote both scans into the command; the user then turned the audit half off, as the security gate advises.
    const command = "npx secretlint {path}/'**/*' --format json --output {reports}/secretlint.json; secrets=$?; osv-scanner -r .; audit=$?; exit $(( secrets > audit ? secrets : audit ))"
    const yml =
      'preset: node\nquality_gates:\n  security: { vulnerabilities: false }\nstages:\n' +
      `  testing: { command: "npx mocha --reporter xunit" }\n  refactoring:\n    type_checking: { enabled: false }\n    security: { command: "${command.replaceAll('"', '\\"')}" }\n`
    const root = await repo({ ...files, 'tsconfig.json': '{}', 'package.json': '{ "name": "x", "scripts": { "test": "vitest" } }', '.github/spec-to-production.yml': yml })
    const loaded = await loadConfig({ workspace: root, component: 'x' })
    expect(loaded.config.stages.refactoring.security.command).toBe(command)
    expect(chose(loaded.choices, 'vulnerabilities')).toBe(
      'the command .github/spec-to-production.yml gives for stages.refactoring.security.command — quality_gates.security.vulnerabilities: false turns the half off in the gate, ' +
        'but that command runs as written: leave the vulnerability scan out of it'
    )
    expect(chose(loaded.choices, 'secrets')).toBe(
      "the command .github/spec-to-production.yml gives for stages.refactoring.security.command — it runs as written; the preset alone would choose secretlint"
    )
    expect(chose(loaded.choices, 'tests and coverage')).toMatch(
      /^the command \.github\/spec-to-production\.yml gives for stages\.testing\.command — it runs as written; the preset alone would choose vitest through the test script \(npm test\)/
    )
    expect(chose(loaded.choices, 'type checking')).toBe('off — .github/spec-to-production.yml sets stages.refactoring.type_checking.enabled: false (the preset would have chosen tsc --noEmit)')
    // An empty command: none, said as the file's, where the preset chose a runner; the preset's reason where it chose none too.
    const empty = await repo({ ...files, 'package.json': '{ "name": "x", "scripts": { "test": "vitest" } }', '.github/spec-to-production.yml': 'preset: node\nstages:\n  testing: { command: "" }\n' })
    expect(chose((await loadConfig({ workspace: empty, component: 'x' })).choices, 'tests and coverage')).toMatch(
      /^none — \.github\/spec-to-production\.yml gives an empty stages\.testing\.command \(the preset would have chosen vitest through the test script/
    )
    const uvu = await repo({ ...files, 'package.json': '{ "name": "x", "scripts": { "test": "uvu" } }', '.github/spec-to-production.yml': 'preset: node\nstages:\n  testing: { command: "" }\n' })
    expect(chose((await loadConfig({ workspace: uvu, component: 'x' })).choices, 'tests and coverage')).toMatch(/^none \(set stages\.testing\.command .* — scripts\.test runs uvu \("uvu"\)/)
    // A command the file repeats unchanged (as init writes it) keeps the preset's reason.
    const same = await repo({ ...files, '.github/spec-to-production.yml': "preset: node\nstages:\n  refactoring:\n    security: { command: \"npx secretlint {path}/'**/*' '!**/.spec-to-production/**' '!**/workflow_report_*.json' '!**/workflow_dashboard_*.html' --format json --output {reports}/secretlint.json; secrets=$?; npm audit --json > {reports}/npm-audit.json; audit=$?; exit $(( secrets > audit ? secrets : audit ))\" }\n" })
    expect(chose((await loadConfig({ workspace: same, component: 'x' })).choices, 'vulnerabilities')).toBe('npm audit --json — npm with a lock file')
  })

  it('python: pip-audit is left out, and both off leaves no command', async () => {
    const py = { 'pyproject.toml': '[project]\nname = "x"\n', 'uv.lock': 'version = 1\n' }
    const probe = new RepositoryProbe(await repo(py), { PATH: '/bin' })
    const secretsOnly = await fitPreset('python', probe, { secrets: true, vulnerabilities: false })
    expect(secretsOnly.layer.stages?.refactoring?.security?.command).toBe('uvx detect-secrets scan {path} > {reports}/secrets.json')
    expect(secretsOnly.layer.stages?.refactoring?.security?.command).not.toContain('pip-audit')
    const none = await fitPreset('python', probe, { secrets: false, vulnerabilities: false })
    expect(none.layer.stages?.refactoring?.security).toBeUndefined()
    expect(none.choices.filter((c) => c.chose === 'off').map((c) => c.topic)).toEqual(['secrets', 'vulnerabilities'])
  })
})

// benjaminp/six, which lints with flake8: ruff 0.16.9 with nothing selected also checked pyupgrade, RUF and pylint rules (UP 17, RUF 6, PLW 3
// on six.py), rules the project never checked; the preset names ruff's former defaults unless the project configures it.
describe('ruff without a configuration of its own', () => {
  it('runs the rules flake8 projects knew (pyflakes, pycodestyle errors), whatever ruff release is installed', async () => {
    const flake8 = await repo({ 'setup.cfg': '[flake8]\nmax-line-length = 100\n', 'setup.py': '', 'six.py': '' })
    const { layer } = await fitPreset('python', new RepositoryProbe(flake8, { PATH: '/nonexistent' }))
    expect(layer.stages?.refactoring?.linting?.command).toMatch(/ruff check \{path\} --select E4,E7,E9,F --output-format=json /)
    expect(layer.stages?.refactoring?.linting?.fix_command).toMatch(/ruff check --fix \{path\} --select E4,E7,E9,F && /)
    // Configured: its own rules, nothing added.
    const configured = await repo({ 'pyproject.toml': '[project]\nname = "x"\n\n[tool.ruff]\nline-length = 88\n' })
    const own = await fitPreset('python', new RepositoryProbe(configured, { PATH: '/nonexistent' }))
    expect(own.layer.stages?.refactoring?.linting?.command).not.toContain('--select')
    expect(RUFF_DEFAULT_RULES).toBe('E4,E7,E9,F')
  })
})

// python-humanize/humanize, after init: the file turned linting off and kept a security command running pip-audit,
// yet the run logged 'linting: ruff — configured in [tool.ruff]' and 'vulnerabilities: off — … the scan is not run'
// just before the up-front check asked for pip-audit. The log says what the file decided instead.
describe('a preset choice the file overrides', () => {
  it('is logged as the file decided it: off, or the command the file gives, with what the preset alone would choose', async () => {
    const root = await repo({
      'pyproject.toml': '[project]\nname = "x"\n\n[tool.ruff]\nline-length = 88\n',
      '.github/spec-to-production.yml':
        'preset: python\nquality_gates: { security: { vulnerabilities: false } }\nstages:\n  refactoring:\n    linting: { enabled: false }\n' +
        '    security: { command: "detect-secrets scan {path} > {reports}/s.json; pip-audit --format json --output {reports}/a.json" }\n' +
        'components:\n  x:\n    stages: { testing: { command: "python3 -m pytest {tests} --junitxml={reports}/junit.xml" } }\n'
    })
    const loaded = await loadConfig({ workspace: root, component: 'x', env: { PATH: '/nonexistent' } })
    expect(chose(loaded.choices, 'linting')).toMatch(/^off — .*sets stages\.refactoring\.linting\.enabled: false \(the preset would have chosen ruff\)$/)
    // The vulnerabilities half is off in the gate, yet the file's command still runs pip-audit: said.
    expect(chose(loaded.choices, 'vulnerabilities')).toMatch(/^the command .* gives for stages\.refactoring\.security\.command — .*leave the vulnerability scan out of it$/)
    expect(chose(loaded.choices, 'tests and coverage')).toMatch(
      /^the command .*components\.x gives for stages\.testing\.command — it runs as written; the preset alone would choose pytest with pytest-cov$/
    )
    // Type checking is still the preset's: its choice and reason stand.
    expect(chose(loaded.choices, 'type checking')).toMatch(/^pyright — /)
    // Another component gets the preset's test command and its reason.
    const other = await loadConfig({ workspace: root, component: 'y', env: { PATH: '/nonexistent' } })
    expect(chose(other.choices, 'tests and coverage')).toMatch(/^pytest with pytest-cov — /)
  })
})

  // bombshell-dev/clack lints with biome, no eslint configuration: the preset turns linting off and says to set
  // stages.refactoring.linting.command. The file did, and the log said "it runs as written", yet the check stayed
  // off by the preset's enabled: false, and the run passed with linting "disabled (…enabled: false)".
  it('runs a check the preset turned off when the file gives it a command, and says when the file keeps it off', async () => {
    const lint = 'npx biome lint --reporter=sarif {path} > {reports}/biome.sarif'
    const given = await repo({
      'package.json': '{ "name": "x", "scripts": { "test": "vitest", "lint": "biome lint --write" } }',
      'biome.json': '{}',
      '.github/spec-to-production.yml': `preset: node\nstages:\n  refactoring:\n    linting: { command: "${lint}", report: "{reports}/biome.sarif" }\n`
    })
    const loaded = await loadConfig({ workspace: given, component: 'x' })
    expect(loaded.config.stages.refactoring.linting).toMatchObject({ enabled: true, command: lint })
    expect(chose(loaded.choices, 'linting')).toMatch(/^the command \.github\/spec-to-production\.yml gives for stages\.refactoring\.linting\.command — it runs as written; the preset alone would choose off$/)
    // Type checking the preset turned off (no tsconfig.json) likewise, per component too.
    const typed = await repo({
      'package.json': '{ "name": "x", "scripts": { "test": "vitest" } }',
      '.github/spec-to-production.yml': 'preset: node\ncomponents:\n  x:\n    stages: { refactoring: { type_checking: { command: "npx tsc -p a > {reports}/tsc.txt", report: "{reports}/tsc.txt" } } }\n'
    })
    expect((await loadConfig({ workspace: typed, component: 'x' })).config.stages.refactoring.type_checking.enabled).toBe(true)
    expect((await loadConfig({ workspace: typed, component: 'y' })).config.stages.refactoring.type_checking.enabled).toBe(false)
    // init writes `enabled: false`; a command added under it without removing that line does not run, and the log says so.
    const kept = await repo({
      'package.json': '{ "name": "x", "scripts": { "test": "vitest", "lint": "biome lint --write" } }',
      '.github/spec-to-production.yml': `preset: node\nstages:\n  refactoring:\n    linting:\n      enabled: false\n      command: "${lint}"\n`
    })
    const off = await loadConfig({ workspace: kept, component: 'x' })
    expect(off.config.stages.refactoring.linting.enabled).toBe(false)
    expect(chose(off.choices, 'linting')).toBe(
      'off — .github/spec-to-production.yml sets stages.refactoring.linting.enabled: false, so the command .github/spec-to-production.yml gives for stages.refactoring.linting.command is not run: remove enabled: false to run it'
    )
  })

describe('paths from the layout and the spec', () => {
  it.each([
    [{ 'packages/api/index.js': '' }, 'packages/api', 'packages/api'],
    [{ 'src/api/x.py': '', 'tests/api/test_x.py': '' }, 'src/api', 'tests/api'],
    [{ 'src/api/x.py': '', 'tests/test_x.py': '' }, 'src/api', 'tests'],
    [{ 'src/api/x.ts': '' }, 'src/api', 'src/api'],
    [{ 'api/__init__.py': '', 'tests/test_api.py': '' }, 'api', 'tests'],
    // simplejson keeps its tests inside the package: that directory, so coverage can leave all of it out.
    [{ 'api/__init__.py': '', 'api/tests/__init__.py': '', 'api/tests/test_api.py': '' }, 'api', 'api/tests'],
    [{ 'src/api/__init__.py': '', 'src/api/test/test_api.py': '' }, 'src/api', 'src/api/test'],
    [{ 'lib/x.js': '', 'test/x.test.js': '' }, '.', 'test'],
    [{ 'x.js': '' }, '.', '.'],
    // A monorepo package under another group (opentelemetry-python-contrib: util/<name>, instrumentation/<name>):
    // one directory <group>/<component> with a manifest of its own, its tests inside; not the whole repository.
    [{ 'pyproject.toml': '', 'pytest.ini': '[pytest]\ntestpaths = other/x/tests\n', 'other/x/tests/test_x.py': '', 'util/api/pyproject.toml': '', 'util/api/src/api/__init__.py': '', 'util/api/tests/test_api.py': '' }, 'util/api', 'util/api'],
    [{ 'package.json': '{}', 'apps/api/package.json': '{}', 'apps/api/index.test.js': '' }, 'apps/api', 'apps/api'],
    [{ 'libs/api/setup.py': '', 'tests/test_x.py': '' }, 'libs/api', 'libs/api'],
    // Two such packages, none with a manifest, or one under a directory that holds none: the layout cannot tell.
    [{ 'libs/api/pyproject.toml': '', 'apps/api/package.json': '{}' }, '.', '.'],
    [{ 'libs/api/x.py': '' }, '.', '.'],
    [{ 'examples/api/package.json': '{}', 'node_modules/api/package.json': '{}' }, '.', '.']
  ])('%j → source %s, tests %s', async (files, source, tests) => {
    const paths = layoutPaths(new RepositoryProbe(await repo(files)), 'api')
    expect({ source: paths.source, tests: paths.tests }).toEqual({ source, tests })
  })

  // pytest-dev/iniconfig keeps its tests in testing/ and says so in [tool.pytest.ini_options] testpaths: the layout
  // chose src/iniconfig, where pytest collected 0 tests, and the run failed on a suite that passes.
  it.each([
    [{ 'pyproject.toml': '[project]\nname = "api"\n\n[tool.pytest.ini_options]\ntestpaths = "testing"\n', 'src/api/__init__.py': '', 'testing/test_api.py': '' }, 'src/api', 'testing', 'pyproject.toml'],
    [{ 'pyproject.toml': '[tool.pytest.ini_options]\ntestpaths = [\n  "./checks/",\n]\n', 'api/__init__.py': '', 'tests/conftest.py': '', 'checks/test_api.py': '' }, 'api', 'checks', 'pyproject.toml'],
    [{ 'setup.cfg': '[tool:pytest]\ntestpaths =\n    t\n', 'x.py': '', 't/test_x.py': '' }, '.', 't', 'setup.cfg'],
    // pytest.ini comes first, as pytest reads it first.
    [{ 'pytest.ini': '[pytest]\ntestpaths = unit\n', 'tox.ini': '[pytest]\ntestpaths = other\n', 'src/api/x.py': '', 'unit/test_x.py': '', 'other/test_y.py': '' }, 'src/api', 'unit', 'pytest.ini']
  ])("pytest's testpaths names the tests: %j", async (files, source, tests, file) => {
    const paths = layoutPaths(new RepositoryProbe(await repo(files)), 'api')
    expect({ source: paths.source, tests: paths.tests }).toEqual({ source, tests })
    expect(paths.because).toContain(`(testpaths in ${file})`)
  })

  it.each([
    // Several directories, a glob, or one that does not exist: the usual names decide, as before.
    [{ 'pyproject.toml': '[tool.pytest.ini_options]\ntestpaths = ["tests", "docs"]\n', 'api/__init__.py': '', 'tests/test_a.py': '', 'docs/x.rst': '' }, 'tests'],
    [{ 'tox.ini': '[pytest]\ntestpaths = tests/*\n', 'api/__init__.py': '', 'tests/test_a.py': '' }, 'tests'],
    [{ 'pyproject.toml': '[tool.pytest.ini_options]\ntestpaths = "nowhere"\n', 'api/__init__.py': '', 'tests/test_a.py': '' }, 'tests'],
    // testpaths in another section is not pytest's.
    [{ 'setup.cfg': '[flake8]\ntestpaths = t\n', 'api/__init__.py': '', 't/test_a.py': '' }, 'api']
  ])('a testpaths that names no one directory changes nothing: %j', async (files, tests) => {
    expect(layoutPaths(new RepositoryProbe(await repo(files)), 'api').tests).toBe(tests)
  })

  it("takes the spec frontmatter's paths over the file's and the layout's, and says so", async () => {
    const root = await repo({
      'package.json': '{}',
      'src/api/x.js': '',
      '.github/spec-to-production.yml': 'paths: { tests: "spec/{component}" }\n',
      'specs/api.md': '---\ncomponent: api\npaths: { source: services/api, tests: [services/api/test] }\n---\n# API\n'
    })
    const loaded = await loadConfig({ workspace: root, component: 'api', specFile: 'specs/api.md' })
    expect(loaded.config.paths).toEqual({ source: 'services/api', tests: 'services/api/test' })
    expect(loaded.choices.filter((c) => c.topic.startsWith('paths.'))).toEqual([
      { topic: 'paths.source', chose: 'services/api', because: 'frontmatter paths.source of specs/api.md' },
      { topic: 'paths.tests', chose: 'services/api/test', because: 'frontmatter paths.tests of specs/api.md' }
    ])
    const fileOnly = await loadConfig({ workspace: root, component: 'api' })
    expect(fileOnly.config.paths).toEqual({ source: 'src/api', tests: 'spec/api' })
  })

  it('does not parse a frontmatter too large to be metadata (nested flow brackets took 23 µs a character)', async () => {
    const nested = `x: ${'['.repeat(100_000)}${']'.repeat(100_000)}`
    const root = await repo({ 'package.json': '{}', 'src/api/x.js': '', 'specs/api.md': `---\npaths: { source: services/api }\n${nested}\n---\n# API\n` })
    const started = Date.now()
    const loaded = await loadConfig({ workspace: root, component: 'api', specFile: 'specs/api.md' })
    // It took 2.3 s; the specification stage reports the frontmatter (frontmatter-too-large).
    expect(Date.now() - started).toBeLessThan(1000)
    expect(loaded.config.paths.source).toBe('src/api')
  })

  it('does not wait on a spec that is a FIFO, nor read one that never ends (the specification stage refuses them)', async () => {
    const root = await repo({ 'package.json': '{}', 'src/api/x.js': '' })
    const fifo = join(root, 'spec.md')
    execFileSync('mkfifo', [fifo])
    let timer: NodeJS.Timeout | undefined
    const waited = new Promise<'hung'>((r) => (timer = setTimeout(() => r('hung'), 5000)))
    try {
      const loaded = await Promise.race([loadConfig({ workspace: root, component: 'api', specFile: 'spec.md' }), waited])
      expect(loaded).not.toBe('hung')
      const devZero = await loadConfig({ workspace: root, component: 'api', specFile: '/dev/zero' })
      expect(devZero.config.paths).toEqual({ source: 'src/api', tests: 'src/api' })
    } finally {
      clearTimeout(timer)
      // An open still blocked on the FIFO (without the fix) gets a writer, so the test process can end.
      try {
        closeSync(openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK))
      } catch {
        // no reader waiting
      }
    }
  })
})
