/** The entry points the testing stage uses: read a test report and a coverage report, detecting unnamed formats. */
import { ReportError, type CoverageFormat, type CoverageReport, type TestReport } from './types.js'
import { parseCoverage } from './coverage.js'
import { scopeCoverage, type CoverageScope } from './coverage-scope.js'
import { detectFormat } from './detect.js'
import { parseJUnitFile, type JUnitOptions } from './junit.js'

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
 * Reads a coverage report (coverage.py JSON, Cobertura, lcov, Istanbul json-summary or coverage-final), keeping only
 * the files inside the workspace and, when `scope.sources` is given, inside the component's source paths.
 *
 * @throws ReportError naming the file, the format tried and where it broke
 */
export async function readCoverageReport(
  path: string,
  opts: { workspace: string; format?: CoverageFormat; scope?: CoverageScope }
): Promise<CoverageReport> {
  return scopeCoverage(await parseCoverage(path, opts), opts.scope)
}
