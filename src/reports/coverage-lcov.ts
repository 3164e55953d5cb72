/**
 * lcov tracefiles → line coverage, streamed line by line.
 *
 * A record (`SF:` … `end_of_record`) gives its totals in `LF`/`LH` (lines) and `BRF`/`BRH` (branches); when those are
 * missing they are counted from the `DA:` and `BRDA:` lines. A hit count never exceeds its total (LH is capped at LF). A file with several records (geninfo writes one per test
 * name) is merged the way lcov merges: the union of its `DA` lines, hit if any record hit it, and of its `BRDA`
 * branches by line, block and branch.
 */
import { createReadStream } from 'node:fs'
import { StringDecoder } from 'node:string_decoder'
import { ReportError, type CoverageReport, type FileCoverage } from './types.js'
import { LineSet, reportFromFiles } from './coverage-lines.js'
import { toWorkspacePath } from './paths.js'

interface LcovFile {
  /** How many records named this file. */
  records: number
  lines: LineSet
  /** `line,block,branch` → taken at least once. */
  branches: Map<string, boolean>
  /** LF/LH/BRF/BRH of the single record, when it had them. */
  lf?: number
  lh?: number
  brf?: number
  brh?: number
}

/** Longest line accepted; real lcov lines are short (a path at most). */
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

  /** `DA:<line>,<hits>[,<checksum>]` read in place, without slicing: most of a tracefile is these lines. */
  const fastDa = (text: string, start: number, end: number): boolean => {
    if (!current || end - start < 6 || text.charCodeAt(start) !== 68 || text.charCodeAt(start + 1) !== 65 || text.charCodeAt(start + 2) !== 58) {
      return false
    }
    let i = start + 3
    let line = 0
    let digits = 0
    for (let c = text.charCodeAt(i); c >= 48 && c <= 57; c = text.charCodeAt(++i)) {
      line = line * 10 + (c - 48)
      digits++
    }
    if (digits === 0 || digits > 9 || text.charCodeAt(i) !== 44) return false
    i++
    let hit = false
    digits = 0
    for (let c = text.charCodeAt(i); c >= 48 && c <= 57 && i < end; c = text.charCodeAt(++i)) {
      if (c !== 48) hit = true
      digits++
    }
    if (digits === 0 || (i < end && text.charCodeAt(i) !== 44 && text.charCodeAt(i) !== 13)) return false
    current.lines.add(line, hit)
    return true
  }

  const handle = (text: string, start: number, end: number): void => {
    lineNo++
    if (fastDa(text, start, end)) return
    let line = text.slice(start, end)
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

  let rest = ''
  const feed = (text: string): void => {
    let start = 0
    let nl = text.indexOf('\n')
    if (rest !== '' && nl !== -1) {
      const joined = rest + text.slice(0, nl)
      handle(joined, 0, joined.length)
      rest = ''
      start = nl + 1
      nl = text.indexOf('\n', start)
    }
    for (; nl !== -1; nl = text.indexOf('\n', start)) {
      handle(text, start, nl)
      start = nl + 1
    }
    rest += text.slice(start)
    if (rest.length > MAX_LINE) {
      lineNo++
      fail(`a line longer than ${MAX_LINE} characters`)
    }
  }

  if (typeof input === 'string') feed(input)
  else {
    const decoder = new StringDecoder('utf8')
    for await (const chunk of input) feed(typeof chunk === 'string' ? chunk : decoder.write(chunk))
    feed(decoder.end())
  }
  if (rest !== '') handle(rest, 0, rest.length)
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

/** {@link parseLcov} on a file, streamed in 256 KiB chunks. */
export async function parseLcovFile(path: string, opts: { workspace: string; file?: string }): Promise<CoverageReport> {
  return parseLcov(createReadStream(path, { highWaterMark: 256 * 1024 }) as AsyncIterable<Buffer>, {
    file: opts.file ?? path,
    workspace: opts.workspace
  })
}
