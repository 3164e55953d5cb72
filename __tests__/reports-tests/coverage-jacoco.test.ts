/**
 * JaCoCo XML: real reports from other tools' test suites (madrapps/jacoco-report, danielpalme/ReportGenerator; see
 * __tests__/fixtures/corpora/jacoco/README.md) against JaCoCo's own counters and their authors' expected figures;
 * detection, the DOCTYPE, counters that contradict the lines, classes without line numbers, and paths found in a
 * real git work tree.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseCoverage } from '../../src/reports/coverage.js'
import { parseJacoco, SourceIndex } from '../../src/reports/coverage-jacoco.js'
import { detectFormat, detectFormatFromHead } from '../../src/reports/detect.js'
import { readLineHits } from '../../src/reports/line-coverage.js'
import { readCoverageReport } from '../../src/reports/tests-and-coverage.js'
import { ReportError } from '../../src/reports/types.js'

const corpus = fileURLToPath(new URL('../fixtures/corpora/jacoco/', import.meta.url))
const WS = '/nowhere'

const dirs: string[] = []
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })))
})

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 's2p-jacoco-'))
  dirs.push(dir)
  return dir
}

async function write(dir: string, path: string, text: string): Promise<string> {
  await mkdir(dirname(join(dir, path)), { recursive: true })
  await writeFile(join(dir, path), text)
  return join(dir, path)
}

/** The report's own `<counter type>`: the last of its type in the file (JaCoCo writes the report's counters last). */
function reportCounter(path: string, type: 'LINE' | 'BRANCH'): [number, number] | undefined {
  const text = readFileSync(path, 'utf8')
  const tail = text.slice(Math.max(text.lastIndexOf('</package>'), text.lastIndexOf('</group>')), text.lastIndexOf('</report>'))
  const m = new RegExp(`<counter\\s+(?=[^>]*type="${type}")(?=[^>]*missed="(\\d+)")(?=[^>]*covered="(\\d+)")[^>]*>`).exec(tail)
  return m ? [Number(m[2]), Number(m[1]) + Number(m[2])] : undefined
}

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd">'

describe('the corpora: our totals against JaCoCo counters and their authors’ figures', () => {
  /** File → our lines covered/total, branches covered/total, and what the corpus's authors expect. */
  const EXPECTED: Array<[string, string, string, string?]> = [
    // madrapps/jacoco-report __tests__/process.test.ts: LINE overall 44.44, BRANCH overall 33.33 (single report)
    ['madrapps/report.xml', '12/27', '2/6', 'LINE 44.44, BRANCH 33.33'],
    ['madrapps/multi_module/appCoverage.xml', '2/21', '0/2'],
    ['madrapps/multi_module/mathCoverage.xml', '5/10', '-'],
    ['madrapps/multi_module/textCoverage.xml', '3/4', '-'],
    // Edited by hand there: its report counters are a larger project's (7593 of 9823), its groups hold 28 lines.
    ['madrapps/aggregate-report.xml', '7593/9823', '1268/2066'],
    ['madrapps/empty-aggregate-report.xml', '7593/9823', '1268/2066'],
    // A package removed by hand, the report counter kept: 2 of 21 said, 2 of 19 listed.
    ['madrapps/empty_multi_module/empty-appCoverage.xml', '2/21', '0/2'],
    ['madrapps/empty_multi_module/empty-textCoverage.xml', '0/0', '-'],
    ['madrapps/empty-report.xml', '0/0', '-'],
    ['madrapps/reports/package/sourcefile/only_line.xml', '1/1', '4/7'],
    // ReportGenerator's JaCoCoParserTest reads the same project as JaCoCo 0.8.3 (and 0.7.7, report.dtd 1.0).
    ['reportgenerator/JaCoCo0.8.3.xml', '26/38', '1/4'],
    ['reportgenerator/JaCoCo0.7.7.xml', '26/38', '1/4'],
    // Written here by JaCoCo 0.8.6 itself (generated/generate.sh): javac's default, -g:none, -g:lines.
    ['generated/jacoco-g-source-lines.xml', '10/14', '2/4'],
    ['generated/jacoco-g-none.xml', '0/0', '2/4'],
    ['generated/jacoco-g-lines.xml', '10/14', '2/4']
  ]

  it.each(EXPECTED)('%s: lines %s, branches %s', async (file, lines, branches) => {
    const path = join(corpus, file)
    expect(await detectFormat(path)).toBe('jacoco')
    const report = await parseCoverage(path, { workspace: WS })
    expect(`${report.lines_covered}/${report.lines_total}`).toBe(lines)
    expect(report.branches_total === undefined ? '-' : `${report.branches_covered}/${report.branches_total}`).toBe(branches)
    // JaCoCo's own report counters, where the file has them, are the figure.
    const line = reportCounter(path, 'LINE')
    if (line) expect([report.lines_covered, report.lines_total]).toEqual(line)
    const branch = reportCounter(path, 'BRANCH')
    if (branch) expect([report.branches_covered, report.branches_total]).toEqual(branch)
  })

  it("madrapps' expected LINE figures: 44.44% for the single report, 28.57% over the three modules", async () => {
    const single = await parseCoverage(join(corpus, 'madrapps/report.xml'), { workspace: WS })
    expect(Math.round(single.percent * 100) / 100).toBe(44.44)
    expect(Math.round((10000 * single.branches_covered!) / single.branches_total!) / 100).toBe(33.33)
    let covered = 0
    let total = 0
    for (const m of ['app', 'math', 'text']) {
      const r = await parseCoverage(join(corpus, `madrapps/multi_module/${m}Coverage.xml`), { workspace: WS })
      covered += r.lines_covered
      total += r.lines_total
    }
    expect(Math.round((10000 * covered) / total) / 100).toBe(28.57)
  })

  it("ReportGenerator's expectations: 7 files, AbstractClass 3 coverable lines, TestClass lines 15 and 17 hit, 20 not", async () => {
    const path = join(corpus, 'reportgenerator/JaCoCo0.8.3.xml')
    const report = await parseCoverage(path, { workspace: WS })
    expect(report.files).toHaveLength(7)
    expect(report.files.find((f) => f.file === 'test/AbstractClass.java')).toMatchObject({ lines_total: 3 })
    const hits = await readLineHits(path, { workspace: WS, format: 'jacoco', files: new Set(['src/main/java/test/TestClass.java']) })
    const lines = hits.get('src/main/java/test/TestClass.java')!
    expect(lines.get(15)).toBeGreaterThan(0)
    expect(lines.get(17)).toBeGreaterThan(0)
    expect(lines.get(20)).toBe(0)
    expect(lines.has(1)).toBe(false)
  })

  it('a JaCoCo 0.7 report (report.dtd 1.0: no class has sourcefilename) does not count its classes a second time', async () => {
    const old = await parseCoverage(join(corpus, 'reportgenerator/JaCoCo0.7.7.xml'), { workspace: WS })
    expect(old.warnings?.filter((w) => !w.includes('not a git work tree'))).toEqual([])
    expect(old.files.map((f) => f.file).sort()).toEqual((await parseCoverage(join(corpus, 'reportgenerator/JaCoCo0.8.3.xml'), { workspace: WS })).files.map((f) => f.file).sort())
  })

  it('a report whose counter contradicts its source files: the counter is followed, and a warning says so', async () => {
    const report = await parseCoverage(join(corpus, 'madrapps/empty_multi_module/empty-appCoverage.xml'), { workspace: WS })
    expect(report.warnings).toContainEqual(expect.stringContaining('<report>: its LINE counter says 2 of 21 lines covered but its source files give 2 of 19'))
  })
})

describe("JaCoCo's own reports of one program compiled three ways", () => {
  const generated = (name: string) => join(corpus, 'generated', name)

  async function javaRepo(): Promise<string> {
    const dir = await tempDir()
    for (const name of ['Order', 'Main']) await write(dir, `src/main/java/com/acme/${name}.java`, readFileSync(join(corpus, `generated/src/com/acme/${name}.java`), 'utf8'))
    execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir })
    execFileSync('git', ['add', '-A'], { cwd: dir })
    return dir
  }

  it("javac's default (-g:source,lines): every file found, each at JaCoCo's counters", async () => {
    const dir = await javaRepo()
    const report = await readCoverageReport(generated('jacoco-g-source-lines.xml'), { workspace: dir, scope: { sources: ['src/main/java'] } })
    expect(report.files).toEqual([
      { file: 'src/main/java/com/acme/Main.java', lines_covered: 4, lines_total: 5, branches_covered: 0, branches_total: 0 },
      { file: 'src/main/java/com/acme/Order.java', lines_covered: 6, lines_total: 9, branches_covered: 2, branches_total: 4 }
    ])
    expect(report.warnings).toBeUndefined()
  })

  it('-g:none: no line at all, said with the instructions JaCoCo counted; its branches are still JaCoCo’s, with no false contradiction', async () => {
    const report = await parseCoverage(generated('jacoco-g-none.xml'), { workspace: WS })
    expect(report).toMatchObject({ lines_covered: 0, lines_total: 0, branches_covered: 2, branches_total: 4 })
    expect(report.warnings).toEqual([expect.stringContaining('3 source file(s) or class(es) have no line numbers (compiled without debug information: javac -g:none, or debug=false): JaCoCo\'s line figure counts none of their code (37 of 59 of their instructions covered)')])
    const noLineData: string[] = []
    const dir = await javaRepo()
    const hits = await readLineHits(generated('jacoco-g-none.xml'), { workspace: dir, format: 'jacoco', files: new Set(['src/main/java/com/acme/Main.java']), noLineData })
    expect(hits.size).toBe(0)
    expect(noLineData).toEqual(['src/main/java/com/acme/Main.java'])
  })

  it('-g:lines (no source file name): each class by its LINE counter, in its top-level class’s file', async () => {
    const dir = await javaRepo()
    const report = await readCoverageReport(generated('jacoco-g-lines.xml'), { workspace: dir, scope: { sources: ['src/main/java'] } })
    expect(report).toMatchObject({ lines_covered: 10, lines_total: 14 })
    // Order and Order$Line are one file, as in the -g:source,lines report.
    expect(report.files.map((f) => [f.file, f.lines_covered, f.lines_total])).toEqual([
      ['src/main/java/com/acme/Order.java', 6, 9],
      ['src/main/java/com/acme/Main.java', 4, 5]
    ])
    expect(report.warnings).toEqual([expect.stringContaining('3 class(es) without a source file name (compiled without -g:source: com/acme/Order, com/acme/Order$Line, com/acme/Main)')])
    // Patch coverage cannot count their changed lines: it names the file instead.
    const noLineData: string[] = []
    const hits = await readLineHits(generated('jacoco-g-lines.xml'), { workspace: dir, format: 'jacoco', files: new Set(['src/main/java/com/acme/Order.java']), noLineData })
    expect(hits.size).toBe(0)
    expect(noLineData).toEqual(['src/main/java/com/acme/Order.java'])
  })
})

describe('detection', () => {
  const head = (text: string) => detectFormatFromHead(Buffer.from(text), 'x.xml')

  it("by JaCoCo's DOCTYPE, or by its structure when the DOCTYPE was stripped", () => {
    expect(head(`${HEAD}<report name="x"></report>`)).toBe('jacoco')
    expect(head('<?xml version="1.0"?>\n<report name="x">\n  <sessioninfo id="a" start="1" dump="2"/>')).toBe('jacoco')
    expect(head('<report name="x"><package name="a">')).toBe('jacoco')
    expect(head('<report name="x"><group name="m">')).toBe('jacoco')
  })

  it('another <report> is not taken for JaCoCo', () => {
    expect(() => head('<report><title>Quarterly</title></report>')).toThrow(/root element is <report>/)
  })

  it('`format: jacoco` reads a report whatever its head', async () => {
    const dir = await tempDir()
    const path = await write(dir, 'j.xml', '<report name="r"><package name="p"><sourcefile name="A.java"><line nr="1" mi="0" ci="2"/><counter type="LINE" missed="0" covered="1"/></sourcefile></package></report>')
    expect(await parseCoverage(path, { workspace: WS, format: 'jacoco' })).toMatchObject({ format: 'jacoco', lines_covered: 1, lines_total: 1 })
  })
})

describe('the DOCTYPE', () => {
  it('its system id is never fetched, and an entity-declaring DOCTYPE is still refused', async () => {
    let requests = 0
    const server = createServer((_req, res) => {
      requests++
      res.end('<!ENTITY x "1">')
    })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    const port = (server.address() as { port: number }).port
    try {
      const dir = await tempDir()
      const body = '<report name="r"><package name="p"><sourcefile name="A.java"><line nr="1" mi="1" ci="0"/></sourcefile></package></report>'
      const fetched = await write(dir, 'a.xml', `<!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "http://127.0.0.1:${port}/report.dtd">${body}`)
      expect(await parseCoverage(fetched, { workspace: WS })).toMatchObject({ format: 'jacoco', lines_covered: 0, lines_total: 1 })
      expect(requests).toBe(0)
      const entities = await write(
        dir,
        'b.xml',
        `<!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd" [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;">]>${body}`
      )
      const error = await parseCoverage(entities, { workspace: WS }).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(ReportError)
      expect((error as Error).message).toMatch(/b\.xml: not a valid jacoco report \(line 1 column \d+\): the DOCTYPE declares entities/)
    } finally {
      server.close()
    }
  })
})

describe('what JaCoCo means', () => {
  it('a line is measured when mi + ci > 0 and covered when ci > 0; branches from mb and cb', async () => {
    const report = await parseJacoco(
      `${HEAD}<report name="r"><package name="com/x"><sourcefile name="A.java">` +
        '<line nr="3" mi="0" ci="0" mb="0" cb="0"/><line nr="4" mi="2" ci="1" mb="1" cb="1"/><line nr="5" mi="4" ci="0" mb="2" cb="0"/><line nr="6" mi="0" ci="3" mb="0" cb="0"/>' +
        '</sourcefile></package></report>',
      { file: 'r.xml', workspace: WS }
    )
    expect(report.files).toEqual([{ file: 'com/x/A.java', lines_covered: 2, lines_total: 3, branches_covered: 1, branches_total: 4 }])
  })

  it('a source file whose <line>s contradict its LINE counter: the counter is followed, with a warning naming it', async () => {
    const report = await parseJacoco(
      `${HEAD}<report name="r"><package name="p"><sourcefile name="A.java"><line nr="1" mi="1" ci="0"/><line nr="2" mi="0" ci="1"/>` +
        '<counter type="LINE" missed="0" covered="2"/></sourcefile><counter type="LINE" missed="0" covered="2"/></package><counter type="LINE" missed="0" covered="2"/></report>',
      { file: 'r.xml', workspace: WS }
    )
    expect(report).toMatchObject({ lines_covered: 2, lines_total: 2 })
    expect(report.warnings).toContainEqual(expect.stringContaining('p/A.java: LINE counter 2 of 2, <line> elements 1 of 2'))
  })

  it("a package whose LINE counter is not its source files' sum: a warning names the package", async () => {
    const report = await parseCoverage(join(corpus, 'madrapps/empty-aggregate-report.xml'), { workspace: WS })
    expect(report.warnings).toContainEqual(expect.stringContaining('package com/madrapps/math: LINE counter 5 of 7, its source files 0 of 0'))
    // JaCoCo 0.7's classes (no sourcefilename) are in their package's source files: no contradiction there.
    expect((await parseCoverage(join(corpus, 'reportgenerator/JaCoCo0.7.7.xml'), { workspace: WS })).warnings?.some((w) => w.includes('contradict'))).toBeFalsy()
  })

  it('classes compiled without line numbers: JaCoCo counts none of their lines, and a warning says how much code that is', async () => {
    const report = await parseJacoco(
      `${HEAD}<report name="r"><package name="p"><class name="p/A" sourcefilename="A.java"><counter type="INSTRUCTION" missed="7" covered="3"/></class>` +
        '<sourcefile name="A.java"><counter type="INSTRUCTION" missed="7" covered="3"/></sourcefile>' +
        '<sourcefile name="B.java"><line nr="1" mi="0" ci="1"/><counter type="LINE" missed="0" covered="1"/></sourcefile></package></report>',
      { file: 'r.xml', workspace: WS }
    )
    expect(report).toMatchObject({ lines_covered: 1, lines_total: 1 })
    expect(report.warnings).toContainEqual(expect.stringContaining('1 source file(s) or class(es) have no line numbers'))
    expect(report.warnings).toContainEqual(expect.stringContaining('(3 of 10 of their instructions covered)'))
  })

  it("a report that counts instructions and no line (madrapps' only_counter.xml) says so", async () => {
    const report = await parseCoverage(join(corpus, 'madrapps/reports/only_counter.xml'), { workspace: WS })
    expect(report).toMatchObject({ lines_covered: 0, lines_total: 0 })
    expect(report.warnings).toContainEqual(expect.stringContaining('the report counts instructions but no line: its classes have no line numbers'))
  })

  it('a class without a source file name (no -g:source) counts by its LINE counter, as JaCoCo adds it to its package', async () => {
    const report = await parseJacoco(
      `${HEAD}<report name="r"><package name="p"><class name="p/Gen"><counter type="LINE" missed="3" covered="1"/></class>` +
        '<class name="p/A" sourcefilename="A.java"><counter type="LINE" missed="0" covered="1"/></class>' +
        '<sourcefile name="A.java"><line nr="1" mi="0" ci="1"/><counter type="LINE" missed="0" covered="1"/></sourcefile>' +
        '<counter type="LINE" missed="3" covered="2"/></package><counter type="LINE" missed="3" covered="2"/></report>',
      { file: 'r.xml', workspace: WS }
    )
    expect(report).toMatchObject({ lines_covered: 2, lines_total: 5 })
    expect(report.files.map((f) => f.file).sort()).toEqual(['p/A.java', 'p/Gen'])
    expect(report.warnings).toContainEqual(expect.stringContaining('1 class(es) without a source file name'))
  })

  it('refuses what is not a count, naming the line and column', async () => {
    const error = await parseJacoco(`${HEAD}\n<report name="r"><package name="p"><sourcefile name="A.java">\n<line nr="1" mi="x" ci="0"/></sourcefile></package></report>`, {
      file: 'r.xml',
      workspace: WS
    }).catch((e: unknown) => e)
    expect((error as Error).message).toMatch(/r\.xml: not a valid jacoco report \(line 3 column 1\): <line> mi="x" is not a count/)
    const root = await parseJacoco('<coverage/>', { file: 'c.xml', workspace: WS }).catch((e: unknown) => e)
    expect((root as Error).message).toMatch(/the root element is <coverage>, not JaCoCo's <report>/)
  })
})

describe('paths: JaCoCo names files under a source root it does not name', () => {
  const REPORT = (name: string, group?: string) =>
    `${HEAD}<report name="r">${group ? `<group name="${group}">` : ''}<package name="com/acme"><sourcefile name="${name}"><line nr="1" mi="1" ci="0"/><line nr="2" mi="0" ci="5"/>` +
    `<counter type="LINE" missed="1" covered="1"/></sourcefile></package>${group ? '</group>' : ''}<counter type="LINE" missed="1" covered="1"/></report>`

  async function gitRepo(files: Record<string, string>): Promise<string> {
    const dir = await tempDir()
    for (const [p, t] of Object.entries(files)) await write(dir, p, t)
    execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir })
    execFileSync('git', ['add', '-A'], { cwd: dir })
    return dir
  }

  it("are found among git's tracked files, under the component's source paths", async () => {
    const dir = await gitRepo({ 'app/src/main/java/com/acme/Order.java': 'class Order {}\n', 'README.md': 'x\n' })
    const path = await write(dir, 'app/target/site/jacoco/jacoco.xml', REPORT('Order.java'))
    const report = await readCoverageReport(path, { workspace: dir, scope: { sources: ['app/src/main/java'] } })
    expect(report).toMatchObject({ format: 'jacoco', lines_covered: 1, lines_total: 2 })
    expect(report.files.map((f) => f.file)).toEqual(['app/src/main/java/com/acme/Order.java'])
    expect(report.left_out).toBeUndefined()
  })

  it('two modules with the same class: told apart by the component paths, then by the aggregate report’s <group>', async () => {
    const dir = await gitRepo({ 'billing/src/main/java/com/acme/Util.java': 'a\n', 'shipping/src/main/java/com/acme/Util.java': 'b\n' })
    const path = await write(dir, 'jacoco.xml', REPORT('Util.java'))
    const byScope = await readCoverageReport(path, { workspace: dir, scope: { sources: ['shipping/src/main/java'] } })
    expect(byScope.files.map((f) => f.file)).toEqual(['shipping/src/main/java/com/acme/Util.java'])
    const grouped = await write(dir, 'aggregate.xml', REPORT('Util.java', 'billing'))
    const byGroup = await readCoverageReport(grouped, { workspace: dir })
    expect(byGroup.files.map((f) => f.file)).toEqual(['billing/src/main/java/com/acme/Util.java'])
    // Neither tells: no file is chosen, and the warning names both.
    const ambiguous = await readCoverageReport(path, { workspace: dir })
    expect(ambiguous.files.map((f) => f.file)).toEqual(['com/acme/Util.java'])
    expect(ambiguous.warnings).toContainEqual(expect.stringContaining('match several files in the workspace (com/acme/Util.java (billing/src/main/java/com/acme/Util.java, shipping/src/main/java/com/acme/Util.java))'))
  })

  it('a file no tracked file matches is named, and the component paths leave it out', async () => {
    const dir = await gitRepo({ 'src/main/java/com/acme/Order.java': 'x\n' })
    const path = await write(dir, 'jacoco.xml', REPORT('Generated.java'))
    const report = await readCoverageReport(path, { workspace: dir, scope: { sources: ['src/main/java'] } })
    expect(report.lines_total).toBe(0)
    expect(report.left_out).toMatchObject({ outside_component: 1, examples: ['com/acme/Generated.java'] })
    expect(report.warnings).toContainEqual(expect.stringContaining('1 source file(s) matched no file git tracks in the workspace (com/acme/Generated.java)'))
  })

  it('a hostile name that climbs out of the workspace stays outside it', async () => {
    const dir = await gitRepo({ 'src/A.java': 'x\n' })
    const path = await write(dir, 'jacoco.xml', REPORT('../../../../etc/passwd'))
    const report = await readCoverageReport(path, { workspace: dir })
    expect(report.lines_total).toBe(0)
    expect(report.left_out).toMatchObject({ outside_workspace: 1 })
    // Not even by its file name, which a Kotlin file is otherwise found by.
    const kotlin = await gitRepo({ 'src/main/kotlin/Secret.kt': 'x\n' })
    const climbing = await write(kotlin, 'jacoco.xml', REPORT('../../../../etc/Secret.kt'))
    const read = await readCoverageReport(climbing, { workspace: kotlin })
    expect(read.lines_total).toBe(0)
    expect(read.left_out).toMatchObject({ outside_workspace: 1 })
  })

  it('the per-line reader finds the same file for patch coverage', async () => {
    const dir = await tempDir()
    const path = await write(dir, 'jacoco.xml', REPORT('Order.java'))
    const hits = await readLineHits(path, { workspace: dir, format: 'jacoco', files: new Set(['app/src/main/java/com/acme/Order.java', 'other/Order.java']) })
    expect([...hits.keys()]).toEqual(['app/src/main/java/com/acme/Order.java'])
    expect([...hits.get('app/src/main/java/com/acme/Order.java')!]).toEqual([
      [1, 0],
      [2, 5]
    ])
  })

  it('the per-line reader names a changed file listed without line data', async () => {
    const dir = await tempDir()
    const path = await write(dir, 'jacoco.xml', `${HEAD}<report name="r"><package name="p"><sourcefile name="A.java"><counter type="INSTRUCTION" missed="1" covered="0"/></sourcefile></package></report>`)
    const noLineData: string[] = []
    const hits = await readLineHits(path, { workspace: dir, format: 'jacoco', files: new Set(['src/p/A.java']), noLineData })
    expect(hits.size).toBe(0)
    expect(noLineData).toEqual(['src/p/A.java'])
  })

  it("a Kotlin file outside its package's directories is the one tracked file of its name; a Java file is not", () => {
    const index = new SourceIndex(['app/src/main/kotlin/Math.kt', 'app/src/main/java/Order.java', 'lib/Util.kt', 'app/src/main/kotlin/x/Util.kt'], ['app/src/main/kotlin'])
    expect(index.resolve('com/acme/math/Math.kt', [])).toEqual({ file: 'app/src/main/kotlin/Math.kt' })
    expect(index.resolve('com/acme/Order.java', [])).toBeUndefined()
    // Two of that name, one in the component's paths: that one.
    expect(index.resolve('com/acme/Util.kt', [])).toEqual({ file: 'app/src/main/kotlin/x/Util.kt' })
    expect(new SourceIndex(['a/Util.kt', 'b/Util.kt']).resolve('com/acme/Util.kt', [])).toEqual({ ambiguous: ['a/Util.kt', 'b/Util.kt'] })
  })

  it('SourceIndex matches whole path segments only', () => {
    const index = new SourceIndex(['src/main/java/com/acme/Order.java', 'src/main/java/xcom/acme/Order.java'])
    expect(index.resolve('com/acme/Order.java', [])).toEqual({ file: 'src/main/java/com/acme/Order.java' })
    expect(index.resolve('acme/Order.java', [])).toEqual({ ambiguous: ['src/main/java/com/acme/Order.java', 'src/main/java/xcom/acme/Order.java'] })
  })
})
