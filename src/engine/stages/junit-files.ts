/**
 * A JUnit report of many files: Maven Surefire and Gradle write one file per test class, .NET loggers one per
 * assembly, pytest-xdist shards one each. `reports.junit` names them by a glob or a directory (its `*.xml` files);
 * each file must have been written by this attempt of the command, as a single report must (a `TEST-Deleted.xml`
 * left from an earlier `mvn test` without `clean` is left out, with a warning), and the files are summed into one
 * test report. Loaded only when the configured path is a glob or a directory: a plain file never loads it.
 */
import { readdir, realpath, stat } from 'node:fs/promises'
import { isAbsolute, join, relative, sep } from 'node:path'
import { renderTemplate } from '../../config/templates.js'
import type { JUnitCase } from '../../reports/junit.js'
import { fileKind } from '../../reports/read.js'
import { ReportError, type FailedTest, type FlakyTest, type MatchedTests, type TestReport } from '../../reports/types.js'
import type { ReportSnapshot } from '../fresh.js'

/** Most files one `reports.junit` may match: past it nothing is read and the gate fails, saying so. */
export const MAX_JUNIT_FILES = 10_000
/** Failed tests (and flaky ones, and quarantine picks of each kind) kept over all the files, as one report keeps. */
const MAX_FAILURES = 200
/** Files named in a message or listed in `details.junit_files`. */
const NAMED = 5
const LISTED = 50
/** Warnings, and failures stated outside test cases, kept over all the files (each file bounds its own). */
const MAX_NOTES = 100
/** Test ids remembered to find a test that two files both hold; past it, no more are compared. */
const TRACKED_IDS = 1_000_000

/** Where the files come from, as configured. */
export interface JUnitFileSource {
  kind: 'glob' | 'directory'
  /** The path as configured with its placeholders filled, relative to the workspace: what messages show. */
  shown: string
  /** The absolute directory, or the glob relative to the workspace with placeholder values escaped. */
  target: string
}

/** What was read, for the gate's `details.junit_files`. */
export interface JUnitFilesDetail {
  /** Files read (fresh ones, after the stale ones were left out). */
  count: number
  glob?: string
  directory?: string
  /** The files read, relative to the workspace, at most {@link LISTED}. */
  files: string[]
  /** Files that match but this attempt did not write, left out; at most {@link LISTED} named, the count exact. */
  stale_count: number
  stale: string[]
  /** Test ids that more than one file holds (each file's tests are counted: see README). */
  duplicate_ids: number
  /** Files of a directory source that are a JVM test tool's own companion files, not JUnit XML: left out, named. */
  not_junit?: string[]
}

/**
 * Root elements of the files JVM test tools write beside their JUnit XML in the same directory, holding nothing the
 * JUnit files do not: Maven Failsafe's run summary (failsafe-reports/failsafe-summary.xml), TestNG's own results
 * and its suite of failed tests (surefire-reports/testng-results.xml, testng-failed.xml).
 */
const COMPANIONS: Readonly<Record<string, string>> = {
  'failsafe-summary': "Maven Failsafe's run summary",
  'testng-results': "TestNG's own results",
  suite: "TestNG's suite file"
}

/** The companion a file that failed to parse as JUnit is (see {@link COMPANIONS}), by its root element. */
function companionOf(error: unknown): string | undefined {
  if (!(error instanceof ReportError)) return undefined
  // Said by the JUnit reader ("the root element is <x>, expected …") or, format not given, by the detection.
  const root = /^(?:the root element is|[^:]*: XML whose root element is) <([^>\s]+)>/.exec(error.detail)?.[1]
  return root !== undefined && Object.hasOwn(COMPANIONS, root) ? `${COMPANIONS[root]} (<${root}>)` : undefined
}

/** A glob source: `template` rendered with each placeholder's value made workspace-relative and glob-escaped. */
export async function globSource(template: string, vars: Readonly<Record<string, string>>, workspace: string, shownAbsolute: string, where: string): Promise<JUnitFileSource> {
  const { escapePath } = await import('tinyglobby')
  const escaped: Record<string, string> = {}
  for (const [name, value] of Object.entries(vars)) escaped[name] = escapePath(insideAsRelative(value, workspace))
  let pattern = renderTemplate(template, escaped, where, { quote: false })
  if (isAbsolute(pattern)) pattern = relative(workspace, pattern)
  return { kind: 'glob', shown: toSlashes(relative(workspace, shownAbsolute)), target: toSlashes(pattern) }
}

export function directorySource(dir: string, workspace: string): JUnitFileSource {
  return { kind: 'directory', shown: toSlashes(relative(workspace, dir)) || '.', target: dir }
}

/** The source in words: `glob target/surefire-reports/TEST-*.xml`, `directory build/test-results/test`. */
export function describeSource(source: JUnitFileSource): string {
  return `${source.kind} ${source.shown}`
}

/**
 * The files the source matches now, absolute, sorted: for a glob, every file it matches under the workspace
 * (symbolic links followed, so that one pointing outside is seen and refused; `node_modules` and `.git` left out);
 * for a directory, its entries named `*.xml` that are not directories (not its subdirectories' files).
 */
export async function listJUnitFiles(source: JUnitFileSource, workspace: string): Promise<string[]> {
  if (source.kind === 'directory') {
    const entries = await readdir(source.target, { withFileTypes: true }).catch(() => [])
    return entries
      .filter((e) => e.name.toLowerCase().endsWith('.xml') && !e.isDirectory())
      .map((e) => join(source.target, e.name))
      .sort(byName)
  }
  const { glob } = await import('tinyglobby')
  const found = await glob([source.target], {
    cwd: workspace,
    dot: true,
    onlyFiles: true,
    expandDirectories: false,
    followSymbolicLinks: true,
    absolute: true,
    ignore: ['**/node_modules/**', '**/.git/**']
  })
  return [...new Set(found)].sort(byName)
}

export interface JUnitFilesRead {
  value?: TestReport
  problem?: string
  /** Caveats and notes for the gate (stale files left out, tests two files both hold). */
  warnings: string[]
  detail: JUnitFilesDetail
}

/**
 * Reads every file of the source this attempt wrote and sums them into one report. `problem` says why nothing was
 * read: no fresh file, more than {@link MAX_JUNIT_FILES} files, a file outside the workspace or not a regular file,
 * a file that failed to parse (the reader's message names it).
 */
export async function readJUnitFiles(
  snapshot: ReportSnapshot,
  source: JUnitFileSource,
  opts: { workspace: string; ran: string; onCase?: (test: JUnitCase) => void },
  read: (path: string, onCase: (test: JUnitCase) => void) => Promise<TestReport>
): Promise<JUnitFilesRead> {
  const { workspace } = opts
  const rel = (path: string): string => toSlashes(relative(workspace, path))
  const detail: JUnitFilesDetail = { count: 0, [source.kind]: source.shown, files: [], stale_count: 0, stale: [], duplicate_ids: 0 }
  const warnings: string[] = []
  const fail = (problem: string): JUnitFilesRead => ({ problem, warnings, detail })
  const what = `JUnit files (${describeSource(source)})`

  const matched = await listJUnitFiles(source, workspace)
  if (matched.length > MAX_JUNIT_FILES) {
    return fail(
      `${matched.length} files match the ${what}, more than the ${MAX_JUNIT_FILES.toLocaleString('en-US')} read at most: none is read (a part of them would be no measure of the run). ` +
        'Narrow the glob, or have the tool write fewer files'
    )
  }
  const fresh: string[] = []
  const stale: string[] = []
  for (const path of matched) {
    const state = await snapshot.check(path)
    if (state === 'fresh') fresh.push(path)
    else if (state === 'stale') stale.push(path)
    else return fail(`the JUnit file ${rel(path)} matched the ${what} and then could not be read (removed, or a link to nothing): not read`)
  }
  detail.stale_count = stale.length
  detail.stale = stale.slice(0, LISTED).map(rel)
  const staleText = `${stale.length} file(s) ${named(stale.map(rel))} that this attempt did not write (left over from an earlier run) are not read`
  if (fresh.length === 0) {
    return fail(`${opts.ran} wrote no JUnit report matching ${source.shown} (${source.kind}): ${stale.length > 0 ? `it matches only ${staleText}` : 'no file matches'}`)
  }
  if (stale.length > 0) warnings.push(`of the ${what}, ${staleText}: the gate counts the ${fresh.length} file(s) this attempt wrote`)

  // Each file resolves inside the workspace and is a regular file (a FIFO would block the read); a file reached by
  // two paths (a link to another matched file) is read once.
  const [root, files] = [await realpath(workspace), [] as string[]]
  const reals = new Set<string>()
  for (const path of fresh) {
    const real = await realpath(path).catch(() => null)
    if (real === null) return fail(`the JUnit file ${rel(path)} matched the ${what} and then could not be read: not read`)
    const inside = relative(root, real)
    if (inside.startsWith('..') || isAbsolute(inside)) return fail(`the JUnit file ${rel(path)} (${what}) resolves outside the workspace (${real}): not read`)
    const info = await stat(real)
    if (!info.isFile()) return fail(`the JUnit file ${rel(path)} (${what}) is ${fileKind(info)}, not a regular file: not read`)
    if (reals.has(real)) continue
    reals.add(real)
    files.push(path)
  }
  detail.count = files.length
  detail.files = files.slice(0, LISTED).map(rel)

  // Test ids by the first file that held them: one a second file holds too is counted in both.
  const firstFile = new Map<string, number>()
  const shared = new Map<string, { ids: number; example: string }>()
  const parts: Array<{ file: string; report: TestReport }> = []
  const companions: string[] = []
  for (let i = 0; i < files.length; i++) {
    const onCase = (test: JUnitCase): void => {
      opts.onCase?.(test)
      const id = test.id !== '' || test.idBytes === undefined ? test.id : test.idBytes.toString('utf8', 0, test.idLength)
      const first = firstFile.get(id)
      if (first === undefined) {
        if (firstFile.size < TRACKED_IDS) firstFile.set(id, i)
      } else if (first !== i && first >= 0) {
        // Counted once per id (its later files are not told apart): the pair of the first two files holding it.
        firstFile.set(id, -1 - first)
        const key = `${first}\u0000${i}`
        const pair = shared.get(key) ?? { ids: 0, example: id }
        pair.ids++
        shared.set(key, pair)
      }
    }
    try {
      parts.push({ file: rel(files[i]), report: await read(files[i], onCase) })
    } catch (error) {
      // A directory holds what the tool writes there; a file named by a glob was asked for, and must be JUnit.
      const companion = source.kind === 'directory' ? companionOf(error) : undefined
      if (companion === undefined) return fail(`${(error as Error).message} (the ${ordinal(i + 1)} of the ${files.length} ${what})`)
      companions.push(`${rel(files[i])}: ${companion}`)
    }
  }
  if (companions.length > 0) {
    detail.not_junit = companions.slice(0, LISTED)
    detail.count = parts.length
    detail.files = parts.slice(0, LISTED).map((p) => p.file)
    // What the tool writes there every run is no caveat: named in the details, not a warning.
    if (parts.length === 0) return fail(`${opts.ran} wrote no JUnit report in ${source.shown} (directory): it holds only ${companions.join('; ')}, not JUnit XML`)
  }
  const duplicates = [...shared.values()].reduce((n, p) => n + p.ids, 0)
  detail.duplicate_ids = duplicates
  if (duplicates > 0) {
    const pairs = [...shared.entries()].sort((a, b) => b[1].ids - a[1].ids)
    const shown = pairs.slice(0, 3).map(([key, p]) => {
      const [a, b] = key.split('\u0000').map(Number)
      return `${rel(files[a])} and ${rel(files[b])} share ${p.ids} (e.g. ${p.example})`
    })
    warnings.push(
      `${duplicates} test id(s) appear in more than one of the ${what}: ${shown.join('; ')}${pairs.length > 3 ? `; and ${pairs.length - 3} more pair(s) of files` : ''}. ` +
        'Each file counts as the tool wrote it, so those tests count once per file and the totals cannot be trusted as counts of distinct tests ' +
        '(a failure in either file still fails the gate); if one file merges the others, narrow the glob to one kind'
    )
  }
  return { value: mergeTestReports(parts), warnings, detail }
}

/**
 * Sums the reports of several files into one: totals added, failures, flaky tests and quarantine picks kept up to the
 * bound one report keeps (truncation said), warnings and unlisted failures each naming their file.
 */
export function mergeTestReports(parts: Array<{ file: string; report: TestReport }>): TestReport {
  const totals = { total: 0, passed: 0, failed: 0, errors: 0, skipped: 0 } as TestReport['totals']
  let time: number | undefined
  const failures: FailedTest[] = []
  const flaky: FlakyTest[] = []
  let truncated = false
  let flakyCount = 0
  const warnings: string[] = []
  const unlisted: string[] = []
  let matched: MatchedTests | undefined
  const picked: { failing: MatchedTests['tests']; other: MatchedTests['tests'] } = { failing: [], other: [] }
  for (const { file, report } of parts) {
    for (const k of ['total', 'passed', 'failed', 'errors', 'skipped'] as const) totals[k] += report.totals[k]
    if (report.totals.time_seconds !== undefined) time = (time ?? 0) + report.totals.time_seconds
    for (const f of report.failures) {
      if (failures.length < MAX_FAILURES) failures.push(f)
      else truncated = true
    }
    truncated ||= report.failures_truncated
    for (const f of report.flaky ?? []) if (flaky.length < MAX_FAILURES) flaky.push(f)
    flakyCount += report.flaky_count ?? report.flaky?.length ?? 0
    const own = (text: string): string => (text.includes(file) ? text : `${file}: ${text}`)
    for (const w of report.warnings ?? []) warnings.push(own(w))
    for (const u of report.unlisted_failures ?? []) unlisted.push(own(u))
    if (report.matched) {
      matched ??= { counts: {}, tests: [] }
      for (const [key, c] of Object.entries(report.matched.counts)) {
        const sum = (matched.counts[Number(key)] ??= { passed: 0, failed: 0, errors: 0, skipped: 0, flaky: 0 })
        for (const k of ['passed', 'failed', 'errors', 'skipped', 'flaky'] as const) sum[k] += c[k]
      }
      for (const t of report.matched.tests) {
        const list = t.outcome === 'failed' || t.outcome === 'error' ? picked.failing : picked.other
        if (list.length < MAX_FAILURES) list.push(t)
      }
    }
  }
  if (time !== undefined) totals.time_seconds = Math.round(time * 1e6) / 1e6
  bound(warnings, 'warnings')
  bound(unlisted, 'failures stated outside test cases')
  if (matched) matched.tests = [...picked.failing, ...picked.other]
  return {
    format: 'junit',
    totals,
    failures,
    failures_truncated: truncated,
    flaky,
    flaky_count: flakyCount,
    warnings,
    ...(unlisted.length > 0 ? { unlisted_failures: unlisted } : {}),
    ...(matched ? { matched } : {})
  }
}

/** A value that is a path inside the workspace, made relative to it (so that the workspace's own path is no glob). */
function insideAsRelative(value: string, workspace: string): string {
  if (!isAbsolute(value)) return value
  const rel = relative(workspace, value)
  return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? value : rel
}

/** Cuts a list of notes to {@link MAX_NOTES}, the last saying how many more there were (a list that fails the gate still does). */
function bound(notes: string[], what: string): void {
  if (notes.length <= MAX_NOTES) return
  const more = notes.length - (MAX_NOTES - 1)
  notes.length = MAX_NOTES - 1
  notes.push(`and ${more} more ${what} in the other JUnit files`)
}

function toSlashes(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/')
}

function named(files: string[]): string {
  return `(${files.slice(0, NAMED).join(', ')}${files.length > NAMED ? `, and ${files.length - NAMED} more` : ''})`
}

function ordinal(n: number): string {
  const tens = n % 100
  return `${n}${tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`
}

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
