/**
 * What a coverage report may count toward a component: its files inside the workspace and, when the component's
 * source paths are known, inside those paths. A report that also measured `/etc/passwd`, `../other/x.py`, the test
 * files or another component would otherwise lend their lines to the component's figure. What is left out is counted
 * and named in `left_out`, and the totals are recounted from the files kept.
 */
import { reportFromFiles } from './coverage-lines.js'
import { toWorkspacePath } from './paths.js'
import type { CoverageReport, FileCoverage } from './types.js'

export interface CoverageScope {
  /**
   * The component's source paths, relative to the workspace (`.` for all of it); undefined when the component has
   * none to go by, and then only the workspace limits the report.
   */
  sources?: readonly string[]
  /** The workspace's real path, when it differs from the path the run uses (a symbolic link in between). */
  realWorkspace?: string
  /**
   * The component's test paths (`.` for all of it). Test code measured inside the source paths is not the
   * component's code: counted, a test file (most of its lines run by definition) would lift the figure.
   */
  tests?: readonly string[]
}

/** pytest's default `python_files`, and its conftest: test code by name. */
const PYTEST_FILE = /(^|\/)(test_[^/]*|[^/]*_test|conftest)\.py$/

/**
 * This product's own run directory, relative to the workspace: what a run writes there (the pytest plugin in
 * `{reports}`) is measured by a `--cov=.` that covers the whole repository, and is nobody's source.
 */
const RUN_OUTPUTS = /^(\.\/)*\.spec-to-production\//

/** Names of files left out that the report shows. */
const EXAMPLES = 5

function isOutsideWorkspace(file: string): boolean {
  return file === '' || file === '..' || file.startsWith('../') || file.startsWith('/') || /^[A-Za-z]:\//.test(file)
}

/** `./src/app/` → `src/app`; `.` and `` → `` (the whole workspace). */
function normalizeSource(source: string): string {
  let s = source.replace(/\\/g, '/').replace(/\/+$/, '')
  while (s.startsWith('./')) s = s.slice(2)
  return s === '.' ? '' : s
}

/**
 * The report limited to the workspace and the component's source paths, its totals recounted from the files kept.
 * A report that lists no file (a summary with only its total) cannot be checked, and says so in its warnings.
 */
export function scopeCoverage(report: CoverageReport, scope: CoverageScope = {}): CoverageReport {
  if (report.files.length === 0) {
    if (report.lines_total === 0) return report
    return {
      ...report,
      warnings: [...(report.warnings ?? []), 'the coverage report lists no file: it could not be checked against the workspace and the component paths']
    }
  }
  const sources = scope.sources?.map(normalizeSource)
  const wholeWorkspace = sources === undefined || sources.length === 0 || sources.includes('')
  const tests = scope.tests?.map(normalizeSource) ?? []
  // A tests path inside the sources (and not one of them) tells its files apart; one that is the sources' own
  // directory (six: test_six.py beside six.py, both `.`), or holds one (tests `src`, sources `src/lib`), cannot, and
  // pytest's file names do.
  const inside = (file: string, dir: string) => dir === '' || file === dir || file.startsWith(`${dir}/`)
  const holdsSource = (t: string) => (sources ?? ['']).some((s) => inside(s, t))
  const separable = tests.filter((t) => !holdsSource(t))
  const byName = tests.some(holdsSource)
  const isTest = (file: string) => separable.some((t) => inside(file, t)) || (byName && tests.some((t) => inside(file, t)) && PYTEST_FILE.test(file))
  const kept: FileCoverage[] = []
  const examples: string[] = []
  let outsideWorkspace = 0
  let outsideComponent = 0
  let testFiles = 0
  let runOutputs = 0
  let linesLeftOut = 0
  for (const original of report.files) {
    let file = original
    if (isOutsideWorkspace(file.file) && scope.realWorkspace !== undefined) {
      // The tool may have written the workspace's real path (/private/var/… for /var/…).
      const relative = toWorkspacePath(file.file, scope.realWorkspace)
      if (!isOutsideWorkspace(relative)) file = { ...file, file: relative }
    }
    let out = false
    if (isOutsideWorkspace(file.file)) {
      outsideWorkspace++
      out = true
    } else if (RUN_OUTPUTS.test(file.file)) {
      runOutputs++
      out = true
    } else if (!wholeWorkspace && !sources.some((s) => inside(file.file, s))) {
      outsideComponent++
      out = true
    } else if (isTest(file.file)) {
      testFiles++
      out = true
    }
    if (!out) {
      kept.push(file)
      continue
    }
    linesLeftOut += file.lines_total
    if (examples.length < EXAMPLES) examples.push(file.file)
  }
  if (outsideWorkspace + outsideComponent + testFiles + runOutputs === 0) return report
  const scoped = reportFromFiles(report.format, kept)
  const result: CoverageReport = { ...report, ...scoped }
  if (report.branches_total !== undefined && scoped.branches_total === undefined) {
    result.branches_total = 0
    result.branches_covered = 0
  } else if (report.branches_total === undefined) {
    delete result.branches_total
    delete result.branches_covered
  }
  result.left_out = { outside_workspace: outsideWorkspace, outside_component: outsideComponent, test_files: testFiles, run_outputs: runOutputs, lines_total: linesLeftOut, examples }
  return result
}
