/**
 * Diff-aware mode: on a pull request, judge only the findings on lines it changes, and report the coverage of those
 * lines next to the total.
 */
import type { ChangedLines } from '../diff/changed-lines.js'
import { filterFindingsToChanged } from '../diff/filter.js'
import { patchCoverage, type PatchCoverage } from '../diff/patch-coverage.js'
import { readLineHits, type LineCoverageFormat } from '../reports/line-coverage.js'
import type { CoverageFormat, FindingsReport } from '../reports/types.js'

/** The report with only the findings on changed lines, its counts recounted from them. */
export function onChangedLines(report: FindingsReport, changed: ChangedLines): FindingsReport {
  const findings = filterFindingsToChanged(report.findings, changed)
  const counts = { error: 0, warning: 0, notice: 0 }
  for (const f of findings) counts[f.severity]++
  const vulnerabilities = report.vulnerabilities && { critical: 0, high: 0, medium: 0, low: 0 }
  if (vulnerabilities) for (const f of findings) if (f.security_severity) vulnerabilities[f.security_severity]++
  // A suppressing comment can sit anywhere in a file (eslint-disable at its top): those in the files changed are kept.
  const kept = report.suppressed?.kept.filter((s) => changed.has(s.file.replace(/\\/g, '/').replace(/^\.\//, '')))
  const suppressed = kept && kept.length > 0 ? { suppressed: { count: kept.length, kept } } : {}
  const { suppressed: _all, ...rest } = report
  return { ...rest, findings, counts, ...(vulnerabilities ? { vulnerabilities } : {}), ...suppressed }
}

const LINE_FORMATS: Partial<Record<CoverageFormat, LineCoverageFormat>> = {
  lcov: 'lcov',
  cobertura: 'cobertura',
  'coverage.py-json': 'coverage.py-json',
  'istanbul-final': 'istanbul-final',
  jacoco: 'jacoco'
}

/** Coverage of the changed lines, or why it cannot be measured from this report's format. */
export async function patchCoverageOf(
  coveragePath: string,
  format: CoverageFormat,
  workspace: string,
  changed: ChangedLines
): Promise<PatchCoverage | { unavailable: string }> {
  const lineFormat = LINE_FORMATS[format]
  if (!lineFormat) return { unavailable: `${format} has no per-line data; use lcov, Cobertura, JaCoCo XML, coverage.py JSON or coverage-final.json` }
  const noLineData: string[] = []
  const hits = await readLineHits(coveragePath, { workspace, format: lineFormat, files: new Set(changed.keys()), noLineData })
  const patch = patchCoverage(changed, hits)
  // JaCoCo lists classes compiled without line numbers with no line: their changed lines cannot be counted either way.
  return noLineData.length > 0 ? { ...patch, no_line_data: noLineData.sort() } : patch
}
