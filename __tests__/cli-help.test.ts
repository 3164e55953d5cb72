/**
 * The CLI's help as a user meets it: `--help` after any command prints that command's usage and exits 0, and
 * README.md's *CLI* block lists exactly the usage lines `spec-to-production --help` prints.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { USAGE_LINES } from '../src/cli/usage.js'
import { ROOT, runCli } from './helpers/workspace.js'

const COMMANDS = ['init', 'config', 'validate-instructions', 'dashboard', 'tests', 'context', 'plan', 'aggregate']

describe('CLI help', () => {
  it("README.md's CLI block is the usage --help prints", async () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
    const block = /^## CLI\n\n```\n([\s\S]*?)```/m.exec(readme)
    expect(block).not.toBeNull()
    expect(block![1].trimEnd().split('\n')).toEqual(USAGE_LINES)
    const help = await runCli(tmpdir(), ['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain(`Usage:\n${USAGE_LINES.map((l) => `  ${l}`).join('\n')}\n`)
  })

  it('every command lists in the usage, and answers --help and -h with its usage, exit status 0', async () => {
    for (const command of COMMANDS) expect(USAGE_LINES.some((l) => l.startsWith(`spec-to-production ${command} `))).toBe(true)
    for (const command of COMMANDS) {
      for (const flag of ['--help', '-h']) {
        const run = await runCli(tmpdir(), [command, flag])
        expect({ command, flag, code: run.code, stderr: run.stderr }).toEqual({ command, flag, code: 0, stderr: '' })
        expect(run.stdout).toMatch(new RegExp(`^Usage:\\s+spec-to-production ${command} `))
      }
    }
  })

  it('a --help after -- is a word for the command, not a request for help', async () => {
    const run = await runCli(tmpdir(), ['validate-instructions', '--', '--help'])
    expect(run.stdout).not.toContain('Usage:')
  })
})
