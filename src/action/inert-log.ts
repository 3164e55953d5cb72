/** Writing to the job log so that no text read from a report or a tool acts as a workflow command. */
import * as core from '@actions/core'
import { randomUUID } from 'node:crypto'

/**
 * A line the runner would read as a workflow command: `::` at the start of any line, after leading whitespace (the
 * runner trims it with .NET's `TrimStart`, whose whitespace also has U+0085 NEXT LINE, which JavaScript's `\s` has
 * not), or the legacy `##[` anywhere in a line (the runner's `ActionCommand.TryParse` looks for it with `IndexOf`, so
 * `[testing] 50% ##[stop-commands]x` is a command: it would silence every later `::add-mask::`). The runner breaks
 * lines at `\n`, `\r\n` and a bare `\r`.
 */
const COMMAND_LINE = /(?:^|[\r\n])[\s\u0085]*::|##\[/

/**
 * Writes a message to the job log so that none of its lines acts as a workflow command: when one could, the message
 * is framed by `::stop-commands::<random token>` and `::<token>::` (the runner's own switch; the token cannot be
 * guessed by the text inside).
 */
export function logInert(message: string, write: (line: string) => void = core.info): void {
  if (!COMMAND_LINE.test(message)) {
    write(message)
    return
  }
  const token = randomUUID()
  write(`::stop-commands::${token}`)
  write(message)
  write(`::${token}::`)
}
