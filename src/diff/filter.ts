/** Findings kept on the lines a change touched (diff-aware mode). */
import type { Finding } from '../reports/types.js'
import type { ChangedLines } from './changed-lines.js'

/**
 * The findings on changed lines: a finding with a line is kept when any line of its span (`line`..`end_line`) changed;
 * a finding without a line is kept when its file changed at all.
 */
export function filterFindingsToChanged(findings: Finding[], changed: ChangedLines): Finding[] {
  return findings.filter((f) => {
    const lines = changed.get(f.file.replace(/\\/g, '/').replace(/^\.\//, ''))
    if (!lines) return false
    if (f.line === undefined) return true
    const end = f.end_line !== undefined && f.end_line >= f.line ? Math.min(f.end_line, f.line + 10_000) : f.line
    for (let n = f.line; n <= end; n++) if (lines.has(n)) return true
    return false
  })
}
