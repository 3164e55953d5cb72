import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runCommand } from '../../src/exec/run.js'

// Plain word lists run without bash in between; everything the command sees must be what `bash -c` gave it.
let dir: string
let work: string
let spy: string
let log: string
let PATH: string

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 's2p-direct-'))
  work = join(dir, 'work')
  mkdirSync(work)
  symlinkSync(work, join(dir, 'link'))
  // A bash that records each start, first on PATH, so the runner picks it.
  spy = join(dir, 'bin')
  mkdirSync(spy)
  log = join(dir, 'bash-starts')
  const bash = spawnSync('bash', ['-c', 'command -v bash'], { encoding: 'utf8' }).stdout.trim()
  writeFileSync(join(spy, 'bash'), `#!${bash}\necho "$*" >> ${JSON.stringify(log)}\nexec ${bash} "$@"\n`)
  chmodSync(join(spy, 'bash'), 0o755)
  writeFileSync(join(work, 'no-shebang'), 'echo "script run by bash: $#"\n')
  chmodSync(join(work, 'no-shebang'), 0o755)
  writeFileSync(join(work, 'not-executable'), 'echo hi\n')
  PATH = `${spy}:${work}:${process.env.PATH}`
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

function bashStarts(): string[] {
  if (!existsSync(log)) return []
  const lines = readFileSync(log, 'utf8').split('\n').filter(Boolean)
  rmSync(log)
  return lines
}

/** The environment `bash -c env` gives, as sorted lines, for comparison. */
function viaBash(env: NodeJS.ProcessEnv, cwd: string): string[] {
  const out = spawnSync(join(spy, 'bash'), ['-c', 'env'], { cwd, env, encoding: 'utf8' }).stdout
  bashStarts()
  return out.split('\n').filter(Boolean).sort()
}

describe('commands that are plain words', () => {
  it('run without starting bash, with the environment bash would have given them', async () => {
    const cases: Array<[Record<string, string>, string]> = [
      [{}, work],
      [{ PWD: join(dir, 'link'), OLDPWD: dir, SHLVL: '5' }, join(dir, 'link')],
      [{ PWD: '/nonexistent', OLDPWD: '/nonexistent', SHLVL: '007' }, join(dir, 'link')],
      [{ PWD: work, _: 'x' }, work]
    ]
    for (const [extra, cwd] of cases) {
      const base: Record<string, string> = { PATH, HOME: dir, ...extra }
      const result = await runCommand('env', { cwd, env: base })
      expect(bashStarts()).toEqual([])
      // runCommand merges over process.env: compare against bash given the same merged environment.
      const expected = viaBash({ ...process.env, ...base }, cwd)
      expect(result.exitCode).toBe(0)
      expect(result.tail.split('\n').filter(Boolean).sort()).toEqual(expected)
    }
  })

  it('keep arguments, exit codes and argv[0]', async () => {
    const r = await runCommand('sh -c exit\\ 3', { cwd: work, env: { PATH } })
    expect(bashStarts()).toHaveLength(1) // a backslash is shell syntax
    expect(r.exitCode).toBe(3)
    const e = await runCommand('expr x=1 = 2', { cwd: work, env: { PATH } })
    expect(bashStarts()).toEqual([])
    expect(e).toMatchObject({ exitCode: 1, tail: '0\n' })
    await runCommand('false', { cwd: work, env: { PATH } })
    expect(bashStarts()).toEqual(['-o pipefail -c false']) // a builtin
    const p = await runCommand('printenv _ PWD', { cwd: work, env: { PATH } })
    expect(bashStarts()).toEqual([])
    expect(p).toMatchObject({ exitCode: 0, tail: `${spawnSync('bash', ['-c', 'command -v printenv'], { encoding: 'utf8' }).stdout.trim()}\n${work}\n` })
    const argv = await runCommand('cat /proc/self/cmdline', { cwd: work, env: { PATH } })
    expect(bashStarts()).toEqual([])
    expect(argv.tail).toBe('cat\0/proc/self/cmdline\0')
  })
})

describe('everything else still goes through bash', () => {
  it('shell syntax, builtins and keywords', async () => {
    for (const command of ['echo $HOME', 'echo "a"', 'ls *', 'true && true', 'x=1 env', 'cd /', 'echo hi', 'env > /dev/null', '~/x', 'env # c']) {
      await runCommand(command, { cwd: work, env: { PATH } })
      expect(bashStarts()).toEqual([`-o pipefail -c ${command}`])
    }
  })

  it('an environment that changes what bash does', async () => {
    for (const env of [{ BASH_ENV: join(work, 'none') }, { SHELLOPTS: 'xtrace' }, { 'BASH_FUNC_env%%': '() { echo fn; }' }, { SHLVL: 'abc' }] as Array<Record<string, string>>) {
      await runCommand('env', { cwd: work, env: { PATH, ...env } })
      expect(bashStarts()).toEqual(['-o pipefail -c env'])
    }
  })

  it('commands bash must report on or run itself: missing, not executable, a script without #!', async () => {
    const missing = await runCommand('no-such-command-s2p', { cwd: work, env: { PATH } })
    expect(bashStarts()).toEqual(['-o pipefail -c no-such-command-s2p'])
    expect(missing.exitCode).toBe(127)
    expect(missing.tail).toMatch(/no-such-command-s2p: command not found/)
    const denied = await runCommand('./not-executable', { cwd: work, env: { PATH } })
    expect(bashStarts()).toEqual(['-o pipefail -c ./not-executable'])
    expect(denied.exitCode).toBe(126)
    const script = await runCommand('no-shebang a b', { cwd: work, env: { PATH } })
    expect(bashStarts()).toEqual(['-o pipefail -c no-shebang a b'])
    expect(script).toMatchObject({ exitCode: 0, tail: 'script run by bash: 2\n' })
  })
})
