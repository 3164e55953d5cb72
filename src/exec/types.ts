/** What running one shell command produced. */
export interface CommandResult {
  /** The command line as it ran (after template substitution). */
  command: string
  /** Exit code, or null when a signal ended the process. */
  exitCode: number | null
  /** Signal that ended the process, if any. */
  signal: NodeJS.Signals | null
  /** True when the command ran past its timeout and its process tree was killed. */
  timedOut: boolean
  /** The limit it ran past, in milliseconds, when `timedOut`. */
  timeoutMs?: number
  /** True when the run was cancelled through the abort signal and its process tree was killed. */
  cancelled: boolean
  /** Wall time in milliseconds. */
  durationMs: number
  /** The last bytes of stdout and stderr interleaved as they arrived (bounded by `tailBytes`). */
  tail: string
  /** Total bytes of output seen (stdout + stderr), though only the tail is kept. */
  outputBytes: number
  /** Set when the process could not be started at all (ENOENT for the shell, EACCES, …). */
  spawnError?: string
}

export interface CommandOptions {
  /** Working directory. */
  cwd: string
  /** Extra environment variables, merged over process.env. */
  env?: Record<string, string>
  /** Kill the whole process tree after this many milliseconds (0 or undefined: no timeout). */
  timeoutMs?: number
  /** Aborting kills the whole process tree. */
  signal?: AbortSignal
  /** How many bytes of output to keep (default 64 KiB). */
  tailBytes?: number
  /** Called with each complete output line (stdout and stderr), for streaming to a log. */
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void
  /** Grace period between SIGTERM and SIGKILL when killing (default 3000 ms). */
  killGraceMs?: number
}

/** Runs a shell command line (bash -c) in its own process group. */
export type CommandRunner = (command: string, options: CommandOptions) => Promise<CommandResult>
