/**
 * The python preset, fitted to the repository: `uv run` in a uv project, else the project's interpreter
 * (`.venv/bin/python`, the active virtualenv, `python3`, `python`) with `-m`, so the tests see the project's
 * dependencies; pytest-cov when installed, `coverage run -m pytest` otherwise; ruff or pylint, pyright or mypy,
 * whichever the project configures or has installed; detect-secrets (honouring `.secrets.baseline`) or gitleaks for
 * secrets (with neither installed and no uv, secretlint fetched by npx); pip-audit or osv-scanner for vulnerabilities. Each choice is recorded with its reason.
 */
import type { DeepPartial } from './merge.js'
import { requirementPattern, type RepositoryProbe } from './probe.js'
import type { PresetChoice } from './presets.js'
import { fnmatchPattern, pytestOption, section } from './python-project.js'
import { PYTEST_RERUNS_MODULE } from './retry-recorders.js'
import { BOTH_HALVES, securityScans, type SecurityHalvesWanted } from './security-scans.js'
import type { Config, ReportRef } from './types.js'
import { fetchedSecretlint, SECRETLINT_VERSION } from './preset-node.js'

/** Runs tools in the project's environment: `uv run`, or an interpreter's `-m`. */
interface PythonRunner {
  /** `uv run` or the interpreter. */
  kind: 'uv' | 'interpreter'
  python: string
  /** `uv run`, with `--group` of the project's test dependency group. */
  uv?: string
  /** The dependency group `uv run --group` names, if any. */
  group?: string
  /** The command line that runs a module: `uv run python -m X` / `python3 -m X`. */
  module(name: string): string
}

/** ruff's documented default rules: pyflakes, and pycodestyle's errors that no formatter fixes. */
/** A line, not a comment, that runs mypy with --strict (a workflow's `run:`, a Makefile recipe, tox's commands). */
const MYPY_STRICT = /^(?![ \t]*#).*\bmypy\b(?:[^\n#]*\s)?--strict(?![\w-])/m

/** A line, not a comment, that runs pytest with --doctest-modules (a Makefile recipe, a workflow's `run:`). */
const PYTEST_DOCTESTS = /^(?![ \t]*#).*\bpytest\b.*\s--doctest-modules\b/m

export const RUFF_DEFAULT_RULES = 'E4,E7,E9,F'

/**
 * pylint's messages for a project that does not configure it: its errors and fatal messages (E, F), and the warnings
 * that are the checks of ruff's default rules (pyflakes' F401 unused import, F841 unused variable, F811 redefinition;
 * pycodestyle's E722 bare except). Category letters and names work in --enable from pylint 2 on.
 */
export const PYLINT_DEFAULT_RULES = 'E,F,unused-import,unused-variable,reimported,bare-except'

/**
 * Coverage's own bar, off for the preset's commands: coverage below a project's `fail_under` would make pytest-cov and
 * `coverage json` exit non-zero, and the tests' pass-rate gate fail though no test failed. The test_coverage gate judges
 * coverage.
 */
const NO_FAIL_UNDER = '--fail-under=0'

/**
 * After `coverage run`: a project whose coverage configuration sets `parallel = true` (for its subprocesses) has each
 * process write `.coverage.<host>.<pid>.<random>` and no `.coverage`, and `coverage report`/`json` then find "No data
 * to report": the tests passed, the command exited 1 and coverage was not measured. Those files are combined first
 * (only when there are any: `coverage combine` with nothing to combine exits 1). pytest-cov combines by itself.
 */
function combine(coverage: string): string {
  return `if ls {reports}/.coverage.* >/dev/null 2>&1; then ${coverage} combine -q; fi; `
}

const INTERPRETER_MODULES = ['pytest', 'pytest_cov', 'coverage', 'xmlrunner', 'ruff', 'pylint', 'mypy', 'detect_secrets', 'pip_audit', 'pytest_rerunfailures', 'pytest_django'] as const

/**
 * A pytest plugin that records pytest-rerunfailures' reruns in the JUnit XML. pytest's junitxml ignores the plugin's
 * `rerun` reports and writes only a test's last run (measured: pytest 7.2.1 with pytest-rerunfailures 10.2): a test that
 * passed on its second run reads as a plain pass. This one keeps each rerun's error and, when the test's last run
 * ends, adds `reruns` and `retryReason1`… (the first line of each failed run's error) to its user properties, which
 * junitxml writes as `<property>` elements in both JUnit families. One line per element, without single quotes or
 * braces, so the command can write it with printf.
 */
export const PYTEST_RERUNS_PLUGIN = [
  '# spec-to-production: records pytest-rerunfailures reruns in the JUnit XML (properties reruns, retryReason1...).',
  'import pytest',
  '',
  'RERUNS = dict()',
  '',
  '',
  '@pytest.hookimpl(tryfirst=True)',
  'def pytest_runtest_logreport(report):',
  '    if report.outcome == "rerun":',
  '        crash = getattr(report.longrepr, "reprcrash", None)',
  '        text = str(getattr(crash, "message", None) or report.longrepr or "").strip()',
  '        RERUNS.setdefault(report.nodeid, []).append(text.splitlines()[0][:500] if text else "")',
  '    elif report.when == "teardown" and report.nodeid in RERUNS:',
  '        reasons = RERUNS.pop(report.nodeid)',
  '        report.user_properties.append(("reruns", str(len(reasons))))',
  '        for i, reason in enumerate(reasons[:5]):',
  '            report.user_properties.append(("retryReason" + str(i + 1), reason))'
]


/**
 * Writes the plugin into the reports directory and puts that directory on PYTHONPATH, for `-p` to load it (braces
 * doubled: the command is a template).
 */
const PYTEST_RERUNS_SETUP =
  `printf '%s\\n' ${PYTEST_RERUNS_PLUGIN.map((l) => `'${l}'`).join(' ')} > {reports}/${PYTEST_RERUNS_MODULE}.py; ` +
  'export PYTHONPATH={reports}${{PYTHONPATH:+:$PYTHONPATH}}; '

async function chooseRunner(probe: RepositoryProbe, choices: PresetChoice[]): Promise<PythonRunner> {
  const uvReason = probe.file('uv.lock') ? 'uv.lock' : probe.pyprojectTable('tool.uv') ? '[tool.uv] in pyproject.toml' : undefined
  if (uvReason) {
    // `uv run` syncs the default groups (dev) only: a test group of another name (pytest, freezegun…) is asked for.
    const groups = section(probe.text('pyproject.toml'), 'dependency-groups')
    const testGroup = ['test', 'tests', 'testing'].find((name) => new RegExp(`^\\s*["']?${name}["']?\\s*=`, 'm').test(groups))
    // `[tool.uv] default-groups` changes what `uv run` syncs (pluggy: ["dev", "testing"]; "all" is every group).
    const toolUv = section(probe.text('pyproject.toml'), 'tool.uv')
    const defaults = /^\s*default-groups\s*=\s*(\[[^\]]*\]|"[^"]*"|'[^']*')/m.exec(toolUv)?.[1]
    const byDefault = testGroup !== undefined && defaults !== undefined && (/^["']all["']$/.test(defaults) || new RegExp(`["']${testGroup}["']`).test(defaults))
    const group = byDefault ? undefined : testGroup
    const uv = group ? `uv run --group ${group}` : 'uv run'
    choices.push({
      topic: 'python runner',
      chose: uv,
      because:
        `${uvReason}: the project uses uv` +
        (group ? `; its dependency group ${group} is not one uv run installs by default` : byDefault ? `; its dependency group ${testGroup} is in [tool.uv] default-groups, which uv run installs` : '')
    })
    return { kind: 'uv', python: 'python', uv, ...(group ? { group } : {}), module: (name) => `${uv} python -m ${name}` }
  }
  let python: string
  let because: string
  if (probe.file('.venv/bin/python')) {
    python = '.venv/bin/python'
    because = 'the project has a virtualenv at .venv'
  } else if (probe.virtualEnv && probe.onPath('python')) {
    python = 'python'
    because = `a virtualenv is active (VIRTUAL_ENV=${probe.virtualEnv})`
  } else if (probe.onPath('python3')) {
    python = 'python3'
    because = `no uv.lock or [tool.uv] and no .venv: the active interpreter ${probe.onPath('python3')}`
  } else if (probe.onPath('python')) {
    python = 'python'
    because = `no uv.lock or [tool.uv] and no .venv: the active interpreter ${probe.onPath('python')}`
  } else {
    python = 'python3'
    because = 'no uv project and no interpreter on PATH (python3 is checked before any command runs)'
  }
  choices.push({ topic: 'python runner', chose: `${python} -m`, because })
  return { kind: 'interpreter', python, module: (name) => `${python} -m ${name}` }
}

/** What the project's environment has: imported by the interpreter, or declared for uv to install. */
async function installedModules(probe: RepositoryProbe, runner: PythonRunner): Promise<(module: string, dist: string) => boolean> {
  if (runner.kind === 'uv') {
    const synced = uvSynced(probe, runner.group)
    return (_module, dist) => requirementPattern(dist).test(synced)
  }
  const found = await probe.pythonImports(runner.python, INTERPRETER_MODULES)
  return (module) => found.has(module)
}

/**
 * The array a TOML key holds in `body` (`dependencies = [ … ]`, across lines), as raw text: brackets inside strings
 * (`"pytest-xdist[psutil]"`) do not end it. '' when the key is absent or holds no array.
 */
function tomlArray(body: string, key: string): string {
  const m = new RegExp(`^\\s*["']?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*=\\s*\\[`, 'm').exec(body)
  if (!m) return ''
  let depth = 1
  let quote = ''
  for (let i = m.index + m[0].length; i < body.length; i++) {
    const c = body[i]
    if (quote) {
      if (c === quote) quote = ''
    } else if (c === '"' || c === "'") quote = c
    else if (c === '#') i = body.indexOf('\n', i) === -1 ? body.length : body.indexOf('\n', i)
    else if (c === '[') depth++
    else if (c === ']' && --depth === 0) return body.slice(m.index + m[0].length, i)
  }
  return ''
}

/**
 * What `uv run [--group G]` installs, as requirement text: [project] dependencies, the default dependency groups
 * (`dev`, or `[tool.uv] default-groups`), the group it names, each with the groups it includes, and `[tool.uv]
 * dev-dependencies`. uv.lock lists every group's packages (python-attrs/attrs: coverage in `cov`, ruff in `lint`), so
 * a package it lists is not one `uv run --group tests coverage` finds: that ran "Failed to spawn: coverage".
 */
function uvSynced(probe: RepositoryProbe, group: string | undefined): string {
  const pyproject = probe.text('pyproject.toml')
  const groups = section(pyproject, 'dependency-groups')
  const toolUv = section(pyproject, 'tool.uv')
  const defaults = /^\s*default-groups\s*=\s*(\[[^\]]*\]|"[^"]*"|'[^']*')/m.exec(toolUv)?.[1]
  if (defaults !== undefined && /^["']all["']$/.test(defaults)) return [tomlArray(section(pyproject, 'project'), 'dependencies'), groups, tomlArray(toolUv, 'dev-dependencies')].join('\n')
  const wanted = [...(defaults === undefined ? ['dev'] : [...defaults.matchAll(/["']([^"']+)["']/g)].map((d) => d[1])), ...(group ? [group] : [])]
  const texts = [tomlArray(section(pyproject, 'project'), 'dependencies'), tomlArray(toolUv, 'dev-dependencies')]
  const seen = new Set<string>()
  while (wanted.length > 0) {
    const name = wanted.shift()!
    if (seen.has(name)) continue
    seen.add(name)
    const text = tomlArray(groups, name)
    texts.push(text)
    for (const include of text.matchAll(/include-group\s*=\s*["']([^"']+)["']/g)) wanted.push(include[1])
  }
  return texts.join('\n')
}

/**
 * The test-module pattern the project gives `unittest discover` (`-p 'check_*.py'`, `--pattern=…`) in its tox, nox,
 * setup.cfg or pyproject.toml configuration or its Makefile, when pytest's default python_files (test_*.py,
 * *_test.py) would not collect those modules and the project configures no python_files of its own; with the first
 * module under tests/ or test/ it matches.
 */
function unittestPattern(probe: RepositoryProbe): { glob: string; file: string; module?: string } | undefined {
  for (const file of ['tox.ini', 'noxfile.py', 'setup.cfg', 'pyproject.toml', 'Makefile']) {
    const text = probe.text(file)
    if (!text || !/\bunittest\b/.test(text)) continue
    for (const line of text.split('\n')) {
      if (/^[ \t]*[#;]/.test(line) || !/\bunittest\b/.test(line)) continue
      // `-p GLOB`, `--pattern GLOB`, `--pattern=GLOB`, quoted or not; in a list form (`"-p", "check_*.py"`) too.
      const m = /(?:^|[\s,["'])(?:-p|--pattern)["']?(?:\s*,\s*|\s+|=)["']?([\w*?.[\]-]+\.py)["']?/.exec(line)
      if (!m) continue
      const glob = m[1]
      const regex = new RegExp(`^${glob.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`)
      // Modules pytest's defaults collect anyway, or a project that tells pytest its own python_files: pytest it is.
      if (['test_x.py', 'x_test.py'].some((n) => regex.test(n)) && !regex.test('x.py')) continue
      if (['pytest.ini', 'pyproject.toml', 'tox.ini', 'setup.cfg'].some((f) => /^[ \t]*python_files\s*=/m.test(probe.text(f) ?? ''))) return undefined
      return { glob, file, module: probe.findInFiles(['tests', 'test'], regex, /./) }
    }
  }
  return undefined
}

/**
 * A Django project (a manage.py that sets DJANGO_SETTINGS_MODULE, as startproject writes it): the settings module it
 * names, unless the project's pytest configuration names one for pytest-django itself; and whether that configuration
 * sets python_files.
 */
function djangoProject(probe: RepositoryProbe): { settings?: string; pythonFiles: boolean } | undefined {
  const settings = /["']DJANGO_SETTINGS_MODULE["']\s*,\s*["']([A-Za-z_][\w.]*)["']/.exec(probe.text('manage.py') ?? '')?.[1]
  if (settings === undefined) return undefined
  const configured = (pytestOption(probe, 'DJANGO_SETTINGS_MODULE')?.words.length ?? 0) > 0
  return { settings: configured ? undefined : settings, pythonFiles: (pytestOption(probe, 'python_files')?.words.length ?? 0) > 0 }
}

/** The directory a run writes its reports to, relative to the workspace. */
const RUN_DIR = '.spec-to-production'

/** Whether an fnmatch pattern (pytest's norecursedirs: `*`, `?`, `[seq]`) matches a directory name. */
function globMatches(glob: string, name: string): boolean {
  return fnmatchPattern([glob])?.test(name) ?? false
}

/** A word for the shell: single-quoted when it holds anything but plain characters. */
function shellWord(word: string): string {
  return /^[\w./@+-]+$/.test(word) ? word : `'${word.replace(/'/g, "'\\''")}'`
}

/**
 * A test module under the component's source path and outside its tests path (a project with both `tests/` and
 * `src/<pkg>/tests/`), when pytest's `testpaths` does not narrow collection: the project's plain `pytest` collects it,
 * and `pytest {tests}` alone would leave it out unseen — a failing test there could never fail the gate. Named by
 * pytest's default `python_files` and a `def test…`/`class Test…` in it.
 */
function testModulesInSource(probe: RepositoryProbe, paths: { source?: string; tests?: string }): string | undefined {
  const source = paths.source?.replace(/\/+$/, '')
  const tests = paths.tests?.replace(/\/+$/, '')
  if (!source || !tests || source === '.' || (pytestOption(probe, 'testpaths')?.words.length ?? 0) > 0) return undefined
  const within = (inner: string, outer: string) => outer === '.' || inner === outer || inner.startsWith(`${outer}/`)
  if (within(source, tests) || within(tests, source) || !probe.dir(source)) return undefined
  return probe.findInFiles([source], /^test_.*\.py$|_test\.py$/, /^(?:async\s+)?def\s+test|^class\s+Test/m)
}

export async function pythonPreset(
  probe: RepositoryProbe,
  want: SecurityHalvesWanted = BOTH_HALVES,
  paths: { source?: string; tests?: string } = {}
): Promise<{ layer: DeepPartial<Config>; choices: PresetChoice[] }> {
  const choices: PresetChoice[] = []
  const runner = await chooseRunner(probe, choices)
  const has = await installedModules(probe, runner)
  const where = runner.kind === 'uv' ? `in what ${runner.uv ?? 'uv run'} installs (the project's dependencies and the dependency groups it syncs)` : `importable by ${runner.python}`
  const uvRun = runner.uv ?? 'uv run'
  const run = (tool: string, module = tool) => (runner.kind === 'uv' ? `${uvRun} ${tool}` : runner.module(module))
  // A tool the interpreter cannot import runs bare only when it is on PATH (pipx, a system package). One that is
  // nowhere runs through the interpreter too: that is where the workflow init writes installs it (`P -m pip install
  // X`), and a project .venv's bin is on no PATH there, so a bare `X` would be missing in CI where `P -m X` is not.
  const tool = (name: string, module: string, installedOnPath: boolean, uvFallback: string) =>
    has(module, name) ? run(name, module) : runner.kind === 'uv' ? uvFallback : installedOnPath ? name : runner.module(module)
  // In a uv project, what the project does not declare is added for the run (`uv run --with`), on top of its own
  // dependencies; an interpreter gets no such help: the up-front check names what it cannot import.
  const withPackages = (dists: string[]) =>
    runner.kind === 'uv' ? dists.filter((d) => !has(d.replace(/-/g, '_'), d)).map((d) => ` --with ${d}`).join('') : ''

  // Tests and coverage. Coverage data goes to the run's report directory, not the working tree.
  // A test module with unittest's load_tests protocol adds tests (most often its module's doctests) that pytest never
  // collects: pytest would report the rest of the suite as all of it. unittest runs the suite as the project does,
  // with unittest-xml-reporting (`xmlrunner`) writing the JUnit XML.
  // A project that runs pytest with --doctest-modules (boltons' tox.ini: `pytest --doctest-modules boltons tests`)
  // counts its modules' doctests among its tests: `pytest {tests}` alone collects none of them (pytest collects a
  // doctest only from a module it was pointed at), and would report the rest of the suite as all of it.
  // Or in the commands its CI and its Makefile run (pytoolz/toolz: `coverage run -m pytest --doctest-modules toolz/`
  // in its workflow, nowhere else), on a line that runs pytest.
  const doctests =
    ['pytest.ini', 'pyproject.toml', 'tox.ini', 'setup.cfg', 'noxfile.py'].find((f) => /^(?![ \t]*[#;]).*--doctest-modules\b/m.test(probe.text(f) ?? '')) ??
    ['Makefile', 'makefile', 'GNUmakefile'].find((f) => PYTEST_DOCTESTS.test(probe.text(f) ?? '')) ??
    probe.findInFiles(['.github/workflows'], /\.ya?ml$/, PYTEST_DOCTESTS)
  // pytest leaves dot-directories out of collection by its default norecursedirs (`.*`); a project's own norecursedirs
  // replaces that default, and without `.*` pytest walks into `.spec-to-production/`, where this run writes its reports
  // (and the rerun plugin below, which --doctest-modules then imports as a test module, failing collection).
  const noRecurse = pytestOption(probe, 'norecursedirs')
  const walksRunDir = noRecurse !== undefined && noRecurse.words.length > 0 && !noRecurse.words.some((glob) => globMatches(glob, RUN_DIR))
  const ignoreRunDir = walksRunDir ? ` --ignore=${RUN_DIR}` : ''
  const testsInSource = doctests ? undefined : testModulesInSource(probe, paths)
  // A Django project's tests are Django TestCases in `tests.py` (startapp writes it), found by its test runner's
  // pattern test*.py and run with the settings manage.py names: plain pytest collects no tests.py (its python_files is
  // test_*.py and *_test.py) and, given one, has no settings — the Django tutorial's polls app ran "0 of 0 executed
  // tests", exit status 5. pytest-django runs them with that settings module (--ds), and python_files test*.py
  // collects what Django's runner discovers, unless the project configures either for pytest itself.
  const django = djangoProject(probe)
  const djangoOptions = django ? `${django.settings ? ` --ds=${django.settings}` : ''}${django.pythonFiles ? '' : " -o 'python_files=test*.py'"}` : ''
  const pytestPaths = (doctests ? '{tests} {path} --doctest-modules' : testsInSource ? '{tests} {path}' : '{tests}') + ignoreRunDir + djangoOptions
  const doctestReason =
    (doctests ? `; the project runs its doctests (--doctest-modules in ${doctests}): pytest collects them from {path} too` : '') +
    (testsInSource
      ? `; test modules lie under the source path too (${testsInSource}), outside ${paths.tests}, and the project's plain pytest (no testpaths) collects them: pytest runs {tests} and {path}`
      : '') +
    (walksRunDir ? `; ${noRecurse?.file} sets norecursedirs without .*, so --ignore=${RUN_DIR} keeps pytest out of the run's own reports` : '') +
    (django && djangoOptions
      ? `; a Django project (manage.py names ${django.settings ?? 'its settings'}): ` +
        [
          django.settings ? `pytest-django runs its TestCases with those settings (--ds=${django.settings})` : '',
          django.pythonFiles ? '' : "python_files test*.py collects the modules Django's test runner discovers (tests.py), which pytest's default (test_*.py, *_test.py) never collects"
        ]
          .filter(Boolean)
          .join(', and ') +
        (has('pytest_django', 'pytest-django') ? '' : ' (pip install pytest-django)')
      : '')
  const loadTests = probe.findInFiles(['tests', 'test'], /^test.*\.py$|_test\.py$/, /^def load_tests\(/m)
  // A project whose own runs are `unittest discover -p 'check_*.py'` names test modules pytest never collects (its
  // default python_files is test_*.py and *_test.py): pytest would collect 0 tests, and the gate fail saying nothing
  // was verified. unittest discovers them with the project's pattern.
  const pattern = loadTests ? undefined : unittestPattern(probe)
  // pytest-rerunfailures reruns a failing test inside the run, and pytest's report keeps only the last run: the
  // plugin above records the reruns, so a test that passed only on one is flaky, not a plain pass.
  const reruns = has('pytest_rerunfailures', 'pytest-rerunfailures')
  const rerunsSetup = reruns ? PYTEST_RERUNS_SETUP : ''
  const rerunsPlugin = reruns ? ` -p ${PYTEST_RERUNS_MODULE}` : ''
  const rerunsReason = reruns ? `; pytest-rerunfailures is ${where}: a plugin written to the reports directory records its reruns in the JUnit XML` : ''
  let testCommand: string
  if (loadTests || pattern) {
    const coverage = runner.kind === 'uv' ? `${uvRun}${withPackages(['coverage', 'unittest-xml-reporting'])} coverage` : runner.module('coverage')
    // `-t .` imports the tests as the package they are (tests.test_x, relative imports work); a tests directory
    // without __init__.py is no package, and unittest refuses it as a start directory under `-t .`.
    const testDir = (loadTests ?? pattern?.module)?.split('/')[0] ?? ['tests', 'test'].find((d) => probe.dir(d))
    const top = testDir && probe.file(`${testDir}/__init__.py`) ? ' -t .' : ''
    const p = pattern ? ` -p ${shellWord(pattern.glob)}` : ''
    testCommand =
      `export COVERAGE_FILE={reports}/.coverage; ${coverage} run --source={path} -m xmlrunner discover -s {tests}${top}${p} --output-file {reports}/junit.xml; ` +
      `status=$?; ${combine(coverage)}${coverage} report ${NO_FAIL_UNDER}; ${coverage} json ${NO_FAIL_UNDER} -o {reports}/coverage.json || exit $(( status ? status : $? )); exit $status`
    const xmlrunner = has('xmlrunner', 'unittest-xml-reporting')
    choices.push({
      topic: 'tests and coverage',
      chose: `unittest${pattern ? ` (-p ${pattern.glob})` : ''} with unittest-xml-reporting (xmlrunner), under coverage`,
      because:
        (loadTests
          ? `${loadTests} defines load_tests, which pytest never calls: the tests it adds would not run. unittest runs them, `
          : `the project runs unittest discover -p ${pattern?.glob} (${pattern?.file}), test modules pytest's default python_files (test_*.py, *_test.py) never collects: unittest discovers them with that pattern, `) +
        (xmlrunner ? `and unittest-xml-reporting is ${where}` : `and unittest-xml-reporting writes the JUnit XML (pip install unittest-xml-reporting coverage)`)
    })
  } else if (has('pytest_cov', 'pytest-cov') || !has('coverage', 'coverage')) {
    const installed = has('pytest_cov', 'pytest-cov')
    // The JSON report comes from coverage itself (a dependency of pytest-cov): pytest-cov before 4.1 has no json report.
    testCommand =
      `${rerunsSetup}export COVERAGE_FILE={reports}/.coverage; ${run(`pytest`).replace(uvRun, `${uvRun}${withPackages(['pytest', 'pytest-cov', ...(django?.settings ? ['pytest-django'] : [])])}`)} ${pytestPaths} --cov={path} ` +
      `--cov-report=term --cov-fail-under=0 --junitxml={reports}/junit.xml${rerunsPlugin}; status=$?; ${run('coverage').replace(uvRun, `${uvRun}${withPackages(['pytest-cov'])}`)} json ${NO_FAIL_UNDER} -o {reports}/coverage.json || exit $(( status ? status : $? )); exit $status`
    choices.push({
      topic: 'tests and coverage',
      chose: 'pytest with pytest-cov',
      because:
        (installed
          ? `pytest-cov is ${where}`
          : runner.kind === 'uv'
            ? `neither pytest-cov nor coverage is ${where}: \`uv run --with pytest-cov\` adds pytest-cov for the run (or declare it: uv add --dev pytest-cov)`
            : `neither pytest-cov nor coverage is ${where}; pytest-cov is the usual choice (pip install pytest-cov)`) + doctestReason + rerunsReason
    })
  } else {
    testCommand =
      `${rerunsSetup}export COVERAGE_FILE={reports}/.coverage; ${run('coverage')} run --source={path} -m pytest ${pytestPaths} --junitxml={reports}/junit.xml${rerunsPlugin}; ` +
      `status=$?; ${combine(run('coverage'))}${run('coverage')} report ${NO_FAIL_UNDER}; ${run('coverage')} json ${NO_FAIL_UNDER} -o {reports}/coverage.json || exit $(( status ? status : $? )); exit $status`
    choices.push({ topic: 'tests and coverage', chose: 'coverage run -m pytest', because: `coverage is ${where}, pytest-cov is not${doctestReason}${rerunsReason}` })
  }

  const failUnder = coverageFailUnder(probe)
  if (failUnder) {
    const tests = choices.find((c) => c.topic === 'tests and coverage')
    if (tests) {
      tests.because +=
        `; the project's coverage fail_under = ${failUnder.value} (${failUnder.where}) is set to 0 for this command, so that coverage below it does not fail the tests: ` +
        `the test_coverage gate judges coverage, against quality_gates.test_coverage (set its thresholds to ${failUnder.value} to hold the project's bar)`
    }
  }

  // Linting: ruff, else pylint; configured first, then installed.
  const ruffConfigured = probe.firstFile(['ruff.toml', '.ruff.toml']) ?? (probe.pyprojectTable('tool.ruff') ? '[tool.ruff] in pyproject.toml' : undefined)
  const pylintConfigured = probe.firstFile(['.pylintrc', 'pylintrc']) ?? (probe.pyprojectTable('tool.pylint') ? '[tool.pylint] in pyproject.toml' : undefined)
  // flake8 has no report this product reads; ruff runs its pyflakes and pycodestyle checks (ruff's default rules), where
  // pylint would judge the code by rules (docstrings, naming) the project never checked.
  const flake8Configured =
    probe.firstFile(['.flake8']) ??
    (/^\s*\[flake8\]/m.test(probe.text('setup.cfg') ?? '')
      ? '[flake8] in setup.cfg'
      : /^\s*\[flake8\]/m.test(probe.text('tox.ini') ?? '')
        ? '[flake8] in tox.ini'
        : probe.pyprojectTable('tool.flake8')
          ? '[tool.flake8] in pyproject.toml'
          : // A project can lint with flake8 configured by none of those (pycodestyle: its pre-commit hook and a tox
            // environment, its settings in [pycodestyle]).
            /^[ \t]*-?[ \t]*id:[ \t]*["']?flake8["']?[ \t]*(?:#.*)?$/m.test(probe.text('.pre-commit-config.yaml') ?? '')
            ? 'the flake8 hook in .pre-commit-config.yaml'
            : /^[ \t]*(?:commands[ \t]*=[ \t]*)?(?:python3? -m )?flake8(?:[ \t]|$)/m.test(probe.text('tox.ini') ?? '')
              ? 'a tox environment runs flake8 (tox.ini)'
              : // pypa/sampleproject: its nox lint session runs `session.run("flake8", …)`, no flake8 configuration.
                /^[ \t]*[^#\n]*\.run\(\s*["'](?:flake8|python3?["']\s*,\s*["']-m["']\s*,\s*["']flake8)["']/m.test(probe.text('noxfile.py') ?? '')
                ? 'a nox session runs flake8 (noxfile.py)'
                : undefined)
  const ruffInstalled = has('ruff', 'ruff') || Boolean(probe.onPath('ruff'))
  const pylintInstalled = has('pylint', 'pylint')
  const ruffCmd = tool('ruff', 'ruff', Boolean(probe.onPath('ruff')), 'uvx ruff')
  // Without a ruff configuration the rules are named: ruff's documented defaults are pyflakes and pycodestyle's
  // errors (E4, E7, E9, F), yet ruff 0.16.9 (seen on benjaminp/six) also checked pyupgrade, RUF and pylint rules when
  // nothing selected them, rules a project that never ran ruff did not check.
  const select = ruffConfigured ? '' : ` --select ${RUFF_DEFAULT_RULES}`
  const ruff = {
    command: `${ruffCmd} check {path}${select} --output-format=json --output-file={reports}/ruff.json`,
    fix_command: `${ruffCmd} check --fix {path}${select} && ${ruffCmd} format {path}`,
    report: { path: '{reports}/ruff.json', format: 'ruff-json' }
  }
  // Without a pylint configuration, its whole default set (naming, docstrings: 423 messages on python-hyper/h11, which
  // never ran pylint) would fail the project on rules it never checked: the rules are named, as ruff's are.
  const pylintRules = pylintConfigured ? '' : ` --disable=all --enable=${PYLINT_DEFAULT_RULES}`
  const pylint = {
    command: `${run('pylint')} {path} --recursive=y --ignore=.venv,venv,node_modules,.spec-to-production${pylintRules} --output-format=json > {reports}/pylint.json`,
    report: { path: '{reports}/pylint.json', format: 'pylint-json' }
  }
  let linting
  if (ruffConfigured || (!pylintConfigured && (flake8Configured || ruffInstalled || !pylintInstalled))) {
    linting = ruff
    const because = ruffConfigured
      ? `configured in ${ruffConfigured}`
      : flake8Configured
        ? `the project lints with flake8 (${flake8Configured}): ruff runs flake8's pyflakes and pycodestyle checks (its default rules; it does not read flake8's settings), where pylint would add rules the project never checked`
        : ruffInstalled
          ? 'ruff is installed'
          : runner.kind === 'uv'
            ? 'no linter configured: ruff through uvx (needs nothing from the project)'
            : 'no linter configured or installed: ruff is the default (pip install ruff)'
    choices.push({ topic: 'linting', chose: 'ruff', because })
  } else {
    linting = pylint
    choices.push({
      topic: 'linting',
      chose: 'pylint',
      because: pylintConfigured
        ? `configured in ${pylintConfigured}`
        : `pylint is ${where}, ruff is not; no pylint configuration, so only its errors and the checks ruff's default rules make (${PYLINT_DEFAULT_RULES}), ` +
          'not its conventions (naming, docstrings) the project never checked: configure pylint to judge by your own rules'
    })
  }

  // Type checking: pyright, else mypy; configured first, then installed.
  const pyrightConfigured = probe.firstFile(['pyrightconfig.json']) ?? (probe.pyprojectTable('tool.pyright') ? '[tool.pyright] in pyproject.toml' : undefined)
  const mypyConfigured =
    probe.firstFile(['mypy.ini', '.mypy.ini']) ??
    (probe.pyprojectTable('tool.mypy') ? '[tool.mypy] in pyproject.toml' : /^\s*\[mypy\]/m.test(probe.text('setup.cfg') ?? '') ? '[mypy] in setup.cfg' : undefined)
  const pyrightBin = probe.nodeBin('pyright') ? 'npx pyright' : probe.onPath('pyright') ? 'pyright' : undefined
  const mypyInstalled = has('mypy', 'mypy')
  const pyrightCmd = runner.kind === 'uv' && !pyrightBin ? `${uvRun} --with pyright pyright` : (pyrightBin ?? runner.module('pyright'))
  // A project that type-checks with ty (Astral's checker: ty.toml, `[tool.ty]`) and configures neither of the others:
  // either would judge it by rules it never checked (eliben/pycparser: mypy, installed, failed the gate on 19 errors
  // in code ty passes), and no report of ty's is one the gate reads. Off, saying so, as for a linter not run.
  const tyConfigured = probe.firstFile(['ty.toml']) ?? (probe.pyprojectTable('tool.ty') ? '[tool.ty] in pyproject.toml' : undefined)
  let typeChecking
  if (tyConfigured && !pyrightConfigured && !mypyConfigured) {
    typeChecking = { enabled: false }
    choices.push({
      topic: 'type checking',
      chose: 'off',
      because:
        `the project type-checks with ty (configured in ${tyConfigured}), which the preset does not run (no report of ty's is one the type_checking gate reads), ` +
        "and pyright or mypy would judge it by rules it never checked, so its type checking is not checked: set stages.refactoring.type_checking.command to a checker whose report the gate reads " +
        '(pyright --outputjson, mypy) and stages.refactoring.type_checking.report, with that checker configured for the project'
    })
  } else if (pyrightConfigured || (!mypyConfigured && (pyrightBin || !mypyInstalled))) {
    typeChecking = {
      command: `${pyrightCmd} {path} --outputjson > {reports}/pyright.json`,
      report: { path: '{reports}/pyright.json', format: 'pyright-json' }
    }
    const because = pyrightConfigured
      ? `configured in ${pyrightConfigured}`
      : pyrightBin
        ? `pyright is installed (${pyrightBin})`
        : 'no type checker configured or installed: pyright is the default (pip install pyright, or npm i -D pyright)'
    choices.push({ topic: 'type checking', chose: 'pyright', because })
  } else {
    const mypy = runner.kind === 'uv' && !mypyInstalled ? `${uvRun} --with mypy mypy` : run('mypy')
    // The project's own runs of mypy with --strict (kjd/idna: `mypy --strict idna` in its CI, no mypy configuration):
    // without it, mypy checks far less than the project does, and passes what the project's CI fails.
    const strict =
      ['tox.ini', 'noxfile.py', 'Makefile', 'makefile', 'GNUmakefile', '.pre-commit-config.yaml'].find((f) => MYPY_STRICT.test(probe.text(f) ?? '')) ??
      probe.findInFiles(['.github/workflows'], /\.ya?ml$/, MYPY_STRICT)
    typeChecking = {
      command: `${mypy} {path}${strict ? ' --strict' : ''} --show-column-numbers --no-color-output > {reports}/mypy.txt`,
      report: { path: '{reports}/mypy.txt', format: 'mypy-text' }
    }
    choices.push({
      topic: 'type checking',
      chose: strict ? 'mypy --strict' : 'mypy',
      because: (mypyConfigured ? `configured in ${mypyConfigured}` : `mypy is ${where}, pyright is not`) + (strict ? `; the project runs mypy with --strict (${strict})` : '')
    })
  }

  // Secrets: detect-secrets (with the project's baseline when it has one), else gitleaks.
  const baseline = probe.file('.secrets.baseline')
  const detectSecretsInstalled = has('detect_secrets', 'detect-secrets') || Boolean(probe.onPath('detect-secrets'))
  const gitleaks = probe.onPath('gitleaks')
  let secrets: { command: string; report: ReportRef }
  if (!baseline && !detectSecretsInstalled && !gitleaks && runner.kind !== 'uv' && probe.onPath('npx')) {
    // Nothing installed and no uvx to fetch detect-secrets: secretlint reads any text file, and npx fetches it.
    secrets = { command: fetchedSecretlint('{path}', ['**/.venv/**', '**/__pycache__/**', '**/.tox/**', '**/.nox/**']), report: { path: '{reports}/secretlint.json', format: 'secretlint-json' } }
    choices.push({
      topic: 'secrets',
      chose: `secretlint ${SECRETLINT_VERSION} with the recommended rules, fetched by npx`,
      because: `no secret scanner installed (detect-secrets, gitleaks) and no uvx: npx (${probe.onPath('npx')}) fetches the pinned secretlint from the npm registry (needs network; pip install detect-secrets to use it instead)`
    })
  } else if (baseline || detectSecretsInstalled || !gitleaks) {
    const ds = tool('detect-secrets', 'detect_secrets', Boolean(probe.onPath('detect-secrets')), 'uvx detect-secrets')
    // With a baseline, its audited false positives (is_secret: false) stay marked in the copy the scan updates.
    secrets = baseline
      ? { command: `cp .secrets.baseline {reports}/secrets.json && ${ds} scan {path} --baseline {reports}/secrets.json`, report: { path: '{reports}/secrets.json', format: 'detect-secrets-json' } }
      : { command: `${ds} scan {path} > {reports}/secrets.json`, report: { path: '{reports}/secrets.json', format: 'detect-secrets-json' } }
    const because = baseline
      ? '.secrets.baseline exists: scanned against a copy of it, so audited false positives stay out'
      : detectSecretsInstalled
        ? 'detect-secrets is installed'
        : runner.kind === 'uv'
          ? 'no secret scanner installed: detect-secrets through uvx'
          : 'no secret scanner installed: detect-secrets is the default (pip install detect-secrets)'
    choices.push({ topic: 'secrets', chose: 'detect-secrets', because })
  } else {
    secrets = {
      command: 'gitleaks detect --no-git --source {path} --redact --exit-code 0 --report-format json --report-path {reports}/gitleaks.json',
      report: { path: '{reports}/gitleaks.json', format: 'gitleaks-json' }
    }
    choices.push({ topic: 'secrets', chose: 'gitleaks', because: `gitleaks is on PATH (${gitleaks}), detect-secrets is not installed` })
  }

  // Vulnerabilities: pip-audit, else osv-scanner.
  const osv = probe.onPath('osv-scanner')
  const pipAuditInstalled = has('pip_audit', 'pip-audit') || Boolean(probe.onPath('pip-audit'))
  let audit: { command: string; report: ReportRef }
  if (pipAuditInstalled || !osv) {
    const pa = tool('pip-audit', 'pip_audit', Boolean(probe.onPath('pip-audit')), 'uvx pip-audit')
    const target =
      runner.kind === 'uv'
        ? { before: 'uv export --format requirements-txt --frozen --output-file {reports}/requirements.txt && ', args: '-r {reports}/requirements.txt --disable-pip' }
        : probe.file('requirements.txt')
          ? { before: '', args: '-r requirements.txt' }
          : { before: '', args: '' }
    audit = {
      command: `${target.before}${pa} ${target.args ? `${target.args} ` : ''}--format json --output {reports}/pip-audit.json`,
      report: { path: '{reports}/pip-audit.json', format: 'pip-audit-json' }
    }
    const what = runner.kind === 'uv' ? 'the locked dependencies (uv export)' : probe.file('requirements.txt') ? 'requirements.txt' : 'the installed environment'
    choices.push({
      topic: 'vulnerabilities',
      chose: `pip-audit of ${what}`,
      because: pipAuditInstalled ? 'pip-audit is installed' : runner.kind === 'uv' ? 'pip-audit through uvx' : 'no scanner installed: pip-audit is the default (pip install pip-audit)'
    })
  } else {
    audit = {
      command: 'osv-scanner --format json --output {reports}/osv-scanner.json -r .',
      report: { path: '{reports}/osv-scanner.json', format: 'osv-scanner-json' }
    }
    choices.push({ topic: 'vulnerabilities', chose: 'osv-scanner', because: `osv-scanner is on PATH (${osv}), pip-audit is not installed` })
  }

  const layer: DeepPartial<Config> = {
    preset: 'python',
    stages: {
      testing: {
        command: testCommand,
        reports: {
          junit: { path: '{reports}/junit.xml', format: 'junit' },
          coverage: { path: '{reports}/coverage.json', format: 'coverage.py-json' }
        }
      },
      refactoring: {
        linting,
        type_checking: typeChecking,
        security: securityScans(want, { secrets, vulnerabilities: audit }, choices)
      }
    }
  }
  return { layer, choices }
}

/**
 * The `fail_under` of the project's coverage configuration, where coverage.py reads it (`.coveragerc`, else
 * setup.cfg's or tox.ini's `[coverage:report]`, else pyproject.toml's `[tool.coverage.report]` or `report.fail_under`
 * under `[tool.coverage]`). With it, pytest-cov and `coverage json` exit non-zero below that bar (pypa/packaging: 100):
 * the tests would fail for their coverage.
 */
function coverageFailUnder(probe: RepositoryProbe): { value: string; where: string } | undefined {
  const places: Array<[string, string]> = [
    ['.coveragerc', 'report'],
    ['setup.cfg', 'coverage:report'],
    ['tox.ini', 'coverage:report'],
    ['pyproject.toml', 'tool.coverage.report']
  ]
  for (const [file, table] of places) {
    const value = /^\s*fail_under\s*=\s*([0-9.]+)/m.exec(section(probe.text(file), table))?.[1]
    if (value !== undefined) return { value, where: `[${table}] in ${file}` }
  }
  // TOML's dotted keys under [tool.coverage] (tox-dev/platformdirs: `report.fail_under = 76`).
  const dotted = /^\s*report\.fail_under\s*=\s*([0-9.]+)/m.exec(section(probe.text('pyproject.toml'), 'tool.coverage'))?.[1]
  return dotted === undefined ? undefined : { value: dotted, where: '[tool.coverage] in pyproject.toml' }
}

export { PYTEST_RERUNS_MODULE }
