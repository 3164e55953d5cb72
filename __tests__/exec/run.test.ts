import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runCommand } from '../../src/exec/run.js'
import type { CommandOptions } from '../../src/exec/types.js'

let dir: string
/** Pids started by the tests, killed at the end whatever happened. */
const started: number[] = []

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 's2p-exec-'))
})

afterAll(() => {
  for (const pid of started) {
    try {
      process.kill(pid, 'SIGKILL')
    } catch {
      // already gone
    }
  }
  rmSync(dir, { recursive: true, force: true })
})

function opts(extra: Partial<CommandOptions> = {}): CommandOptions {
  return { cwd: dir, ...extra }
}

let fileCounter = 0
function pidFile(): string {
  return join(dir, `pids-${++fileCounter}`)
}

function readPids(file: string): number[] {
  const pids = readFileSync(file, 'utf8').split(/\s+/).filter(Boolean).map(Number)
  started.push(...pids)
  return pids
}

/** Linux process state from /proc ('Z' = zombie), undefined when not readable. */
function procState(pid: number): { state: string; pgrp: number } | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ')
    return { state: fields[0], pgrp: Number(fields[2]) }
  } catch {
    return undefined
  }
}

/** True while `pid` exists and is not a zombie (a dead orphan that a non-init PID 1 never reaps). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0)
  } catch (err) {
    expect((err as NodeJS.ErrnoException).code).toBe('ESRCH')
    return false
  }
  const stat = procState(pid)
  return stat === undefined ? process.platform !== 'linux' : stat.state !== 'Z'
}

/**
 * No process of the group runs: kill(-pgid, 0) fails with ESRCH, or (Linux, when PID 1 does not reap orphans,
 * as in containers without an init) every member left is a zombie.
 */
function groupGone(pgid: number): boolean {
  try {
    process.kill(-pgid, 0)
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH'
  }
  if (process.platform !== 'linux') return false
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    const stat = procState(Number(name))
    if (stat && stat.pgrp === pgid && stat.state !== 'Z') return false
  }
  return true
}

describe('runCommand', () => {
  it('reports exit codes and runs bash', async () => {
    const ok = await runCommand('echo "bash:${BASH_VERSION:+yes}"', opts())
    expect(ok).toMatchObject({ exitCode: 0, signal: null, timedOut: false, cancelled: false, tail: 'bash:yes\n' })
    expect(ok.spawnError).toBeUndefined()
    expect(ok.command).toBe('echo "bash:${BASH_VERSION:+yes}"')
    expect(ok.durationMs).toBeGreaterThan(0)

    const failed = await runCommand('echo out; echo err >&2; exit 3', opts())
    expect(failed.exitCode).toBe(3)
    expect(failed.signal).toBeNull()
    expect(failed.outputBytes).toBe(8)
  })

  it('fails a pipeline when any of its commands fails (pipefail), as a crashed tool piped into tee', async () => {
    // `tsc | tee report` took tee's status: a type checker that crashed with an empty report passed as 0 errors.
    const crashed = await runCommand(`node -e "process.exit(2)" | tee ${join(dir, 'piped.txt')}`, opts())
    expect(crashed.exitCode).toBe(2)
    expect((await runCommand('true | cat', opts())).exitCode).toBe(0)
    // As under GitHub's `shell: bash`: a producer stopped by SIGPIPE fails the pipeline, and says so (128 + 13).
    expect((await runCommand('yes | head -1', opts())).exitCode).toBe(141)
  })

  it('falls back to /bin/sh when bash is not on PATH', async () => {
    const result = await runCommand('echo fallback', opts({ env: { PATH: join(dir, 'no-such-dir') } }))
    expect(result.exitCode).toBe(0)
    expect(result.tail).toBe('fallback\n')
  })

  it('streams lines in order across chunk boundaries, per stream', async () => {
    const lines: string[] = []
    const result = await runCommand(
      "printf 'a\\nb'; sleep 0.05; printf 'c\\r\\nd\\n'; sleep 0.05; printf 'e\\n' >&2; sleep 0.05; printf 'last'",
      opts({ onLine: (line, stream) => lines.push(`${stream}:${line}`) })
    )
    expect(result.exitCode).toBe(0)
    expect(lines).toEqual(['stdout:a', 'stdout:bc', 'stdout:d', 'stderr:e', 'stdout:last'])
    expect(result.tail).toBe('a\nbc\r\nd\ne\nlast')
  })

  it('decodes UTF-8 characters split across chunks', async () => {
    const lines: string[] = []
    // € = e2 82 ac, 😀 = f0 9f 98 80 (octal escapes: portable printf)
    const result = await runCommand(
      "printf 'x\\342\\202'; sleep 0.1; printf '\\254y\\n\\360\\237'; sleep 0.1; printf '\\230\\200\\n'",
      opts({ onLine: (line) => lines.push(line) })
    )
    expect(lines).toEqual(['x€y', '😀'])
    expect(result.tail).toBe('x€y\n😀\n')
    expect(result.outputBytes).toBe(11)
  })

  it('keeps a bounded tail of a large output while counting every byte', async () => {
    // With pipefail, yes stopped by SIGPIPE once head has its bytes would make the pipeline 141.
    const result = await runCommand('(yes || true) | head -c 50000000', opts())
    expect(result.exitCode).toBe(0)
    expect(result.outputBytes).toBe(50_000_000)
    expect(Buffer.byteLength(result.tail)).toBe(65536)
    expect(result.tail.endsWith('y\ny\n')).toBe(true)

    const small = await runCommand('seq 1 1000', opts({ tailBytes: 10 }))
    expect(small.tail).toBe('\n999\n1000\n')
  })

  it('passes a huge line without newline on in bounded pieces', async () => {
    const pieces: string[] = []
    const result = await runCommand("head -c 300000 /dev/zero | tr '\\0' x", opts({ onLine: (line) => pieces.push(line) }))
    expect(result.outputBytes).toBe(300_000)
    expect(pieces.length).toBeGreaterThan(1)
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThanOrEqual(64 * 1024)
    expect(pieces.join('')).toBe('x'.repeat(300_000))
  })

  it('kills the whole tree (children and grandchildren) at the timeout', async () => {
    const file = pidFile()
    const result = await runCommand(
      `echo $$ > ${file}; sleep 300 & echo $! >> ${file}; sleep 300 & echo $! >> ${file}; wait`,
      opts({ timeoutMs: 500, killGraceMs: 300 })
    )
    expect(result).toMatchObject({ timedOut: true, cancelled: false, exitCode: null, signal: 'SIGTERM' })
    expect(result.durationMs).toBeGreaterThanOrEqual(450)
    // Far below the 300 s the tree would otherwise run: it was killed, not waited for.
    expect(result.durationMs).toBeLessThan(60_000)
    const pids = readPids(file)
    expect(pids).toHaveLength(3)
    expect(groupGone(pids[0])).toBe(true)
    for (const pid of pids) expect(running(pid)).toBe(false)
  })

  it('kills nested shells at the timeout', async () => {
    const file = pidFile()
    const result = await runCommand(
      `echo $$ > ${file}; bash -c 'echo $$ >> ${file}; sleep 300 & echo $! >> ${file}; wait' & wait`,
      opts({ timeoutMs: 500, killGraceMs: 300 })
    )
    expect(result.timedOut).toBe(true)
    const pids = readPids(file)
    expect(pids).toHaveLength(3)
    expect(groupGone(pids[0])).toBe(true)
    for (const pid of pids) expect(running(pid)).toBe(false)
  })

  it('SIGKILLs a group that ignores SIGTERM after the grace period', async () => {
    const file = pidFile()
    const result = await runCommand(
      `trap '' TERM; echo $$ > ${file}; sleep 300 & echo $! >> ${file}; echo ready; wait`,
      opts({ timeoutMs: 500, killGraceMs: 300 })
    )
    expect(result).toMatchObject({ timedOut: true, exitCode: null, signal: 'SIGKILL', tail: 'ready\n' })
    expect(result.durationMs).toBeGreaterThanOrEqual(750)
    const pids = readPids(file)
    expect(groupGone(pids[0])).toBe(true)
    for (const pid of pids) expect(running(pid)).toBe(false)
  })

  it('SIGKILLs a shell whose TERM trap keeps it looping', async () => {
    const result = await runCommand(
      "trap 'echo ignoring' TERM; while true; do sleep 0.05; done",
      opts({ timeoutMs: 300, killGraceMs: 300 })
    )
    expect(result).toMatchObject({ timedOut: true, signal: 'SIGKILL' })
    expect(result.tail).toContain('ignoring')
  })

  it('cancels through the abort signal and kills the tree', async () => {
    const file = pidFile()
    const controller = new AbortController()
    const result = await runCommand(
      `echo $$ > ${file}; bash -c 'sleep 300' & echo $! >> ${file}; echo ready; wait`,
      opts({
        signal: controller.signal,
        killGraceMs: 300,
        timeoutMs: 10_000,
        onLine: (line) => {
          if (line === 'ready') controller.abort()
        }
      })
    )
    expect(result).toMatchObject({ cancelled: true, timedOut: false, exitCode: null })
    // Below the 10 s timeout: the abort ended it.
    expect(result.durationMs).toBeLessThan(9000)
    const pids = readPids(file)
    expect(groupGone(pids[0])).toBe(true)
    for (const pid of pids) expect(running(pid)).toBe(false)
  })

  it('does not start when already aborted', async () => {
    const marker = join(dir, 'should-not-exist')
    const controller = new AbortController()
    controller.abort()
    const result = await runCommand(`touch ${marker}`, opts({ signal: controller.signal }))
    expect(result).toMatchObject({ cancelled: true, exitCode: null, outputBytes: 0, tail: '' })
    await new Promise((r) => setTimeout(r, 100))
    expect(existsSync(marker)).toBe(false)
  })

  it('returns promptly and leaves a nohup daemon running', async () => {
    const result = await runCommand('nohup sleep 5 >/dev/null 2>&1 & echo $!', opts({ timeoutMs: 2000 }))
    const daemon = Number(result.tail.trim())
    started.push(daemon)
    expect(result.exitCode).toBe(0)
    // Well below the daemon's 5 s: the runner did not wait for it.
    expect(result.durationMs).toBeLessThan(4000)
    expect(running(daemon)).toBe(true)
    // The timeout that was armed must not fire on the group after the command ended.
    await new Promise((r) => setTimeout(r, 50))
    expect(running(daemon)).toBe(true)
    process.kill(daemon, 'SIGKILL')
  })

  it('does not wait for a background process that holds stdout open', async () => {
    const result = await runCommand('sleep 5 & echo $!', opts())
    const daemon = Number(result.tail.trim())
    started.push(daemon)
    expect(result.exitCode).toBe(0)
    // Well below the background sleep's 5 s.
    expect(result.durationMs).toBeLessThan(4000)
    expect(running(daemon)).toBe(true)
    process.kill(daemon, 'SIGKILL')
  })

  it('reports a missing working directory as spawnError', async () => {
    const result = await runCommand('echo hi', { cwd: join(dir, 'missing') })
    expect(result.exitCode).toBeNull()
    expect(result.spawnError).toMatch(/working directory does not exist/)
    expect(result.timedOut).toBe(false)
    expect(result.cancelled).toBe(false)
  })

  it('reports a working directory that is a file as spawnError', async () => {
    const file = join(dir, 'a-file')
    writeFileSync(file, '')
    const result = await runCommand('echo hi', { cwd: file })
    expect(result.exitCode).toBeNull()
    expect(result.spawnError).toMatch(/not a directory/)
  })

  it('merges options.env over process.env', async () => {
    process.env.S2P_EXEC_INHERITED = 'inherited'
    process.env.S2P_EXEC_OVERRIDDEN = 'old'
    try {
      const result = await runCommand(
        'echo "$S2P_EXEC_INHERITED $S2P_EXEC_OVERRIDDEN $S2P_EXEC_NEW"; pwd',
        opts({ env: { S2P_EXEC_OVERRIDDEN: 'new', S2P_EXEC_NEW: 'added' } })
      )
      expect(result.tail.split('\n')[0]).toBe('inherited new added')
      expect(result.exitCode).toBe(0)
    } finally {
      delete process.env.S2P_EXEC_INHERITED
      delete process.env.S2P_EXEC_OVERRIDDEN
    }
  })
})
