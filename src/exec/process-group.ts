/** Signalling and watching a process group (the command runs as its own group leader: detached spawn = setsid). */
import { readdirSync, readFileSync } from 'node:fs'

/** How long to wait for the group to vanish after SIGKILL before giving up (a process in uninterruptible sleep). */
const AFTER_SIGKILL_WAIT_MS = 2000

/**
 * True while a process of the group `pgid` is still running.
 *
 * `kill(-pgid, 0)` alone is not enough: an orphaned grandchild that died stays a zombie until its new parent
 * reaps it, and in containers whose PID 1 is not an init (Docker without --init, some VMs) that never happens.
 * A zombie runs nothing and holds nothing but a pid, so on Linux the group counts as gone once every member
 * left in /proc is a zombie.
 */
export function isProcessGroupAlive(pgid: number): boolean {
  if (!signal(-pgid, 0)) return false
  return linuxGroupHasLiveMember(pgid) ?? true
}

/** True while the process `pid` exists and is not a zombie. */
export function isProcessAlive(pid: number): boolean {
  if (!signal(pid, 0)) return false
  const stat = readStat(String(pid))
  return stat === undefined ? true : !isDead(stat.state)
}

/** Sends `sig` to every process of the group; false when the group no longer exists. */
export function signalProcessGroup(pgid: number, sig: NodeJS.Signals | 0): boolean {
  return signal(-pgid, sig)
}

/**
 * Ends the whole group: SIGTERM (and SIGCONT, so stopped members see it), then SIGKILL once `graceMs` have
 * passed with any member still running, then waits (bounded) until none is left. Resolves true when the
 * group is gone.
 */
export async function terminateProcessGroup(pgid: number, graceMs: number): Promise<boolean> {
  if (!signalProcessGroup(pgid, 'SIGTERM')) return true
  signalProcessGroup(pgid, 'SIGCONT')
  if (await waitForProcessGroupExit(pgid, graceMs)) return true
  signalProcessGroup(pgid, 'SIGKILL')
  return waitForProcessGroupExit(pgid, AFTER_SIGKILL_WAIT_MS)
}

/**
 * Polls until no process of the group runs, or `timeoutMs` passes; resolves whether the group is gone. Timed by the
 * monotonic clock: a wall clock set back during the wait would keep a command that ignores SIGTERM alive that long.
 */
export async function waitForProcessGroupExit(pgid: number, timeoutMs: number): Promise<boolean> {
  const deadline = performance.now() + Math.max(0, timeoutMs)
  let interval = 5
  for (;;) {
    if (!isProcessGroupAlive(pgid)) return true
    const left = deadline - performance.now()
    if (left <= 0) return false
    await new Promise<void>((resolve) => setTimeout(resolve, Math.min(interval, left)))
    interval = Math.min(interval * 2, 50)
  }
}

function signal(target: number, sig: NodeJS.Signals | 0): boolean {
  try {
    process.kill(target, sig)
    return true
  } catch (err) {
    // ESRCH: nothing left. EPERM: a member we may not signal (setuid), which we cannot end anyway.
    return (err as NodeJS.ErrnoException).code === 'EPERM' && sig === 0
  }
}

interface Stat {
  state: string
  pgrp: number
}

/** Undefined when /proc cannot tell (not Linux, or /proc not mounted). */
function linuxGroupHasLiveMember(pgid: number): boolean | undefined {
  if (process.platform !== 'linux') return undefined
  let entries: string[]
  try {
    entries = readdirSync('/proc')
  } catch {
    return undefined
  }
  let seenAny = false
  for (const name of entries) {
    const first = name.charCodeAt(0)
    if (first < 48 || first > 57) continue
    const stat = readStat(name)
    if (!stat) continue
    seenAny = true
    if (stat.pgrp === pgid && !isDead(stat.state)) return true
  }
  return seenAny ? false : undefined
}

function readStat(pid: string): Stat | undefined {
  if (process.platform !== 'linux') return undefined
  let text: string
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'utf8')
  } catch {
    return undefined
  }
  // "pid (comm) state ppid pgrp …"; comm may hold spaces and parentheses, so read after the last ')'.
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ')
  const pgrp = Number(fields[2])
  return fields[0] && Number.isInteger(pgrp) ? { state: fields[0], pgrp } : undefined
}

function isDead(state: string): boolean {
  return state === 'Z' || state === 'X' || state === 'x'
}
