/**
 * The Actions runner's reading of a job log, for tests: which lines it acts on as workflow commands (actions/runner:
 * OutputManager hands on every line holding `##[` or `::`; ActionCommand.TryParseV2 takes `::` at the start after
 * .NET's TrimStart, TryParse takes the legacy `##[` anywhere in the line; stop-commands pauses both until
 * `::<token>::`).
 */
const REGISTERED = ['stop-commands', 'error', 'warning', 'notice', 'debug', 'add-mask', 'set-output', 'save-state', 'group', 'endgroup', 'echo']

/** .NET's char.IsWhiteSpace for what TrimStart removes: JavaScript's \s plus U+0085 NEXT LINE. */
const trimStartDotNet = (line: string): string => line.replace(/^[\s\u0085]+/, '')

/** The command a line is to the runner (its name), or undefined. */
function commandOf(line: string, registered: Set<string>): string | undefined {
  const trimmed = trimStartDotNet(line)
  if (trimmed.startsWith('::')) {
    const end = trimmed.indexOf('::', 2)
    if (end >= 0) {
      const name = trimmed.slice(2, end).split(' ')[0]
      if (registered.has(name.toLowerCase())) return name
    }
  }
  const at = line.indexOf('##[')
  if (at >= 0) {
    const close = line.indexOf(']', at)
    if (close >= 0) {
      const name = line.slice(at + 3, close).split(' ')[0]
      if (registered.has(name.toLowerCase())) return name
    }
  }
  return undefined
}

/** The commands the runner acts on in this output, stop-commands and its resume left out. */
export function actedOn(output: string): string[] {
  const registered = new Set(REGISTERED)
  const acted: string[] = []
  let token: string | null = null
  for (const line of output.split(/\r\n|\r|\n/)) {
    const name = commandOf(line, registered)
    if (name === undefined) continue
    if (token !== null) {
      if (name.toLowerCase() === token.toLowerCase()) {
        registered.delete(token.toLowerCase())
        token = null
      }
      continue
    }
    if (name === 'stop-commands') {
      const data = trimStartDotNet(line).startsWith('::') ? trimStartDotNet(line).slice(trimStartDotNet(line).indexOf('::', 2) + 2) : line.slice(line.indexOf(']', line.indexOf('##[')) + 1)
      token = data
      registered.add(data.toLowerCase())
      acted.push(`stop-commands:${line}`)
      continue
    }
    acted.push(line)
  }
  return acted
}

