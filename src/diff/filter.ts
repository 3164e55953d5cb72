/** Findings kept on the lines a change touched (diff-aware mode). */
import type { Finding } from '../reports/types.js'
import type { ChangedLines } from './changed-lines.js'

/**
 * The findings on changed lines: a finding with a line is kept when any line of its span (`line`..`end_line`) changed;
 * a finding without a line is kept when its file changed at all. A finding on no file (`file: ''`: the tool's own
 * error — tsc's TS18003 "No inputs were found", `mypy: error: …`, a SARIF tool notification without a location) is
 * always kept: it says the tool did not check what it was asked to, whatever the change touched.
 */
export function filterFindingsToChanged(findings: Finding[], changed: ChangedLines): Finding[] {
  return findings.filter((f) => {
    if (f.file === '') return true
    const lines = changed.get(f.file.replace(/\\/g, '/').replace(/^\.\//, ''))
    if (!lines) return false
    if (f.line === undefined) return true
    const end = f.end_line !== undefined && f.end_line >= f.line ? Math.min(f.end_line, f.line + 10_000) : f.line
    for (let n = f.line; n <= end; n++) if (lines.has(n)) return true
    return false
  })
}
