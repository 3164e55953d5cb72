/**
 * Runs one shell command line in its own process group, streaming its output line by line, keeping only a
 * bounded tail, and killing the whole group on timeout or abort.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { accessSync, constants, statSync } from 'node:fs'
import { basename, delimiter, join } from 'node:path'
import { performance } from 'node:perf_hooks'
import type { Readable } from 'node:stream'
import { StringDecoder } from 'node:string_decoder'
import { directCommand } from './direct.js'
import { inheritedEnvironment } from './environment.js'
import { LineSplitter, TailBuffer } from './output.js'
import { signalProcessGroup, terminateProcessGroup } from './process-group.js'
import type { CommandOptions, CommandResult, CommandRunner } from './types.js'

const DEFAULT_TAIL_BYTES = 64 * 1024
const DEFAULT_KILL_GRACE_MS = 3000
/** After the shell exits, how long its output pipes may stay open (a daemon started with `&` holds them). */
const STREAM_DRAIN_MS = 200
/** setTimeout fires at once for longer delays. */
const MAX_TIMER_MS = 2 ** 31 - 1

type StreamName = 'stdout' | 'stderr'

/** Process groups of the commands running now (until their result is resolved): what a second interrupt kills. */
const runningGroups = new Set<number>()

/**
 * SIGKILLs the process group of every command running now, at once: a second interrupt (Ctrl-C pressed again, the
 * runner's SIGTERM after its SIGINT) does not wait out the grace a group that ignores SIGTERM would get. Their runs
 * then resolve as cancelled, as after the grace. Returns how many groups were signalled.
 */
export function killRunningCommands(): number {
  let count = 0
  for (const pgid of runningGroups) if (signalProcessGroup(pgid, 'SIGKILL')) count++
  return count
}

export const runCommand: CommandRunner = async (command, options) => {
  const startedAt = performance.now()
  const base: CommandResult = {
    command,
    exitCode: null,
    signal: null,
    timedOut: false,
    cancelled: false,
    durationMs: 0,
    tail: '',
    outputBytes: 0
  }
  if (options.signal?.aborted) return { ...base, cancelled: true, durationMs: performance.now() - startedAt }

  const env: NodeJS.ProcessEnv = { ...inheritedEnvironment(process.env), ...options.env }
  const shell = resolveShell(env.PATH)
  // A plain word list runs as bash would exec it, without starting bash; if that cannot start, bash runs it and
  // reports why (127, 126, a script without #!…) exactly as before.
  const direct = directCommand(command, shell, env, options.cwd)
  if (direct) {
    const child = await spawnStarted(direct.file, direct.args, { argv0: direct.argv0, cwd: options.cwd, env: direct.env })
    if (child) return supervise(child, child.pid as number, base, options, startedAt)
  }
  let child: ChildProcess
  try {
    // pipefail: a pipeline fails when any of its commands does. Without it `tsc | tee {reports}/tsc.txt` took tee's
    // exit status: a type checker that crashed (its trace on stderr, nothing in the report) passed as "0 errors".
    child = spawn(shell, [...(basename(shell) === 'bash' ? ['-o', 'pipefail'] : []), '-c', command], {
      cwd: options.cwd,
      env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe']
    })
  } catch (err) {
    // Errors such as ENOTDIR or EINVAL are thrown instead of emitted.
    return { ...base, durationMs: performance.now() - startedAt, spawnError: describeSpawnError(err, options.cwd) }
  }
  if (child.pid === undefined) {
    // ENOENT, EACCES, EAGAIN…: node emits 'error' on the next tick.
    const err = await new Promise<unknown>((resolve) => child.once('error', resolve))
    child.stdout?.destroy()
    child.stderr?.destroy()
    return { ...base, durationMs: performance.now() - startedAt, spawnError: describeSpawnError(err, options.cwd) }
  }
  return supervise(child, child.pid, base, options, startedAt)
}

/** The child when it started, undefined when it could not (nothing ran). */
async function spawnStarted(file: string, args: string[], options: { argv0: string; cwd: string; env: NodeJS.ProcessEnv }): Promise<ChildProcess | undefined> {
  let child: ChildProcess
  try {
    child = spawn(file, args, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  } catch {
    return undefined
  }
  if (child.pid !== undefined) return child
  await new Promise<unknown>((resolve) => child.once('error', resolve))
  child.stdout?.destroy()
  child.stderr?.destroy()
  return undefined
}

function supervise(
  child: ChildProcess,
  pgid: number,
  base: CommandResult,
  options: CommandOptions,
  startedAt: number
): Promise<CommandResult> {
  const tail = new TailBuffer(nonNegative(options.tailBytes, DEFAULT_TAIL_BYTES))
  const killGraceMs = nonNegative(options.killGraceMs, DEFAULT_KILL_GRACE_MS)
  const timeoutMs = nonNegative(options.timeoutMs, 0)
  const { onLine, signal: abortSignal } = options
  runningGroups.add(pgid)
  let outputBytes = 0
  let timedOut = false
  let cancelled = false
  let exited = false
  let killing: Promise<unknown> | undefined

  const readers: OutputReader[] = []
  for (const [stream, name] of [
    [child.stdout, 'stdout'],
    [child.stderr, 'stderr']
  ] as const) {
    if (!stream) continue
    readers.push(
      new OutputReader(stream, name, onLine, (bytes, text) => {
        outputBytes += bytes
        tail.push(text)
      })
    )
  }

  const kill = (reason: 'timeout' | 'abort'): void => {
    if (exited || killing) return
    if (reason === 'timeout') timedOut = true
    else cancelled = true
    killing = terminateProcessGroup(pgid, killGraceMs)
  }
  const onAbort = (): void => kill('abort')
  const timer = timeoutMs > 0 ? setTimeout(() => kill('timeout'), Math.min(timeoutMs, MAX_TIMER_MS)) : undefined
  abortSignal?.addEventListener('abort', onAbort, { once: true })

  // Errors after a successful spawn (a failed kill) do not end the run; 'exit' still comes.
  child.on('error', () => undefined)

  return new Promise<CommandResult>((resolve) => {
    child.once('exit', (code, sig) => {
      exited = true
      if (timer) clearTimeout(timer)
      abortSignal?.removeEventListener('abort', onAbort)
      // Resolve on 'exit', not 'close': a background process may hold the pipes open for as long as it runs.
      void Promise.all([drain(readers), killing]).then(() => {
        runningGroups.delete(pgid)
        for (const reader of readers) reader.finish()
        resolve({
          ...base,
          exitCode: code,
          signal: sig,
          timedOut,
          ...(timedOut ? { timeoutMs } : {}),
          cancelled,
          durationMs: performance.now() - startedAt,
          tail: tail.toString(),
          outputBytes
        })
      })
    })
  })
}

/** Waits up to STREAM_DRAIN_MS for every output stream to close, then destroys those still open. */
function drain(readers: OutputReader[]): Promise<void> {
  const open = readers.filter((reader) => !reader.closed)
  if (open.length === 0) return Promise.resolve()
  return new Promise<void>((resolve) => {
    let done = false
    const finish = (): void => {
      if (done) return
      done = true
      clearTimeout(timer)
      for (const reader of open) reader.stream.off('close', check)
      for (const reader of open) if (!reader.closed) reader.stream.destroy()
      resolve()
    }
    const check = (): void => {
      if (open.every((reader) => reader.closed)) finish()
    }
    const timer = setTimeout(finish, STREAM_DRAIN_MS)
    for (const reader of open) reader.stream.once('close', check)
  })
}

/** Decodes one output stream (UTF-8 safe across chunks) and passes its text and lines on. */
class OutputReader {
  closed = false
  private readonly decoder = new StringDecoder('utf8')
  private readonly lines: LineSplitter | undefined

  constructor(
    readonly stream: Readable,
    name: StreamName,
    onLine: CommandOptions['onLine'],
    private readonly sink: (bytes: number, text: string) => void
  ) {
    this.lines = onLine
      ? new LineSplitter((line) => {
          try {
            onLine(line, name)
          } catch {
            // A failing log callback must not break the run.
          }
        })
      : undefined
    stream.on('data', (chunk: Buffer) => this.take(chunk.length, this.decoder.write(chunk)))
    stream.on('error', () => undefined)
    stream.once('close', () => {
      this.closed = true
    })
  }

  /** Passes on what the decoder and the line splitter still hold. */
  finish(): void {
    this.take(0, this.decoder.end())
    this.lines?.flush()
  }

  private take(bytes: number, text: string): void {
    this.sink(bytes, text)
    this.lines?.push(text)
  }
}

const shellCache = new Map<string, string>()

/** bash from PATH, else /bin/sh. */
function resolveShell(path: string | undefined): string {
  const key = path ?? ''
  let shell = shellCache.get(key)
  if (shell === undefined) {
    shell = '/bin/sh'
    for (const dir of key.split(delimiter)) {
      if (!dir) continue
      const candidate = join(dir, 'bash')
      try {
        accessSync(candidate, constants.X_OK)
        if (statSync(candidate).isFile()) {
          shell = candidate
          break
        }
      } catch {
        // not here
      }
    }
    shellCache.set(key, shell)
  }
  return shell
}

function describeSpawnError(err: unknown, cwd: string): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code
  const message = err instanceof Error ? err.message : String(err)
  if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EACCES') {
    try {
      if (!statSync(cwd).isDirectory()) return `working directory is not a directory: ${cwd} (${message})`
    } catch {
      return `working directory does not exist: ${cwd} (${message})`
    }
  }
  return message
}

function nonNegative(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value >= 0 ? value : fallback
}
