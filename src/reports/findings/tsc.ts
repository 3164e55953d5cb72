/**
 * tsc's text output, both forms: `--pretty false` (`file(line,col): error TS2322: message`, with the message's further
 * lines indented under it) and `--pretty` (`file:line:col - error TS2322: message`, colours, then a code frame and
 * related locations, which are skipped). A diagnostic with no file (`error TS5058: …`) gets an empty `file`.
 * When the output ends with tsc's "Found N errors…" line, the errors counted here must add up to N.
 * With `--listFiles`, tsc prints after its diagnostics every file of the program it checked, one absolute path a line:
 * kept as `program_files` (the component's files outside the project are told from it, with no second tsc).
 */
import type { FindingsReport, Severity } from '../types.js'
import { ReportError } from '../types.js'
import { FindingsCollector, MAX_MESSAGE_CHARS, type FindingsOptions, type RawFinding } from './collect.js'

export const TSC_FORMAT = 'tsc-text'

// eslint-disable-next-line no-control-regex -- the escape character is what ANSI colour codes start with
const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g
const PLAIN = /^(.+?)\((\d+),(\d+)\): (error|warning|message|suggestion) TS(\d+): (.*)$/
const PRETTY = /^(.+?):(\d+):(\d+) - (error|warning|message|suggestion) TS(\d+): (.*)$/
const NO_FILE = /^(error|warning|message|suggestion) TS(\d+): (.*)$/
const SUMMARY = /^Found (\d+) errors?\b/
/** A line of `--listFiles`: an absolute path (tsc prints `/` separators, `C:/` on Windows) of a file a program holds. */
const LISTED = /^(?:\/|[A-Za-z]:\/)\S.*\.(?:[cm]?[jt]sx?|json)$/
/** Lines npm prints before a script's own output (`> pkg@1.0.0 typecheck`), not tsc's. */
const NPM_BANNER = /^> /

const CATEGORIES = new Map<string, Severity>([
  ['error', 'error'],
  ['warning', 'warning'],
  ['message', 'notice'],
  ['suggestion', 'notice']
])

export function parseTscText(text: string, options: FindingsOptions): FindingsReport {
  const out = new FindingsCollector('tsc', options)
  const lines = text.split(/\r?\n/)
  let pending: RawFinding | undefined
  // 'message': right after a diagnostic, where indented lines continue it; 'frame': a --pretty code frame.
  let state: 'none' | 'message' | 'frame' = 'none'
  const summaries: { count: number; line: number }[] = []
  const listed: string[] = []
  let firstOther: number | undefined
  const flush = (): void => {
    if (pending) out.add(pending)
    pending = undefined
  }
  lines.forEach((rawLine, i) => {
    const line = rawLine.replace(ANSI, '')
    // In a code frame, a numbered source line could quote something that looks like a diagnostic.
    const diagnostic = state === 'frame' && /^\d+ /.test(line) ? undefined : matchDiagnostic(line)
    if (diagnostic) {
      flush()
      pending = diagnostic
      state = 'message'
      return
    }
    const summary = SUMMARY.exec(line)
    if (summary) {
      flush()
      summaries.push({ count: Number(summary[1]), line: i + 1 })
      state = 'none'
      return
    }
    if (line.trim() === '') {
      if (state === 'message') state = 'frame'
      return
    }
    if (state === 'message' && pending && line.startsWith('  ')) {
      if (pending.message.length <= MAX_MESSAGE_CHARS) pending.message += `\n${line.slice(2)}`
      return
    }
    if (LISTED.test(line)) {
      flush()
      listed.push(line)
      state = 'none'
      return
    }
    if (state === 'message') state = 'none'
    if (state === 'none' && firstOther === undefined && !NPM_BANNER.test(line) && !/^\s/.test(line)) firstOther = i + 1
  })
  flush()
  const total = out.errorCount + out.warningCount + out.noticeCount
  if (total === 0 && summaries.length === 0 && listed.length === 0 && firstOther !== undefined) {
    throw new ReportError(options.file, TSC_FORMAT, `line ${firstOther}`, 'no tsc diagnostic and no "Found N errors" line: is this tsc output?')
  }
  if (summaries.length === 1 && summaries[0].count !== out.errorCount) {
    const s = summaries[0]
    throw new ReportError(options.file, TSC_FORMAT, `line ${s.line}`, `tsc says ${s.count} errors but ${out.errorCount} error diagnostics were found`)
  }
  const report = out.report(TSC_FORMAT)
  return listed.length > 0 ? { ...report, program_files: listed } : report
}

/** Whether a line (colours removed) is one only tsc prints: a diagnostic with its TS code. */
export function isTscLine(line: string): boolean {
  return matchDiagnostic(line.replace(ANSI, '')) !== undefined
}

function matchDiagnostic(line: string): RawFinding | undefined {
  const located = PLAIN.exec(line) ?? (/^\s/.test(line) ? null : PRETTY.exec(line))
  if (located) {
    return {
      rule: `TS${located[5]}`,
      severity: CATEGORIES.get(located[4]) ?? 'error',
      file: located[1],
      line: Number(located[2]),
      column: Number(located[3]),
      message: located[6]
    }
  }
  const global = NO_FILE.exec(line)
  if (global) return { rule: `TS${global[2]}`, severity: CATEGORIES.get(global[1]) ?? 'error', file: '', message: global[3] }
  return undefined
}
