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
  /**
   * The component's tests paths, relative to the workspace: their files never count, even inside a source path (a
   * component whose source is the whole repository, `.`, with its tests in `test/`: node --test and `pytest
   * --cov=.` measure the test files themselves, which run every line they have, and would lift the figure). A tests
   * path that is `.` or holds a source path limits nothing.
   */
  tests?: readonly string[]
  /** The workspace's real path, when it differs from the path the run uses (a symbolic link in between). */
  realWorkspace?: string
}

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
  const under = (file: string, dir: string) => file === dir || file.startsWith(`${dir}/`)
  const tests = (scope.tests ?? [])
    .map(normalizeSource)
    .filter((t) => t !== '' && !(sources ?? []).some((s) => s !== '' && under(s, t)))
  const kept: FileCoverage[] = []
  const examples: string[] = []
  let outsideWorkspace = 0
  let outsideComponent = 0
  let inTests = 0
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
    } else if (!wholeWorkspace && !sources.some((s) => under(file.file, s))) {
      outsideComponent++
      out = true
    } else if (tests.some((t) => under(file.file, t))) {
      inTests++
      out = true
    }
    if (!out) {
      kept.push(file)
      continue
    }
    linesLeftOut += file.lines_total
    if (examples.length < EXAMPLES) examples.push(file.file)
  }
  if (outsideWorkspace + outsideComponent + inTests === 0) return report
  const scoped = reportFromFiles(report.format, kept)
  const result: CoverageReport = { ...report, ...scoped }
  if (report.branches_total !== undefined && scoped.branches_total === undefined) {
    result.branches_total = 0
    result.branches_covered = 0
  } else if (report.branches_total === undefined) {
    delete result.branches_total
    delete result.branches_covered
  }
  result.left_out = {
    outside_workspace: outsideWorkspace,
    outside_component: outsideComponent,
    ...(inTests > 0 ? { tests: inTests, tests_paths: tests } : {}),
    lines_total: linesLeftOut,
    examples
  }
  return result
}
