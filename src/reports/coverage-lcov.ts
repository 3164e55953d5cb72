/**
 * lcov tracefiles → line coverage, streamed line by line from the bytes (only lines other than `DA:` and `FN…:` are
 * decoded, so parsing allocates next to nothing per line).
 *
 * A record (`SF:` … `end_of_record`) is counted from its line data, the `DA:` lines (and `BRDA:` for branches); its
 * `LF`/`LH` (`BRF`/`BRH`) summary is used only when it has no such lines, with the hits capped at the total. A
 * summary that contradicts the data (LH:2 while both DA lines have 0 hits) is a warning naming the record's line, and
 * the data win. Two exceptions, which can only lower the figure: more lines stated than listed, fewer of them hit
 * (gcovr's `LF:30`/`LH:23` over 24 DA lines: it counts a line once per function that has it), are counted as stated
 * (see `lowerSummary`); and a total smaller than the lines listed means some
 * listed lines are not executable — coverage.py's LCOV lists every executed line but counts only statements — so the
 * covered lines are then the total less the lines with zero hits, exactly coverage.py's own count (see
 * `reconcileLines`). A file with several records (geninfo writes one per test name) is merged the way lcov merges:
 * the union of its `DA` lines, hit if any record hit it, and of its `BRDA` branches by line, block and branch.
 */
import { ReportError, type CoverageReport, type FileCoverage } from './types.js'
import { LineSet, reportFromFiles } from './coverage-lines.js'
import { reconcileLines } from './coverage-figures.js'
import { otherCoverageFormat } from './detect.js'
import { toWorkspacePath } from './paths.js'
import { reusedChunks } from './read.js'

/**
 * A BRDA branch as coverage.py 7.6.2+ names it: what the arc does (`arc_description` in its parser: "jump to line 7",
 * "jump to the function exit", "exit the module", "exit class 'C'", "return from function 'f'").
 */
const COVERAGE_PY_BRANCH = /^(jump to line \d+|jump to the function exit|exit the module|exit class '.*'|return from function '.*')$/

interface LcovFile {
  /** How many records named this file. */
  records: number
  lines: LineSet
  /** Branch → taken at least once; the key is `line,block,branch`, or one number when all three are numbers. */
  branches: Map<string | number, boolean>
  /** LF/LH/BRF/BRH (the largest over its records), when its records had them. */
  lf?: number
  lh?: number
  brf?: number
  brh?: number
  /** A record of it had a `DA:0` line (left out): it had line data, so its LF/LH do not stand in for it. */
  zeroLines?: boolean
  /** Its record states more lines than it lists, fewer of them hit (see `lowerSummary`). */
  summaryLower?: boolean
  /** Counted from that summary. */
  fromSummary?: boolean
}

/** One `SF:` … `end_of_record` record: its own line data counts and summary, to check one against the other. */
interface LcovRecord {
  file: LcovFile
  /** The file's lines (one hop less on the hot path). */
  lines: LineSet
  name: string
  /** Line number of its `SF:` line. */
  line: number
  da: number
  daHit: number
  brda: number
  brdaHit: number
  lf?: number
  lh?: number
  brf?: number
  brh?: number
}

/** Contradiction warnings listed one by one; beyond this many, only counted. */
const MAX_WARNINGS = 20

/** Longest line accepted, in bytes; real lcov lines are short (a path at most). */
const MAX_LINE = 64 * 1024

/** Parses an lcov tracefile from its text or a stream of its chunks. */
export async function parseLcov(
  input: AsyncIterable<string | Buffer> | string,
  opts: { file: string; workspace: string }
): Promise<CoverageReport> {
  const files = new Map<string, LcovFile>()
  let current: LcovRecord | undefined
  let lineNo = 0
  const warnings: string[] = []
  /** Warnings about a summary that gives the lower figure, with their file: reworded if the summary was counted. */
  const lowerWarnings: Array<{ at: number; file: LcovFile }> = []
  let unlisted = 0
  /** `DA:0` lines left out (no source line has that number), and where the first was. */
  let zeroLines = 0
  let zeroAt = 0
  // What tells coverage.py's LCOV (6.3 to 7.6.1) apart: no function records, DA hits of 0 or 1 only, a checksum on
  // every DA. From 7.6.2 it writes function records and no checksums, but names each branch by what it does
  // (`BRDA:6,0,jump to line 7,1`), which no other writer does.
  let sawDa = false
  let coveragePyBranches = false
  let sawFunctions = false
  let daWithoutChecksum = false
  let daCountsAboveOne = false

  const fail = (detail: string): never => {
    throw new ReportError(opts.file, 'lcov', `line ${lineNo}`, detail)
  }
  const count = (value: string, what: string): number => {
    if (!/^\d+$/.test(value)) fail(`${what} is "${value.slice(0, 40)}", expected a whole number`)
    return Number(value)
  }

  /** `DA:<line>,<hits>[,<checksum>]` read from the bytes: most of a tracefile is these lines. */
  const fastDa = (buf: Buffer, start: number, end: number): boolean => {
    if (!current || end - start < 6 || buf[start] !== 68 || buf[start + 1] !== 65 || buf[start + 2] !== 58) return false
    let i = start + 3
    let line = 0
    let digits = 0
    for (let c = buf[i]; c >= 48 && c <= 57 && i < end; c = buf[++i]) {
      line = line * 10 + (c - 48)
      digits++
    }
    // Line 0 (no source line) is left to the slow path below, which leaves it out.
    if (digits === 0 || digits > 9 || line === 0 || buf[i] !== 44 || i >= end) return false
    i++
    let hits = 0
    digits = 0
    for (let c = buf[i]; c >= 48 && c <= 57 && i < end; c = buf[++i]) {
      hits = hits * 10 + (c - 48)
      digits++
    }
    if (digits === 0 || (i < end && buf[i] !== 44 && buf[i] !== 13)) return false
    const hit = hits > 0
    current.lines.add(line, hit)
    current.da++
    if (hit) current.daHit++
    if (hits > 1) daCountsAboveOne = true
    if (i >= end || buf[i] !== 44) daWithoutChecksum = true
    return true
  }

  /** `FN:`, `FNDA:`, `FNF:`, `FNH:`, `FNL:`, `FNA:` (functions, not lines) and `TN:` inside a record, skipped. */
  const skippedLine = (buf: Buffer, start: number, end: number): boolean => {
    if (!current) return false
    if (buf[start] === 84 && buf[start + 1] === 78 && buf[start + 2] === 58) return true
    if (buf[start] !== 70 || buf[start + 1] !== 78) return false
    for (let i = start + 2; i < end; i++) {
      const c = buf[i]
      if (c === 58) {
        sawFunctions = true
        return true
      }
      if ((c < 65 || c > 90) && c !== 95) return false
    }
    return false
  }

  /** Whole number from `start` to the line's end (a final `\r` allowed), -1 when it is anything else. */
  const digitsTo = (buf: Buffer, start: number, end: number): number => {
    if (end > start && buf[end - 1] === 13) end--
    if (end === start || end - start > 15) return -1
    let value = 0
    for (let i = start; i < end; i++) {
      const c = buf[i]
      if (c < 48 || c > 57) return -1
      value = value * 10 + (c - 48)
    }
    return value
  }

  /** `LF:`, `LH:`, `BRF:`, `BRH:` with a plain number, and `BRDA:` with numeric fields, read from the bytes. */
  const fastCount = (buf: Buffer, start: number, end: number): boolean => {
    const record = current
    if (!record) return false
    const b0 = buf[start]
    const b1 = buf[start + 1]
    if (b0 === 76 && buf[start + 2] === 58 && (b1 === 70 || b1 === 72)) {
      const value = digitsTo(buf, start + 3, end)
      if (value === -1) return false
      if (b1 === 70) record.lf = value
      else record.lh = value
      return true
    }
    if (b0 !== 66 || b1 !== 82) return false
    const b2 = buf[start + 2]
    if ((b2 === 70 || b2 === 72) && buf[start + 3] === 58) {
      const value = digitsTo(buf, start + 4, end)
      if (value === -1) return false
      if (b2 === 70) record.brf = value
      else record.brh = value
      return true
    }
    if (b2 !== 68 || buf[start + 3] !== 65 || buf[start + 4] !== 58) return false
    // BRDA:<line>,<block>,<branch>,<taken>, all numbers (taken may be `-`): the branch's key as one number.
    let key = 0
    let i = start + 5
    for (let f = 0; f < 3; f++) {
      let value = 0
      let digits = 0
      for (let c = buf[i]; c >= 48 && c <= 57 && i < end; c = buf[++i]) {
        value = value * 10 + (c - 48)
        digits++
      }
      if (digits === 0 || buf[i] !== 44 || i >= end || value >= (f === 0 ? 2 ** 24 : 2 ** 14)) return false
      key = key * 2 ** 14 + value
      i++
    }
    let hit: boolean
    if (buf[i] === 45) {
      hit = false
      i++
    } else {
      let digits = 0
      hit = false
      for (let c = buf[i]; c >= 48 && c <= 57 && i < end; c = buf[++i]) {
        if (c !== 48) hit = true
        digits++
      }
      if (digits === 0) return false
    }
    if (i < end && !(i === end - 1 && buf[i] === 13)) return false
    record.file.branches.set(key, hit || (record.file.branches.get(key) ?? false))
    record.brda++
    if (hit) record.brdaHit++
    return true
  }

  /** Checks a finished record's summary against its line data, and keeps its summary for files without data. */
  const closeRecord = (): void => {
    const record = current
    if (!record) return
    current = undefined
    const { file } = record
    if (record.da > 0) sawDa = true
    if (record.lf !== undefined) file.lf = Math.max(file.lf ?? 0, record.lf)
    if (record.lh !== undefined) file.lh = Math.max(file.lh ?? 0, record.lh)
    if (record.brf !== undefined) file.brf = Math.max(file.brf ?? 0, record.brf)
    if (record.brh !== undefined) file.brh = Math.max(file.brh ?? 0, record.brh)
    const lower = lowerSummary(record.da, record.daHit, record.lf, record.lh)
    if (lower) file.summaryLower = true
    const problems = [
      ...contradictions(record.da, record.daHit, record.lf, record.lh, ['LF', 'LH', 'DA lines', 'hit']),
      ...contradictions(record.brda, record.brdaHit, record.brf, record.brh, ['BRF', 'BRH', 'BRDA branches', 'taken'])
    ]
    if (problems.length === 0) return
    if (warnings.length >= MAX_WARNINGS) {
      unlisted++
      return
    }
    const counted = record.da > 0 || record.brda > 0 ? 'counted from its line data' : 'the hits capped at the total'
    warnings.push(`${opts.file} line ${record.line}: the record of ${record.name} ${problems.join(' and ')}; ${counted}`)
    if (lower) lowerWarnings.push({ at: warnings.length - 1, file })
  }

  const handle = (buf: Buffer, start: number, end: number): void => {
    lineNo++
    if (fastDa(buf, start, end) || skippedLine(buf, start, end) || fastCount(buf, start, end)) return
    let line = buf.toString('utf8', start, end)
    if (line.endsWith('\r')) line = line.slice(0, -1)
    if (lineNo === 1 && line.startsWith('\uFEFF')) line = line.slice(1)
    if (line === '' || (line.charCodeAt(0) <= 32 && line.trim() === '')) return
    // lcov 2 writes `lcov --comment` text as `#` lines and skips them when it reads a tracefile.
    if (line.startsWith('#')) return
    if (line === 'end_of_record') {
      if (!current) fail('end_of_record outside a record')
      closeRecord()
      return
    }
    const colon = line.indexOf(':')
    const key = colon > 0 ? line.slice(0, colon) : ''
    if (!/^[A-Z][A-Z_]*$/.test(key)) {
      const other = lineNo === 1 ? otherCoverageFormat(`${line}\n`) : undefined
      fail(`"${line.slice(0, 60)}" is not an lcov record line (KEY:value)${other ? `: this is ${other}` : ''}`)
    }
    const value = line.slice(colon + 1)
    if (key === 'SF') {
      if (value === '') fail('SF: without a file name')
      closeRecord()
      // Keyed by the workspace path, so `src/a.py` and `./src/a.py` are one file whose lines merge, not two.
      const path = toWorkspacePath(value, opts.workspace)
      let file = files.get(path)
      if (!file) {
        file = { records: 0, lines: new LineSet(), branches: new Map() }
        files.set(path, file)
      }
      file.records++
      current = { file, lines: file.lines, name: value, line: lineNo, da: 0, daHit: 0, brda: 0, brdaHit: 0 }
      return
    }
    if (key === 'TN' || key === 'VER') return
    if (!current) fail(`${key}: before any SF: line`)
    const record = current as LcovRecord
    switch (key) {
      case 'DA': {
        const fields = value.split(',')
        const [lineField, hitsField] = fields
        const hits = Number(hitsField)
        if (hitsField === undefined || hitsField === '' || !Number.isFinite(hits)) fail(`DA:${value.slice(0, 40)} has no hit count`)
        const number = count(lineField, 'the DA line number')
        if (number === 0) {
          // Lines are numbered from 1: lcov 2 calls DA:0 an error, codecov leaves it out; so do we, saying so.
          if (zeroLines++ === 0) zeroAt = lineNo
          record.file.zeroLines = true
          return
        }
        record.lines.add(number, hits > 0)
        record.da++
        if (hits > 0) record.daHit++
        if (hits > 1 || !Number.isInteger(hits)) daCountsAboveOne = true
        if (fields.length < 3) daWithoutChecksum = true
        return
      }
      case 'BRDA': {
        const parts = value.split(',')
        if (parts.length < 4) fail(`BRDA:${value.slice(0, 40)} needs line,block,branch,taken`)
        const taken = parts[parts.length - 1]
        const key = parts.slice(0, -1).join(',')
        if (!coveragePyBranches && COVERAGE_PY_BRANCH.test(parts.slice(2, -1).join(','))) coveragePyBranches = true
        const hit = taken !== '-' && Number(taken) > 0
        record.file.branches.set(key, hit || (record.file.branches.get(key) ?? false))
        record.brda++
        if (hit) record.brdaHit++
        return
      }
      case 'LF':
        record.lf = count(value, 'LF')
        return
      case 'LH':
        record.lh = count(value, 'LH')
        return
      case 'BRF':
        record.brf = count(value, 'BRF')
        return
      case 'BRH':
        record.brh = count(value, 'BRH')
        return
      default:
        // FN, FNDA, FNF, FNH, FNL, FNA and any future record: not about lines.
        if (key.startsWith('FN')) sawFunctions = true
        return
    }
  }

  /** The start of a line the last chunk cut, copied (so the chunk itself is not kept). */
  let rest: Buffer | undefined
  const feed = (buf: Buffer): void => {
    let start = 0
    if (rest !== undefined) {
      const nl = buf.indexOf(10)
      if (nl === -1) {
        rest = Buffer.concat([rest, buf])
        if (rest.length > MAX_LINE) {
          lineNo++
          fail(`a line longer than ${MAX_LINE} bytes`)
        }
        return
      }
      const joined = Buffer.concat([rest, buf.subarray(0, nl)])
      rest = undefined
      handle(joined, 0, joined.length)
      start = nl + 1
    }
    for (let i = start; i < buf.length; i++) {
      if (buf[i] === 10) {
        handle(buf, start, i)
        start = i + 1
      }
    }
    if (start < buf.length) {
      rest = Buffer.from(buf.subarray(start))
      if (rest.length > MAX_LINE) {
        lineNo++
        fail(`a line longer than ${MAX_LINE} bytes`)
      }
    }
  }

  if (typeof input === 'string') feed(Buffer.from(input, 'utf8'))
  else for await (const chunk of input) feed(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk)
  if (rest !== undefined) handle(rest, 0, rest.length)
  // Every writer ends each record with end_of_record: a file that ends inside one was cut short (a runner killed
  // mid-write, a full disk), and the lines it had yet to write — uncovered ones as well — would be missing from the figure.
  if (current) {
    fail(`the record of ${current.name.slice(0, 200)} (its SF: on line ${current.line}) has no end_of_record: the file ends inside it, so it was cut short (its writer stopped mid-write?) and lines of it may be missing`)
  }
  if (files.size === 0) {
    throw new ReportError(opts.file, 'lcov', `line ${lineNo}`, 'no SF: record (no source file) in the report')
  }

  const result: FileCoverage[] = []
  for (const [name, f] of files) {
    const single = f.records === 1
    const counted = f.lines.counts()
    // From the DA lines when there are any (one record's LF may only lower it, see reconcileLines), else LF/LH.
    let lines =
      counted.total > 0 || f.zeroLines
        ? single
          ? reconcileLines(counted.total, counted.covered, f.lf)
          : counted
        : { covered: Math.min(f.lh ?? 0, f.lf ?? 0), total: f.lf ?? 0 }
    // A record that counts more lines than it lists, fewer of them hit, is counted as it says: it can only lower the
    // figure (gcovr counts a line once per function that has it and writes one merged DA line per number).
    if (single && f.summaryLower && f.lf !== undefined && f.lh !== undefined) {
      lines = { covered: f.lh, total: f.lf }
      f.fromSummary = true
    }
    const file: FileCoverage = { file: name, lines_covered: lines.covered, lines_total: lines.total }
    if (f.branches.size > 0) {
      let taken = 0
      for (const hit of f.branches.values()) if (hit) taken++
      const branches = single ? reconcileLines(f.branches.size, taken, f.brf) : { covered: taken, total: f.branches.size }
      file.branches_covered = branches.covered
      file.branches_total = branches.total
    } else if (f.brf !== undefined) {
      file.branches_covered = Math.min(f.brh ?? 0, f.brf)
      file.branches_total = f.brf
    }
    result.push(file)
  }
  for (const { at, file } of lowerWarnings) {
    if (file.fromSummary) {
      warnings[at] = warnings[at].replace(
        /; counted from its line data$/,
        '; counted as its LF/LH say, the lower figure (a line counted once per function that has it, as gcovr counts, and listed once)'
      )
    }
  }
  if (zeroLines > 0) warnings.push(`${opts.file} line ${zeroAt}: ${zeroLines} DA line(s) numbered 0 left out, as no source line has that number`)
  const report = reportFromFiles('lcov', result)
  if ((sawDa && !sawFunctions && !daWithoutChecksum && !daCountsAboveOne) || coveragePyBranches) report.producer = 'coverage.py'
  if (unlisted > 0) warnings.push(`${opts.file}: ${unlisted} more record(s) whose summary contradicts their line data`)
  if (warnings.length > 0) report.warnings = warnings
  return report
}

/**
 * Whether a record's `LF`/`LH` state more lines than its `DA` lines list and a lower coverage than they give: gcovr 8
 * counts a line once per function that has it (each template instance, each variant of a C++ constructor), in its
 * TOTAL and in `LF`/`LH`, but writes one `DA` line per number with the hits merged. Counting the summary then gives
 * the tool's own figure, and can only lower ours.
 */
function lowerSummary(listed: number, hit: number, total: number | undefined, covered: number | undefined): boolean {
  return listed > 0 && total !== undefined && covered !== undefined && total > listed && covered <= total && covered * listed < hit * total
}

/**
 * How a record's summary (`LF`/`LH` or `BRF`/`BRH`) contradicts its line data, in words; empty when it does not.
 * Agreeing: the summary equals the data, or is coverage.py's reading of them (a smaller total, and hits either all
 * executed lines — coverage.py 6.x — or the total less the zero-hit lines — coverage.py 7.x).
 */
function contradictions(
  listed: number,
  hit: number,
  total: number | undefined,
  covered: number | undefined,
  [totalKey, coveredKey, what, verb]: [string, string, string, string]
): string[] {
  const problems: string[] = []
  if (listed === 0) {
    if (total !== undefined && covered !== undefined && covered > total) problems.push(`says ${coveredKey}:${covered}, more than ${totalKey}:${total}`)
    return problems
  }
  if (total !== undefined && total > listed) problems.push(`says ${totalKey}:${total} but lists ${listed} ${what}`)
  const reconciled = reconcileLines(listed, hit, total)
  if (covered !== undefined && covered !== hit && covered !== reconciled.covered) {
    problems.push(`says ${coveredKey}:${covered} but ${hit} of its ${listed} ${what} were ${verb}`)
  }
  return problems
}

/** {@link parseLcov} on a file, read in 256 KiB chunks into one reused buffer (nothing of a chunk is kept). */
export async function parseLcovFile(path: string, opts: { workspace: string; file?: string }): Promise<CoverageReport> {
  return parseLcov(reusedChunks(path), { file: opts.file ?? path, workspace: opts.workspace })
}
