/**
 * mypy's text output: `file:line: error: message  [code]`, with `:column` (`--show-column-numbers`) and
 * `:end_line:end_column` (`--show-error-end`) when asked for. Notes on the line of the diagnostic just before
 * ("Possible overload variants:") are joined to it; other notes (`reveal_type`) are notices. With `--pretty` a long
 * message wraps onto unindented lines, joined back here, and the indented code frame is skipped. The errors counted
 * must add up to mypy's "Found N errors in M files" (or none after "Success: no issues found"). A report with neither a
 * diagnostic nor that summary (empty: mypy never ran) is refused, never read as 0 errors. A summary ending "(errors
 * prevented further checking)" marks the report `incomplete`: the errors are the blocking ones, no file was checked.
 */
import type { FindingsReport, Severity } from '../types.js'
import { ReportError } from '../types.js'
import { FindingsCollector, MAX_MESSAGE_CHARS, type FindingsOptions, type RawFinding } from './collect.js'

export const MYPY_FORMAT = 'mypy-text'

const HEADER = /^(.+?)(?::(\d+))?(?::(\d+))?(?::(\d+):(\d+))?: (error|warning|note): (.*)$/
const SUMMARY = /^Found (\d+) errors? in \d+ files?\b/
const SUCCESS = /^Success: no issues found/
/** The summary's tail when a blocking error stopped the run before any file was type-checked. */
const BLOCKED = /\(errors prevented further checking\)\s*$/
/** mypy's `[error-code]` at the end of a message; white space must come before it (see {@link withCode}). */
const CODE = /\[([A-Za-z0-9_-]+)\]$/

const SEVERITIES = new Map<string, Severity>([
  ['error', 'error'],
  ['warning', 'warning'],
  ['note', 'notice']
])

export function parseMypyText(text: string, options: FindingsOptions): FindingsReport {
  const out = new FindingsCollector('mypy', options)
  let pending: RawFinding | undefined
  // Notes joined to the pending diagnostic, kept apart until its `[code]` is taken off the end of its own message.
  let notes: string[] = []
  // 'message': a --pretty message may wrap onto the next lines; 'frame': its code frame, indented.
  let state: 'none' | 'message' | 'frame' = 'none'
  const summaries: { count: number; line: number }[] = []
  let firstOther: number | undefined
  let blocked = false
  const flush = (): void => {
    if (pending) {
      const finding = withCode(pending)
      if (notes.length > 0) append(finding, `\n${notes.join('\n')}`)
      out.add(finding)
    }
    pending = undefined
    notes = []
  }
  text.split(/\r?\n/).forEach((line, i) => {
    const header = /^\s/.test(line) ? null : HEADER.exec(line)
    if (header) {
      const [, name, lineNo, column, endLine, , kind, message] = header
      const severity = SEVERITIES.get(kind) ?? 'error'
      const at = lineNo === undefined ? undefined : Number(lineNo)
      // `mypy: error: …` is mypy's own complaint (bad arguments or configuration), about no source file.
      const file = at === undefined && name === 'mypy' ? '' : name
      if (severity === 'notice' && pending && pending.file === file && pending.line === at) {
        if (notes.length < 100) notes.push(message)
      } else {
        flush()
        pending = {
          severity,
          file,
          line: at,
          column: column === undefined ? undefined : Number(column),
          end_line: endLine === undefined ? undefined : Number(endLine),
          message
        }
      }
      state = 'message'
      return
    }
    const summary = SUMMARY.exec(line)
    if (summary || SUCCESS.test(line)) {
      if (summary && BLOCKED.test(line)) blocked = true
      flush()
      summaries.push({ count: summary ? Number(summary[1]) : 0, line: i + 1 })
      state = 'none'
      return
    }
    if (line.trim() === '') return
    if (line.startsWith('    ')) {
      if (state === 'message') state = 'frame'
      return
    }
    if (state === 'message' && pending) {
      const wrapped = line.trim()
      if (notes.length > 0 && notes[notes.length - 1].length <= MAX_MESSAGE_CHARS) notes[notes.length - 1] += ` ${wrapped}`
      else if (notes.length === 0) append(pending, ` ${wrapped}`)
      return
    }
    if (state === 'none' && firstOther === undefined) firstOther = i + 1
  })
  flush()
  const total = out.errorCount + out.warningCount + out.noticeCount
  if (total === 0 && summaries.length === 0 && firstOther !== undefined) {
    throw new ReportError(options.file, MYPY_FORMAT, `line ${firstOther}`, 'no mypy diagnostic and no "Found N errors" or "Success" line: is this mypy output?')
  }
  if (total === 0 && summaries.length === 0) {
    // mypy ends every run with its summary: a report without one (and without a diagnostic) is a run that did not happen.
    throw new ReportError(
      options.file,
      MYPY_FORMAT,
      'file',
      'no diagnostic and no "Success: no issues found" or "Found N errors" line: mypy ends every run with one, so mypy did not run ' +
        '(with --no-error-summary or error_summary = False a clean run cannot be told from none: turn the summary back on; ' +
        'mypy -O json writes nothing on a clean run: name its report format mypy-json)'
    )
  }
  if (summaries.length === 1 && summaries[0].count !== out.errorCount) {
    const s = summaries[0]
    throw new ReportError(options.file, MYPY_FORMAT, `line ${s.line}`, `mypy says ${s.count} errors but ${out.errorCount} error lines were found`)
  }
  const report = out.report(MYPY_FORMAT)
  if (blocked) {
    // A blocking error (a syntax error, a module found twice) stops mypy before it type-checks any file.
    const first = report.findings.find((f) => f.severity === 'error')
    const where = first ? `; ${first.file}${first.line === undefined ? '' : `:${first.line}`}` : ''
    report.incomplete =
      `mypy stopped at a blocking error ("errors prevented further checking"${where}): it type-checked no file, so its count of ${report.counts.error} error(s) is not a measurement; ` +
      'fix that error, or leave the file out of the check (exclude in the mypy configuration)'
  }
  return report
}

/** Whether a line is one only mypy prints: a diagnostic, or its summary. */
export function isMypyLine(line: string): boolean {
  return HEADER.test(line) || SUCCESS.test(line) || /^Found \d+ errors? in \d+ files? \(/.test(line)
}

function append(finding: RawFinding, text: string): void {
  if (finding.message.length <= MAX_MESSAGE_CHARS) finding.message += text
}

/**
 * Moves mypy's trailing `[error-code]`, after white space, from the message to the rule. The white space is trimmed
 * off rather than matched: a pattern with `\s+` before the code tried each place of a run of white space to the run's
 * end (a message of 100,000 spaces took 24 s).
 */
function withCode(finding: RawFinding): RawFinding {
  const m = CODE.exec(finding.message)
  if (!m) return finding
  const before = finding.message.slice(0, m.index)
  const message = before.trimEnd()
  return message.length < before.length ? { ...finding, rule: m[1], message } : finding
}
