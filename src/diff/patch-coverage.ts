/**
 * Patch coverage: of the lines a change adds or modifies, how many the tests executed. Only executable lines count,
 * that is lines the coverage report lists (with any hit count); comments, blank lines and files the report does not
 * mention are neither covered nor missed.
 */
import type { ChangedLines } from './changed-lines.js'
import type { LineHits } from '../reports/line-coverage.js'
import { truncatedPercent } from '../reports/coverage-figures.js'

export interface PatchCoverageFile {
  file: string
  /** Changed executable lines with at least one hit. */
  covered: number
  /** Changed executable lines. */
  total: number
}

export interface PatchCoverage {
  covered: number
  total: number
  /**
   * `covered / total` in percent truncated to 2 decimals, as the total coverage is (one uncovered line of 20,002 is
   * 99.99, never 100); null when no changed line is executable.
   */
  percent: number | null
  /** Files with at least one changed executable line, sorted by path. */
  files: PatchCoverageFile[]
  /**
   * Changed files the report lists without per-line data (JaCoCo: classes compiled without line numbers): their
   * changed lines are in neither count. Absent when there are none.
   */
  no_line_data?: string[]
}

/** Counts the changed lines the coverage data knows, and those it saw executed. */
export function patchCoverage(changed: ChangedLines, lineHits: LineHits): PatchCoverage {
  const files: PatchCoverageFile[] = []
  let covered = 0
  let total = 0
  const names = [...changed.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  for (const file of names) {
    const hits = lineHits.get(file)
    if (!hits) continue
    let fileCovered = 0
    let fileTotal = 0
    for (const line of changed.get(file) ?? []) {
      const count = hits.get(line)
      if (count === undefined) continue
      fileTotal++
      if (count > 0) fileCovered++
    }
    if (fileTotal === 0) continue
    files.push({ file, covered: fileCovered, total: fileTotal })
    covered += fileCovered
    total += fileTotal
  }
  return { covered, total, percent: total > 0 ? truncatedPercent(covered, total) : null, files }
}
