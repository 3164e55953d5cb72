import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseTscText } from '../../src/reports/findings/tsc.js'
import { fixture, TS_WORKSPACE } from './fixture.js'
import { ROOT } from '../helpers/workspace.js'

const options = { file: 'tsc.txt', workspace: TS_WORKSPACE }
const parse = (name: string) => parseTscText(fixture(`tsc/${name}`), options)

describe('tsc text (real tsc 6.0.3 output)', () => {
  it('--pretty false: 6 errors, as the --pretty run of the same project printed "Found 6 errors in 3 files."', () => {
    const report = parse('tsc.txt')
    expect(report.counts).toEqual({ error: 6, warning: 0, notice: 0 })
    expect(report).toMatchObject({ format: 'tsc-text', tool: 'tsc' })
    expect(report.fixable).toBeUndefined()
    expect(report.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.rule}`)).toEqual([
      'src/config.ts:6:25 TS2345',
      'src/config.ts:8:36 TS2554',
      'src/greeter.ts:12:9 TS2322',
      'src/greeter.ts:13:28 TS2551',
      'src/greeter.ts:17:3 TS2322',
      'src/store.ts:7:37 TS2322'
    ])
  })

  it('appends continuation lines to the message', () => {
    expect(parse('tsc.txt').findings[0]).toEqual({
      tool: 'tsc',
      rule: 'TS2345',
      severity: 'error',
      file: 'src/config.ts',
      line: 6,
      column: 25,
      message:
        "Argument of type '{ name: string; }' is not assignable to parameter of type 'Greeting'.\n" +
        "Property 'times' is missing in type '{ name: string; }' but required in type 'Greeting'."
    })
  })

  it('--pretty: the same findings as --pretty false, and "Found 6 errors in 3 files." agrees', () => {
    const pretty = parse('tsc-pretty.txt')
    expect(pretty.counts).toEqual({ error: 6, warning: 0, notice: 0 })
    expect(pretty.findings).toEqual(parse('tsc.txt').findings)
  })

  it('--pretty: "Found 1 error in src/store.ts:7" and "Found 3 errors in the same file, …"', () => {
    expect(parse('tsc-pretty-one-file.txt').counts.error).toBe(1)
    const same = parse('tsc-pretty-same-file.txt')
    expect(same.counts.error).toBe(3)
    expect(new Set(same.findings.map((f) => f.file))).toEqual(new Set(['src/greeter.ts']))
  })

  it('an error without a file has an empty file', () => {
    expect(parse('tsc-no-file.txt').findings).toEqual([
      { tool: 'tsc', rule: 'TS5058', severity: 'error', file: '', message: "The specified path does not exist: 'tsconfig.missing.json'." }
    ])
  })

  it('configuration errors in tsconfig.json are findings on that file', () => {
    const report = parse('tsc-config-error.txt')
    expect(report.counts.error).toBe(2)
    expect(report.findings[1]).toMatchObject({ file: 'tsconfig.bad.json', line: 1, column: 54, rule: 'TS5023' })
  })

  it('an empty output is a clean run; npm banner lines are not tsc output but do no harm', () => {
    expect(parseTscText('', options).counts).toEqual({ error: 0, warning: 0, notice: 0 })
    expect(parseTscText('\n> app@1.0.0 typecheck\n> tsc --noEmit\n\n', options).findings).toEqual([])
  })

  it('refuses output that is not tsc output at all', () => {
    expect(() => parseTscText('This is not the tsc command you are looking for\n', options)).toThrow(
      'tsc.txt: not a valid tsc-text report (line 1): no tsc diagnostic'
    )
  })

  it('refuses output whose "Found N errors" line disagrees with the diagnostics (cut or mangled)', () => {
    const text = fixture('tsc/tsc-pretty.txt')
    // Cut before the second diagnostic: five remain above the summary.
    const cut = text.slice(text.indexOf('\n\u001b[96msrc/config.ts\u001b[0m:\u001b[93m8'))
    expect(() => parseTscText(cut, options)).toThrow(/\(line \d+\): tsc says 6 errors but 5 error diagnostics were found/)
  })

  it('handles CRLF line ends, a Windows path and warnings or messages', () => {
    const text =
      'C:\\work\\app\\src\\a.ts(3,5): error TS2322: Type mismatch.\r\n  Details here.\r\n' +
      'src/b.ts(1,1): warning TS6133: Unused.\r\nsrc/c.ts(2,2): message TS6194: Note.\r\n'
    const report = parseTscText(text, { file: 'tsc.txt', workspace: 'C:\\work\\app' })
    expect(report.counts).toEqual({ error: 1, warning: 1, notice: 1 })
    expect(report.findings[0]).toMatchObject({ file: 'src/a.ts', message: 'Type mismatch.\nDetails here.' })
  })

  it('a quoted diagnostic inside a --pretty code frame is not a diagnostic', () => {
    const text =
      "src/a.ts:1:7 - error TS2322: Type 'string' is not assignable to type 'number'.\n\n" +
      "1 const x: number = 'b.ts:2:3 - error TS1: fake'\n        ~\n\n\nFound 1 error in src/a.ts:1\n"
    expect(parseTscText(text, options).counts.error).toBe(1)
  })
})

// The preset runs tsc with --listFiles: after its diagnostics tsc prints every file of the program it checked, which
// the type_checking gate reads to name the component's files outside the project (before, a second tsc process with
// --listFilesOnly: a quarter of the check's time again). The real tsc of this repository, on a small project.
describe('tsc --listFiles (real tsc)', () => {
  const tsc = join(ROOT, 'node_modules/typescript/bin/tsc')
  const project = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 's2p-tsc-list-'))
    mkdirSync(join(dir, 'src'))
    writeFileSync(join(dir, 'tsconfig.json'), '{ "compilerOptions": { "strict": true, "noEmit": true }, "files": ["src/in.ts"] }\n')
    writeFileSync(join(dir, 'src/in.ts'), "import { used } from './used'\nexport const n: number = used\nexport const bad: string = 1\n")
    writeFileSync(join(dir, 'src/used.ts'), "export const used = 1\nexport const worse: number = 'x'\n")
    writeFileSync(join(dir, 'src/out.ts'), "export const s: number = 'not checked'\n")
    return dir
  }
  const run = (dir: string, ...args: string[]): string => {
    return spawnSync(process.execPath, [tsc, ...args], { cwd: dir, encoding: 'utf8' }).stdout
  }
  const shown = (text: string, dir: string) => parseTscText(text, { file: 'tsc.txt', workspace: dir })

  it.each([[['--pretty', 'false']], [['--pretty']]])('with %p: the same findings as without --listFiles, and the files --listFilesOnly lists', (pretty) => {
    const dir = project()
    try {
      const plain = shown(run(dir, '--noEmit', ...pretty, '-p', 'tsconfig.json'), dir)
      const listed = shown(run(dir, '--noEmit', ...pretty, '--listFiles', '-p', 'tsconfig.json'), dir)
      expect(plain.counts).toEqual({ error: 2, warning: 0, notice: 0 })
      expect(plain.program_files).toBeUndefined()
      const { program_files: files, ...findings } = listed
      expect(findings).toEqual(plain)
      expect(files).toEqual(expect.arrayContaining([join(dir, 'src/in.ts'), join(dir, 'src/used.ts')]))
      expect(files).not.toContain(join(dir, 'src/out.ts'))
      if (pretty.length > 1) {
        expect(files).toEqual(run(dir, '--listFilesOnly', '-p', 'tsconfig.json').split('\n').filter(Boolean))
        // A clean run prints only the listing: a clean report, not "is this tsc output?".
        writeFileSync(join(dir, 'src/in.ts'), "import { used } from './used'\nexport const n: number = used\n")
        writeFileSync(join(dir, 'src/used.ts'), 'export const used = 1\n')
        const clean = shown(run(dir, '--noEmit', ...pretty, '--listFiles', '-p', 'tsconfig.json'), dir)
        expect(clean.counts).toEqual({ error: 0, warning: 0, notice: 0 })
        expect(clean.program_files).toEqual(files)
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 120_000)

  it('relative or foreign lines are still not tsc output', () => {
    expect(() => parseTscText('src/a.ts\nsrc/b.ts\n', options)).toThrow(/no tsc diagnostic/)
    expect(() => parseTscText('/etc/passwd\n', options)).toThrow(/no tsc diagnostic/)
  })
})
