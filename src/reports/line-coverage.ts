/**
 * Per-line hit counts from a coverage report, for a chosen set of files only (diff-aware mode's patch coverage needs
 * the lines a pull request changed, not the whole report). lcov and Cobertura are streamed, and lines of files not
 * asked for are never stored, so memory grows with the requested files, not with the report.
 *
 * Which lines count as executable, and their hits, per format:
 * - lcov: the `DA:<line>,<hits>` lines; a file listed in several records (one per test name) sums them, as `lcov -a`;
 * - Cobertura: `<line number hits>` directly under `<class><lines>` (not the `<methods>` copies Istanbul writes);
 *   a file split over several `<class>` elements takes the highest count for a line;
 * - coverage.py JSON: `executed_lines` (hit once: coverage.py does not count) and `missing_lines` (0);
 * - Istanbul coverage-final.json: each statement's start line, with the highest count of the statements starting on
 *   it, exactly istanbul-lib-coverage's `getLineCoverage()` (what jest's lcov and Cobertura reporters write);
 * - JaCoCo XML: `<line nr mi ci>` with `mi + ci > 0`, its hits the covered instructions `ci` (covered when `ci > 0`,
 *   as JaCoCo counts lines); a `<sourcefile>` is `<package name>/<name>`, relative to a source root, and stands for
 *   the one requested file whose path ends with it. A requested file whose `<sourcefile>` has no `<line>` (compiled
 *   without line numbers) is named in `noLineData`.
 */
import { StringDecoder } from 'node:string_decoder'
import { ReportError } from './types.js'
import { walkCobertura } from './coverage-cobertura.js'
import type { XmlInput } from './xml.js'
import { reusedChunks } from './read.js'
import { readJson } from './coverage-json.js'
import { toWorkspacePath } from './paths.js'

/** Formats {@link readLineHits} reads (the summary formats have no per-line data). */
export type LineCoverageFormat = 'lcov' | 'cobertura' | 'coverage.py-json' | 'istanbul-final' | 'jacoco'

/** Per workspace-relative file: line number → hit count. */
export type LineHits = Map<string, Map<number, number>>

export interface LineHitsOptions {
  /** Workspace root: report paths are made relative to it to be matched against `files`. */
  workspace: string
  format: LineCoverageFormat
  /** The workspace-relative files (forward slashes) whose lines are wanted; others are skipped unread. */
  files: Set<string>
  /** Filled with the requested files the report lists without any per-line data (JaCoCo, no line numbers compiled in). */
  noLineData?: string[]
}

/** Longest lcov line accepted. */
const MAX_LINE = 64 * 1024

/**
 * Reads the line hits of the requested files from a coverage report. A requested file the report does not mention is
 * absent from the result (none of its lines is executable as far as the report knows).
 *
 * @throws ReportError naming the file, the format and where it broke
 */
export async function readLineHits(path: string, opts: LineHitsOptions): Promise<LineHits> {
  const result: LineHits = new Map()
  if (opts.files.size === 0) return result
  switch (opts.format) {
    case 'lcov':
      await lcovHits(reusedChunks(path), path, opts, result)
      break
    case 'cobertura':
      await coberturaHits({ path }, path, opts, result)
      break
    case 'coverage.py-json':
      coveragePyHits(await readJson(path, path, 'coverage.py-json'), path, opts, result)
      break
    case 'istanbul-final':
      istanbulFinalHits(await readJson(path, path, 'istanbul-final'), path, opts, result)
      break
    case 'jacoco':
      await jacocoHits(path, opts, result)
      break
    default:
      throw new ReportError(path, String(opts.format), 'format', 'no per-line data in this format; use lcov, cobertura, coverage.py-json, istanbul-final or jacoco')
  }
  return result
}

function linesOf(result: LineHits, file: string): Map<number, number> {
  let lines = result.get(file)
  if (!lines) {
    lines = new Map()
    result.set(file, lines)
  }
  return lines
}

async function lcovHits(input: AsyncIterable<Buffer>, file: string, opts: LineHitsOptions, result: LineHits): Promise<void> {
  let current: Map<number, number> | undefined
  let lineNo = 0
  const fail = (detail: string): never => {
    throw new ReportError(file, 'lcov', `line ${lineNo}`, detail)
  }
  const handle = (text: string): void => {
    lineNo++
    const raw = lineNo === 1 && text.startsWith('\uFEFF') ? text.slice(1) : text
    if (raw.startsWith('SF:')) {
      const name = toWorkspacePath(raw.slice(3).replace(/\r$/, ''), opts.workspace)
      current = opts.files.has(name) ? linesOf(result, name) : undefined
    } else if (raw.startsWith('end_of_record')) {
      current = undefined
    } else if (current && raw.startsWith('DA:')) {
      const match = /^DA:(\d+),(\d+(?:\.\d+)?)(?:,|\r?$)/.exec(raw)
      if (!match) fail(`"${raw.slice(0, 60)}" is not DA:<line>,<hits>`)
      const [, lineText, hitsText] = match as RegExpExecArray
      const line = Number(lineText)
      current.set(line, (current.get(line) ?? 0) + Number(hitsText))
    }
  }
  const decoder = new StringDecoder('utf8')
  let rest = ''
  const feed = (text: string): void => {
    let start = 0
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
      handle(rest === '' ? text.slice(start, nl) : rest + text.slice(start, nl))
      rest = ''
      start = nl + 1
    }
    rest += text.slice(start)
    if (rest.length > MAX_LINE) {
      lineNo++
      fail(`a line longer than ${MAX_LINE} characters`)
    }
  }
  for await (const chunk of input) feed(decoder.write(chunk))
  feed(decoder.end())
  if (rest !== '') handle(rest)
}

async function coberturaHits(input: XmlInput, file: string, opts: LineHitsOptions, result: LineHits): Promise<void> {
  await walkCobertura<Map<number, number>>(input, file, {
    // The requested file a Cobertura filename stands for: relative names are tried against each <source>.
    klass(filename, sources) {
      const candidates = sources.map((source) => toWorkspacePath(filename, opts.workspace, source))
      candidates.push(toWorkspacePath(filename, opts.workspace))
      const wanted = candidates.find((c) => opts.files.has(c))
      return wanted === undefined ? undefined : linesOf(result, wanted)
    },
    line(current, line, hits) {
      current.set(line, Math.max(current.get(line) ?? 0, hits))
    }
  })
}

async function jacocoHits(path: string, opts: LineHitsOptions, result: LineHits): Promise<void> {
  const { SourceIndex, walkJacoco } = await import('./coverage-jacoco.js')
  const index = new SourceIndex(opts.files)
  /** Per JaCoCo name and groups: the requested file it stands for (null: none, or several). */
  const found = new Map<string, string | null>()
  const wanted = (name: string, groups: readonly string[]): string | null => {
    const key = `${groups.join('\0')}\0\0${name}`
    let file = found.get(key)
    if (file === undefined) {
      const match = index.resolve(name, groups)
      file = match && 'file' in match ? match.file : null
      found.set(key, file)
    }
    return file
  }
  const { sources, lineless } = await walkJacoco({ path }, path, (source, line, mi, ci) => {
    if (mi + ci === 0) return
    const file = wanted(source.name, source.groups)
    if (file === null) return
    const lines = linesOf(result, file)
    lines.set(line, Math.max(lines.get(line) ?? 0, ci))
  })
  if (opts.noLineData) {
    for (const source of [...sources, ...lineless]) {
      if (source.per_line) continue
      // A class without a source file name stands for its top-level class's `.java` file, as the totals count it.
      const file = wanted(source.class_only ? `${source.name.replace(/\$.*$/, '')}.java` : source.name, source.groups)
      if (file !== null && !result.has(file) && !opts.noLineData.includes(file)) opts.noLineData.push(file)
    }
  }
}

type JsonObject = Record<string, unknown>

function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

function lineNumbers(value: unknown, file: string, format: string, where: string): number[] {
  if (value === undefined) return []
  if (!Array.isArray(value) || !value.every((n) => Number.isInteger(n) && n > 0)) {
    throw new ReportError(file, format, where, 'expected an array of line numbers')
  }
  return value as number[]
}

function coveragePyHits(data: unknown, file: string, opts: LineHitsOptions, result: LineHits): void {
  if (!isObject(data) || !isObject(data.files)) throw new ReportError(file, 'coverage.py-json', '$.files', 'expected an object')
  for (const [name, entry] of Object.entries(data.files)) {
    const wanted = toWorkspacePath(name, opts.workspace)
    if (!opts.files.has(wanted)) continue
    const where = `$.files[${JSON.stringify(name)}]`
    if (!isObject(entry)) throw new ReportError(file, 'coverage.py-json', where, 'expected an object')
    const lines = linesOf(result, wanted)
    for (const n of lineNumbers(entry.missing_lines, file, 'coverage.py-json', `${where}.missing_lines`)) lines.set(n, lines.get(n) ?? 0)
    for (const n of lineNumbers(entry.executed_lines, file, 'coverage.py-json', `${where}.executed_lines`)) lines.set(n, 1)
  }
}

function istanbulFinalHits(data: unknown, file: string, opts: LineHitsOptions, result: LineHits): void {
  if (!isObject(data)) throw new ReportError(file, 'istanbul-final', '$', 'expected an object')
  for (const [name, entry] of Object.entries(data)) {
    let where = `$[${JSON.stringify(name)}]`
    if (!isObject(entry)) throw new ReportError(file, 'istanbul-final', where, 'expected an object')
    let coverage = entry
    // Older Istanbul wrote { "<file>": { "data": { … } } }; istanbul-lib-coverage still accepts it.
    if (isObject(coverage.data) && coverage.statementMap === undefined) {
      coverage = coverage.data
      where = `${where}.data`
    }
    const wanted = toWorkspacePath(typeof coverage.path === 'string' ? coverage.path : name, opts.workspace)
    if (!opts.files.has(wanted)) continue
    const statementMap = coverage.statementMap
    const statements = coverage.s
    if (!isObject(statementMap) || !isObject(statements)) {
      throw new ReportError(file, 'istanbul-final', where, 'expected statementMap and s objects')
    }
    const lines = linesOf(result, wanted)
    for (const [id, hits] of Object.entries(statements)) {
      if (!Object.hasOwn(statementMap, id)) continue // istanbul-lib-coverage skips these too
      const location = statementMap[id]
      const start = isObject(location) ? location.start : undefined
      const line = isObject(start) ? start.line : undefined
      if (typeof line !== 'number' || !Number.isInteger(line) || line < 1 || typeof hits !== 'number') {
        throw new ReportError(file, 'istanbul-final', `${where}.statementMap[${JSON.stringify(id)}]`, 'expected a start line and a hit count')
      }
      const seen = lines.get(line)
      if (seen === undefined || seen < hits) lines.set(line, hits)
    }
  }
}
