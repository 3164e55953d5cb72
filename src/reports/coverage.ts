/**
 * Coverage reports → line (and branch) counts per file and in total, for every format the action reads. Every format
 * is counted from its line data (lcov `DA`, coverage.py's line lists, Cobertura `<line>`, Istanbul's statements or
 * per-file entries); a summary that contradicts the data becomes a warning in `warnings`, and the data win — except
 * JaCoCo's, whose LINE and BRANCH counters are JaCoCo's own figures and are followed (with a warning).
 * - `producer` says which tool wrote it when the content tells (coverage.py's JSON, its 6.x LCOV, its Cobertura
 *   comment; Istanbul's JSON): `coverage-figures.ts` gates on the figure that tool prints;
 * - `display_percent` is the total the file itself states (coverage.py's `percent_covered_display`, Istanbul's
 *   `total.lines.pct`), kept to be compared with what the data give;
 * - `percent` is line coverage from the counts.
 * Nothing to cover (0 lines) is 100%, as coverage.py and Istanbul report it.
 */
import { ReportError, type CoverageFormat, type CoverageReport } from './types.js'
import { parseCobertura } from './coverage-cobertura.js'
import { parseJsonCoverageFile } from './coverage-json.js'
import { parseLcovFile } from './coverage-lcov.js'
import { detectFormat } from './detect.js'
import type { SourceResolver } from './coverage-jacoco.js'

export { parseCobertura } from './coverage-cobertura.js'
export { parseLcov } from './coverage-lcov.js'
export { coveragePyReport, istanbulFinalReport, istanbulSummaryReport } from './coverage-json.js'

/** Every coverage format, for validating a configured `format:`. */
export const COVERAGE_FORMATS: readonly CoverageFormat[] = ['coverage.py-json', 'cobertura', 'lcov', 'istanbul-summary', 'istanbul-final', 'jacoco']

/** Options of {@link parseCoverage}. */
export interface CoverageOptions {
  /** Workspace root: source paths become relative to it. */
  workspace: string
  /** The report's format; detected from the content when absent. */
  format?: CoverageFormat
  /**
   * Where a JaCoCo report's paths (relative to a source root it does not name: `com/example/Foo.java`) are found in
   * the workspace; without one they are taken relative to the workspace.
   */
  resolver?: SourceResolver
}

/**
 * Reads a coverage report file.
 *
 * @throws ReportError naming the file, the format tried and where it broke (line/column or JSON path)
 */
export async function parseCoverage(path: string, opts: CoverageOptions): Promise<CoverageReport> {
  const format = opts.format ?? (await detectFormat(path))
  if (format === 'junit') {
    throw new ReportError(path, 'auto-detect', 'root element', 'this is a JUnit test report, not a coverage report')
  }
  const options = { file: path, workspace: opts.workspace }
  switch (format) {
    case 'cobertura':
      return parseCobertura({ path }, options)
    case 'lcov':
      return parseLcovFile(path, options)
    case 'coverage.py-json':
    case 'istanbul-summary':
    case 'istanbul-final':
      return parseJsonCoverageFile(path, format, options)
    case 'jacoco': {
      // Loaded only for a JaCoCo report: the other formats' runs never compile it.
      const { parseJacoco } = await import('./coverage-jacoco.js')
      return parseJacoco({ path }, { ...options, ...(opts.resolver ? { resolver: opts.resolver } : {}) })
    }
    default:
      throw new ReportError(path, String(format), 'format', `unknown coverage format; expected one of ${COVERAGE_FORMATS.join(', ')}`)
  }
}
