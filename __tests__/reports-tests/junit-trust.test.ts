/**
 * What the JUnit reader counts when a report could make a run look better than it was: tests the runner did not
 * run, reruns of one test inside one report, control characters a real reporter writes, and encodings cut at any
 * byte. Real files come from GoogleTest, ctest, gotestsum and jest + jest-junit (see the fixture README).
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { judgePassRate } from '../../src/gates/tests.js'
import { detectFormat, detectFormatFromHead } from '../../src/reports/detect.js'
import { parseJUnit, parseJUnitFile } from '../../src/reports/junit.js'
import { readTestReport } from '../../src/reports/tests-and-coverage.js'
import { ReportError, type TestReport } from '../../src/reports/types.js'
import { AsciiNames, streamXml } from '../../src/reports/xml.js'
import { junitFixture } from './fixtures.js'

const opts = { file: 'r.xml', workspace: '/w' }
const suite = (cases: string, name = 'suite'): string => `<?xml version="1.0"?>\n<testsuites><testsuite name="${name}">\n${cases}\n</testsuite></testsuites>\n`

async function rejection(promise: Promise<unknown>): Promise<ReportError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(ReportError)
  return error as ReportError
}

/** Yields the bytes cut at the given sizes, cycling through them. */
async function* cut(bytes: Buffer, sizes: number[]): AsyncGenerator<Buffer> {
  let at = 0
  for (let k = 0; at < bytes.length; k++) {
    const size = sizes[k % sizes.length]
    yield bytes.subarray(at, at + size)
    at += size
  }
}

describe('tests the runner did not run are skipped, never passed', () => {
  it('GoogleTest 1.12: DISABLED_ tests (status="notrun" result="suppressed", no child) are skipped', async () => {
    // GoogleTest printed: 1 passed, 1 skipped, 1 failed, "YOU HAVE 2 DISABLED TESTS" (googletest.console.txt).
    const report = await parseJUnitFile(junitFixture('googletest.xml'), { workspace: '/tmp/gt' })
    expect(report.totals).toMatchObject({ total: 5, passed: 1, failed: 1, errors: 0, skipped: 3 })
    expect(report.failures.map((f) => [f.id, f.file, f.line])).toEqual([['Math::Fails', 't.cc', 6]])
    expect(readFileSync(junitFixture('googletest.console.txt'), 'utf8')).toMatch(/PASSED\s+\] 1 test[\s\S]*SKIPPED\s+\] 1 test[\s\S]*1 FAILED TEST[\s\S]*2 DISABLED TESTS/)
  })

  it("GoogleTest's messages: the line after the location it starts each one with (`messages.cc:5`, `unknown file`)", async () => {
    // GoogleTest printed "4 FAILED TESTS" (googletest-messages.console.txt); each message starts with where, which
    // the case's file and line attributes hold already.
    const report = await parseJUnitFile(junitFixture('googletest-messages.xml'), { workspace: '/tmp/gt-msg' })
    expect(report.totals).toMatchObject({ total: 5, passed: 1, failed: 4 })
    expect(report.failures.map((f) => [f.name, f.message, f.line])).toEqual([
      ['Equality', 'Expected equality of these values: 3', 5],
      ['Truth', 'Value of: ready', 6],
      ['Throws', 'C++ exception with description "boom" thrown in the test body.', 7],
      ['ExpectsThrow', 'Expected: nothing() throws an exception of type std::runtime_error.', 8]
    ])
  })

  it('a GoogleTest report whose every test is disabled has no executed test, and the gate fails', async () => {
    const report = await parseJUnitFile(junitFixture('googletest-all-disabled.xml'), { workspace: '/tmp/gt' })
    expect(report.totals).toMatchObject({ total: 2, passed: 0, failed: 0, skipped: 2 })
    const j = judgePassRate(report, 100)
    expect(j.passed).toBe(false)
    expect(j.errors[0]).toMatch(/no executed test \(all 2 test\(s\) in the report were skipped or not run\)/)
  })

  it('ctest 3.25: status="disabled" with no child and a SKIP_RETURN_CODE skip are skipped, as ctest says "did not run"', async () => {
    const report = await parseJUnitFile(junitFixture('ctest.xml'), { workspace: '/tmp/ct' })
    // ctest: "2 tests failed out of 4": fails (Failed) and missing_exe (Not Run: "Unable to find executable").
    expect(report.totals).toMatchObject({ total: 5, passed: 1, failed: 1, errors: 1, skipped: 2 })
    expect(report.failures.map((f) => [f.name, f.kind, f.message])).toEqual([
      ['fails', 'failure', ''],
      ['missing_exe', 'error', 'not run: Unable to find executable (ctest counts it as failed)']
    ])
  })

  it("cargo test's libtest JUnit (--format junit): its ignored test, left out of the cases, is skipped as cargo counts it", async () => {
    // cargo 1.95: "2 passed; 3 failed; 1 ignored"; the XML says tests="6" skipped="1" and lists the 5 that ran.
    const report = await parseJUnitFile(junitFixture('cargo-libtest.xml'), { workspace: '/tmp/co6/rs' })
    expect(report.totals).toMatchObject({ total: 6, passed: 2, failed: 3, errors: 0, skipped: 1 })
    expect(report.warnings?.[0]).toMatch(/the suite "test" says tests="6" and skipped="1" but lists 5 test case\(s\), 0 of them skipped: the 1 it does not list are counted as skipped/)
    // Only when both attributes agree on the gap: a suite that says tests="3" and lists 2, none said skipped, counts 2.
    const short = await parseJUnit(suite('<testcase classname="c" name="a"/><testcase classname="c" name="b"/>').replace('<testsuite name="suite">', '<testsuite name="s" tests="3" skipped="0">'), opts)
    expect(short.totals).toMatchObject({ total: 2, passed: 2, skipped: 0 })
    // Nor in a suite that holds suites (PHPUnit's class suite sums its methods' suites).
    const outer = await parseJUnit(
      '<testsuites><testsuite name="o" tests="2" skipped="1"><testsuite name="i" tests="1" skipped="0"><testcase classname="c" name="a"/></testsuite></testsuite></testsuites>',
      opts
    )
    expect(outer.totals).toMatchObject({ total: 1, skipped: 0 })
    // Its <failure type="assert"/> says nothing: the panic, or the Err the test returned, is in the case's output.
    expect(report.failures.map((f) => [f.name, f.message])).toEqual([
      ['fails', "thread 'tests::fails' (23952) panicked at src/lib.rs:4:26: assertion `left == right` failed"],
      ['returns_err', 'Error: "bad"'],
      ['should_panic_but_does_not', 'test did not panic as expected at src/lib.rs:7:32']
    ])
  })

  it("takes a failure's message from the case's output only when that is Rust's panic or returned error", async () => {
    const output = (out: string) =>
      parseJUnit(suite(`<testcase classname="c" name="t"><failure type="assert"/><system-out>${out}</system-out></testcase>`), opts)
    expect((await output('starting\nlistening on 8080\n')).failures[0].message).toBe('')
    expect((await output("log line\nthread 'main' panicked at src/a.rs:1:2:\nboom\n")).failures[0].message).toBe(
      "thread 'main' panicked at src/a.rs:1:2: boom"
    )
    // A failure that says something keeps it.
    const said = await parseJUnit(
      suite(`<testcase classname="c" name="t"><failure message="expected 1"/><system-out>thread 'x' panicked at a.rs:1:1:\nno</system-out></testcase>`),
      opts
    )
    expect(said.failures[0].message).toBe('expected 1')
  })

  it('ctest 3.25: a test it did not run for want of its executable or fixture is failed, as ctest counts it', async () => {
    // ctest: "30% tests passed, 7 tests failed out of 10"; did not run: disabled, skip_rc. Its JUnit writes the two
    // "Not Run" failures as status="notrun" with a <skipped> giving the reason, like the skip: read as skipped, a test
    // binary that failed to build passed the gate with the other tests.
    const report = await parseJUnitFile(junitFixture('ctest-not-run.xml'), { workspace: '/tmp/co6/ctest' })
    expect(report.totals).toMatchObject({ total: 11, passed: 2, failed: 5, errors: 2, skipped: 2 })
    expect(report.failures.filter((f) => f.kind === 'error').map((f) => [f.name, f.message])).toEqual([
      ['notrun_missing', 'not run: Unable to find executable (ctest counts it as failed)'],
      ['needs_fixture', 'not run: Fixture dependency failed (ctest counts it as failed)']
    ])
    // Only ctest's shape is read so: another runner's status="notrun" case with a <skipped> reason stays skipped.
    const other = await parseJUnit(suite('<testcase classname="c" name="t" status="notrun"><skipped message="Unable to find executable"/></testcase>'), opts)
    expect(other.totals).toMatchObject({ total: 1, skipped: 1 })
  })

  it('reads the status words of converters and older runners, and a failing status without a child fails', async () => {
    const report = await parseJUnit(
      suite(
        [
          '<testcase classname="c" name="old gtest" status="notrun"/>',
          '<testcase classname="c" name="nunit2" executed="False" result="Ignored"/>',
          '<testcase classname="c" name="inconclusive" result="Inconclusive"/>',
          '<testcase classname="c" name="not executed" status="Not_Executed"/>',
          '<testcase classname="c" name="ran" status="run" result="completed"/>',
          '<testcase classname="c" name="said failed" status="FAILED"/>',
          '<testcase classname="c" name="timed out" result="timeout"/>',
          '<testcase classname="c" name="odd" status="flapping"/>'
        ].join('\n')
      ),
      opts
    )
    expect(report.totals).toMatchObject({ total: 8, passed: 2, skipped: 4, failed: 1, errors: 1 })
    expect(report.failures.map((f) => [f.name, f.kind, f.message])).toEqual([
      ['said failed', 'failure', 'status="FAILED", with no failure element'],
      ['timed out', 'error', 'result="timeout", with no failure element']
    ])
    expect(report.warnings).toEqual([expect.stringMatching(/"odd" has the status "flapping", which this reader does not know: judged by its child elements/)])
  })

  it('lets a child element that says worse win over the status', async () => {
    const report = await parseJUnit(suite('<testcase name="a" status="notrun"><failure message="it did run"/></testcase>'), opts)
    expect(report.totals).toMatchObject({ total: 1, failed: 1, skipped: 0 })
  })
})

describe('reruns inside one report', () => {
  it('gotestsum 1.8.2 --rerun-fails: one result per test, flaky passes recorded, a test failing every attempt is one failure', async () => {
    // gotestsum printed "DONE 4 runs, 13 tests, 1 skipped, 7 failures" counting every attempt; the package has 7
    // tests (5 functions, 2 subtests). Its tests="13" counts every element, as a mocha file's would.
    const report = await parseJUnitFile(junitFixture('gotestsum-rerun-fails.xml'), { workspace: '/tmp/gots' })
    expect(report.totals).toMatchObject({ total: 7, passed: 5, failed: 1, errors: 0, skipped: 1 })
    expect(report.failures.map((f) => f.id)).toEqual(['example.com/flaky::TestAlwaysFails'])
    // gotestsum's message is "Failed"; what failed is the test's output in the element's text.
    expect(report.failures[0].message).toBe('flaky_test.go:16: broken for good')
    expect(report.flaky_count).toBe(3)
    expect(report.flaky).toEqual([
      { id: 'example.com/flaky::TestFlaky', suite: 'example.com/flaky', classname: 'example.com/flaky', name: 'TestFlaky', attempts: 2, failures: ['flaky_test.go:12: first attempt fails'] },
      { id: 'example.com/flaky::TestSubtests/unstable', suite: 'example.com/flaky', classname: 'example.com/flaky', name: 'TestSubtests/unstable', attempts: 2, failures: ['flaky_test.go:27: sub first attempt fails'] },
      { id: 'example.com/flaky::TestSubtests', suite: 'example.com/flaky', classname: 'example.com/flaky', name: 'TestSubtests', attempts: 2, failures: ['Failed'] }
    ])
    const j = judgePassRate(report, 100)
    expect(j.passed).toBe(false)
    expect(j.details).toMatchObject({ total: 7, failed: 1, flaky_count: 3 })
    expect((j.details.flaky as unknown[]).length).toBe(3)
    expect(j.warnings.join('\n')).toMatch(/3 flaky test\(s\) failed first and passed on a rerun: example.com\/flaky::TestFlaky \(2 attempts\)/)
  })

  it('tape + tap-junit: assertions that share a message but carry distinct ids are distinct tests, never reruns', async () => {
    // tape printed "# tests 6, # pass 5, # fail 1" (a `# SKIP` counts as passed there); tap-junit wrote every assertion
    // as a test case named by its message, the same default message three times with the second failing, each with its
    // own id. Read as reruns, the failure became a flaky pass: "no failing test", 4 tests in all.
    const report = await parseJUnitFile(junitFixture('tap-junit.xml'), { workspace: '/tmp/to-tape' })
    expect(readFileSync(junitFixture('tap-junit.console.txt'), 'utf8')).toMatch(/# tests 6\n# pass {2}5\n# fail {2}1\n/)
    expect(report.totals).toMatchObject({ total: 6, passed: 4, failed: 1, errors: 0, skipped: 1 })
    expect(report.flaky_count).toBe(0)
    expect(report.failures.map((f) => [f.name, f.kind])).toEqual([['should be deeply equivalent', 'failure']])
    expect(judgePassRate(report, 100).passed).toBe(false)
    // The same id repeated is still one test's attempts.
    const again = await parseJUnit(
      suite('<testcase name="t" id="7"><failure message="1"/></testcase>\n<testcase name="t" id="7"/>\n<testcase name="t" id="8"><failure message="2"/></testcase>'),
      opts
    )
    expect(again.totals).toMatchObject({ total: 2, passed: 1, failed: 1 })
    expect(again.flaky_count).toBe(1)
  })

  it('node-tap 21: a subtest is counted as its assertions, as tap counts it, not again as the test case that sums it up', async () => {
    // tap printed "{ total: 12, pass: 7, fail: 3, todo: 1, skip: 1 }". Its junit reporter writes each subtest as a
    // <testsuite> of its assertions and then, in the parent suite, a <testcase> of the subtest's name that fails when
    // an assertion inside failed: read as tests of their own, that was 18 tests with 7 failed. A skipped or todo subtest
    // is a case with a `skip` or `todo` property and no <skipped>: it read as passed.
    expect(readFileSync(junitFixture('node-tap.console.txt'), 'utf8')).toMatch(/total: 12, pass: 7, fail: 3, todo: 1, skip: 1/)
    const report = await parseJUnitFile(junitFixture('node-tap.xml'), { workspace: '/tmp/mk/tap2' })
    expect(report.totals).toMatchObject({ total: 12, passed: 7, failed: 3, errors: 0, skipped: 2 })
    expect(report.failures.map((f) => f.name).sort()).toEqual(['boom', 'inner fails', 'same message'])
    // Its failure text is tap's YAML (`compare: ===`, `stack: |`, `at:` …): the message is the line of code it marks
    // with `^` in `source`, and what its `diff` expected and found.
    expect(Object.fromEntries(report.failures.map((f) => [f.name, f.message]))).toEqual({
      'same message': "t.equal(3, 4, 'same message'): expected 4, actual 3",
      'inner fails': "t.equal(6, 7, 'inner fails'): expected 7, actual 6",
      boom: "throw new Error('boom')"
    })
    // A summing-up case whose failure no assertion inside showed still fails the run.
    const alone = await parseJUnit(
      '<testsuites name="TAP Tests"><testsuite name="f.js"><testsuite name="sub"><testcase id="1" name="fine"/></testsuite><testcase id="1" name="sub"><failure message="test unfinished"/></testcase></testsuite></testsuites>',
      opts
    )
    expect(alone.totals).toMatchObject({ total: 2, passed: 1, failed: 1 })
    // Another writer's test case named as a suite beside it is a test as ever.
    const other = await parseJUnit('<testsuites><testsuite name="f.js"><testsuite name="sub"><testcase name="fine"/></testsuite><testcase name="sub"/></testsuite></testsuites>', opts)
    expect(other.totals).toMatchObject({ total: 2, passed: 2 })
  })

  it('the last attempt decides; a pass before any failure is another test; pytest suites are never merged', async () => {
    const cases = [
      '<testcase classname="c" name="fail-pass-fail"><failure message="1"/></testcase>',
      '<testcase classname="c" name="fail-pass-fail"/>',
      '<testcase classname="c" name="fail-pass-fail"><error message="3"/></testcase>',
      '<testcase classname="c" name="pass-then-fail"/>',
      '<testcase classname="c" name="pass-then-fail"><failure message="x"/></testcase>',
      '<testcase classname="c" name="fail-then-skip"><failure message="x"/></testcase>',
      '<testcase classname="c" name="fail-then-skip"><skipped/></testcase>',
      '<testcase classname="c" name="other line" line="3"><failure message="x"/></testcase>',
      '<testcase classname="c" name="other line" line="9"/>',
      '<testcase classname="c" name="error-then-failure"><error message="broke"/></testcase>',
      '<testcase classname="c" name="error-then-failure"><failure message="asserted"/></testcase>'
    ].join('\n')
    const report = await parseJUnit(suite(cases), opts)
    expect(report.totals).toMatchObject({ total: 7, passed: 2, failed: 3, errors: 2, skipped: 0 })
    expect(report.flaky_count).toBe(0)
    expect(report.failures.map((f) => [f.name, f.kind, f.message])).toEqual([
      ['fail-pass-fail', 'error', '3'],
      ['pass-then-fail', 'failure', 'x'],
      ['fail-then-skip', 'failure', 'x'],
      ['other line', 'failure', 'x'],
      ['error-then-failure', 'error', 'broke']
    ])
    // pytest: a call failure and a teardown error of one test are two elements, and pytest counts both.
    const pytest = await parseJUnit(suite('<testcase classname="t" name="a"><failure message="f"/></testcase>\n<testcase classname="t" name="a"/>', 'pytest'), opts)
    expect(pytest.totals).toMatchObject({ total: 2, passed: 1, failed: 1 })
  })

  it('tests of the same name in different suites are different tests', async () => {
    const xml = '<testsuites><testsuite name="a"><testcase name="t"><failure/></testcase></testsuite><testsuite name="b"><testcase name="t"/></testsuite></testsuites>'
    const report = await parseJUnit(xml, opts)
    expect(report.totals).toMatchObject({ total: 2, passed: 1, failed: 1 })
  })

  it('Surefire: <flakyFailure> children make a flaky pass, <rerunFailure> children stay one failure', async () => {
    const report = await parseJUnitFile(junitFixture('hand-written/variants.xml'), { workspace: '/work/ws' })
    expect(report.totals).toMatchObject({ total: 6, passed: 2, failed: 2, errors: 1 })
    expect(report.flaky).toEqual([{ id: 'pkg.A::flaky', suite: 'root', classname: 'pkg.A', name: 'flaky', attempts: 2, failures: ['failed once, passed on rerun'] }])
  })

  it('keeps at most maxFailures flaky tests listed, counting them all', async () => {
    const cases = Array.from({ length: 5 }, (_, i) => `<testcase name="t${i}"><failure message="m${i}"/></testcase><testcase name="t${i}"/>`).join('\n')
    const report = await parseJUnit(suite(cases), { ...opts, maxFailures: 2 })
    expect(report.totals).toMatchObject({ total: 5, passed: 5, failed: 0 })
    expect(report.flaky).toHaveLength(2)
    expect(report.flaky_count).toBe(5)
    expect(report.failures).toEqual([])
    expect(report.failures_truncated).toBe(false)
  })
})

describe('jest-junit control characters', () => {
  // jest 29.7.0 + jest-junit 17.0.0 on sources/colours.test.js: test names with ANSI colours, a BEL and a NUL,
  // written raw into the attributes. jest printed "Tests: 1 failed, 3 passed, 4 total".
  const fixture = junitFixture('jest-junit-control-chars.xml')

  it('reads the real file with a warning naming the line of the first control character', async () => {
    const bytes = readFileSync(fixture)
    expect(bytes.includes(0x1b)).toBe(true)
    expect(bytes.includes(0)).toBe(true)
    const report = await parseJUnitFile(fixture, { workspace: '/tmp/jsctl' })
    expect(report.totals).toMatchObject({ total: 4, passed: 3, failed: 1 })
    expect(report.failures[0].name).toBe('\u001b[32mcolours\u001b[39m \u001b[32mfails\u001b[39m in green')
    expect(report.warnings).toEqual([
      `${fixture}: line 3 column 20: control characters XML does not allow (U+0000 NUL, U+0007 BEL, U+001B ESC) in attribute values or text; read as they are, since they cannot change the document's structure (jest-junit writes test names with ANSI colours this way)`
    ])
    // The same from the bytes in 1-byte and odd chunks, and through format detection.
    for (const sizes of [[1], [2, 7, 3]]) {
      const chunked = await parseJUnit(cut(bytes, sizes), { file: fixture, workspace: '/tmp/jsctl' })
      expect(chunked).toEqual(report)
    }
    await expect(detectFormat(fixture)).resolves.toBe('junit')
    expect((await readTestReport(fixture, { workspace: '/tmp/jsctl' })).totals.total).toBe(4)
    expect(judgePassRate(report, 100).warnings[0]).toMatch(/line 3 column 20: control characters/)
  })

  it('names the same line and column whole, byte by byte, in chunks and from a file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 's2p-ctl-'))
    try {
      for (const [doc, where] of [
        ['<testsuite>\n<testcase name="a">\n  é\u0000<system-out>x</system-out></testcase>\n</testsuite>', 'line 3 column 4'],
        ['<testsuite>\n\n<testcase classname="日本" name="a\u001b[1m"/>\n</testsuite>', 'line 3 column 33'],
        ['<testsuite>\n<testcase name="a\u0007"/>\n<testcase name="\u0000"/></testsuite>', 'line 2 column 18']
      ] as const) {
        writeFileSync(join(dir, 'r.xml'), doc)
        const bytes = Buffer.from(doc)
        for (const report of [
          await parseJUnit(doc, opts),
          await parseJUnit(cut(bytes, [1]), opts),
          await parseJUnit(cut(bytes, [5, 2]), opts),
          await parseJUnitFile(join(dir, 'r.xml'), { workspace: '/w', file: 'r.xml' })
        ]) {
          expect(report.warnings).toHaveLength(1)
          expect(report.warnings?.[0]).toContain(`r.xml: ${where}: control characters`)
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('still refuses a control character where it could change the structure', async () => {
    for (const [xml, detail] of [
      ['<testsuite><test\u001bcase name="a"/></testsuite>', /expected white space, > or \/> in the tag, found byte 0x1b/],
      ['<testsuite><testcase name="a"\u0007 classname="b"/></testsuite>', /expected white space, > or \/> in the tag, found byte 0x07/],
      ['<testsuite><testcase na\u0000me="a"/></testsuite>', /expected = after the attribute name, found byte 0x00/],
      ['\u001b<testsuite/>', /not XML/],
      ['<testsuite/>\u0000', /text after the root element/],
      ['<testsuite><testcase name="&#27;"/></testsuite>', /&#27; is not a valid character reference/]
    ] as const) {
      const error = await rejection(parseJUnit(xml, opts))
      expect(error.message).toMatch(detail)
    }
  })
})

describe('encodings read however the input is cut', () => {
  const xml = (declaration: string): string =>
    `${declaration}<testsuites>\n<testsuite name="s">\n<testcase classname="ü.c" name="é"><failure message="ß"/></testcase>\n<testcase name="ok"/>\n</testsuite>\n</testsuites>\n`
  const utf8Decl = '<?xml version="1.0" encoding="UTF-8"?>\n'
  const utf16Decl = '<?xml version="1.0" encoding="UTF-16"?>\n'
  const be = (text: string): Buffer => Buffer.from(text, 'utf16le').swap16()
  const encodings: [string, Buffer][] = [
    ['UTF-8', Buffer.from(xml(utf8Decl))],
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(xml(utf8Decl))])],
    ['UTF-8, a BOM and no declaration', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(xml(''))])],
    ['ISO-8859-1 declared', Buffer.from(xml('<?xml version="1.0" encoding="ISO-8859-1"?>\n'), 'latin1')],
    ['ISO-8859-1 declared after a long version', Buffer.from(xml(`<?xml version="1.0"${' '.repeat(300)}encoding="ISO-8859-1"?>\n`), 'latin1')],
    ['UTF-16 little-endian with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml(utf16Decl), 'utf16le')])],
    ['UTF-16 big-endian with a BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), be(xml(utf16Decl))])],
    ['UTF-16 little-endian without a BOM', Buffer.from(xml(utf16Decl), 'utf16le')],
    ['UTF-16 big-endian without a BOM', be(xml(utf16Decl))]
  ]
  const expected = { total: 2, passed: 1, failed: 1 }

  for (const [name, bytes] of encodings) {
    it(`${name}: the same report whole, byte by byte, in random chunks and from a file`, async () => {
      const whole = await parseJUnit(bytes, opts)
      expect(whole.totals).toMatchObject(expected)
      expect(whole.failures[0]).toMatchObject({ id: 'ü.c::é', message: 'ß' })
      const byteByByte = await parseJUnit(cut(bytes, [1]), opts)
      expect(byteByByte.failures).toEqual(whole.failures)
      expect(byteByByte).toEqual(whole)
      await fc.assert(
        fc.asyncProperty(fc.array(fc.integer({ min: 1, max: 64 }), { minLength: 1, maxLength: 12 }), async (sizes) => {
          expect(await parseJUnit(cut(bytes, sizes), opts)).toEqual(whole)
        }),
        { numRuns: 150 }
      )
      expect(whole.warnings).toEqual([])
      const dir = mkdtempSync(join(tmpdir(), 's2p-enc-'))
      try {
        writeFileSync(join(dir, 'r.xml'), bytes)
        expect(await detectFormat(join(dir, 'r.xml'))).toBe('junit')
        expect(await parseJUnitFile(join(dir, 'r.xml'), { workspace: '/w', file: 'r.xml' })).toEqual(whole)
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    })
  }

  it('places a fault in a UTF-16 big-endian file at its line, whole and byte by byte', async () => {
    const bytes = Buffer.concat([Buffer.from([0xfe, 0xff]), be('<?xml version="1.0" encoding="UTF-16"?>\n<testsuite>\n  <testcase name="a">\n</testsuite>\n')])
    const dir = mkdtempSync(join(tmpdir(), 's2p-enc-'))
    try {
      writeFileSync(join(dir, 'r.xml'), bytes)
      const places = await Promise.all([
        rejection(parseJUnit(bytes, opts)),
        rejection(parseJUnit(cut(bytes, [1]), opts)),
        rejection(parseJUnitFile(join(dir, 'r.xml'), { workspace: '/w' }))
      ])
      for (const error of places) expect(error.message).toMatch(/\(line 4 column 1\): the closing tag <\/testsuite> does not match the open <testcase>/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('refuses UTF-32 saying what it is and how to convert it, and detection names UTF-16 as XML, not binary data', async () => {
    const utf32 = Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.from('<\0\0\0a\0\0\0/\0\0\0>\0\0\0')])
    const error = await rejection(parseJUnit(cut(utf32, [1]), opts))
    expect(error.message).toMatch(/UTF-32 file, which this reader does not read: convert it to UTF-8 \(iconv -f UTF-32 -t UTF-8\)/)
    expect(() => detectFormatFromHead(utf32, 'r.xml')).toThrow(/UTF-32 text/)
    for (const [, bytes] of encodings) expect(detectFormatFromHead(bytes, 'r.xml')).toBe('junit')
    expect(() => detectFormatFromHead(Buffer.from('SF:a\0b'), 'r.info')).toThrow(/binary data/)
  })
})

describe('XmlTag.attrsOf', () => {
  it('finds the wanted names present, in the tag order, decoded, and nothing else', async () => {
    const seen: unknown[] = []
    await streamXml('<q><r résult="x" executed="c&amp;d" status="a" result="b" statu="no"/></q>', 'a.xml', 'test', () => ({
      open(tag) {
        seen.push(tag.attrsOf(new AsciiNames(['status', 'result', 'executed'])))
      },
      close() {}
    }))
    expect(seen).toEqual([
      undefined,
      [
        ['executed', 'c&d'],
        ['status', 'a'],
        ['result', 'b']
      ]
    ])
    expect(() => new AsciiNames(['résult'])).toThrow(/not an ASCII name/)
  })
})

describe('what the report gives other code', () => {
  it('has a stable shape: flaky list and count, warnings, always present', async () => {
    const report: TestReport = await parseJUnit(suite('<testcase name="a"/>'), opts)
    expect(report).toEqual({
      format: 'junit',
      totals: { total: 1, passed: 1, failed: 0, errors: 0, skipped: 0 },
      failures: [],
      failures_truncated: false,
      flaky: [],
      flaky_count: 0,
      warnings: []
    })
  })
})

describe('a suite that says tests failed but lists none of them', () => {
  const doc = (attrs: string, cases: string): string => `<testsuites><testsuite name="s" ${attrs}>${cases}</testsuite></testsuites>`

  it('fails the pass-rate gate, naming the suite and the count it states', async () => {
    const report = await parseJUnit(doc('tests="5" failures="2" errors="1"', '<testcase classname="c" name="a"/><testcase classname="c" name="b"/>'), opts)
    expect(report.totals).toMatchObject({ total: 2, passed: 2, failed: 0, errors: 0 })
    expect(report.unlisted_failures).toEqual([expect.stringContaining('the suite "s" says 3 test(s) failed or errored')])
    const judged = judgePassRate(report, 100)
    expect(judged.passed).toBe(false)
    expect(judged.errors.join('\n')).toContain('lists no failing test case')
    // Whatever the required rate.
    expect(judgePassRate(report, 0).passed).toBe(false)
  })

  it("jest-junit's suite that failed to run (errors=\"1\", no test case) beside a passing one", async () => {
    const xml =
      '<testsuites name="jest tests" tests="1" failures="0" errors="1">' +
      '<testsuite name="broken.test.js" errors="1" failures="0" skipped="0" tests="0"></testsuite>' +
      '<testsuite name="ok.test.js" errors="0" failures="0" skipped="0" tests="1"><testcase classname="ok" name="works" time="0.01"/></testsuite>' +
      '</testsuites>'
    const report = await parseJUnit(xml, opts)
    // Said once, for the suite that hides it, not again for the root that sums it.
    expect(report.unlisted_failures).toEqual([expect.stringContaining('the suite "broken.test.js" says 1 test(s)')])
    expect(judgePassRate(report, 100).passed).toBe(false)
  })

  // jest-community/eslint-plugin-jest: its jest `projects` include jest-runner-eslint, whose results jest-junit writes
  // as `<testsuite name="undefined">`; the warnings said `the suite "undefined" says tests="0" …`, 5 times over.
  it('names a suite without a name of its own by its place in the report, never as "undefined"', async () => {
    const lint = (declared: number) =>
      `<testsuite name="undefined" errors="0" failures="0" skipped="0" time="0" tests="${declared}"><testcase classname=" ESLint" name=" ESLint" time="0"></testcase></testsuite>`
    const xml =
      '<testsuites name="jest tests" tests="2" failures="0" errors="1">' + lint(1) + lint(0) +
      '<testsuite errors="1" failures="0" tests="0"></testsuite>' +
      '</testsuites>'
    const report = await parseJUnit(xml, opts)
    const said = [...(report.warnings ?? []), ...(report.unlisted_failures ?? [])].join('\n')
    expect(said).not.toContain('"undefined" says')
    expect(said).toContain('the 2nd suite of the report (named "undefined": no name of its own) says tests="0" but lists 1 test cases')
    expect(said).toContain('the 3rd suite of the report (no name) says 1 test(s) failed or errored')
  })

  it('is not said when a failing element is listed: in a nested suite, as a rerun attempt, or a Surefire flaky attempt', async () => {
    const nested = await parseJUnit(
      '<testsuites failures="1"><testsuite name="outer" failures="1"><testsuite name="inner"><testcase name="x"><failure/></testcase></testsuite></testsuite></testsuites>',
      opts
    )
    expect(nested.unlisted_failures).toBeUndefined()
    // gotestsum --rerun-fails: failures counts the failed attempt, the test passed on its rerun.
    const rerun = await parseJUnit(doc('tests="2" failures="1"', '<testcase classname="p" name="T"><failure/></testcase><testcase classname="p" name="T"/>'), opts)
    expect(rerun.unlisted_failures).toBeUndefined()
    expect(judgePassRate(rerun, 100).passed).toBe(true)
    const surefire = await parseJUnit(doc('tests="1" failures="1"', '<testcase classname="p" name="T"><flakyFailure message="m"/></testcase>'), opts)
    expect(surefire.unlisted_failures).toBeUndefined()
    // Catch2 counts failed assertions: more failures than failing cases is not a hidden failure.
    const catch2 = await parseJUnit(doc('tests="9" failures="3"', '<testcase name="a"><failure/><failure/><failure/></testcase>'), opts)
    expect(catch2.unlisted_failures).toBeUndefined()
  })

  it('reads a count that is not a whole number as saying nothing', async () => {
    const report = await parseJUnit(doc('failures="NaN" errors="-1"', '<testcase name="a"/>'), opts)
    expect(report.unlisted_failures).toBeUndefined()
  })
})

describe('a DOCTYPE that declares attribute defaults', () => {
  it('is refused: a conforming parser would give every test case status="failed", this reader would see none', async () => {
    const xml = '<!DOCTYPE testsuites [<!ATTLIST testcase status CDATA "failed">]><testsuites><testsuite name="s"><testcase name="a"/></testsuite></testsuites>'
    const error = await rejection(parseJUnit(xml, opts))
    expect(error.message).toContain('<!ATTLIST>')
  })

  it('is not confused with one inside a comment of the internal subset', async () => {
    const xml = '<!DOCTYPE testsuites [<!-- <!ATTLIST testcase status CDATA "failed"> -->]><testsuites><testsuite name="s"><testcase name="a"/></testsuite></testsuites>'
    expect((await parseJUnit(xml, opts)).totals.passed).toBe(1)
  })
})

describe('a test case or suite nested in a test case', () => {
  it.each([
    ['a failing <testcase> in a <testcase>', '<testcase name="wrap"><testcase name="inner"><failure message="boom"/></testcase></testcase>'],
    ['a <testsuite> with an erroring case in a <testcase>', '<testcase name="c"><testsuite name="n"><testcase name="d"><error/></testcase></testsuite></testcase>']
  ])('%s is refused, never read as a pass', async (_what, cases) => {
    const error = await rejection(parseJUnit(suite(cases), opts))
    expect(error.message).toMatch(/inside the <testcase> "(wrap|c)"/)
  })
})

describe('a failure of a suite itself, outside any test case', () => {
  it('fails the pass-rate gate, with its message', async () => {
    const report = await parseJUnit('<testsuites><testsuite name="s"><error message="suite setup crashed"/><testcase name="b"/></testsuite></testsuites>', opts)
    expect(report.totals).toMatchObject({ total: 1, passed: 1 })
    expect(report.unlisted_failures).toEqual([expect.stringContaining('the suite "s" has a <error> of its own, outside any test case (suite setup crashed)')])
    expect(judgePassRate(report, 100).passed).toBe(false)
  })

  it('is said once, not again as a suite whose failures attribute lists no failing case', async () => {
    const report = await parseJUnit('<testsuites failures="1"><testsuite name="s" failures="1"><failure message="x"/><testcase name="b"/></testsuite></testsuites>', opts)
    expect(report.unlisted_failures).toHaveLength(1)
  })
})

describe('placing failures by the places their texts name', () => {
  it('does not spend the lookups that place later failures by their class names', async () => {
    // Before: the places a failure's text names (this session: minitest-reporters', behave's, nose2's) were looked up
    // on the file system from the lookups every class name of the report also draws on (1,000): 130 failures whose
    // texts each named 8 files not in the workspace used them up, and a failure whose class name is its file
    // (`spec/a_spec.lua`, as busted writes) was given no file — its annotation lost.
    const workspace = mkdtempSync(join(tmpdir(), 's2p-junit-places-'))
    try {
      writeFileSync(join(workspace, 'a_spec.lua'), 'it("x", function() end)\n')
      const noise = Array.from({ length: 130 }, (_, i) =>
        `<testcase classname="suite" name="t${i}"><failure message="boom">${Array.from({ length: 8 }, (_, j) => `at lib/gone${i}_${j}.js:${j + 1}`).join('\n')}</failure></testcase>`
      )
      const xml = `<testsuite name="s" tests="131">${noise.join('')}<testcase classname="a_spec.lua" name="last"><failure message="x">failed</failure></testcase></testsuite>`
      const report = await parseJUnit(xml, { file: 'r.xml', workspace, maxFailures: 200 })
      expect(report.failures).toHaveLength(131)
      expect(report.failures.at(-1)).toMatchObject({ name: 'last', file: 'a_spec.lua' })
    } finally {
      rmSync(workspace, { recursive: true, force: true })
    }
  })
})

describe("cucumber-js's step in a failing case's output", () => {
  it('is looked for in time proportional to the output', async () => {
    // Before: the pattern for `Then x......undefined` tried up to 400 places of each line's start before a run of dots,
    // the run to its end each time: a case output of 16 KiB of dots (a progress line) took 4 ms a failure, 4 s for 1,000.
    const dots = '.'.repeat(16 * 1024 - 1)
    const cases = Array.from({ length: 1000 }, (_, i) => `<testcase classname="f" name="t${i}"><failure/><system-out>${dots}\n</system-out></testcase>`)
    const xml = `<testsuite name="s" tests="1001">${cases.join('')}<testcase classname="f" name="last"><failure/><system-out>Given a\nThen x.....undefined\n</system-out></testcase></testsuite>`
    const started = performance.now()
    const report = await parseJUnit(xml, { file: 'r.xml', workspace: '/w', maxFailures: 2000 })
    expect(performance.now() - started).toBeLessThan(1500)
    expect(report.failures.at(-1)).toMatchObject({ name: 'last', message: 'Then x: undefined' })
  })
})
