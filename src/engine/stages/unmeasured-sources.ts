/**
 * Source files of the component that are in no coverage report. A coverage tool measures only the files the tests
 * loaded unless told to include every source (jest's collectCoverageFrom, vitest's coverage.include, c8 --all,
 * coverage.py's source): a file no test imported is then absent rather than at 0%, and the figure is higher than the
 * component's. Found among the files git tracks under the component's source paths, with an extension the report
 * measures, that are neither test code, a tool's configuration nor empty, nor left out on purpose by coverage.py's `omit` (frostming/marko
 * omits marko/cli.py and marko/__main__.py in `[coverage:run]`: they were named as files no test loaded).
 */
import { readFile, stat } from 'node:fs/promises'
import { extname, join } from 'node:path'
import type { CoverageScope } from '../../reports/coverage-scope.js'
import type { CoverageReport } from '../../reports/types.js'
import { trackedUnder } from './unchecked-sources.js'

/** Test code, mocks, snapshots and declarations, by name or directory: never the component's measured code. */
const TEST_CODE = [
  /(^|\/)(__tests__|__mocks__|__snapshots__|__fixtures__)\//,
  /\.(test|spec)\.[cm]?[jt]sx?$/,
  /(^|\/)(test_[^/]*|[^/]*_test|conftest)\.py$/,
  // Go's test files: `go test` compiles them into the test binary, and its cover profile never measures them
  // (google/uuid: its seven *_test.go files were named as sources no test loaded).
  /_test\.go$/,
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
    if (size === 0) continue
    if (extname(file) === '.go' && (await goNeverMeasured(workspace, file, size))) continue
    if (JAVA_DECLARATIONS_ONLY.test(file)) continue
    if (extname(file) === '.php' && (await phpInterfaceOnly(workspace, file, size))) continue
    if (/\.[cm]?tsx?$/.test(file) && (await typeScriptTypesOnly(workspace, file, size))) continue
    missing.push(file)
  }
  return missing.sort()
}

/**
 * Java's `package-info.java` (a package's documentation and annotations) and `module-info.java`: no class with code,
 * which JaCoCo never lists (seen with JaCoCo 0.8.6's XML: an interface and an annotation type are listed, with no
 * line, these two are not).
 */
const JAVA_DECLARATIONS_ONLY = /(^|\/)(?:package|module)-info\.java$/

/**
 * Comments and string literals, in one pass from the start, so that each is read where it starts: taken one after the
 * other, comments first, the `//` of a URL in a PHP string ('https://api.example.com') cut the rest of its line as a
 * comment, and its quote then opened a "string" that ran to the next quote, lines below, swallowing a class's opening
 * brace; a backtick in a TypeScript `//` comment ran to the next comment's; a Go glob ("static/" and a star) opened a
 * block comment that ran to the next one's end. A file with a class or a function after them read as an interface, types, or no
 * function, and was not named.
 */
const PHP_TOKENS = /\/\*[\s\S]*?\*\/|(?:\/\/|#(?!\[))[^\n]*|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g
const TS_TOKENS = /\/\*[\s\S]*?\*\/|\/\/[^\n]*|`(?:[^`\\]|\\.)*`|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"/g
const GO_TOKENS = /\/\*[\s\S]*?\*\/|\/\/[^\n]*|`[^`]*`|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"/g

/** `text` with each comment a space (a block comment) or nothing (a line comment), and each string literal `''`. */
function withoutCommentsAndStrings(text: string, tokens: RegExp): string {
  return text.replace(tokens, (token) => (token.startsWith('/*') ? ' ' : token.startsWith('//') || token.startsWith('#') ? '' : "''"))
}

/**
 * Whether a PHP file declares interfaces and nothing else (its namespace, `use` and `declare` aside): php-code-coverage
 * leaves a file without executable lines out of its reports, and an interface has none — doctrine/inflector's
 * LanguageInflectorFactory.php and WordInflector.php were named as sources no test loaded, with advice for jest and
 * coverage.py (seen with PHPUnit 9.6 and pcov: an abstract class, a class of constants, an enum and a file that only
 * returns an array are in its Cobertura XML with processUncoveredFiles, an interface is not). A file with anything
 * more, or too large to read, is named as before.
 */
async function phpInterfaceOnly(workspace: string, file: string, size: number): Promise<boolean> {
  const text = await smallText(workspace, file, size)
  if (text === null) return false
  const code = withoutCommentsAndStrings(text, PHP_TOKENS).replace(/^\s*<\?php\b|\?>\s*$/g, '')
  // The interfaces taken out, each from its keyword to the brace that closes its body; what is left is kept.
  const left: string[] = []
  let from = 0
  let interfaces = 0
  const head = /\binterface\s+\w/g
  for (let m = head.exec(code); m; m = head.exec(code)) {
    // Its body's brace, before the next statement's end: else not an interface this reading knows.
    const header = /[^{;]*/y
    header.lastIndex = m.index
    header.exec(code)
    const body = header.lastIndex
    if (code[body] !== '{') return false
    let depth = 0
    let end = body
    for (; end < code.length; end++) {
      if (code[end] === '{') depth++
      else if (code[end] === '}' && --depth === 0) break
    }
    if (depth !== 0) return false
    left.push(code.slice(from, m.index))
    from = head.lastIndex = end + 1
    interfaces++
  }
  left.push(code.slice(from))
  if (interfaces === 0) return false
  // The rest: statements that are its namespace, `use` and `declare` alone, each ended by `;`, and attributes.
  const statements = left.join('').replace(PHP_ATTRIBUTE, '').split(';')
  return statements.pop()!.trim() === '' && statements.every((statement) => PHP_PREAMBLE.test(statement))
}

/**
 * A statement of a file of interfaces that is no code (its namespace, `use`, `declare`), and an attribute (`#[Attr]`).
 * Each is read in time proportional to it: patterns that ran from a keyword to the next `;` or `]`, or the file's end,
 * were tried from every keyword of a file holding none (240 kB of `use a use a …` took 39 s).
 */
const PHP_PREAMBLE = /^\s*(?:namespace\s+[\w\\]+|use\s+[^{}]+|declare\s*\([^()]*\))\s*$/
const PHP_ATTRIBUTE = /#\[[^\]#]*\]/g

/**
 * Whether a TypeScript file declares types and nothing else: interfaces, type aliases, `declare`d names and imports
 * bound to names, which the compiler erases — no statement is left for a coverage tool to count, and vitest's v8
 * coverage lists no such file (pacocoursey/next-themes: src/types.ts, interfaces and type aliases, was named as a
 * source no test loaded). Read line by line at the top level (outside braces, brackets, parentheses and type
 * arguments): every line starts a type declaration or an import with `from`, or continues one (`| 'dark'`, `> {`); any
 * other line — a `const`, a function, a class, an enum, a bare `import './x'`, an `export *` — and the file is named
 * as before, as is a file too large to read.
 */
async function typeScriptTypesOnly(workspace: string, file: string, size: number): Promise<boolean> {
  const text = await smallText(workspace, file, size)
  if (text === null) return false
  const code = withoutCommentsAndStrings(text, TS_TOKENS)
  const TYPE_START = /^(?:export\s+)?(?:declare\s+|interface\s|type\s+[\w$]+|import\s+type\s)|^export\s+type\s*\{|^import\s[^'"]*\bfrom\s*''/
  const CONTINUES = /^(?:[|&>)\]},.:?=]|extends\s)/
  let depth = 0
  let declarations = 0
  let open = false
  for (const raw of code.split('\n')) {
    const line = raw.trim()
    if (line === '') continue
    if (depth === 0) {
      if (TYPE_START.test(line)) {
        if (!/^import\s/.test(line)) declarations++
      } else if (!(open || CONTINUES.test(line))) return false
    }
    for (let i = 0; i < line.length; i++) {
      const c = line[i]
      if (c === '{' || c === '(' || c === '[' || (c === '<' && line[i + 1] !== '=')) depth++
      else if ((c === '}' || c === ')' || c === ']' || (c === '>' && line[i - 1] !== '=')) && depth > 0) depth--
    }
    // A top-level line that ends on an operator goes on below (`type Theme =`, `extends A,`).
    open = depth === 0 && /(?:[=|&,:<(]|\bextends|\bkeyof|\btypeof)$/.test(line)
  }
  return declarations > 0 && depth === 0
}

/** GOOS and GOARCH values: a Go file named `x_<goos>.go`, `x_<goarch>.go` or `x_<goos>_<goarch>.go` builds only there. */
const GO_PLATFORM_SUFFIX = new RegExp(
  '_(?:aix|android|darwin|dragonfly|freebsd|hurd|illumos|ios|js|linux|nacl|netbsd|openbsd|plan9|solaris|wasip1|windows|zos|' +
    '386|amd64|amd64p32|arm|armbe|arm64|arm64be|loong64|mips|mipsle|mips64|mips64le|mips64p32|mips64p32le|ppc|ppc64|ppc64le|riscv|riscv64|s390|s390x|sparc|sparc64|wasm)\\.go$'
)

/** Directories `go test ./...` never builds: `testdata`, `vendor` (others' code), and those starting with `.` or `_`. */
const GO_IGNORED_DIRECTORY = /(^|\/)(?:testdata|vendor|[._][^/]*)\//

/** Most bytes of a source file read to tell whether its coverage can exist at all. */
const READ_LIMIT = 1024 * 1024

/** The file's text; null when it is larger than {@link READ_LIMIT} or cannot be read (it is then named as before). */
async function smallText(workspace: string, file: string, size: number): Promise<string | null> {
  if (size > READ_LIMIT) return null
  return readFile(join(workspace, file), 'utf8').catch(() => null)
}

/**
 * Whether a Go file is one go's cover profile can hold no line of, whatever the tests do — so its absence says nothing
 * about what the tests loaded (google/uuid: `doc.go`, a package comment, and `node_js.go`, built only for GOOS=js,
 * were named as sources no test loaded, with advice for jest and coverage.py):
 * - it declares no function: go's coverage counts the statements of function bodies only (a file of types,
 *   constants and a package comment has none);
 * - it lies where `go test ./...` builds nothing (`testdata/`, `vendor/`, a directory starting with `.` or `_`);
 * - its build is constrained — a `//go:build` or `// +build` line before its package clause, or a GOOS/GOARCH
 *   file-name suffix — and so may not have been compiled in this run; such a file is never named (fewer files named,
 *   never a file that could not have been measured).
 * A file too large to read is named as before.
 */
async function goNeverMeasured(workspace: string, file: string, size: number): Promise<boolean> {
  if (GO_PLATFORM_SUFFIX.test(file) || GO_IGNORED_DIRECTORY.test(file)) return true
  const text = await smallText(workspace, file, size)
  if (text === null) return false
  const code = withoutCommentsAndStrings(text, GO_TOKENS)
  const header = text.slice(0, Math.max(0, text.search(/^package\s/m)))
  if (/^\/\/(?:go:build\s|\s*\+build\s)/m.test(header)) return true
  return !/\bfunc\b/.test(code)
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
