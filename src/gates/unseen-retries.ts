/**
 * Retries the test report cannot show. pytest-rerunfailures (`--reruns`), vitest's `retry` and mocha's `retries` rerun
 * a failing test inside the run, and their JUnit reports record only the last attempt: a test that passed on its second
 * try reads as a plain pass, and the pass-rate gate cannot flag it flaky (measured: pytest 7.2.1 with
 * pytest-rerunfailures 10.2, vitest 4, mocha 11 with mocha-junit-reporter 2.2.1 and its xunit reporter; see
 * `__fixtures__/reports/junit/README.md`). Where the command or the project's configuration turns such retries on,
 * this says so on the gate. Retries set in test files (`@pytest.mark.flaky(reruns=…)`, `it(…, { retry })`,
 * `this.retries()`) are not looked for: that would mean reading every test file. jest's `retryTimes` is recorded by the
 * node preset's jest-junit properties module, and is not guessed here either; vitest's `retry` by its retries reporter,
 * with vitest 3.2 or later, and pytest-rerunfailures' reruns by the python preset's plugin (then nothing is said).
 */
import { pytestOption } from '../config/python-project.js'
import type { RepositoryProbe } from '../config/probe.js'
import { PYTEST_RERUNS_MODULE, VITEST_RETRIES_FILE } from '../config/retry-recorders.js'

/** The files a project configures vitest in (its `test.retry`). */
const VITEST_CONFIGS = ['vitest.config', 'vite.config', 'vitest.workspace'].flatMap((b) => ['ts', 'mts', 'cts', 'js', 'mjs', 'cjs'].map((e) => `${b}.${e}`))
/** mocha's configuration files, read for `retries`. */
const MOCHA_CONFIGS = ['.mocharc.js', '.mocharc.cjs', '.mocharc.mjs', '.mocharc.json', '.mocharc.jsonc', '.mocharc.yml', '.mocharc.yaml']

/** A count option's value in words (`--reruns 2`, `--reruns=2`), when it is a whole number above 0. */
function countFlag(words: readonly string[], flag: string): number | undefined {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]
    const value = w === flag ? words[i + 1] : w.startsWith(`${flag}=`) ? w.slice(flag.length + 1) : undefined
    if (value !== undefined && /^\d+$/.test(value) && Number(value) > 0) return Number(value)
  }
  return undefined
}

/** The command's words, quotes dropped: enough to find a flag and its count. */
function wordsOf(text: string): string[] {
  return text.split(/[\s'"]+/).filter(Boolean)
}

/** Lines of a configuration file without its comment lines (`//`, `#`, `*`), so a commented-out setting is not read. */
function uncommented(text: string): string {
  return text
    .split(/\r?\n/)
    .filter((l) => !/^\s*(\/\/|#|\*|\/\*)/.test(l))
    .join('\n')
}

/** Where pytest-rerunfailures' `--reruns` is set for this command: the command, PYTEST_ADDOPTS or pytest's addopts. */
function pytestReruns(command: string, env: Readonly<Record<string, string | undefined>>, probe: RepositoryProbe): string | undefined {
  const inCommand = countFlag(wordsOf(command), '--reruns')
  if (inCommand !== undefined) return `--reruns ${inCommand} in the test command`
  const addoptsEnv = env.PYTEST_ADDOPTS
  const inEnv = addoptsEnv ? countFlag(wordsOf(addoptsEnv), '--reruns') : undefined
  if (inEnv !== undefined) return `--reruns ${inEnv} in PYTEST_ADDOPTS`
  const addopts = pytestOption(probe, 'addopts')
  const inConfig = addopts ? countFlag(addopts.words, '--reruns') : undefined
  if (inConfig !== undefined) return `--reruns ${inConfig} in pytest's addopts (${addopts?.file})`
  return undefined
}

/** Where vitest's `retry` is set above 0: `--retry N` in the command, or `retry: N` in its configuration file. */
function vitestRetry(command: string, probe: RepositoryProbe): string | undefined {
  const inCommand = countFlag(wordsOf(command), '--retry')
  if (inCommand !== undefined) return `--retry ${inCommand} in the test command`
  for (const file of VITEST_CONFIGS) {
    const text = probe.text(file)
    if (text === null) continue
    const m = /\bretry\s*:\s*(?:(\d+)|\{[^}]*\bcount\s*:\s*(\d+))/.exec(uncommented(text))
    const count = Number(m?.[1] ?? m?.[2] ?? 0)
    if (count > 0) return `retry: ${count} in ${file}`
  }
  return undefined
}

/**
 * Whether the node preset's vitest retries reporter is in the command and the installed vitest's junit reporter writes
 * the annotations it adds (vitest 3.2 and later: measured with 3.2.7 and 4.1.12); earlier, retries stay unseen.
 */
function vitestRetriesRecorded(command: string, probe: RepositoryProbe): boolean {
  if (!command.includes(`/${VITEST_RETRIES_FILE}`)) return false
  const [major, minor] = (probe.nodePackageVersion('vitest') ?? '').split('.').map(Number)
  return major > 3 || (major === 3 && minor >= 2)
}

/** Where mocha's `retries` is set above 0: `--retries N` in the command, a .mocharc file or package.json's `mocha`. */
function mochaRetries(command: string, probe: RepositoryProbe): string | undefined {
  const inCommand = countFlag(wordsOf(command), '--retries')
  if (inCommand !== undefined) return `--retries ${inCommand} in the test command`
  for (const file of MOCHA_CONFIGS) {
    const text = probe.text(file)
    const count = text === null ? 0 : Number(/["']?\bretries["']?\s*:\s*(\d+)/.exec(uncommented(text))?.[1] ?? 0)
    if (count > 0) return `retries: ${count} in ${file}`
  }
  const own = probe.packageJson()?.mocha as { retries?: unknown } | undefined
  if (typeof own?.retries === 'number' && own.retries > 0) return `retries: ${own.retries} in package.json's mocha`
  return undefined
}

/**
 * Whether the command runs a node runner: it names it, or it runs the package's test script (`npm test -- --run`, as
 * the node preset runs vitest through a plain test script) and that script names it.
 */
function runs(command: string, probe: RepositoryProbe, runner: RegExp): boolean {
  if (runner.test(command)) return true
  if (!/(^|[\s;&|(])(npm|pnpm|yarn)\s+(run\s+)?test(?=$|[\s;&|)])/.test(command)) return false
  const script = probe.packageJson()?.scripts?.test
  return typeof script === 'string' && runner.test(script)
}

/**
 * One warning per runner of the command whose retries are turned on where its JUnit report cannot show them: a test
 * that passed only on a retry counts as a plain pass, never as flaky. Empty when none is. Its "not checked" makes it a
 * caveat of the gate (report-view's `caveats`): a pass shown with ⚠, never a clean ✅.
 */
export function unseenRetries(command: string, env: Readonly<Record<string, string | undefined>>, probe: RepositoryProbe): string[] {
  const warnings: string[] = []
  const unseen = (setting: string, runner: string, report: string): void => {
    warnings.push(
      `RETRIES UNSEEN: ${setting} retries a failing test within the run, and ${report} records only its last attempt: ` +
        `whether a pass came on a retry is not checked — a test that passed only on a retry counts here as a plain pass and cannot be flagged flaky (flaky: fail cannot count it). ` +
        `To have flaky tests found, turn ${runner}'s retries off: error_recovery.testing reruns the command and flags what passes on a rerun as flaky`
    )
  }
  if (/(^|[\s/;&|(])(py\.test|pytest)(?=$|[\s;&|)])|-m\s+pytest\b/.test(command)) {
    // The python preset's plugin records them in the report (`-p spec_to_production_reruns`).
    const where = command.includes(`-p ${PYTEST_RERUNS_MODULE}`) ? undefined : pytestReruns(command, env, probe)
    if (where) unseen(where, 'pytest-rerunfailures', "pytest's JUnit report")
  }
  if (runs(command, probe, /\bvitest\b/) && !vitestRetriesRecorded(command, probe)) {
    const where = vitestRetry(command, probe)
    if (where) unseen(where, 'vitest', "vitest's JUnit reporter")
  }
  if (runs(command, probe, /\bmocha\b/)) {
    const where = mochaRetries(command, probe)
    if (where) unseen(where, 'mocha', "mocha's JUnit reporter (xunit or mocha-junit-reporter)")
  }
  return warnings
}
