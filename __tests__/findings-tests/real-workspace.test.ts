/**
 * A workspace reached through a symbolic link (`--workspace /tmp/w` where /tmp is a link, macOS's /tmp → /private/tmp):
 * the tools print real paths, since the kernel resolves their working directory. Read against the link only, their
 * findings lay outside the workspace: --only-changed found none of them on the changed lines and passed the linting
 * gate with "0 issues" on a change that added one.
 */
import { afterAll, expect, test } from '@jest/globals'
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { onChangedLines } from '../../src/engine/changed.js'
import { parseFindings } from '../../src/reports/findings/index.js'

const base = realpathSync(mkdtempSync(join(tmpdir(), 's2p-realws-')))
afterAll(() => rmSync(base, { recursive: true, force: true }))

test("findings printed with the real path are the workspace's files, and on the changed lines they are judged", () => {
  const real = join(base, 'real')
  const link = join(base, 'link')
  mkdirSync(real)
  symlinkSync(real, link, 'dir')
  const eslint = JSON.stringify([
    { filePath: join(real, 'src/app/a.js'), messages: [{ ruleId: 'prefer-const', severity: 2, message: 'use const', line: 1, column: 5 }], errorCount: 1, warningCount: 0 }
  ])
  const report = parseFindings(eslint, { file: 'eslint.json', workspace: link, format: 'eslint-json' })
  expect(report.findings[0].file).toBe('src/app/a.js')
  expect(report.checked_files).toEqual(['src/app/a.js'])
  expect(onChangedLines(report, new Map([['src/app/a.js', new Set([1])]])).counts.error).toBe(1)
  // Printed with the link's path, the same; a path outside both stays as printed.
  expect(parseFindings(eslint.replaceAll(real, link), { file: 'e.json', workspace: link, format: 'eslint-json' }).findings[0].file).toBe('src/app/a.js')
  const outside = parseFindings(JSON.stringify([{ filePath: '/elsewhere/x.js', messages: [], errorCount: 0, warningCount: 0 }]), { file: 'e.json', workspace: link, format: 'eslint-json' })
  expect(outside.checked_files).toEqual(['/elsewhere/x.js'])
})
