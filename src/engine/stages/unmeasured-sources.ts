/**
 * Source files of the component that are in no coverage report. A coverage tool measures only the files the tests
 * loaded unless told to include every source (jest's collectCoverageFrom, vitest's coverage.include, c8 --all,
 * coverage.py's source): a file no test imported is then absent rather than at 0%, and the figure is higher than the
 * component's. Found among the files git tracks under the component's source paths, with an extension the report
 * measures, that are neither test code, a tool's configuration nor empty, nor left out on purpose by coverage.py's `omit` (frostming/marko
 * omits marko/cli.py and marko/__main__.py in `[coverage:run]`: they were named as files no test loaded).
 */
import { stat } from 'node:fs/promises'
import { extname, join } from 'node:path'
import type { CoverageScope } from '../../reports/coverage-scope.js'
import type { CoverageReport } from '../../reports/types.js'
import { trackedUnder } from './unchecked-sources.js'

/** Test code, mocks, snapshots and declarations, by name or directory: never the component's measured code. */
const TEST_CODE = [
  /(^|\/)(__tests__|__mocks__|__snapshots__|__fixtures__)\//,
  /\.(test|spec)\.[cm]?[jt]sx?$/,
  /(^|\/)(test_[^/]*|[^/]*_test|conftest)\.py$/,
  // Maven's and Gradle's test source sets (src/test/java, src/androidTest/kotlin…): JaCoCo measures the main classes only.
  /(^|\/)src\/(test|androidTest|testFixtures|integrationTest)\//,
  /\.d\.[cm]?ts$/,
  // Tools' own configuration, which the tools run and no test loads: what vitest's default coverage.exclude (and
  // test-exclude's, c8's and nyc's) leaves out by name (laphilosophia/sigil-security: packages/core/tsup.config.ts and
  // vitest.config.ts were named as sources no test loaded, the advice to measure them would have lowered the figure).
  /(^|\/)(karma|rollup|webpack|vite|vitest|jest|ava|babel|nyc|cypress|tsup|tsdown|build|eslint|prettier|playwright)\.config\.[cm]?[jt]s$/,
  /(^|\/)vitest\.(workspace|projects)\.[cm]?[jt]s$/,
  /(^|\/)\.(eslintrc|mocharc)\.[cm]?js$/
]

/**
 * The component's source files in no file of `report`, sorted; null when it cannot be told (the sources are unknown,
 * the report names no file, the workspace is not a git work tree).
 *
 * A component that is the whole repository (sources `.`) has no path telling its sources from its scripts, examples,
 * fixtures and tools: there the files are looked for only in the top-level directories the report measured some file
 * of (`src/` when it measured `src/App.tsx`), and at the root only when it measured a file there (the root's own
 * files, not its directories). A Vite app whose vitest 4 coverage held `src/App.tsx` alone read 100% with three
 * sources of `src/` that no test loaded, and said nothing.
 */
export async function unmeasuredSources(workspace: string, report: CoverageReport, scope: CoverageScope): Promise<string[] | null> {
  let sources = scope.sources
  if (!sources || sources.length === 0 || report.files.length === 0) return null
  const wholeRepository = sources.includes('.')
  if (wholeRepository) sources = measuredTopDirectories(report)
  const measured = new Set(report.files.map((f) => f.file))
  const extensions = new Set(report.files.map((f) => extname(f.file)).filter((e) => e !== ''))
  if (extensions.size === 0) return null
  const tracked = wholeRepository ? await trackedIn(workspace, sources) : await trackedUnder(workspace, sources)
  if (tracked === null) return null
  const inside = (file: string, dir: string) => dir === '.' || file === dir || file.startsWith(`${dir}/`)
  // A tests path inside the sources tells test files apart; one holding the sources (tests `.`) cannot.
  const testDirs = (scope.tests ?? []).filter((t) => !sources.some((s) => inside(s, t)))
  const omitted = report.producer === 'coverage.py' ? await coverageOmit(workspace) : () => false
  const missing: string[] = []
  for (const file of tracked) {
    if (measured.has(file) || !extensions.has(extname(file))) continue
    if (TEST_CODE.some((re) => re.test(file)) || testDirs.some((t) => inside(file, t)) || omitted(file)) continue
    const size = await stat(join(workspace, file)).then((s) => (s.isFile() ? s.size : 0), () => 0)
    if (size > 0) missing.push(file)
  }
  return missing.sort()
}

/**
 * Whether coverage.py's configuration omits a file (`[run] omit`, `[report] omit`): its patterns are file-name
 * patterns, relative to the directory coverage ran in (the workspace, where the commands run) unless they start with a
 * wildcard or are absolute; `*` is taken to match across `/` too, as coverage before 7.x did (a pattern then omits
 * more, and fewer files are named, never more).
 */
async function coverageOmit(workspace: string): Promise<(file: string) => boolean> {
  const [{ RepositoryProbe }, { coverageSetting }] = await Promise.all([import('../../config/probe.js'), import('../../config/python-project.js')])
  const probe = new RepositoryProbe(workspace)
  const patterns = [...(coverageSetting(probe, 'run', 'omit')?.values ?? []), ...(coverageSetting(probe, 'report', 'omit')?.values ?? [])]
  if (patterns.length === 0) return () => false
  const regexps = patterns.map(
    (p) => new RegExp(`^${[...p.replace(/^\.\//, '')].map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&'))).join('')}$`)
  )
  return (file) => regexps.some((re) => re.test(file) || re.test(`/${file}`) || re.test(join(workspace, file)))
}

/** The top-level directories of the files a report measured, and `.` when it measured a file at the root. */
function measuredTopDirectories(report: CoverageReport): string[] {
  const dirs = new Set<string>()
  for (const { file } of report.files) {
    // Only files inside the workspace (a report may name others: `../lib/x.js`, absolute paths).
    if (file.startsWith('/') || file.startsWith('../') || file === '..') continue
    const slash = file.indexOf('/')
    dirs.add(slash < 0 ? '.' : file.slice(0, slash))
  }
  return [...dirs].sort()
}

/**
 * The tracked files under `dirs` (`.`: the root's own files, none of its directories); null when git cannot tell or
 * they are too many to read.
 */
async function trackedIn(workspace: string, dirs: readonly string[]): Promise<string[] | null> {
  const nested = dirs.filter((d) => d !== '.')
  const [under, root] = await Promise.all([
    nested.length > 0 ? trackedUnder(workspace, nested) : Promise.resolve<string[]>([]),
    dirs.includes('.') ? trackedUnder(workspace, ['.'], { whole: true }) : Promise.resolve<string[]>([])
  ])
  if (under === null || root === null) return null
  return [...under, ...root.filter((file) => !file.includes('/') && !ROOT_TOOLING.test(file))]
}

/** The root's files that configure or drive tools (`tailwind.config.js`, `.prettierrc.cjs`, `gulpfile.js`): no source. */
const ROOT_TOOLING = /^(?:\.|[^/]*\.config\.[cm]?[jt]s$|(?:gulpfile|Gulpfile|Gruntfile|Jakefile)\.[cm]?[jt]s$)/
