/**
 * logInert: whatever a message holds, no line of it acts as a workflow command, read the way the runner reads the job
 * log (actions/runner: OutputManager hands on every line holding `##[` or `::`; ActionCommand.TryParseV2 takes `::`
 * at the start after .NET's TrimStart, TryParse takes the legacy `##[` anywhere in the line; stop-commands pauses
 * both until `::<token>::`).
 */
import { describe, expect, test } from '@jest/globals'
import { logInert } from '../../src/action/inert-log.js'

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
function actedOn(output: string): string[] {
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

function logged(message: string): string {
  const lines: string[] = []
  logInert(message, (line) => lines.push(line))
  return lines.join('\n')
}

describe('logInert', () => {
  test.each([
    ['the legacy form after a prefix', '[testing] progress 50% ##[stop-commands]zz'],
    ['a legacy error mid-line', '[testing] ok ##[error]pwned'],
    ['a legacy add-mask mid-line', 'note ##[add-mask]e'],
    ['NEXT LINE (U+0085) before ::', '\u0085::error::pwned'],
    ['NEXT LINE on a later line', 'first line\n\u0085 ::add-mask::e'],
    ['plain :: at the start', '::error::pwned'],
    ['after a bare carriage return', 'x\r  ::warning::pwned']
  ])('%s is not a command', (_what, message) => {
    const out = logged(message)
    // The text is in the log...
    expect(out).toContain(message.replace(/\r/g, '\n').split('\n').at(-1)?.trim().slice(-6))
    // ...and nothing in it acts, but the frame logInert itself writes.
    const acted = actedOn(out).filter((line) => !line.startsWith('stop-commands:'))
    expect(acted).toEqual([])
  })

  test('a message that is plain text is written as it is, unframed', () => {
    expect(logged('coverage 93.84% ≥ 80% (a: b)')).toBe('coverage 93.84% ≥ 80% (a: b)')
  })

  test('a stop-commands written by a tool cannot silence the commands that follow it', () => {
    const out = [logged('[testing] 50% ##[stop-commands]zz'), '::add-mask::s3cret'].join('\n')
    expect(actedOn(out).filter((line) => !line.startsWith('stop-commands:'))).toEqual(['::add-mask::s3cret'])
  })
})
