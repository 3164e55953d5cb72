/**
 * logInert: whatever a message holds, no line of it acts as a workflow command, read the way the runner reads the job
 * log (actions/runner: OutputManager hands on every line holding `##[` or `::`; ActionCommand.TryParseV2 takes `::`
 * at the start after .NET's TrimStart, TryParse takes the legacy `##[` anywhere in the line; stop-commands pauses
 * both until `::<token>::`).
 */
import { describe, expect, test } from '@jest/globals'
import { logInert } from '../../src/action/inert-log.js'
import { actedOn } from '../helpers/runner-commands.js'

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
