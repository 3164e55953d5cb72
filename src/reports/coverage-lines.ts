/** Pieces every coverage parser shares: per-file line sets for deduplication, percentages, report totals. */
import type { CoverageFormat, CoverageReport, FileCoverage } from './types.js'

/** Line numbers up to this are kept in a byte array; the rare larger ones go to a Map. */
const DENSE_LIMIT = 1 << 20

/**
 * The lines of one source file with whether each was hit, deduplicated: a line listed twice (Cobertura classes of
 * one file, lcov records of one file under several test names) counts once, as hit if any listing hit it.
 * One byte per line number, so a report's memory grows with its source lines, not with its repetitions.
 */
export class LineSet {
  private dense = new Uint8Array(256)
  private sparse?: Map<number, boolean>

  add(line: number, hit: boolean): void {
    const state = hit ? 2 : 1
    if (line >= DENSE_LIMIT) {
      this.sparse ??= new Map()
      this.sparse.set(line, hit || (this.sparse.get(line) ?? false))
      return
    }
    if (line >= this.dense.length) {
      let size = this.dense.length
      while (size <= line) size *= 2
      const grown = new Uint8Array(Math.min(size, DENSE_LIMIT))
      grown.set(this.dense)
      this.dense = grown
    }
    if (this.dense[line] < state) this.dense[line] = state
  }

  /** Lines listed and lines hit. */
  counts(): { total: number; covered: number } {
    let total = 0
    let covered = 0
    for (const state of this.dense) {
      if (state !== 0) total++
      if (state === 2) covered++
    }
    for (const hit of this.sparse?.values() ?? []) {
      total++
      if (hit) covered++
    }
    return { total, covered }
  }
}

/** `covered / total` as a percent, 100 for nothing to cover (as coverage.py and Istanbul both do). */
export function percentOf(covered: number, total: number): number {
  return total > 0 ? (100 * covered) / total : 100
}

/** Istanbul's percentage (istanbul-lib-coverage `percent()`): floored to 2 decimals, as jest's text table prints it. */
export function istanbulPercent(covered: number, total: number): number {
  if (total <= 0) return 100
  const tmp = (1000 * 100 * covered) / total
  return Math.floor(tmp / 10) / 100
}

/** A report whose totals are the sums over its files. */
export function reportFromFiles(format: CoverageFormat, files: FileCoverage[], display?: (c: number, t: number) => string): CoverageReport {
  let covered = 0
  let total = 0
  let branchesCovered = 0
  let branchesTotal = 0
  let sawBranches = false
  for (const f of files) {
    covered += f.lines_covered
    total += f.lines_total
    if (f.branches_total !== undefined) {
      sawBranches = true
      branchesTotal += f.branches_total
      branchesCovered += f.branches_covered ?? 0
    }
  }
  const report: CoverageReport = { format, lines_covered: covered, lines_total: total, percent: percentOf(covered, total), files }
  if (display) report.display_percent = display(covered, total)
  if (sawBranches) {
    report.branches_covered = branchesCovered
    report.branches_total = branchesTotal
  }
  return report
}
