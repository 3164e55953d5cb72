/** uncheckedComponent: whether a tool that lists the files it checked looked at any of the component's. */
import { expect, test } from '@jest/globals'
import { uncheckedComponent } from '../../src/gates/tools.js'
import { parseFindings } from '../../src/reports/findings/index.js'

const eslint = (...files: string[]) =>
  parseFindings(JSON.stringify(files.map((filePath) => ({ filePath, messages: [], errorCount: 0, warningCount: 0 }))), { file: 'e.json', workspace: '/ws', format: 'eslint-json' })

test('a report listing no file, or none in the component, says why; one listing a component file, or not listing files, does not', () => {
  expect(uncheckedComponent(eslint(), 'linted', ['src/app'])).toBe('eslint checked no file (its report lists none): nothing was linted')
  expect(uncheckedComponent(eslint(), 'linted', undefined)).toBe('eslint checked no file (its report lists none): nothing was linted')
  expect(uncheckedComponent(eslint('/ws/lib/x.js', '/ws/src/application/y.js', '/ws/src/z.js', '/ws/w.js'), 'linted', ['src/app'])).toBe(
    "none of the 4 file(s) eslint checked (lib/x.js, src/application/y.js, src/z.js, …) is in the component's source path src/app: the component's code was not linted"
  )
  expect(uncheckedComponent(eslint('/ws/lib/x.js', '/ws/src/app/a.js'), 'linted', ['src/app'])).toBeNull()
  expect(uncheckedComponent(eslint('/ws/lib/x.js'), 'linted', ['.'])).toBeNull()
  // The component's paths unknown: only "no file at all" is caught.
  expect(uncheckedComponent(eslint('/ws/lib/x.js'), 'linted', undefined)).toBeNull()
  // ruff lists only its diagnostics: [] is a clean run, not "nothing checked".
  const ruff = parseFindings('[]', { file: 'r.json', workspace: '/ws', format: 'ruff-json' })
  expect(ruff.checked_files).toBeUndefined()
  expect(uncheckedComponent(ruff, 'linted', ['src/app'])).toBeNull()
})

test('pylint json2 that linted 0 modules checked nothing; one that linted some is not judged by file', () => {
  const json2 = (modules: number) =>
    parseFindings(JSON.stringify({ messages: [], statistics: { messageTypeCount: {}, modulesLinted: modules, score: 10 } }), { file: 'p.json', workspace: '/ws', format: 'pylint-json' })
  expect(json2(0).checked_count).toBe(0)
  expect(uncheckedComponent(json2(0), 'linted', ['src/app'])).toBe('pylint checked no file (its report says it checked 0): nothing was linted')
  expect(uncheckedComponent(json2(3), 'linted', ['src/app'])).toBeNull()
})

test('bandit lists the files it scanned in its metrics, beside _totals', () => {
  const bandit = (metrics: object) => parseFindings(JSON.stringify({ results: [], errors: [], metrics }), { file: 'b.json', workspace: '/ws', format: 'bandit-json' })
  expect(bandit({ _totals: { loc: 0 } }).checked_files).toEqual([])
  expect(bandit({ _totals: { loc: 3 }, 'src/app/a.py': { loc: 3 } }).checked_files).toEqual(['src/app/a.py'])
  expect(uncheckedComponent(bandit({ _totals: { loc: 3 }, 'lib/x.py': { loc: 3 } }), 'scanned for vulnerabilities', ['src/app'])).toBe(
    "none of the 1 file(s) bandit checked (lib/x.py) is in the component's source path src/app: the component's code was not scanned for vulnerabilities"
  )
})
