/**
 * lcov tracefiles → line coverage, streamed line by line from the bytes (only lines other than `DA:` and `FN…:` are
 * decoded, so parsing allocates next to nothing per line).
 *
 * A record (`SF:` … `end_of_record`) gives its totals in `LF`/`LH` (lines) and `BRF`/`BRH` (branches); when those are
 * missing they are counted from the `DA:` and `BRDA:` lines. A hit count never exceeds its total (LH is capped at LF). A file with several records (geninfo writes one per test
 * name) is merged the way lcov merges: the union of its `DA` lines, hit if any record hit it, and of its `BRDA`
 * branches by line, block and branch.
 */
import { ReportError, type CoverageReport, type FileCoverage } from './types.js'
import { LineSet, reportFromFiles } from './coverage-lines.js'
import { toWorkspacePath } from './paths.js'
import { reusedChunks } from './read.js'

interface LcovFile {
  /** How many records named this file. */
  records: number
  lines: LineSet
  /** Branch → taken at least once; the key is `line,block,branch`, or one number when all three are numbers. */
  branches: Map<string | number, boolean>
  /** LF/LH/BRF/BRH of the single record, when it had them. */
  lf?: number
  lh?: number
  brf?: number
  brh?: number
}

/** Longest line accepted, in bytes; real lcov lines are short (a path at most). */
const MAX_LINE = 64 * 1024

/** Parses an lcov tracefile from its text or a stream of its chunks. */
export async function parseLcov(
  input: AsyncIterable<string | Buffer> | string,
  opts: { file: string; workspace: string }
): Promise<CoverageReport> {
  const files = new Map<string, LcovFile>()
  let current: LcovFile | undefined
  let lineNo = 0

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
    if (digits === 0 || digits > 9 || buf[i] !== 44 || i >= end) return false
    i++
    let hit = false
    digits = 0
    for (let c = buf[i]; c >= 48 && c <= 57 && i < end; c = buf[++i]) {
      if (c !== 48) hit = true
      digits++
    }
    if (digits === 0 || (i < end && buf[i] !== 44 && buf[i] !== 13)) return false
    current.lines.add(line, hit)
    return true
  }

  /** `FN:`, `FNDA:`, `FNF:`, `FNH:`, `FNL:`, `FNA:` (functions, not lines) and `TN:` inside a record, skipped. */
  const skippedLine = (buf: Buffer, start: number, end: number): boolean => {
    if (!current) return false
    if (buf[start] === 84 && buf[start + 1] === 78 && buf[start + 2] === 58) return true
    if (buf[start] !== 70 || buf[start + 1] !== 78) return false
    for (let i = start + 2; i < end; i++) {
      const c = buf[i]
      if (c === 58) return true
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
    record.branches.set(key, hit || (record.branches.get(key) ?? false))
    return true
  }

  const handle = (buf: Buffer, start: number, end: number): void => {
    lineNo++
    if (fastDa(buf, start, end) || skippedLine(buf, start, end) || fastCount(buf, start, end)) return
    let line = buf.toString('utf8', start, end)
    if (line.endsWith('\r')) line = line.slice(0, -1)
    if (lineNo === 1 && line.startsWith('\uFEFF')) line = line.slice(1)
    if (line === '' || (line.charCodeAt(0) <= 32 && line.trim() === '')) return
    if (line === 'end_of_record') {
      if (!current) fail('end_of_record outside a record')
      current = undefined
      return
    }
    const colon = line.indexOf(':')
    const key = colon > 0 ? line.slice(0, colon) : ''
    if (!/^[A-Z][A-Z_]*$/.test(key)) fail(`"${line.slice(0, 60)}" is not an lcov record line (KEY:value)`)
    const value = line.slice(colon + 1)
    if (key === 'SF') {
      if (value === '') fail('SF: without a file name')
      let file = files.get(value)
      if (!file) {
        file = { records: 0, lines: new LineSet(), branches: new Map() }
        files.set(value, file)
      }
      file.records++
      current = file
      return
    }
    if (key === 'TN' || key === 'VER') return
    if (!current) fail(`${key}: before any SF: line`)
    const record = current as LcovFile
    switch (key) {
      case 'DA': {
        const [lineField, hitsField] = value.split(',')
        const hits = Number(hitsField)
        if (hitsField === undefined || hitsField === '' || !Number.isFinite(hits)) fail(`DA:${value.slice(0, 40)} has no hit count`)
        record.lines.add(count(lineField, 'the DA line number'), hits > 0)
        return
      }
      case 'BRDA': {
        const parts = value.split(',')
        if (parts.length < 4) fail(`BRDA:${value.slice(0, 40)} needs line,block,branch,taken`)
        const taken = parts[parts.length - 1]
        const key = parts.slice(0, -1).join(',')
        const hit = taken !== '-' && Number(taken) > 0
        record.branches.set(key, hit || (record.branches.get(key) ?? false))
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
  if (files.size === 0) {
    throw new ReportError(opts.file, 'lcov', `line ${lineNo}`, 'no SF: record (no source file) in the report')
  }

  const result: FileCoverage[] = []
  for (const [name, f] of files) {
    const counted = f.lines.counts()
    const single = f.records === 1
    // LH never exceeds LF: coverage.py 6.x writes LH:1 with LF:0 for a file whose only executed line is no statement.
    const linesTotal = single && f.lf !== undefined ? f.lf : counted.total
    const file: FileCoverage = {
      file: toWorkspacePath(name, opts.workspace),
      lines_covered: Math.min(single && f.lh !== undefined ? f.lh : counted.covered, linesTotal),
      lines_total: linesTotal
    }
    let branchesHit = 0
    for (const hit of f.branches.values()) if (hit) branchesHit++
    const branchesTotal = single && f.brf !== undefined ? f.brf : f.branches.size
    if (branchesTotal > 0 || f.brf !== undefined) {
      file.branches_covered = Math.min(single && f.brh !== undefined ? f.brh : branchesHit, branchesTotal)
      file.branches_total = branchesTotal
    }
    result.push(file)
  }
  return reportFromFiles('lcov', result)
}

/** {@link parseLcov} on a file, read in 256 KiB chunks into one reused buffer (nothing of a chunk is kept). */
export async function parseLcovFile(path: string, opts: { workspace: string; file?: string }): Promise<CoverageReport> {
  return parseLcov(reusedChunks(path), { file: opts.file ?? path, workspace: opts.workspace })
}
