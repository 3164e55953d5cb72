/** The entry points the testing stage uses: read a test report and a coverage report, detecting unnamed formats. */
import { ReportError, type CoverageFormat, type CoverageReport, type TestReport } from './types.js'
import { parseCoverage } from './coverage.js'
import { scopeCoverage, type CoverageScope } from './coverage-scope.js'
import { detectFormat } from './detect.js'
import { parseJUnitFile, type JUnitOptions } from './junit.js'
import type { SourceResolver } from './coverage-jacoco.js'

/**
 * Reads a test report. The only test report format is `junit` (pytest, jest-junit, vitest, mypy, Surefire, …).
 *
 * @throws ReportError naming the file, the format tried and where it broke
 */
export async function readTestReport(
  path: string,
  opts: { workspace: string; format?: string; maxFailures?: number; match?: JUnitOptions['match']; onCase?: JUnitOptions['onCase']; roots?: JUnitOptions['roots'] }
): Promise<TestReport> {
  const format = opts.format ?? (await detectFormat(path))
  if (format !== 'junit') {
    throw opts.format === undefined
      ? new ReportError(path, 'auto-detect', 'content', `this is a ${format} coverage report, not a JUnit test report`)
      : new ReportError(path, format, 'format', 'unknown test report format; the only one is junit')
  }
  return parseJUnitFile(path, { workspace: opts.workspace, maxFailures: opts.maxFailures, ...(opts.match ? { match: opts.match } : {}), onCase: opts.onCase, ...(opts.roots ? { roots: opts.roots } : {}) })
}

/**
 * Reads a coverage report (coverage.py JSON, Cobertura, lcov, Istanbul json-summary or coverage-final, JaCoCo XML),
 * keeping only the files inside the workspace and, when `scope.sources` is given, inside the component's source paths.
 * A JaCoCo report's paths are relative to source roots it does not name: they are found among the files git tracks.
 *
 * @throws ReportError naming the file, the format tried and where it broke
 */
export async function readCoverageReport(
  path: string,
  opts: { workspace: string; format?: CoverageFormat; scope?: CoverageScope }
): Promise<CoverageReport> {
  const format = opts.format ?? (await detectFormat(path))
  if (format === 'junit') throw new ReportError(path, 'auto-detect', 'root element', 'this is a JUnit test report, not a coverage report')
  const resolver = format === 'jacoco' ? await jacocoResolver(opts.workspace, opts.scope) : undefined
  return scopeCoverage(await parseCoverage(path, { workspace: opts.workspace, format, ...(resolver ? { resolver } : {}) }), opts.scope)
}

/** The workspace's tracked files, indexed for JaCoCo's paths; undefined when the workspace is not a git work tree. */
async function jacocoResolver(workspace: string, scope: CoverageScope | undefined): Promise<SourceResolver | undefined> {
  const [{ indexListing }, { SourceIndex }] = await Promise.all([import('../exec/git-index.js'), import('./coverage-jacoco.js')])
  const listing = await indexListing(workspace)
  if (listing === null || listing === 'too-many') return undefined
  const files = listing.entries.filter((e) => e.mode !== '120000' && e.mode !== '160000').map((e) => e.path)
  const sources = (scope?.sources ?? []).map((s) => s.replace(/\/+$/, '')).filter((s) => s !== '.' && s !== '')
  return new SourceIndex(files, sources)
}
