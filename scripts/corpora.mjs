#!/usr/bin/env node
// Runs our test report reader (readTestReport of src/reports/tests-and-coverage.ts, bundled on the fly with esbuild
// as bench/parsers.mjs does) over every XML file of three other JUnit reporters' test corpora, and prints per file
// our totals (or our error message) next to the counts the corpus itself expects, where it states them.
//
//   node scripts/corpora.mjs [corpora-dir] [--json out.json] [--all]
//
// corpora-dir (default /work/corpora, or $CORPORA) holds clones named owner+repo:
// - EnricoMi+publish-unit-test-result-action: python/test/files/**/X.xml (and X.junit-xml, EnricoMi's own JUnit
//   rendering of NUnit/xUnit/TRX/Dart/mocha results) with X.results (the Python repr of ParsedUnitTestResults, one
//   UnitTestCase per <testcase>: its `result` is success|skipped|disabled|failure|error, the gravest of the case's
//   children) and X.results.json (`stats.tests*` are those cases de-duplicated by class and test name, the
//   gravest state winning; `stats.runs*` come from the suites' own tests/failures/errors/skipped attributes), or
//   X.exception for a file it refuses;
// - dorny+test-reporter: __tests__/fixtures/**/*.xml, expected counts from the first report row of the matching
//   __tests__/__outputs__/*.md (passed/failed/skipped: dorny folds errors into failed), and a few from its tests;
// - mikepenz+action-junit-report: test_results/**/*.xml, expected counts copied below from its
//   __tests__/testParser.test.ts (mikepenz folds errors into failed too).
//
// For EnricoMi the failing tests (class::name and failure/error) are compared too, when it lists any.
// "cmp" says `=` when every count the corpus states equals ours, `≈` when EnricoMi's case counts differ from ours
// but the counts it publishes (stats.tests*) agree, `×` when the file is another format (NUnit, xUnit.net) that the
// corpus reads and we refuse by design, `≠` when a count differs, `-` when it states none.
// The classification of each difference is in __tests__/fixtures/corpora/README.md.
import { mkdtempSync, readdirSync, readFileSync, existsSync, rmSync, writeFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'esbuild'

const ROOT = resolve(import.meta.dirname, '..')
const args = process.argv.slice(2)
const jsonAt = args.indexOf('--json')
const jsonOut = jsonAt !== -1 ? args.splice(jsonAt, 2)[1] : undefined
const all = args.includes('--all')
const CORPORA = resolve(args.find((a) => !a.startsWith('--')) ?? process.env.CORPORA ?? '/work/corpora')

const dir = mkdtempSync(join(tmpdir(), 's2p-corpora-'))
const bundle = join(dir, 'reader.mjs')
await build({
  entryPoints: [join(ROOT, 'src/reports/tests-and-coverage.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: bundle,
  logLevel: 'error'
})
const { readTestReport } = await import(pathToFileURL(bundle).href)
rmSync(dir, { recursive: true, force: true })

function walk(base, match) {
  const out = []
  const visit = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(d, e.name)
      if (e.isDirectory()) visit(p)
      else if (match(e.name)) out.push(p)
    }
  }
  if (existsSync(base)) visit(base)
  return out
}

// ---- EnricoMi ---------------------------------------------------------------------------------------------------
/** Case counts from X.results (one UnitTestCase per test case), dedup'd test counts from X.results.json. */
function enricoExpected(file) {
  const stem = file.replace(/\.(xml|junit-xml)$/, '')
  // X.exception is about X.xml; X.junit-xml is EnricoMi's rendering of whatever it could read.
  if (file.endsWith('.xml') && existsSync(`${stem}.exception`)) return { refuses: readFileSync(`${stem}.exception`, 'utf8').trim().slice(0, 160) }
  if (!existsSync(`${stem}.results`)) return undefined
  const text = readFileSync(`${stem}.results`, 'utf8')
  const parseError = text.match(/ParseError\([^)]*message='([^']*)'/)
  if (parseError) return { refuses: `ParseError: ${parseError[1]}` }
  const counts = { success: 0, skipped: 0, disabled: 0, failure: 0, error: 0 }
  for (const m of text.matchAll(/^\s+result='(\w+)',$/gm)) counts[m[1]]++
  const cases = Object.values(counts).reduce((a, b) => a + b, 0)
  // The failing cases by class::name and result, to compare with ours (one `UnitTestCase(` block per case).
  const failing = []
  for (const block of text.split('UnitTestCase(').slice(1)) {
    // pprint cuts a long string into adjacent literals on several lines: 'abc '\n        'def'.
    const literal = `(?:'(?:[^'\\\\]|\\\\.)*'|"(?:[^"\\\\]|\\\\.)*")`
    const field = (name) => {
      const m = block.match(new RegExp(`\\b${name}=(${literal}(?:\\s+${literal})*|None)`))
      return m === null || m[1] === 'None' ? '' : [...m[1].matchAll(new RegExp(literal, 'g'))].map(([l]) => pyString(l)).join('')
    }
    const result = field('result')
    if (result === 'failure' || result === 'error') failing.push(`${field('class_name')}::${field('test_name')} ${result}`)
  }
  const expected = { failing: failing.sort(), total: cases, passed: counts.success, failed: counts.failure, errors: counts.error, skipped: counts.skipped + counts.disabled }
  if (existsSync(`${stem}.results.json`)) {
    const { stats } = JSON.parse(readFileSync(`${stem}.results.json`, 'utf8'))
    expected.alt = { total: stats.tests, passed: stats.tests_succ, failed: stats.tests_fail, errors: stats.tests_error, skipped: stats.tests_skip }
    expected.note = `tests ${stats.tests}/${stats.tests_succ}/${stats.tests_fail}/${stats.tests_error}/${stats.tests_skip}, runs(attrs) ${stats.runs}/${stats.runs_succ}/${stats.runs_fail}/${stats.runs_error}/${stats.runs_skip}`
  }
  return expected
}

/** A Python string literal as repr() writes it (quotes, \\, \n, \t, \xNN, \uNNNN escapes). */
function pyString(literal) {
  return literal.slice(1, -1).replace(/\\(x[0-9a-f]{2}|u[0-9a-f]{4}|U[0-9a-f]{8}|.)/g, (_, e) =>
    e.length > 1 ? String.fromCodePoint(parseInt(e.slice(1), 16)) : ({ n: '\n', t: '\t', r: '\r' })[e] ?? e
  )
}

// ---- dorny ------------------------------------------------------------------------------------------------------
function dornyExpectations(base) {
  const map = new Map()
  const outputs = join(base, '__tests__/__outputs__')
  for (const md of existsSync(outputs) ? readdirSync(outputs).sort() : []) {
    const row = readFileSync(join(outputs, md), 'utf8').split('\n').find((l) => /^\|\[fixtures\/[^\]]+\.xml\]/.test(l))
    if (!row) continue
    const [, path, passed, failed, skipped] = row.match(/^\|\[(fixtures\/[^\]]+)\][^|]*\|([^|]*)\|([^|]*)\|([^|]*)\|/)
    const n = (cell) => Number(cell.replace(/[^\d]/g, '') || 0)
    if (!map.has(path)) map.set(path, { passed: n(passed), failed: n(failed), skipped: n(skipped), folded: true, note: `__outputs__/${md}` })
  }
  // From its tests: the empty fixtures give no test cases.
  for (const f of ['empty/java-junit.xml', 'empty/jest-junit.xml', 'empty/phpunit-empty.xml', 'empty/jest-junit-empty-testsuite.xml']) {
    if (!map.has(`fixtures/${f}`)) map.set(`fixtures/${f}`, { total: 0, note: 'its test: no test cases' })
  }
  return map
}

// ---- mikepenz ---------------------------------------------------------------------------------------------------
// From __tests__/testParser.test.ts (default options unless said; `failed` counts errors too).
const MIKEPENZ = {
  'test_results/tests/utils/target/surefire-reports/TEST-action.surefire.report.calc.CalcUtilsTest.xml': { total: 2, skipped: 0 },
  'test_results/python/report.xml': { total: 3, skipped: 0 },
  'test_results/marathon_tests/com.mikepenz.DummyTest#test_02_dummy.xml': { total: 1, skipped: 0 },
  'test_results/marathon_tests/com.mikepenz.DummyTest3#test_01.xml': { total: 1, skipped: 0 },
  'test_results/marathon_tests/com.mikepenz.DummyUtilTest#test_01_dummy.xml': { total: 1, skipped: 0 },
  'test_results/cunit/testEmpty.xml': { total: 0, skipped: 0 },
  'test_results/cunit/testFailure.xml': { total: 4, skipped: 0 },
  'test_results/nextest/basic.xml': { total: 3, skipped: 0 },
  'test_results/nested/junit.xml': { total: 5, skipped: 0 },
  'test_results/issues/testDisabled.xml': { total: 22, skipped: 10 },
  'test_results/mocha/mocha.xml': { total: 1, skipped: 0 },
  'test_results/xunit/report.xml': { total: 4, skipped: 0 },
  'test_results/xunit/report_fl_on_f.xml': { total: 4, skipped: 0 },
  'test_results/junit-web-test/expected.xml': { total: 6, skipped: 1 },
  'test_results/junit-web-test/expectedRetries.xml': { total: 7, skipped: 1, note: 'checkRetries=true (8 without)' },
  'test_results/junit_flaky_failure/marathon_junit_report.xml': { total: 1, skipped: 0 },
  'test_results/junit_flaky_failure/mixed_flaky_and_passed.xml': { total: 3, skipped: 0, failed: 0, passed: 3, folded: true },
  'test_results/perl/result.xml': { total: 1, skipped: 0 },
  'test_results/container-structure/test.xml': { total: 3, skipped: 0 },
  'test_results/catch2/report.xml': { total: 1, skipped: 0 },
  'test_results/flaky_retries/flaky_with_classname_file.xml': { total: 3, skipped: 0, failed: 0, passed: 3, folded: true, note: 'checkRetries=true' },
  'test_results/flaky_retries/flaky_all_failures.xml': { total: 1, skipped: 0, failed: 1, passed: 0, folded: true, note: 'checkRetries=true' },
  'test_results/flaky_retries/flaky_success_first.xml': { total: 1, skipped: 0, failed: 0, passed: 1, folded: true, note: 'checkRetries=true' },
  'test_results/issues/testFailedDisabled.xml': { total: 1, skipped: 1, failed: 0, passed: 0, folded: true },
  'test_results/junit-server-test/report.xml': { total: 3, skipped: 1, failed: 0, passed: 2, folded: true, note: 'checkRetries=true' },
  'test_results/multiple_failures/test_multiple_failures.xml': { total: 4, skipped: 1, failed: 2, passed: 1, folded: true },
  'test_results/multiple_failures/test_multiple_errors.xml': { total: 3, skipped: 0, failed: 2, passed: 1, folded: true },
  'test_results/corrupt-junit/e2e-tests/corrupt/target/sf-reports/TEST-test.CorruptTest.xml': { refuses: 'its test: a parse error (failOnParseError)' }
}

// ---- run --------------------------------------------------------------------------------------------------------
const groups = [
  { corpus: 'EnricoMi', base: join(CORPORA, 'EnricoMi+publish-unit-test-result-action'), under: 'python/test/files', match: (n) => n.endsWith('.xml') || (all && n.endsWith('.junit-xml')), expect: (f) => enricoExpected(f) },
  { corpus: 'dorny', base: join(CORPORA, 'dorny+test-reporter'), under: '__tests__/fixtures', match: (n) => n.endsWith('.xml'), expect: (f, rel, ctx) => ctx.get(relative(join(ctx.base, '__tests__'), f)) },
  { corpus: 'mikepenz', base: join(CORPORA, 'mikepenz+action-junit-report'), under: 'test_results', match: (n) => n.endsWith('.xml'), expect: (f, rel) => MIKEPENZ[rel] }
]

const fmt = (t) => `${t.total}/${t.passed}/${t.failed}/${t.errors}/${t.skipped}`
const theirsFmt = (e) => {
  if (e === undefined) return '-'
  if (e.refuses) return `refuses: ${e.refuses}`
  const v = (k) => (e[k] === undefined ? '?' : e[k])
  return e.folded ? `${v('total')}/${v('passed')}/${v('failed')}(F+E)/${v('skipped')}` : `${v('total')}/${v('passed')}/${v('failed')}/${v('errors')}/${v('skipped')}`
}
function compare(ours, e) {
  if (e === undefined) return '-'
  if (e.refuses) return ours.error ? '=' : '≠'
  if (ours.error) return /the root element is <[^>]+>.*this looks like/.test(ours.error) ? '×' : '≠'
  if (e.failing && e.failing.length > 0 && ours.failing && ours.failing.join('\n') !== e.failing.join('\n')) return '≠'
  const same = agrees(ours.totals, e)
  return same ? '=' : e.alt && agrees(ours.totals, e.alt) ? '≈' : '≠'
}
function agrees(t, e) {
  const mine = { total: t.total, passed: t.passed, failed: e.folded ? t.failed + t.errors : t.failed, errors: t.errors, skipped: t.skipped }
  for (const k of ['total', 'passed', 'failed', 'errors', 'skipped']) {
    if (e.folded && k === 'errors') continue
    if (e[k] !== undefined && e[k] !== mine[k]) return false
  }
  return true
}

const rows = []
for (const g of groups) {
  if (!existsSync(g.base)) {
    console.log(`(${g.corpus}: ${g.base} not found, skipped)`)
    continue
  }
  const ctx = g.corpus === 'dorny' ? Object.assign(dornyExpectations(g.base), { base: g.base }) : undefined
  for (const file of walk(join(g.base, g.under), g.match)) {
    const rel = relative(g.base, file)
    const expected = g.expect(file, rel, ctx)
    let ours
    try {
      const r = await readTestReport(file, { workspace: g.base, format: 'junit' })
      ours = { totals: r.totals, flaky: r.flaky_count, warnings: r.warnings, failing: r.failures.map((f) => `${f.classname ?? ''}::${f.name} ${f.kind}`).sort() }
    } catch (err) {
      ours = { error: String(err.message ?? err).replace(/\s+/g, ' ').replace(file, rel).slice(0, 300) }
    }
    const row = { corpus: g.corpus, file: rel, bytes: statSync(file).size, ours, expected, cmp: compare(ours, expected) }
    rows.push(row)
  }
}

console.log('ours: total/passed/failed/errors/skipped (+flaky) | theirs: the same, or passed/failed incl. errors/skipped (F+E)')
for (const r of rows) {
  const ours = r.ours.error ? `ERROR ${r.ours.error}` : `${fmt(r.ours.totals)}${r.ours.flaky ? ` flaky ${r.ours.flaky}` : ''}${r.ours.warnings.length ? ` (${r.ours.warnings.length} warning)` : ''}`
  const note = r.expected?.note ? `  [${r.expected.note}]` : ''
  console.log(`${r.cmp} ${r.corpus} ${r.file}\n    ours   ${ours}\n    theirs ${theirsFmt(r.expected)}${note}`)
  const theirsFailing = r.expected?.failing ?? []
  if (theirsFailing.length > 0 && r.ours.failing && theirsFailing.join('\n') !== r.ours.failing.join('\n')) {
    const only = (a, b) => JSON.stringify(a.filter((x) => !b.includes(x)).slice(0, 5))
    console.log(`    failing tests differ: theirs only ${only(theirsFailing, r.ours.failing)}, ours only ${only(r.ours.failing, theirsFailing)}`)
  }
}
const by = (c) => rows.filter((r) => r.cmp === c).length
console.log(`\n${rows.length} files: ${by('=')} agree, ${by('≈')} agree with the published counts, ${by('×')} other formats refused, ${by('≠')} differ, ${by('-')} without stated counts; ${rows.filter((r) => r.ours.error).length} refused by us`)
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(rows, null, 2))
