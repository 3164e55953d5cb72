import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { judgePassRate } from '../../src/gates/tests.js'
import { parseJUnit, parseJUnitFile } from '../../src/reports/junit.js'
import { ReportError, type TestReport } from '../../src/reports/types.js'
import { streamXml } from '../../src/reports/xml.js'
import { JS_WORKSPACE, PY_WORKSPACE, benchGenerator, bytesOf, coverageFixture, junitFixture, readFixture } from './fixtures.js'

const hand = (name: string): string => junitFixture(`hand-written/${name}`)

/** The line of `def <name>` in the sample project's test file, 1-based. */
function defLine(file: string, name: string): number {
  const lines = readFileSync(coverageFixture(`sample-projects/pyshop/${file}`), 'utf8').split('\n')
  return lines.findIndex((l) => l.includes(`def ${name}(`)) + 1
}

async function rejection(promise: Promise<unknown>): Promise<ReportError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(ReportError)
  return error as ReportError
}

describe('parseJUnit on real pytest reports (pytest 7.2.1)', () => {
  // pytest printed: "3 failed, 11 passed, 2 skipped, 1 xfailed, 1 xpassed, 3 errors" (see pytest-*.console.txt).
  // The XML maps that to: failed 3, errors 3, skipped 2 + 1 xfailed = 3, passed 11 + 1 xpassed - 1 = 11 (the test
  // that passed but errored in teardown is one <testcase> with <error>; pytest counts it as passed and as error),
  // total 20 <testcase> elements (pytest's own tests="20" happens to agree; its counts are not read).
  const pytestTotals = { total: 20, passed: 11, failed: 3, errors: 3, skipped: 3 }

  it('counts the legacy-family report as pytest printed it and maps 0-based lines to 1-based', async () => {
    const report = await parseJUnitFile(junitFixture('pytest-legacy.xml'), { workspace: PY_WORKSPACE })
    expect(report.totals).toMatchObject(pytestTotals)
    expect(report.totals.time_seconds).toBeGreaterThan(0)
    expect(report.failures_truncated).toBe(false)
    expect(report.failures.map((f) => [f.kind, f.id])).toEqual([
      ['failure', 'tests.test_cart::test_count_wrong'],
      ['error', 'tests.test_cart::test_uses_db'],
      ['failure', 'tests.test_pricing::test_tax_negative'],
      ['failure', 'tests.test_teardown::test_fails_and_teardown_errors'],
      ['error', 'tests.test_teardown::test_fails_and_teardown_errors'],
      ['error', 'tests.test_teardown::test_passes_but_teardown_errors']
    ])
    const countWrong = report.failures[0]
    expect(countWrong).toEqual({
      id: 'tests.test_cart::test_count_wrong',
      name: 'test_count_wrong',
      classname: 'tests.test_cart',
      file: 'tests/test_cart.py',
      line: defLine('tests/test_cart.py', 'test_count_wrong'),
      kind: 'failure',
      message: 'AssertionError: count should include every unit'
    })
    expect(report.failures[1].message).toBe('failed on setup with "RuntimeError: database unavailable"')
    for (const f of report.failures) expect(f.line).toBe(defLine(f.file as string, f.name))
  })

  it('counts the xunit2 report (no file/line, captured output in <system-out>) the same way', async () => {
    const report = await parseJUnitFile(junitFixture('pytest-xunit2.xml'), { workspace: PY_WORKSPACE })
    expect(report.totals).toMatchObject(pytestTotals)
    expect(report.failures).toHaveLength(6)
    expect(report.failures[0]).not.toHaveProperty('file')
    expect(report.failures[0]).not.toHaveProperty('line')
  })

  it('places xunit2 failures (no file attribute) in the module file their classname names, as the legacy family writes it', async () => {
    // The same run of the same project in both families: the legacy report's file attributes are the oracle.
    const project = coverageFixture('sample-projects/pyshop')
    const legacy = await parseJUnitFile(junitFixture('pytest-legacy.xml'), { workspace: project })
    const xunit2 = await parseJUnitFile(junitFixture('pytest-xunit2.xml'), { workspace: project })
    const fileOf = (r: TestReport) => Object.fromEntries(r.failures.map((f) => [f.id, f.file]))
    expect(xunit2.failures.length).toBeGreaterThan(0)
    expect(fileOf(xunit2)).toEqual(fileOf(legacy))
    expect(Object.values(fileOf(xunit2))).toContain('tests/test_cart.py')
  })

  it("places xunit2 failures in their module file when pytest's --junit-prefix went before its name (py3.11.tests.test_cart)", async () => {
    // The same tests run with --junit-prefix=py3.11 (pytest-xunit2-prefix.console.txt: the same counts): the legacy
    // report's file and line attributes are the oracle. Unplaced, a failure has no check-run annotation.
    const project = coverageFixture('sample-projects/pyshop')
    const legacy = await parseJUnitFile(junitFixture('pytest-legacy.xml'), { workspace: project })
    const prefixed = await parseJUnitFile(junitFixture('pytest-xunit2-prefix.xml'), { workspace: project })
    expect(prefixed.totals).toMatchObject(pytestTotals)
    const placed = (r: TestReport) => r.failures.map((f) => [f.name, f.kind, f.file, f.line])
    expect(placed(prefixed)).toEqual(placed(legacy))
    expect(prefixed.failures.map((f) => f.classname)).toContain('py3.11.tests.test_cart')
    expect(prefixed.failures.every((f) => f.file !== undefined)).toBe(true)
  })

  it('leaves a failure without a file when the module file its classname names does not define the test', async () => {
    // A package run from its own rootdir: its classname `tests.test_cart` is relative to the package, and the
    // workspace's root has an unrelated tests/test_cart.py.
    const dir = mkdtempSync(join(tmpdir(), 's2p-pymodule-'))
    try {
      mkdirSync(join(dir, 'tests'))
      writeFileSync(join(dir, 'tests/test_cart.py'), 'def test_something_else():\n    pass\n')
      writeFileSync(join(dir, 'tests/test_pricing.py'), readFileSync(coverageFixture('sample-projects/pyshop/tests/test_pricing.py')))
      const report = await parseJUnitFile(junitFixture('pytest-xunit2.xml'), { workspace: dir })
      const cart = report.failures.filter((f) => f.classname?.startsWith('tests.test_cart'))
      const pricing = report.failures.filter((f) => f.classname?.startsWith('tests.test_pricing'))
      expect(cart.length).toBeGreaterThan(0)
      expect(cart.map((f) => f.file)).toEqual(cart.map(() => undefined))
      expect(pricing.length).toBeGreaterThan(0)
      expect(pricing.map((f) => f.file)).toEqual(pricing.map(() => 'tests/test_pricing.py'))
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('looks a classname up as a module file within bounds: thousands of failures with 500-part classnames do not stall the read', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 's2p-pymodule-'))
    try {
      mkdirSync(join(workspace, 'tests'))
      writeFileSync(join(workspace, 'tests/test_deep.py'), 'class TestA:\n    class TestB:\n        class TestC:\n            def t(self):\n                pass\n')
      const deep = Array.from({ length: 500 }, () => 'a').join('.')
      const cases = Array.from({ length: 3000 }, (_, i) => `<testcase classname="${deep}.C${i}" name="t"><failure message="x"/></testcase>`)
      // A class nested three deep in the module is still placed in its file.
      cases.unshift('<testcase classname="tests.test_deep.TestA.TestB.TestC" name="t"><failure message="x"/></testcase>')
      const xml = `<testsuites><testsuite name="pytest" tests="${cases.length}" failures="${cases.length}">${cases.join('')}</testsuite></testsuites>`
      const started = Date.now()
      // Before the bound: 500 stat calls per case, over 20 s for this report.
      const report = await parseJUnit(xml, { file: 'deep.xml', workspace, maxFailures: 5000 })
      expect(Date.now() - started).toBeLessThan(5000)
      expect(report.totals).toMatchObject({ total: 3001, failed: 3001 })
      expect(report.failures[0]).toMatchObject({ classname: 'tests.test_deep.TestA.TestB.TestC', file: 'tests/test_deep.py' })
    } finally {
      rmSync(workspace, { recursive: true, force: true })
    }
  }, 120_000)

  it('gives xunit2 failures (no line attribute) the line of their test function, as the legacy family writes it', async () => {
    // Without it, a failing test's annotation sat on line 1 of its module.
    const project = coverageFixture('sample-projects/pyshop')
    const legacy = await parseJUnitFile(junitFixture('pytest-legacy.xml'), { workspace: project })
    const xunit2 = await parseJUnitFile(junitFixture('pytest-xunit2.xml'), { workspace: project })
    const lineOf = (r: TestReport) => r.failures.map((f) => [f.id, f.file, f.line])
    expect(xunit2.failures.length).toBeGreaterThan(0)
    expect(lineOf(xunit2)).toEqual(lineOf(legacy))
    expect(xunit2.failures[0]).toMatchObject({ file: 'tests/test_cart.py', line: defLine('tests/test_cart.py', 'test_count_wrong') })
  })

  it('gives a failure no file when its classname names none: node 20 writes `test` or the describe block there', async () => {
    // Placed on a file `test`, a failing test's check-run annotation named a path the repository does not have.
    const project = mkdtempSync(join(tmpdir(), 's2p-node20-'))
    try {
      for (const name of ['node20-hooks.xml']) {
        const report = await parseJUnitFile(junitFixture(name), { workspace: project })
        expect(report.failures.length).toBeGreaterThan(0)
        expect(report.failures.map((f) => f.file)).toEqual(report.failures.map(() => undefined))
        expect(judgePassRate(report, 100).findings.map((f) => f.file)).toEqual(report.failures.map(() => ''))
      }
    } finally {
      rmSync(project, { recursive: true, force: true })
    }
  })

  it('places a failure in the file its classname names when the workspace has it (vitest writes the test file there)', async () => {
    const project = mkdtempSync(join(tmpdir(), 's2p-vitest-'))
    try {
      const without = await parseJUnitFile(junitFixture('vitest-outcomes.xml'), { workspace: project })
      expect(without.failures.length).toBeGreaterThan(0)
      expect(without.failures.every((f) => f.file === undefined)).toBe(true)
      mkdirSync(join(project, 'test'))
      for (const f of ['only.test.js', 'outcomes.test.js']) copyFileSync(join(junitFixture('sources/vitest'), f), join(project, 'test', f))
      const report = await parseJUnitFile(junitFixture('vitest-outcomes.xml'), { workspace: project })
      expect(report.failures.map((f) => f.file)).toEqual(report.failures.map((f) => f.classname))
      expect(report.failures.map((f) => f.file)).toContain('test/outcomes.test.js')
      // vitest writes no line attribute: each failure is on the line its `❯ test/outcomes.test.js:L:C` frame names.
      const source = readFileSync(join(project, 'test/outcomes.test.js'), 'utf8').split('\n')
      const frames = [...readFixture(junitFixture('vitest-outcomes.xml')).matchAll(/❯ test\/outcomes\.test\.js:(\d+):\d+/g)].map((m) => Number(m[1]))
      // `fails flag but passes` has no frame: it stays without a line.
      const placed = report.failures.filter((x) => x.file === 'test/outcomes.test.js' && x.line !== undefined)
      expect(placed.length).toBeGreaterThanOrEqual(3)
      expect(report.failures.find((x) => x.name.endsWith('fails flag but passes'))).not.toHaveProperty('line')
      for (const f of placed) {
        expect(frames).toContain(f.line)
        expect(source[(f.line as number) - 1]).toMatch(/expect|throw|assert/)
      }
    } finally {
      rmSync(project, { recursive: true, force: true })
    }
  })

  // bombshell-dev/clack: `pnpm --dir packages/core exec vitest` writes classnames relative to packages/core
  // (`test/utils.test.ts`); the failures had no file, so the annotations and the findings said nowhere.
  it("places a failure in a file under a root the runner ran in (the component's package), when the workspace's root has none", async () => {
    const project = mkdtempSync(join(tmpdir(), 's2p-vitest-pkg-'))
    try {
      mkdirSync(join(project, 'packages/core/test'), { recursive: true })
      for (const f of ['only.test.js', 'outcomes.test.js']) copyFileSync(join(junitFixture('sources/vitest'), f), join(project, 'packages/core/test', f))
      const without = await parseJUnitFile(junitFixture('vitest-outcomes.xml'), { workspace: project })
      expect(without.failures.every((f) => f.file === undefined)).toBe(true)
      const report = await parseJUnitFile(junitFixture('vitest-outcomes.xml'), { workspace: project, roots: ['packages/core'] })
      expect(report.failures.map((f) => f.file)).toEqual(report.failures.map((f) => `packages/core/${f.classname}`))
      // A root outside the workspace, or the root itself, adds nothing.
      const outside = await parseJUnitFile(junitFixture('vitest-outcomes.xml'), { workspace: join(project, 'packages/core/test'), roots: ['..', '../..', '.', '/'] })
      expect(outside.failures.every((f) => f.file === undefined)).toBe(true)
    } finally {
      rmSync(project, { recursive: true, force: true })
    }
  })

  it('keeps at most maxFailures failures while the totals stay exact', async () => {
    const report = await parseJUnitFile(junitFixture('pytest-legacy.xml'), { workspace: PY_WORKSPACE, maxFailures: 2 })
    expect(report.totals).toMatchObject(pytestTotals)
    expect(report.failures).toHaveLength(2)
    expect(report.failures_truncated).toBe(true)
  })
})

describe('parseJUnit on a real jest-junit report (jest 30.5.2, jest-junit 17.0.0)', () => {
  it('counts test cases where jest counts results', async () => {
    // jest printed: "Tests: 2 failed, 1 skipped, 1 todo, 6 passed, 10 total" and "Test Suites: 3 failed, 3 total".
    // jest-junit writes the todo test as a plain test case (no child, time 0) beside a suite tests="…" that leaves it
    // out: it was not run, so it is counted as skipped, never as passed. The suite that failed to run is two test
    // cases of the same name, one <error> and one <failure>: one test that failed twice, counted once as an error
    // (jest counts it as one failed suite). Passed 6, failed 2, errors 1, skipped 1 + 1 todo = 2, total 11.
    const report = await parseJUnitFile(junitFixture('jest-junit.xml'), { workspace: JS_WORKSPACE })
    expect(report.totals).toMatchObject({ total: 11, passed: 6, failed: 2, errors: 1, skipped: 2 })
    expect((report.warnings ?? []).filter((w) => w.includes('it.todo'))).toHaveLength(1)
    expect((report.warnings ?? []).find((w) => w.includes('it.todo'))).toMatch(/says tests="\d+" but lists \d+ test cases: 1 of its cases with no result in them \(no child element, time 0\) are counted as not run, not as passed — jest-junit writes it\.todo tests so$/)
    expect(report.failures[0]).toEqual({
      id: 'math clamps low::math clamps low',
      name: 'math clamps low',
      classname: 'math clamps low',
      file: 'test/math.test.js',
      // jest-junit writes no line: the stack's frame in the test file has it (`expect(clamp(-5, 0, 10)).toBe(1)`).
      line: 17,
      kind: 'failure',
      // jest's matcher hint, and the Expected and Received lines under it.
      message: 'Error: expect(received).toBe(expected) // Object.is equality (Expected: 1, Received: 0)'
    })
    expect(report.failures[1].message).toBe('Error: expect(received).toEqual(expected) // deep equality (Expected: "Hey?", Received: "Hey!")')
    // jest-junit's error text starts with jest's header, the case's classname again; the cause is the line after it.
    const suiteError = report.failures.find((f) => f.kind === 'error')
    expect(suiteError).toMatchObject({
      file: 'test/broken.test.js',
      message: "Test suite failed to run: Cannot find module '../src/does-not-exist' from 'test/broken.test.js'"
    })
  })
})

describe('parseJUnit on the shapes other reporters write', () => {
  it('reads a bare <testsuite>, nested suites, CDATA, Surefire rerun elements, and error over failure', async () => {
    const report = await parseJUnitFile(hand('variants.xml'), { workspace: '/work/ws' })
    // The root's tests="999" is ignored: six <testcase> elements.
    expect(report.totals).toEqual({ total: 6, passed: 2, failed: 2, errors: 1, skipped: 1, time_seconds: 1.5 })
    expect(report.failures.map((f) => [f.id, f.kind, f.message])).toEqual([
      ['pkg.A::both', 'error', 'then it crashed'],
      ['pkg.A::rerun failing', 'failure', 'still failing'],
      ['no classname', 'failure', 'the message is in CDATA, after blank lines']
    ])
  })

  // jazzband/prettytable with pytest-lazy-fixtures not installed: the run's finding said only
  // "tests.test_prettytable: collection failure"; why is in the element's text, as pytest 7.2.1 wrote it.
  it("gives a pytest collection failure the exception pytest printed, from the element's text", async () => {
    const xml =
      '<?xml version="1.0" encoding="utf-8"?><testsuites><testsuite name="pytest" errors="1" failures="0" skipped="0" tests="1" time="0.611">' +
      '<testcase classname="" name="tests.test_prettytable" time="0.000"><error message="collection failure">' +
      "ImportError while importing test module '/w/tests/test_prettytable.py'.\nHint: make sure your test modules/packages have valid Python names.\nTraceback:\n" +
      '/usr/lib/python3.11/importlib/__init__.py:126: in import_module\n    return _bootstrap._gcd_import(name[level:], package, level)\n' +
      "tests/test_prettytable.py:11: in &lt;module&gt;\n    from pytest_lazy_fixtures import lf\nE   ModuleNotFoundError: No module named 'pytest_lazy_fixtures'</error></testcase>" +
      '<testcase classname="" name="tests.test_other" time="0.000"><error message="collection failure">no E line here</error></testcase></testsuite></testsuites>'
    const report = await parseJUnit(xml, { file: 'junit.xml', workspace: '/w' })
    expect(report.failures.map((f) => [f.id, f.kind, f.message])).toEqual([
      ['tests.test_prettytable', 'error', "collection failure: ModuleNotFoundError: No module named 'pytest_lazy_fixtures'"],
      ['tests.test_other', 'error', 'collection failure']
    ])
  })

  it('makes test file paths workspace-relative and keeps outside paths as given', async () => {
    const report = await parseJUnitFile(hand('paths.xml'), { workspace: '/work/ws' })
    expect(Object.fromEntries(report.failures.map((f) => [f.name, f.file]))).toEqual({
      absolute: 'tests/test_a.py',
      relative: 'tests/test_b.py',
      windows: 'C:/work/ws/tests/test_c.py',
      etc: '/etc/passwd',
      dotdot: '../../etc/shadow',
      sneaky: '/work/ws/../other/x.py',
      prefix: '/work/ws-evil/x.py',
      'from suite': 'tests/suite_file.py'
    })
    // Not pytest's suite: line numbers are taken as written.
    expect(report.failures[0].line).toBe(3)
  })

  it('treats __proto__ and friends as plain names', async () => {
    const report = await parseJUnitFile(hand('proto-names.xml'), { workspace: '/work/ws' })
    expect(report.totals).toEqual({ total: 4, passed: 1, failed: 1, errors: 1, skipped: 1, time_seconds: 4 })
    expect(report.failures.map((f) => f.id)).toEqual(['__proto__::__proto__', 'constructor::prototype'])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('polluted')
  })

  it('gives the same result whatever the chunking, multi-byte characters cut apart included', async () => {
    const text = readFixture(junitFixture('jest-junit.xml')).replace('math adds', 'mäth ädds — ✓ 𝒙')
    const whole = await parseJUnit(text, { file: 'x.xml', workspace: JS_WORKSPACE })
    for (const size of [1, 3, 7, 4096]) {
      const chunked = await parseJUnit(bytesOf(text, size), { file: 'x.xml', workspace: JS_WORKSPACE })
      expect(chunked).toEqual(whole)
    }
    expect(whole.totals.total).toBe(11)
  })

  it('reads UTF-16 (with BOM) and ISO-8859-1 files', async () => {
    const xml = '<?xml version="1.0"?>\n<testsuite><testcase classname="c" name="é"><failure message="ü"/></testcase></testsuite>'
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')])
    const latin = Buffer.from(xml.replace('version="1.0"', 'version="1.0" encoding="ISO-8859-1"'), 'latin1')
    for (const bytes of [utf16, latin]) {
      const report = await parseJUnit((async function* () { yield bytes })(), { file: 'x.xml', workspace: '/' })
      expect(report.failures[0]).toMatchObject({ id: 'c::é', message: 'ü' })
    }
  })
})

describe('test case times', () => {
  /** `number('t')` and `attr('t')` of `<r t="…"/>`. */
  async function readBoth(value: string): Promise<[number | undefined, string | undefined]> {
    let result: [number | undefined, string | undefined] = [undefined, undefined]
    await streamXml(`<r t="${value}"/>`, 'n.xml', 'test', () => ({
      open(tag) {
        result = [tag.number('t'), tag.attr('t')]
      },
      close() {}
    }))
    return result
  }

  it('reads numbers from the bytes exactly as Number() reads the attribute', async () => {
    const samples = ['0.001', '1', '-2.5', '.5', '1.', '007', '1e-3', '1E3', ' 2 ', '', '  ', 'abc', '1.2.3', '-', '0x10', '&#49;.5',
      '123456789012345', '1234567890123456789', '0.1234567890123456789012345', 'Infinity', '-0']
    for (const value of samples) {
      const [number, text] = await readBoth(value)
      expect(Object.is(number, Number(text))).toBe(true)
    }
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.double({ noNaN: true }).map(String), fc.stringMatching(/^-?\d{0,20}(\.\d{0,25})?$/)), async (value) => {
        const [number, text] = await readBoth(value)
        expect(text).toBe(value)
        expect(Object.is(number, Number(value))).toBe(true)
      }),
      { numRuns: 300 }
    )
  })

  it('sums times, and leaves a report whose times are blank or absent untimed', async () => {
    const timed = await parseJUnit('<testsuite><testcase name="a" time="0.1"/><testcase name="b" time="0.2"/><testcase name="c" time="1e-1"/></testsuite>', {
      file: 't.xml',
      workspace: '/'
    })
    expect(timed.totals.time_seconds).toBe(0.4)
    for (const xml of ['<testsuite><testcase name="a" time=""/></testsuite>', '<testsuite><testcase name="a"/><testcase name="b" time="n/a"/></testsuite>']) {
      const untimed = await parseJUnit(xml, { file: 't.xml', workspace: '/' })
      expect(untimed.totals.time_seconds).toBeUndefined()
    }
  })
})

describe('parseJUnit on malformed and hostile input', () => {
  const opts = { workspace: '/work/ws' }

  it('refuses a DOCTYPE that declares entities (billion laughs, external entities) at once', async () => {
    for (const name of ['entity-bomb.xml', 'external-entity.xml']) {
      const error = await rejection(parseJUnitFile(hand(name), opts))
      expect(error.format).toBe('junit')
      expect(error.file).toBe(hand(name))
      expect(error.message).toMatch(/DOCTYPE declares entities/)
      expect(error.where).toMatch(/^line \d+ column \d+$/)
    }
  })

  it('reports undefined entities, NUL bytes, truncation and a wrong root with line and column', async () => {
    const cases: [string, RegExp, string][] = [
      ['undeclared-entity.xml', /undefined entity/, 'line 3'],
      ['nul-in-name.xml', /expected white space, > or \/> in the tag, found byte 0x00/, 'line 3'],
      ['truncated.xml', /unclosed|unexpected end/, 'line 5'],
      ['not-junit.xml', /root element is <html>, expected <testsuites> or <testsuite>/, 'line 2']
    ]
    for (const [name, detail, line] of cases) {
      const error = await rejection(parseJUnitFile(hand(name), opts))
      expect(error.message).toMatch(detail)
      expect(error.where.startsWith(`${line} column `)).toBe(true)
      expect(error.message).toContain(`${hand(name)}: not a valid junit report (${error.where})`)
    }
  })

  it('refuses an empty file and text outside the root', async () => {
    await rejection(parseJUnit('', { file: 'empty.xml', ...opts }))
    await rejection(parseJUnit('coverage: 85%', { file: 'text.xml', ...opts }))
  })

  it('stops 200,000-deep nesting without recursion', async () => {
    async function* deep(): AsyncGenerator<string> {
      yield '<testsuites>'
      for (let i = 0; i < 200; i++) yield '<testsuite>'.repeat(1000)
      for (let i = 0; i < 200; i++) yield '</testsuite>'.repeat(1000)
      yield '</testsuites>'
    }
    const error = await rejection(parseJUnit(deep(), { file: 'deep.xml', ...opts }))
    expect(error.message).toMatch(/nested deeper than 10000 levels/)
  })

  it('bounds what a huge text node, attribute or prolog can make it keep', async () => {
    const big = 'x'.repeat(1024 * 1024)
    async function* hugeOutput(): AsyncGenerator<string> {
      yield `<testsuite><testcase name="a"><failure>${'first line\n'}`
      for (let i = 0; i < 20; i++) yield big // 20 MiB of failure text, kept only up to a bound
      yield '</failure><system-out><![CDATA['
      for (let i = 0; i < 20; i++) yield big
      yield ']]></system-out></testcase></testsuite>'
    }
    const report = await parseJUnit(hugeOutput(), { file: 'big.xml', ...opts })
    expect(report.failures[0].message).toBe('first line')
    const longMessage = await parseJUnit(`<testsuite><testcase name="a"><failure message="${big}"/></testcase></testsuite>`, {
      file: 'attr.xml',
      ...opts
    })
    expect(longMessage.failures[0].message.length).toBeLessThanOrEqual(500)
    const prolog = await rejection(parseJUnit(`<!-- ${big.repeat(2)} --><testsuite/>`, { file: 'prolog.xml', ...opts }))
    expect(prolog.message).toMatch(/before the root element/)
    const attrs = Array.from({ length: 20_000 }, (_, i) => `a${i}="1"`).join(' ')
    const many = await rejection(parseJUnit(`<testsuite><testcase ${attrs}/></testsuite>`, { file: 'attrs.xml', ...opts }))
    expect(many.message).toMatch(/more than 1024 attributes/)
  })
})

describe('parseJUnit at scale', () => {
  it('streams 50,000 generated test cases with exact totals and bounded failures', async () => {
    type Gen = {
      generateJUnit: (n: number) => AsyncIterable<string>
      expectedJUnitTotals: (n: number) => Record<string, number>
    }
    const { generateJUnit, expectedJUnitTotals } = await benchGenerator<Gen>('gen-junit.mjs')
    const report: TestReport = await parseJUnit(generateJUnit(50_000), { file: 'gen.xml', workspace: '/work/ws' })
    expect(report.totals).toMatchObject(expectedJUnitTotals(50_000))
    expect(report.totals.time_seconds).toBeCloseTo(50, 6)
    expect(report.failures).toHaveLength(200)
    expect(report.failures_truncated).toBe(true)
    expect(report.failures[0]).toMatchObject({ id: 'tests.m0::test_99', kind: 'failure', file: 'tests/m0.py' })
  })

  it('reads a file of many chunks (read buffers reused) exactly as the same text given whole', async () => {
    type Gen = { generateJUnit: (n: number) => AsyncIterable<string> }
    const { generateJUnit } = await benchGenerator<Gen>('gen-junit.mjs')
    let text = ''
    for await (const piece of generateJUnit(30_000)) text += piece
    // Failures with long messages and odd attribute order, so that tags and the elements a failure reads back at
    // its test case's close cross the 256 KiB chunk boundaries.
    text = text.replace(/<testcase classname="([^"]+)" name="(test_\d*9)" file="[^"]*" time="[^"]*"/g, `<testcase time="0.5" name="$2"  file="x/$2.py" classname="$1.long${'x'.repeat(3000)}"`)
    // A few failing test cases also print 600 kB first: they stay open across several reads of the file, so their
    // start tags must be kept from the reused read buffers until they close.
    let printed = 0
    text = text.replace(/"><failure message=/g, (m) => (++printed <= 5 ? `"><system-out>${'y'.repeat(600_000)}</system-out><failure message=` : m))
    const dir = mkdtempSync(join(tmpdir(), 's2p-junit-'))
    try {
      const path = join(dir, 'big.xml')
      writeFileSync(path, text)
      expect(text.length).toBeGreaterThan(8 * 256 * 1024)
      const fromFile = await parseJUnitFile(path, { workspace: '/work/ws', maxFailures: 100_000, file: 'big.xml' })
      const whole = await parseJUnit(text, { workspace: '/work/ws', maxFailures: 100_000, file: 'big.xml' })
      expect(fromFile).toEqual(whole)
      expect(whole.failures.length).toBeGreaterThan(200)
      expect(whole.failures.filter((f) => f.classname?.endsWith('x'.repeat(3000))).length).toBeGreaterThan(20)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('a failure text the stack frame search reads', () => {
  // A failed test's line is looked for in its failure text (up to 16 KiB each). The search tried every place in a run
  // of characters a path may hold, to its end, each time: a 17 MB report of 1,000 failed tests whose texts were one
  // such run (a base64 blob, a minified line) held the testing stage 7 minutes, 418 ms a test.
  it('takes time in proportion to the text, and finds the frame as before', async () => {
    const blob = 'QUJD'.repeat(3000)
    const cases = Array.from({ length: 20 }, (_, i) => {
      const frame = i % 2 === 0 ? `\n    at Object.&lt;anonymous&gt; (/w/src/a.test.js:${i + 1}:5)` : ''
      return `<testcase classname="c" name="t${i}" file="src/a.test.js"><failure message="boom">Error: ${blob}${frame}</failure></testcase>`
    })
    const xml = `<testsuite name="s" tests="20" failures="20">${cases.join('')}</testsuite>`
    const started = performance.now()
    const report = await parseJUnit(xml, { workspace: '/w', file: 'junit.xml' })
    expect(performance.now() - started).toBeLessThan(2000)
    expect(report.totals.failed).toBe(20)
    // A frame past the blob is found; a text with none leaves the line unknown. A frame whose path starts after a
    // drive letter or file:// keeps them.
    expect(report.failures.map((f) => f.line)).toEqual(Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? i + 1 : undefined)))
    const windows = await parseJUnit(
      '<testsuite><testcase classname="c" name="t" file="C:/w/src/b.test.js"><failure>at x (C:\\w\\src\\b.test.js:7:3)\nat y (file:///w/src/a.test.js:9:1)</failure></testcase>' +
        '<testcase classname="c" name="u" file="src/a.test.js"><failure>Error:/w/src/a.test.js:4</failure></testcase>' +
        '<testcase classname="c" name="v" file="C:/w/src/b.test.js"><failure>at z (file:///C:/w/src/b.test.js:8:1)</failure></testcase></testsuite>',
      { workspace: '/w', file: 'junit.xml' }
    )
    expect(windows.failures.map((f) => f.line)).toEqual([7, 4, 8])
  })
})
