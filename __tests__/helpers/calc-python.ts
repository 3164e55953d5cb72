/**
 * A small Python package tested by real pytest with pytest-cov (Debian's python3-pytest, python3-pytest-cov), for the
 * tests that judge what a change does to a test run: `src/calc/__init__.py` (add and div), a configuration running
 * pytest on `tests` with its JUnit and Cobertura reports, and the files given, committed on `main`.
 */
import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { git, writeIn } from './workspace.js'

/** pytest and pytest-cov are installed (the tests that need them say they skipped otherwise). */
export const PYTEST = ['pytest', 'pytest_cov'].every((m) => existsSync(`/usr/lib/python3/dist-packages/${m}`))

export const CALC_SOURCE = 'def add(a, b):\n    return a + b\n\n\ndef div(a, b):\n    return a / b\n'

/** The configuration: pytest on `tests`, coverage of src/calc, no retry. */
export function pytestCalcConfig(tests: string): string {
  return (
    `preset: none\nstages:\n  testing:\n    command: /usr/bin/python3 -m pytest -q -p no:cacheprovider ${tests} --rootdir=. --cov=src/calc --cov-report=xml:{reports}/coverage.xml --junitxml={reports}/junit.xml\n` +
    '    reports: { junit: "{reports}/junit.xml", coverage: "{reports}/coverage.xml" }\n  refactoring: { enabled: false }\nerror_recovery:\n  testing: { max_retries: 0 }\n'
  )
}

/** The package, `files` (tests, spec, pytest's configuration) and the configuration running pytest on `tests`, committed on main. */
export async function pytestCalcRepo(prefix: string, tests: string, files: Record<string, string>): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  await writeIn(dir, 'src/calc/__init__.py', CALC_SOURCE)
  for (const [path, text] of Object.entries(files)) await writeIn(dir, path, text)
  await writeIn(dir, '.github/spec-to-production.yml', pytestCalcConfig(tests))
  await writeIn(dir, '.gitignore', '.spec-to-production\nworkflow_*\n__pycache__\n.coverage\nr.json\n')
  git(dir, 'init', '-q', '-b', 'main')
  git(dir, 'add', '-A')
  git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'calc')
  return dir
}
