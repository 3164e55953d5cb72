/**
 * Coverage reports → line coverage totals, for every format the action reads. Which numbers each format yields:
 * - coverage.py JSON: `percent` is line coverage (covered_lines / num_statements × 100); `display_percent` is
 *   coverage.py's TOTAL as it prints it (`percent_covered_display`), which with branch coverage on also counts
 *   branches, so the two differ then (e.g. lines 77.27 but TOTAL 76%);
 * - Istanbul json-summary / coverage-final: `display_percent` is jest's `All files` `% Lines` cell (floored to 2
 *   decimals), `percent` the unrounded ratio;
 * - Cobertura and lcov: `percent` from the deduplicated lines; no `display_percent`, since the producer is unknown.
 * Nothing to cover (0 lines) is 100%, as coverage.py and Istanbul report it.
 */
import { ReportError, type CoverageFormat, type CoverageReport } from './types.js'
import { parseCobertura } from './coverage-cobertura.js'
import { parseJsonCoverageFile } from './coverage-json.js'
import { parseLcovFile } from './coverage-lcov.js'
import { detectFormat } from './detect.js'

export { parseCobertura } from './coverage-cobertura.js'
export { parseLcov } from './coverage-lcov.js'
export { coveragePyReport, istanbulFinalReport, istanbulSummaryReport } from './coverage-json.js'

/** Every coverage format, for validating a configured `format:`. */
export const COVERAGE_FORMATS: readonly CoverageFormat[] = ['coverage.py-json', 'cobertura', 'lcov', 'istanbul-summary', 'istanbul-final']

/** Options of {@link parseCoverage}. */
export interface CoverageOptions {
  /** Workspace root: source paths become relative to it. */
  workspace: string
  /** The report's format; detected from the content when absent. */
  format?: CoverageFormat
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
    default:
      throw new ReportError(path, String(format), 'format', `unknown coverage format; expected one of ${COVERAGE_FORMATS.join(', ')}`)
  }
}
