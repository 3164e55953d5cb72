/**
 * Recognizes a test or coverage report from its first bytes (at most 64 KiB are read): JUnit XML, Cobertura XML,
 * lcov, coverage.py JSON, Istanbul json-summary, Istanbul coverage-final JSON or JaCoCo XML.
 */
import { openRegularFile } from './read.js'
import { ReportError, type CoverageFormat } from './types.js'

/** The report formats this module tells apart. */
export type DetectedFormat = 'junit' | CoverageFormat

/** How much of a file detection reads. */
export const DETECT_BYTES = 64 * 1024

/** What a Clover report is told, detected or read as Cobertura. */
export const CLOVER =
  "Clover XML (PHPUnit's --coverage-clover, Istanbul's clover reporter), not Cobertura: write Cobertura instead (PHPUnit --coverage-cobertura, the cobertura reporter of Istanbul, jest or vitest)"

/** Test report formats that are not JUnit, by root element, and how to get JUnit XML instead. */
const OTHER_TEST_FORMATS: Record<string, string> = {
  'test-run': 'an NUnit 3 report',
  'test-results': 'an NUnit 2 report',
  'test-suite': 'an NUnit report',
  assemblies: 'an xUnit.net report',
  assembly: 'an xUnit.net report',
  TestRun: 'a Visual Studio TRX report',
  'testng-results': 'a TestNG report'
}
const DOTNET_JUNIT = 'with dotnet test, add the JunitXml.TestLogger package and pass --logger junit'

/**
 * Coverage formats other tools write that no reader here reads, told by their first bytes, and how to have the same
 * tool write one that is read. Each says what it is, so that a refusal names the format, not only its first bytes.
 */
const OTHER_COVERAGE_FORMATS: ReadonlyArray<{ test: (start: string) => boolean; what: string }> = [
  {
    test: (start) => /^mode: (set|count|atomic)\r?\n/.test(start),
    what:
      'a Go coverage profile (go test -coverprofile), which counts statements, not lines: convert it to Cobertura ' +
      '(gocover-cobertura < cover.out > coverage.xml) or lcov (gcov2lcov -infile cover.out -outfile coverage.lcov)'
  },
  {
    test: (start) => /^\s*-:\s+0:Source:/.test(start),
    what: "gcov's text output (.gcov): write lcov (lcov --capture, gcovr --lcov) or Cobertura (gcovr --cobertura) instead"
  },
  {
    test: (start) => /^\{\s*"[^"]*"\s*:\s*\{\s*"coverage"\s*:\s*\{/.test(start),
    what: "SimpleCov's .resultset.json: write lcov (the simplecov-lcov formatter) or Cobertura (simplecov-cobertura) instead"
  },
  {
    test: (start) => /^\{\s*"[^"]*\.(dll|exe)"\s*:\s*\{/i.test(start),
    what: "coverlet's own JSON (its default coverage.json): write Cobertura (--format cobertura, /p:CoverletOutputFormat=cobertura) or lcov instead"
  },
  {
    // llvm-cov export's JSON (`"type": "llvm.coverage.json.export"` comes last): `{"data":[{"files":[…` or, with
    // -skip-functions/-summary-only variations, `"functions"`/`"totals"` first.
    test: (start) => /^\{\s*"data"\s*:\s*\[\s*\{\s*"(files|functions|totals)"\s*:/.test(start) || /"type"\s*:\s*"llvm\.coverage\.json\.export"/.test(start),
    what: "llvm-cov's JSON export (llvm-cov export, cargo llvm-cov --json): write lcov instead (llvm-cov export -format=lcov, cargo llvm-cov --lcov)"
  },
  {
    test: (start) => /^\{[\s\S]*"source_files"\s*:\s*\[/.test(start.slice(0, 4096)) && /"(repo_token|service_name|git)"\s*:/.test(start),
    what: 'a Coveralls API payload (source_files): give the report the tool wrote before it was converted (lcov, Cobertura, …)'
  }
]

/** What a coverage report's root element says when it is a known format no reader here reads. */
const OTHER_COVERAGE_ROOTS: Record<string, string> = {
  CoverageSession:
    'an OpenCover report (coverlet --format opencover, OpenCover, AltCover), not read here: write Cobertura instead (coverlet --format cobertura ' +
    'or /p:CoverletOutputFormat=cobertura, dotnet-coverage --output-format cobertura)'
}

/** A known coverage format no reader here reads, from the start of a report (text) or its root element (XML). */
export function otherCoverageFormat(start: string, root?: string): string | undefined {
  if (root !== undefined) return Object.hasOwn(OTHER_COVERAGE_ROOTS, root) ? OTHER_COVERAGE_ROOTS[root] : undefined
  return OTHER_COVERAGE_FORMATS.find((f) => f.test(start))?.what
}

/**
 * What a test report's root element says when it is a known format other than JUnit: the format and what to do,
 * for error messages; undefined for any other element.
 */
export function otherTestFormat(root: string, xmlns?: string): string | undefined {
  // CppUnit's XmlOutputter writes a <TestRun> root too, without TRX's namespace (…/VisualStudio/TeamTest/2010).
  if (root === 'TestRun' && !xmlns?.startsWith('http://microsoft.com/schemas/VisualStudio/TeamTest/')) {
    return `this looks like a CppUnit XmlOutputter report; only JUnit XML is read (${NO_JUNIT})`
  }
  if (!Object.hasOwn(OTHER_TEST_FORMATS, root)) return undefined
  const advice = root === 'testng-results' ? 'TestNG also writes JUnit XML (test-output/junitreports/*.xml): give that' : DOTNET_JUNIT
  return `this looks like ${OTHER_TEST_FORMATS[root]}; only JUnit XML is read (${advice})`
}

/**
 * Test runners' own JSON output, which a JUnit report is sometimes mistaken for, told by its start (at most 64 KiB),
 * and how to have the runner write JUnit instead.
 */
const OTHER_TEST_OUTPUTS: ReadonlyArray<{ test: (start: string) => boolean; what: string }> = [
  {
    test: (start) => /^\{"(Time|Action|ImportPath)"\s*:/.test(start) && /"Action"\s*:\s*"/.test(start.slice(0, 1024)),
    what: 'go test -json output: write JUnit with gotestsum --junitfile or go-junit-report -parser gojson'
  },
  {
    test: (start) => /^\{\s*"stats"\s*:\s*\{\s*"suites"\s*:/.test(start),
    what: "mocha's JSON reporter: write JUnit with mocha-junit-reporter or --reporter xunit"
  },
  {
    test: (start) => /^\{\s*"protocolVersion"\s*:\s*"[^"]*"\s*,\s*"runnerVersion"/.test(start),
    what: "dart test's JSON reporter: write JUnit with junitreport's tojunit"
  },
  {
    test: (start) => /^\{\s*"version"\s*:\s*"\d[^"]*"\s*,\s*"(examples|messages|seed)"\s*:/.test(start),
    what: "RSpec's JSON formatter: write JUnit with rspec_junit_formatter (--format RspecJunitFormatter)"
  },
  {
    test: (start) => /^\{\s*"num(FailedTestSuites|FailedTests|PassedTests|TotalTests)"\s*:/.test(start),
    what: "jest's or vitest's --json output: write JUnit with jest-junit, or vitest's junit reporter"
  }
]

/** A test runner's JSON output, from the start of a file given as a test report; undefined for anything else. */
export function otherTestOutput(start: string): string | undefined {
  const what = OTHER_TEST_OUTPUTS.find((f) => f.test(start.trimStart()))?.what
  return what === undefined ? undefined : `this looks like ${what}`
}

/** Check's (libcheck's) XML, `srunner_set_xml`: a `<testsuites>` root in its namespace, `<suite>` and `<test>` inside. */
export const CHECK_XMLNS = 'http://check.sourceforge.net/ns'

/** What a Check XML report is told. */
export const CHECK_XML =
  'this looks like a Check (libcheck) XML report; only JUnit XML is read (Check writes none: run the test program under ctest and pass --output-junit)'

/** What a CppUnit report is told how to have JUnit instead. */
const NO_JUNIT = 'CppUnit writes none: run the test program under ctest and pass --output-junit'

/**
 * Detects a report's format from its content.
 *
 * @throws ReportError(file, 'auto-detect', 'first 64 KiB', what was seen) when the content is none of the formats
 */
export async function detectFormat(path: string): Promise<DetectedFormat> {
  const handle = await openRegularFile(path)
  try {
    const buffer = Buffer.alloc(DETECT_BYTES)
    const { bytesRead } = await handle.read(buffer, 0, DETECT_BYTES, 0)
    return detectFormatFromHead(buffer.subarray(0, bytesRead), path)
  } finally {
    await handle.close()
  }
}

/** {@link detectFormat} on bytes already read (the start of the file). */
export function detectFormatFromHead(head: Buffer, file: string): DetectedFormat {
  const unknown: (seen: string) => never = (seen) => {
    throw new ReportError(
      file,
      'auto-detect',
      `first ${head.length < DETECT_BYTES ? head.length : DETECT_BYTES} bytes`,
      `not a JUnit, Cobertura, JaCoCo, lcov, coverage.py JSON or Istanbul report: ${seen}`
    )
  }
  if (head.length === 0) unknown('the file is empty')
  if (head[0] === 0x1f && head[1] === 0x8b) unknown('gzip-compressed data (decompress it first)')
  if ((head[0] === 0xff && head[1] === 0xfe && head[2] === 0 && head[3] === 0) || (head[0] === 0 && head[1] === 0 && head[2] === 0xfe && head[3] === 0xff)) {
    unknown('UTF-32 text, which no report reader here reads: convert it to UTF-8 (iconv -f UTF-32 -t UTF-8)')
  }
  const text = decodeHead(head).replace(/^\uFEFF/, '')
  const start = text.trimStart()
  // An XML report may hold a NUL inside an attribute (jest-junit writes test names as they are): the XML reader
  // tells structure from content. Anywhere else a NUL means binary data.
  if (!start.startsWith('<') && text.includes('\0')) unknown('binary data (NUL bytes)')
  if (start === '') unknown('only white space')

  if (start.startsWith('<')) {
    const root = xmlRoot(start)
    if (root === undefined) unknown(`XML without a root element in the first 64 KiB (starts ${snippet(start)})`)
    if (root.name === 'testsuites' && /\sxmlns\s*=\s*["']http:\/\/check\.sourceforge\.net\/ns["']/.test(root.tag)) unknown(`XML whose root element is <testsuites> in Check's namespace: ${CHECK_XML}`)
    if (root.name === 'testsuites' || root.name === 'testsuite') return 'junit'
    if (root.name === 'coverage') {
      // Clover's root is <coverage> too: Istanbul's writes clover="…", PHPUnit's only generated="…" (no Cobertura
      // writer does), and both put a <project> where Cobertura has <sources> or <packages>.
      if (/\s(clover|generated)\s*=/.test(root.tag) || /^\s*(<!--[\s\S]*?-->\s*)*<project[\s/>]/.test(root.after)) unknown(CLOVER)
      return 'cobertura'
    }
    // JaCoCo's <report>: its DOCTYPE's public id, or (a DOCTYPE stripped) its children: the session, a package or
    // group, or the report's counters.
    if (root.name === 'report' && (/<!DOCTYPE\s+report\s+PUBLIC\s+["']-\/\/JACOCO\/\/DTD Report/.test(root.before) || /^\s*(<!--[\s\S]*?-->\s*)*<(sessioninfo|package|group|counter)[\s/>]/.test(root.after))) {
      return 'jacoco'
    }
    const other = otherTestFormat(root.name, /\sxmlns\s*=\s*["']([^"']*)["']/.exec(root.tag)?.[1]) ?? otherCoverageFormat(start, root.name)
    return unknown(`XML whose root element is <${root.name}>${other ? `: ${other}` : ''}`)
  }

  const other = otherCoverageFormat(start)
  if (other !== undefined) unknown(other)

  if (start.startsWith('{')) {
    const output = otherTestOutput(start)
    if (output !== undefined) unknown(`JSON that starts ${snippet(start)}: ${output}`)
    if (/^\{\s*"meta"\s*:\s*\{/.test(start) && /"(branch_coverage|show_contexts)"\s*:/.test(start)) return 'coverage.py-json'
    if (/^\{\s*"total"\s*:\s*\{\s*"(lines|statements|functions|branches)"\s*:/.test(start)) return 'istanbul-summary'
    if (/"statementMap"\s*:\s*\{/.test(start) && /^\{\s*"[^"]*"\s*:\s*\{/.test(start)) return 'istanbul-final'
    if (/^\{\s*\}\s*$/.test(start)) unknown('an empty JSON object (Istanbul writes {} when no file was instrumented)')
    if (/"\$schema"\s*:\s*"[^"]*sarif/i.test(start)) unknown('a SARIF report')
    return unknown(`JSON that starts ${snippet(start)}`)
  }
  if (start.startsWith('[')) unknown(`a JSON array (starts ${snippet(start)})`)

  // The first line that is not an lcov comment (`#…`, lcov 2's `--comment`).
  const body = start.replace(/^(#[^\n]*(\n|$))+/, '')
  const firstLine = body.slice(0, body.search(/\r?\n|$/))
  if (/^(TN|SF|VER):/.test(firstLine)) return 'lcov'
  return unknown(`text that starts ${snippet(start)}`)
}

/** The head as text: UTF-16 (either byte order, with a BOM or starting `<?xml` without one) or else UTF-8. */
function decodeHead(head: Buffer): string {
  const bigEndian = (head[0] === 0xfe && head[1] === 0xff) || (head[0] === 0 && head[1] === 0x3c && head[2] === 0 && head[3] === 0x3f)
  const littleEndian = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0x3c && head[1] === 0 && head[2] === 0x3f && head[3] === 0)
  if (bigEndian) return Buffer.from(head.subarray(0, head.length - (head.length % 2))).swap16().toString('utf16le')
  return littleEndian ? head.toString('utf16le') : head.toString('utf8')
}

/** The root element of an XML prefix: skips the declaration, comments, processing instructions and a DOCTYPE. */
function xmlRoot(text: string): { name: string; tag: string; after: string; before: string } | undefined {
  let i = 0
  const after = (marker: string, from: number): number => {
    const at = text.indexOf(marker, from)
    return at === -1 ? -1 : at + marker.length
  }
  for (;;) {
    while (i < text.length && /\s/.test(text[i])) i++
    if (text.startsWith('<?', i)) i = after('?>', i)
    else if (text.startsWith('<!--', i)) i = after('-->', i)
    else if (text.startsWith('<!', i)) {
      // DOCTYPE, possibly with an internal subset in brackets.
      const bracket = text.indexOf('[', i)
      const close = text.indexOf('>', i)
      i = bracket !== -1 && (close === -1 || bracket < close) ? after('>', after(']', bracket)) : after('>', i)
    } else break
    if (i === -1) return undefined
  }
  const match = /^<([A-Za-z_][\w.:-]*)([^>]*)>?/.exec(text.slice(i, i + 4096))
  return match
    ? { name: match[1].replace(/^.*:/, ''), tag: match[2], after: text.slice(i + match[0].length, i + match[0].length + 1024), before: text.slice(0, i) }
    : undefined
}

/** The first characters of the content, quoted (JSON escapes control characters), for error messages. */
function snippet(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text)
}
