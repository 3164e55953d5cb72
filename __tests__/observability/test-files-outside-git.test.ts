/**
 * Outside a git repository the test files' content hashes are git's blob ids computed from the files themselves:
 * equal to `git hash-object`'s, a link by its target path (as git stores it, never followed), and no hash for what
 * is missing or is no regular file (a FIFO is never opened for reading, which would block).
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from '@jest/globals'
import { resolveTestFiles, TestCaseCollector } from '../../src/observability/test-run.js'

describe('resolveTestFiles outside git', () => {
  test('blob ids as git computes them; links by their target; nothing for a FIFO or a missing file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 's2p-nogit-'))
    mkdirSync(join(dir, 'tests'))
    writeFileSync(join(dir, 'tests/test_a.py'), 'def test_a():\n    assert True\n')
    symlinkSync('/dev/zero', join(dir, 'tests/test_link.py'))
    execFileSync('mkfifo', [join(dir, 'tests/test_fifo.py')])
    const collector = new TestCaseCollector()
    for (const file of ['tests/test_a.py', 'tests/test_link.py', 'tests/test_fifo.py', 'tests/test_gone.py']) {
      collector.onCase({ id: `${file}::t`, file, outcome: 'passed', flaky: false, rerun: false })
    }
    const { hashes, warning } = await resolveTestFiles(dir, collector, Promise.resolve(null))
    expect(warning).toBeUndefined()
    const hashObject = (args: string[], input?: string) => execFileSync('git', ['hash-object', ...args], { cwd: dir, input, encoding: 'utf8' }).trim()
    expect(Object.fromEntries(hashes)).toEqual({
      'tests/test_a.py': hashObject(['tests/test_a.py']),
      'tests/test_link.py': hashObject(['--stdin'], '/dev/zero')
    })
  })
})
