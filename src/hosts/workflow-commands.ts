/** Text written where the Actions runner reads workflow commands (the job log), so that none of it acts as one. */
import { randomUUID } from 'node:crypto'
import { fstatSync } from 'node:fs'

/**
 * A line the runner would read as a workflow command: `::` at the start of any line, after leading whitespace (the
 * runner trims it with .NET's `TrimStart`, whose whitespace also has U+0085 NEXT LINE, which JavaScript's `\s` has
 * not), or the legacy `##[` anywhere in a line (the runner's `ActionCommand.TryParse` looks for it with `IndexOf`, so
 * `[testing] 50% ##[stop-commands]x` is a command: it would silence every later `::add-mask::`). The runner breaks
 * lines at `\n`, `\r\n` and a bare `\r`.
 */
const COMMAND_LINE = /(?:^|[\r\n])[\s\u0085]*::|##\[/

/** Whether the text holds a line the runner would read as a workflow command (see {@link COMMAND_LINE}). */
export function readsAsWorkflowCommand(text: string): boolean {
  return COMMAND_LINE.test(text)
}

/**
 * Writes a message so that none of its lines acts as a workflow command: when one could, the message is framed by
 * `::stop-commands::<random token>` and `::<token>::` (the runner's own switch; the token cannot be guessed by the
 * text inside). Both frame lines go through `write`, on the same stream as the message, so they stay in order.
 */
export function writeInert(message: string, write: (line: string) => void): void {
  if (!readsAsWorkflowCommand(message)) {
    write(message)
    return
  }
  const token = randomUUID()
  write(`::stop-commands::${token}`)
  write(message)
  write(`::${token}::`)
}

/**
 * Whether lines written to this file descriptor land in an Actions job log: GITHUB_ACTIONS is "true" (the CLI runs in
 * a workflow step) and the descriptor is not a regular file (`> $GITHUB_STEP_SUMMARY` is Markdown, not the log).
 */
export function isJobLog(fd: number): boolean {
  if (process.env.GITHUB_ACTIONS !== 'true') return false
  try {
    return !fstatSync(fd).isFile()
  } catch {
    return true
  }
}

/** Writes text to stdout or stderr, framed as {@link writeInert} does when it lands in a job log. */
export function printInert(stream: NodeJS.WriteStream & { fd: number }, text: string): void {
  if (!isJobLog(stream.fd)) {
    stream.write(text)
    return
  }
  const body = text.endsWith('\n') ? text.slice(0, -1) : text
  writeInert(body, (line) => void stream.write(`${line}\n`))
}
