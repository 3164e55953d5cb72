/**
 * Cobertura XML → line coverage, streamed with the byte-level reader of `xml.ts`. Read the same way for coverage.py's
 * `coverage xml` and Istanbul's `cobertura` reporter:
 * - lines are the `<line>` elements directly under `<class><lines>`; the `<methods><method><lines>` copies Istanbul
 *   writes (a function's declaration line with the function's hit count) are not source lines and are skipped;
 * - lines are deduplicated per file and line number, so a file split over several `<class>` elements (Java inner
 *   classes, repeated classes) counts each line once, hit if any copy was hit;
 * - branches come from `condition-coverage="50% (1/2)"`, once per file and line;
 * - a relative `filename` is relative to the first `<source>` (coverage.py and Istanbul write exactly one).
 * The root's `lines-valid`/`lines-covered` are not read: for coverage.py and Istanbul they equal our counts.
 */
import type { CoverageReport, FileCoverage } from './types.js'
import { streamXml, type XmlInput, type XmlTag } from './xml.js'
import { LineSet, reportFromFiles } from './coverage-lines.js'
import { toWorkspacePath } from './paths.js'

interface FileLines {
  lines: LineSet
  /** Per line number: branches covered and total, as the tool attributes them to that line. */
  branches?: Map<number, [number, number]>
}

/** What a walk over a Cobertura report does with its classes and lines. */
export interface CoberturaVisitor<T> {
  /** A `<class>`: where its lines go, or undefined to skip them. `sources` are the `<source>` entries read so far. */
  klass(filename: string, sources: readonly string[]): T | undefined
  /** A `<line>` directly under the class's `<lines>` (Istanbul's `<methods>` copies are not passed). */
  line(target: T, line: number, hits: number, tag: XmlTag): void
}

/**
 * Streams a Cobertura report through `visitor`, checking what it reads; returns the `<source>` entries. Shared by
 * the totals parser below and the per-line reader of diff-aware mode.
 */
export async function walkCobertura<T>(input: XmlInput, file: string, visitor: CoberturaVisitor<T>): Promise<string[]> {
  const sources: string[] = []
  await streamXml(input, file, 'cobertura', (xml) => {
    let classDepth = 0
    let current: T | undefined
    let inClassLines = false
    let sourceDepth = 0
    let sourceText = ''

    return {
      open(tag, depth) {
        const name = tag.name
        if (depth === 1) {
          if (name !== 'coverage') throw xml.error(`the root element is <${name}>, expected <coverage>`)
          if (tag.attr('clover') !== undefined) throw xml.error('this is Clover XML, not Cobertura')
          return
        }
        if (name === 'source' && depth === 3) {
          sourceDepth = depth
          sourceText = ''
          xml.captureText(true)
        } else if (name === 'class' && classDepth === 0) {
          const filename = tag.attr('filename')
          if (filename === undefined || filename === '') throw xml.error('a <class> without a filename attribute')
          classDepth = depth
          current = visitor.klass(filename, sources)
        } else if (classDepth !== 0 && depth === classDepth + 1 && name === 'lines') {
          inClassLines = true
        } else if (inClassLines && depth === classDepth + 2 && name === 'line') {
          const number = tag.attr('number') ?? ''
          const hits = tag.attr('hits') ?? ''
          if (!/^\d+$/.test(number)) throw xml.error(`a <line> with number="${number.slice(0, 40)}"`)
          const count = Number(hits)
          if (hits === '' || !Number.isFinite(count)) throw xml.error(`a <line> with hits="${hits.slice(0, 40)}"`)
          if (current !== undefined) visitor.line(current, Number(number), count, tag)
        }
      },
      text(chunk) {
        if (sourceText.length < 64 * 1024) sourceText += chunk
      },
      close(name, depth) {
        if (depth === sourceDepth) {
          sourceDepth = 0
          xml.captureText(false)
          sources.push(sourceText.trim())
        } else if (depth === classDepth) {
          classDepth = 0
          current = undefined
          inClassLines = false
        } else if (classDepth !== 0 && depth === classDepth + 1 && name === 'lines') {
          inClassLines = false
        }
      }
    }
  })
  return sources
}

/** Parses a Cobertura report from its text or a stream of its chunks. */
export async function parseCobertura(
  input: XmlInput,
  opts: { file: string; workspace: string }
): Promise<CoverageReport> {
  const byFile = new Map<string, FileLines>()
  const sources = await walkCobertura<FileLines>(input, opts.file, {
    klass(filename) {
      let lines = byFile.get(filename)
      if (!lines) {
        lines = { lines: new LineSet() }
        byFile.set(filename, lines)
      }
      return lines
    },
    line(current, line, hits, tag) {
      current.lines.add(line, hits > 0)
      const condition = /\((\d+)\/(\d+)\)/.exec(tag.attr('condition-coverage') ?? '')
      if (condition) {
        const branches = (current.branches ??= new Map())
        const seen = branches.get(line)
        const next: [number, number] = [Number(condition[1]), Number(condition[2])]
        if (!seen || next[1] > seen[1] || (next[1] === seen[1] && next[0] > seen[0])) branches.set(line, next)
      }
    }
  })

  const files: FileCoverage[] = []
  for (const [filename, { lines, branches }] of byFile) {
    const { total, covered } = lines.counts()
    const file: FileCoverage = {
      file: toWorkspacePath(filename, opts.workspace, sources[0]),
      lines_covered: covered,
      lines_total: total
    }
    if (branches) {
      let branchesCovered = 0
      let branchesTotal = 0
      for (const [c, t] of branches.values()) {
        branchesCovered += c
        branchesTotal += t
      }
      file.branches_covered = branchesCovered
      file.branches_total = branchesTotal
    }
    files.push(file)
  }
  const report = reportFromFiles('cobertura', files)
  // A report without any branch data says nothing about branches; one with branch data on some files has 0/0 elsewhere.
  if (report.branches_total !== undefined) {
    for (const f of files) {
      f.branches_covered ??= 0
      f.branches_total ??= 0
    }
  }
  return report
}
