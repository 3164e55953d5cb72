/**
 * JaCoCo XML (`jacoco.xml` of jacoco-maven-plugin's `report` goal, Gradle's `jacocoTestReport`, the Ant task, the CLI)
 * → line and branch coverage per source file, streamed with the byte-level reader of `xml.ts` (its DOCTYPE,
 * `<!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd">`, is skipped: `report.dtd` is never read).
 *
 * Structure (JaCoCo's report.dtd): `report > (group* | package*)`, `group > (group* | package*)`, `package > (class*,
 * sourcefile*)`, `sourcefile > line*`, and `counter` elements closing each of them. Read as JaCoCo means it:
 * - a file is `<package name>/<sourcefile name>` (the package's VM name, `com/example`), relative to a source root
 *   the report does not name (`src/main/java`, `module/src/main/kotlin`): {@link SourceIndex} finds it among the
 *   workspace's files;
 * - a `<line nr mi ci mb cb>` is measured when `mi + ci > 0` and covered when `ci > 0` (JaCoCo counts a line with any
 *   covered instruction as covered, partly or fully); its branches are `mb + cb`, `cb` of them covered;
 * - JaCoCo's own `<counter type="LINE">` (and `BRANCH`) of each source file, and of the report, are its figures: where
 *   the `<line>` elements give other counts, the counter is followed and a warning says so (they agree in every file
 *   JaCoCo writes);
 * - a source file with counters but no `<line>` (classes compiled without line numbers, `javac -g:none` or
 *   `-g:source`) has no LINE counter either: JaCoCo's line figure leaves its code out, and a warning says how much;
 * - a `<class>` without `sourcefilename` (compiled without `-g:source`) is in no `<sourcefile>`: its LINE counter
 *   (JaCoCo adds it to the package's) is read, as a file named after the class, with no per-line data.
 */
import path from 'node:path'
import type { CoverageReport, FileCoverage } from './types.js'
import { streamXml, type XmlInput, type XmlTag } from './xml.js'
import { LineSet, percentOf } from './coverage-lines.js'
import { toWorkspacePath } from './paths.js'

/** Counts of one JaCoCo counter. */
interface Counter {
  missed: number
  covered: number
}

/** A `<sourcefile>` (or a class without one) as read. */
export interface JacocoSource {
  /** `<package name>/<sourcefile name>`, as JaCoCo names it (relative to a source root). */
  name: string
  /** Names of the `<group>` elements it is in, outermost first (an aggregated multi-module report's modules). */
  groups: string[]
  lines_covered: number
  lines_total: number
  branches_covered: number
  branches_total: number
  /** Whether the report has per-line data (`<line>` elements) for it. */
  per_line: boolean
  /** A `<class>` without `sourcefilename`: the name is the class's, not a file's. */
  class_only?: true
}

/** Finds the workspace file a JaCoCo path (relative to a source root) stands for. */
export interface SourceResolver {
  /** The workspace-relative file, or undefined when none or several fit. */
  resolve(name: string, groups: readonly string[]): { file: string } | { ambiguous: string[] } | undefined
}

/**
 * The workspace's files by name, to find `com/example/Foo.java` as `module/src/main/java/com/example/Foo.java`: the
 * files whose path ends with the JaCoCo path at a `/`. Several such files (two modules with the same class) are told
 * apart by the component's source paths, then by the report's `<group>` names (an aggregate report names each module);
 * still several, the path is ambiguous and no file is chosen. Kotlin, Groovy and Scala do not tie a file's directory to
 * its package (`src/main/kotlin/Math.kt` in package `com/acme/math`): a file of theirs no path ends with is the one
 * tracked file of that name (in the component's source paths, when it has some).
 */
/** Languages whose files may sit in any directory, whatever their package. */
const FREE_LAYOUT = /\.(kt|kts|groovy|scala)$/

export class SourceIndex implements SourceResolver {
  private readonly byName = new Map<string, string[]>()

  constructor(
    files: Iterable<string>,
    private readonly sources: readonly string[] = []
  ) {
    for (const file of files) {
      const base = file.slice(file.lastIndexOf('/') + 1)
      let list = this.byName.get(base)
      if (!list) {
        list = []
        this.byName.set(base, list)
      }
      list.push(file)
    }
  }

  resolve(name: string, groups: readonly string[]): { file: string } | { ambiguous: string[] } | undefined {
    const base = name.slice(name.lastIndexOf('/') + 1)
    const named = this.byName.get(base) ?? []
    let found = named.filter((f) => f === name || f.endsWith(`/${name}`))
    const inside = (file: string, dir: string) => dir === '' || dir === '.' || file.startsWith(`${dir}/`)
    if (found.length === 0 && FREE_LAYOUT.test(base)) {
      found = this.sources.length > 0 ? named.filter((f) => this.sources.some((s) => inside(f, s))) : named
    }
    if (found.length === 0) return undefined
    if (found.length > 1 && this.sources.length > 0) {
      const kept = found.filter((f) => this.sources.some((s) => inside(f, s)))
      if (kept.length > 0) found = kept
    }
    if (found.length > 1 && groups.length > 0) {
      const kept = found.filter((f) => groups.some((g) => `/${f}`.includes(`/${g}/`)))
      if (kept.length > 0) found = kept
    }
    return found.length === 1 ? { file: found[0] } : { ambiguous: found }
  }
}

export interface JacocoOptions {
  /** The report's path, for messages. */
  file: string
  workspace: string
  /** Where the report's paths are looked up; without one, they are taken relative to the workspace. */
  resolver?: SourceResolver
}

/** Most file names a warning shows. */
const EXAMPLES = 5

function counterOf(tag: XmlTag): Counter | undefined {
  const missed = tag.number('missed')
  const covered = tag.number('covered')
  if (missed === undefined || covered === undefined || !Number.isSafeInteger(missed) || !Number.isSafeInteger(covered) || missed < 0 || covered < 0) {
    return undefined
  }
  return { missed, covered }
}

/** The `<sourcefile>`s (and source-less classes) of a JaCoCo report, with the report's own LINE and BRANCH counters. */
export async function walkJacoco(
  input: XmlInput,
  file: string,
  onLine?: (source: { name: string; groups: readonly string[] }, line: number, mi: number, ci: number) => void
): Promise<{ sources: JacocoSource[]; totals: { line?: Counter; branch?: Counter; instruction?: Counter }; contradictions: string[]; noLineData: { sources: number; instructions: Counter; branches: Counter }; lineless: JacocoSource[] }> {
  const sources: JacocoSource[] = []
  const totals: { line?: Counter; branch?: Counter; instruction?: Counter } = {}
  const contradictions: string[] = []
  /** Code without line numbers: how much, its instructions, and its branches (JaCoCo counts those without them). */
  const noLineData = { sources: 0, instructions: { missed: 0, covered: 0 }, branches: { missed: 0, covered: 0 } }
  /** Code without line numbers: JaCoCo's LINE figure has none of it. */
  const countNoLines = (instructions: Counter | undefined): void => {
    if (instructions && instructions.missed + instructions.covered > 0) {
      noLineData.sources++
      noLineData.instructions.missed += instructions.missed
      noLineData.instructions.covered += instructions.covered
    }
  }
  /**
   * Classes without `sourcefilename`, and whether their package has a <sourcefile>. JaCoCo before 0.8 (report.dtd 1.0)
   * wrote that attribute on no class at all, and their lines are in the <sourcefile>s: such a class is source-less
   * only in a report where some class has the attribute, or in a package with no <sourcefile>.
   */
  const pendingClasses: Array<{ source: JacocoSource; instructions: Counter | undefined; packageHasSources?: boolean }> = []
  /** Classes without a source file name and without line numbers (javac -g:none): in no figure but JaCoCo's branches. */
  const lineless: JacocoSource[] = []
  let sawSourcefilename = false
  let packageHasSources = false
  /** The package being read: its LINE counter, and where its sources and classes start in the lists. */
  let packageLine: Counter | undefined
  let packageStart = { sources: 0, classes: 0 }
  await streamXml(input, file, 'jacoco', (xml) => {
    /** Element names from the root down. */
    const stack: string[] = []
    const groups: string[] = []
    let pkg: string | undefined
    let current: { name: string; lines: LineSet; branches: Map<number, [number, number]>; sawLine: boolean; counters: Map<string, Counter> } | undefined
    let klass: { name: string; counters: Map<string, Counter> } | undefined
    const number = (tag: XmlTag, name: string): number => {
      const value = tag.number(name)
      if (value === undefined) return 0
      if (!Number.isSafeInteger(value) || value < 0) throw xml.error(`<${tag.name}> ${name}="${tag.attr(name) ?? ''}" is not a count`)
      return value
    }
    const finish = (name: string, counters: Map<string, Counter>, lines: LineSet | undefined, branches: Map<number, [number, number]> | undefined, classOnly: boolean): void => {
      const fromLines = lines?.counts() ?? { total: 0, covered: 0 }
      let branchTotal = 0
      let branchCovered = 0
      for (const [c, t] of branches?.values() ?? []) {
        branchCovered += c
        branchTotal += t
      }
      const lineCounter = counters.get('LINE')
      const branchCounter = counters.get('BRANCH')
      const perLine = lines !== undefined && fromLines.total > 0
      const source: JacocoSource = {
        name,
        groups: [...groups],
        lines_covered: fromLines.covered,
        lines_total: fromLines.total,
        branches_covered: branchCovered,
        branches_total: branchTotal,
        per_line: perLine
      }
      if (classOnly) source.class_only = true
      if (lineCounter) {
        const total = lineCounter.missed + lineCounter.covered
        if (perLine && (total !== fromLines.total || lineCounter.covered !== fromLines.covered)) {
          contradictions.push(`${name}: LINE counter ${lineCounter.covered} of ${total}, <line> elements ${fromLines.covered} of ${fromLines.total}`)
        }
        source.lines_covered = lineCounter.covered
        source.lines_total = total
      }
      if (branchCounter) {
        const total = branchCounter.missed + branchCounter.covered
        if (perLine && (total !== branchTotal || branchCounter.covered !== branchCovered)) {
          contradictions.push(`${name}: BRANCH counter ${branchCounter.covered} of ${total}, <line> elements ${branchCovered} of ${branchTotal}`)
        }
        source.branches_covered = branchCounter.covered
        source.branches_total = total
      }
      const instructions = counters.get('INSTRUCTION')
      if (classOnly) {
        pendingClasses.push({ source, instructions })
        return
      }
      if (source.lines_total === 0) countNoLines(instructions)
      sources.push(source)
    }
    return {
      open(tag, depth) {
        const parent = stack[stack.length - 1]
        stack.push(tag.name)
        if (depth === 1) {
          if (tag.name !== 'report') throw xml.error(`the root element is <${tag.name}>, not JaCoCo's <report>`)
          return
        }
        switch (tag.name) {
          case 'group':
            if (parent === 'report' || parent === 'group') groups.push(tag.attr('name') ?? '')
            break
          case 'package':
            if (parent !== 'report' && parent !== 'group') throw xml.error(`<package> inside <${parent}>`)
            pkg = tag.attr('name')
            if (pkg === undefined) throw xml.error('<package> without a name attribute')
            packageHasSources = false
            packageLine = undefined
            packageStart = { sources: sources.length, classes: pendingClasses.length }
            break
          case 'sourcefile': {
            if (parent !== 'package' || pkg === undefined) throw xml.error(`<sourcefile> inside <${parent}>, not <package>`)
            const name = tag.attr('name')
            if (name === undefined || name === '') throw xml.error('<sourcefile> without a name attribute')
            packageHasSources = true
            current = { name: pkg === '' ? name : `${pkg}/${name}`, lines: new LineSet(), branches: new Map(), sawLine: false, counters: new Map() }
            break
          }
          case 'class':
            // Only a class with no source file is read: the others' lines are their <sourcefile>'s.
            if (parent === 'package' && tag.attr('sourcefilename') !== undefined) sawSourcefilename = true
            else if (parent === 'package') {
              const name = tag.attr('name')
              if (name === undefined || name === '') throw xml.error('<class> without a name attribute')
              klass = { name, counters: new Map() }
            }
            break
          case 'line': {
            if (parent !== 'sourcefile' || !current) break
            const nr = tag.number('nr')
            if (nr === undefined || !Number.isSafeInteger(nr) || nr < 0) throw xml.error(`<line nr="${tag.attr('nr') ?? ''}">: nr is not a line number`)
            const mi = number(tag, 'mi')
            const ci = number(tag, 'ci')
            const mb = number(tag, 'mb')
            const cb = number(tag, 'cb')
            current.sawLine = true
            onLine?.({ name: current.name, groups }, nr, mi, ci)
            if (mi + ci === 0) break
            current.lines.add(nr, ci > 0)
            if (mb + cb > 0) {
              const seen = current.branches.get(nr)
              if (!seen || mb + cb > seen[1] || (mb + cb === seen[1] && cb > seen[0])) current.branches.set(nr, [cb, mb + cb])
            }
            break
          }
          case 'counter': {
            const type = tag.attr('type') ?? ''
            const counter = counterOf(tag)
            if (!counter) throw xml.error(`<counter type="${type}"> without whole missed and covered counts`)
            if (parent === 'sourcefile' && current) current.counters.set(type, counter)
            else if (parent === 'class' && klass) klass.counters.set(type, counter)
            else if (parent === 'package' && type === 'LINE') packageLine = counter
            else if (parent === 'report' && depth === 2) {
              if (type === 'LINE') totals.line = counter
              if (type === 'BRANCH') totals.branch = counter
              if (type === 'INSTRUCTION') totals.instruction = counter
            }
            break
          }
        }
      },
      close(name) {
        stack.pop()
        if (name === 'sourcefile' && current) {
          finish(current.name, current.counters, current.lines, current.branches, false)
          current = undefined
        } else if (name === 'class' && klass) {
          finish(klass.name, klass.counters, undefined, undefined, true)
          klass = undefined
        } else if (name === 'package') {
          if (packageLine) {
            // JaCoCo's package counter is its source files' plus its classes without one (PackageCoverageImpl).
            const sum = (list: JacocoSource[]) => list.reduce((n, x) => ({ covered: n.covered + x.lines_covered, total: n.total + x.lines_total }), { covered: 0, total: 0 })
            const files = sum(sources.slice(packageStart.sources))
            const classes = sum(pendingClasses.slice(packageStart.classes).map((c) => c.source))
            const total = packageLine.missed + packageLine.covered
            const agrees = (c: { covered: number; total: number }) => c.covered === packageLine!.covered && c.total === total
            if (!agrees(files) && !agrees({ covered: files.covered + classes.covered, total: files.total + classes.total })) {
              contradictions.push(`package ${pkg}: LINE counter ${packageLine.covered} of ${total}, its source files ${files.covered} of ${files.total}`)
            }
          }
          pkg = undefined
          for (let i = pendingClasses.length - 1; i >= 0 && pendingClasses[i].packageHasSources === undefined; i--) pendingClasses[i].packageHasSources = packageHasSources
        }
        else if (name === 'group' && (stack[stack.length - 1] === 'report' || stack[stack.length - 1] === 'group')) groups.pop()
      }
    }
  })
  for (const { source, instructions, packageHasSources: besideSources } of pendingClasses) {
    if (!sawSourcefilename && besideSources) continue
    if (source.lines_total > 0) {
      sources.push(source)
      continue
    }
    countNoLines(instructions)
    lineless.push(source)
    noLineData.branches.missed += source.branches_total - source.branches_covered
    noLineData.branches.covered += source.branches_covered
  }
  return { sources, totals, contradictions, noLineData, lineless }
}

/**
 * Reads a JaCoCo XML report: per-file figures from each `<sourcefile>`'s counters, its totals JaCoCo's own report
 * counters.
 *
 * @throws ReportError naming the file, the format and where it broke
 */
export async function parseJacoco(input: XmlInput, opts: JacocoOptions): Promise<CoverageReport> {
  const { sources, totals, contradictions, noLineData } = await walkJacoco(input, opts.file)
  const warnings: string[] = []
  const files: FileCoverage[] = []
  const unresolved: string[] = []
  const ambiguous: string[] = []
  const classOnly: string[] = []
  let sumLines = 0
  let sumCovered = 0
  let sumBranches = 0
  let sumBranchesCovered = 0
  let sawBranches = false
  const byFile = new Map<string, FileCoverage>()
  for (const source of sources) {
    let name: string
    // A class without a source file name: its top-level class's `.java` file, when there is exactly one.
    const wanted = source.class_only ? `${source.name.replace(/\$.*$/, '')}.java` : source.name
    const normalized = path.posix.normalize(wanted)
    // A name that climbs out of its source root (`../../etc/x.kt`) names no file of the workspace, whatever its basename.
    const climbs = normalized === '..' || normalized.startsWith('../') || normalized.startsWith('/')
    const found = climbs ? undefined : opts.resolver?.resolve(normalized, source.groups)
    if (found && 'file' in found) name = found.file
    else {
      if (found && 'ambiguous' in found) ambiguous.push(`${source.name} (${found.ambiguous.slice(0, 3).join(', ')}${found.ambiguous.length > 3 ? ', …' : ''})`)
      else if (opts.resolver && !source.class_only) unresolved.push(source.name)
      // Only a string: a name with `..` that leaves the workspace stays outside it (and is left out of the figure).
      name = toWorkspacePath(source.name, opts.workspace)
    }
    if (source.class_only) classOnly.push(source.name)
    if (source.branches_total > 0) sawBranches = true
    const seen = byFile.get(name)
    if (seen) {
      // Classes of one file (an inner class beside its outer one), each counted by JaCoCo: summed, as its package does.
      seen.lines_covered += source.lines_covered
      seen.lines_total += source.lines_total
      seen.branches_covered! += source.branches_covered
      seen.branches_total! += source.branches_total
    } else {
      const entry: FileCoverage = { file: name, lines_covered: source.lines_covered, lines_total: source.lines_total, branches_covered: source.branches_covered, branches_total: source.branches_total }
      byFile.set(name, entry)
      files.push(entry)
    }
    sumLines += source.lines_total
    sumCovered += source.lines_covered
    sumBranches += source.branches_total
    sumBranchesCovered += source.branches_covered
  }
  // Branches of code without line numbers: in JaCoCo's BRANCH counter, in no file here.
  if (noLineData.branches.missed + noLineData.branches.covered > 0) {
    sawBranches = true
    sumBranches += noLineData.branches.missed + noLineData.branches.covered
    sumBranchesCovered += noLineData.branches.covered
  }
  const report: CoverageReport = { format: 'jacoco', lines_covered: sumCovered, lines_total: sumLines, percent: percentOf(sumCovered, sumLines), files }
  if (sawBranches || totals.branch) {
    report.branches_covered = sumBranchesCovered
    report.branches_total = sumBranches
  } else {
    for (const f of files) {
      delete f.branches_covered
      delete f.branches_total
    }
  }
  if (contradictions.length > 0) {
    warnings.push(
      `${opts.file}: ${contradictions.length} element(s) whose counts contradict their JaCoCo counters (${contradictions.slice(0, EXAMPLES).join('; ')}${contradictions.length > EXAMPLES ? '; …' : ''}); JaCoCo's counters are followed`
    )
  }
  /** A report-level counter that disagrees with what its source files give: said, and followed. */
  const followed = (counter: Counter | undefined, kind: 'LINE' | 'BRANCH', noun: string, covered: number, total: number): Counter | undefined => {
    if (!counter || (counter.covered === covered && counter.missed + counter.covered === total)) return undefined
    warnings.push(
      `${opts.file} <report>: its ${kind} counter says ${counter.covered} of ${counter.missed + counter.covered} ${noun} covered but its source files give ${covered} of ${total}; JaCoCo's counter is followed`
    )
    return counter
  }
  const line = followed(totals.line, 'LINE', 'lines', sumCovered, sumLines)
  if (line) {
    report.lines_covered = line.covered
    report.lines_total = line.missed + line.covered
    report.percent = percentOf(report.lines_covered, report.lines_total)
  }
  const branch = followed(totals.branch, 'BRANCH', 'branches', sumBranchesCovered, sumBranches)
  if (branch) {
    report.branches_covered = branch.covered
    report.branches_total = branch.missed + branch.covered
  }
  const withoutLines = (what: string, { missed, covered }: Counter): string =>
    `${opts.file}: ${what} no line numbers (compiled without debug information: javac -g:none, or debug=false): JaCoCo's line figure counts none of their code (${covered} of ${missed + covered} of their instructions covered); compile with line numbers (javac's default -g:source,lines) to measure them`
  if (noLineData.sources > 0) warnings.push(withoutLines(`${noLineData.sources} source file(s) or class(es) have`, noLineData.instructions))
  else if (report.lines_total === 0 && totals.instruction && totals.instruction.missed + totals.instruction.covered > 0) {
    // Only the report's own counters say there was code.
    warnings.push(withoutLines('the report counts instructions but no line: its classes have', totals.instruction))
  }
  if (classOnly.length > 0) {
    warnings.push(
      `${opts.file}: ${classOnly.length} class(es) without a source file name (compiled without -g:source: ${classOnly.slice(0, EXAMPLES).join(', ')}${classOnly.length > EXAMPLES ? ', …' : ''}): their lines are counted from their LINE counters, with no per-line data, in their top-level class's .java file where the workspace has exactly one, else under the class's name`
    )
  }
  const noPerLine = sources.filter((s) => !s.per_line && !s.class_only && s.lines_total > 0).length
  if (noPerLine > 0) {
    warnings.push(`${opts.file}: ${noPerLine} <sourcefile>(s) with LINE counters but no <line> elements: counted from their counters, with no per-line data`)
  }
  if (!opts.resolver && sources.some((s) => !s.class_only)) {
    warnings.push(
      `${opts.file}: JaCoCo names files relative to source roots it does not name (${sources.find((s) => !s.class_only)?.name}); with no list of the workspace's files (not a git work tree) they are taken relative to the workspace`
    )
  }
  if (unresolved.length > 0) {
    warnings.push(
      `${opts.file}: ${unresolved.length} source file(s) matched no file git tracks in the workspace (${unresolved.slice(0, EXAMPLES).join(', ')}${unresolved.length > EXAMPLES ? ', …' : ''}): kept under JaCoCo's package path, which lies outside the component's source paths when those are set`
    )
  }
  if (ambiguous.length > 0) {
    warnings.push(
      `${opts.file}: ${ambiguous.length} source file(s) match several files in the workspace (${ambiguous.slice(0, EXAMPLES).join('; ')}${ambiguous.length > EXAMPLES ? '; …' : ''}): kept under JaCoCo's package path; set paths.source to the component's source root to tell them apart`
    )
  }
  if (warnings.length > 0) report.warnings = warnings
  return report
}
