/**
 * Report paths that are not regular files: a FIFO (opening it for reading would wait for a writer forever), a
 * character device (/dev/zero never ends) and a directory. Every reader refuses them at once, naming the path and
 * what it is, whatever the format.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseCoverage } from '../../src/reports/coverage.js'
import { readFindingsFile } from '../../src/reports/findings/index.js'
import { secretValuesIn } from '../../src/reports/findings/secret-values.js'
import { parseJUnitFile } from '../../src/reports/junit.js'

let dir: string
let fifo: string
let folder: string

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 's2p-not-regular-'))
  fifo = join(dir, 'report.fifo')
  execFileSync('mkfifo', [fifo])
  folder = join(dir, 'report.dir')
  await mkdir(folder)
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

const readers: Array<[string, (path: string) => Promise<unknown>]> = [
  ['JUnit', (path) => parseJUnitFile(path, { workspace: dir })],
  ['coverage, format detected', (path) => parseCoverage(path, { workspace: dir })],
  ['lcov', (path) => parseCoverage(path, { workspace: dir, format: 'lcov' })],
  ['coverage.py JSON', (path) => parseCoverage(path, { workspace: dir, format: 'coverage.py-json' })],
  ['Cobertura', (path) => parseCoverage(path, { workspace: dir, format: 'cobertura' })],
  ['eslint JSON', (path) => readFindingsFile(path, { format: 'eslint-json', workspace: dir })]
]

describe.each(readers)('%s reader', (_name, read) => {
  test('refuses a FIFO at once', async () => {
    await expect(read(fifo)).rejects.toThrow(/a FIFO \(named pipe\), not a regular file: not read/)
  }, 10_000)
  test('refuses /dev/zero', async () => {
    await expect(read('/dev/zero')).rejects.toThrow(/a character device, not a regular file: not read/)
  }, 10_000)
  test('refuses a directory', async () => {
    await expect(read(folder)).rejects.toThrow(/a directory, not a regular file: not read/)
  }, 10_000)
})

describe('the secret values read back from a scan report', () => {
  // Read again for redaction, and read alone for a scan whose half is off (quality_gates.security.secrets: false, its
  // report never parsed): a security command that left a FIFO there held the run in the refactoring stage for good,
  // SIGTERM's partial report never written.
  test('are none, at once, for a FIFO, /dev/zero and a directory', async () => {
    for (const path of [fifo, '/dev/zero', folder]) await expect(secretValuesIn(path)).resolves.toEqual([])
  }, 10_000)
})
