import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import {
  COMMAND_VARS,
  renderTemplate,
  shellQuote,
  templateProblem,
  validateComponentName
} from '../../src/config/templates.js'
import { ConfigurationError } from '../../src/config/types.js'

describe('validateComponentName', () => {
  it.each(['player_experience', 'narrative-engine', 'v1.2', 'A', 'a'.repeat(100), '...'])('accepts %j', (name) => {
    expect(validateComponentName(name)).toBe(name)
  })

  it.each(['a;rm -rf /', '$(x)', 'has space', '`id`', 'a/b', '../etc', '.', '..', '', 'a'.repeat(101), 'é', 'a\nb', "it's"])(
    'refuses %j with a ConfigurationError naming the value',
    (name) => {
      let error: unknown
      try {
        validateComponentName(name)
      } catch (caught) {
        error = caught
      }
      expect(error).toBeInstanceOf(ConfigurationError)
      const message = (error as Error).message
      if (name === '') expect(message).toMatch(/empty/)
      else expect(message).toContain(JSON.stringify(name).slice(0, 40))
      expect(message).toMatch(/letters, digits/)
    }
  )
})

describe('renderTemplate', () => {
  const vars = { component: 'greeter', reports: '/tmp/run 1/reports', path: 'src/greeter', tests: 'tests/greeter', sha: 'abc123' }

  it('substitutes placeholders, leaving safe values bare', () => {
    expect(renderTemplate('pytest {tests} --cov={path}', vars, 'stages.testing.command')).toBe(
      'pytest tests/greeter --cov=src/greeter'
    )
  })

  it('single-quotes values with characters outside the safe set', () => {
    expect(renderTemplate('--junitxml={reports}/junit.xml', vars, 'x')).toBe("--junitxml='/tmp/run 1/reports'/junit.xml")
    expect(shellQuote("it's $(rm -rf /)")).toBe(`'it'\\''s $(rm -rf /)'`)
    expect(shellQuote('')).toBe("''")
    expect(shellQuote('a-b_c.d/e:f=g@h%i+j,k')).toBe('a-b_c.d/e:f=g@h%i+j,k')
  })

  it('quotes so that a POSIX shell sees the value verbatim', () => {
    const nasty = `a b'c"d$(echo pwned)\`x\`;|&*?~\\n`
    const command = renderTemplate('printf %s {v}', { v: nasty }, 'x')
    expect(execFileSync('/bin/sh', ['-c', command], { encoding: 'utf8' })).toBe(nasty)
  })

  it('leaves values unquoted when asked (report paths)', () => {
    expect(renderTemplate('{reports}/junit.xml', vars, 'x', { quote: false })).toBe('/tmp/run 1/reports/junit.xml')
  })

  it('writes {{ and }} as literal braces', () => {
    expect(renderTemplate("echo ${{HOME}} && awk '{{print $1}}' {path}", vars, 'x')).toBe(
      "echo ${HOME} && awk '{print $1}' src/greeter"
    )
    expect(renderTemplate('{{component}}', vars, 'x')).toBe('{component}')
  })

  it('refuses an unknown placeholder, naming the key and the allowed names', () => {
    expect(() => renderTemplate('pytest {test}', vars, 'stages.testing.command')).toThrow(ConfigurationError)
    expect(() => renderTemplate('pytest {test}', vars, 'stages.testing.command')).toThrow(
      /^stages\.testing\.command: unknown placeholder \{test\}; allowed: \{component\}, \{reports\}, \{path\}, \{tests\}, \{sha\}/
    )
  })

  it('does not read placeholders from Object.prototype', () => {
    expect(() => renderTemplate('{constructor}', vars, 'x')).toThrow(/unknown placeholder \{constructor\}/)
    expect(() => renderTemplate('{toString}', {}, 'x')).toThrow(/allowed: \(none\)/)
  })

  it('refuses stray braces', () => {
    expect(() => renderTemplate('{reports/junit.xml', vars, 'k')).toThrow(/^k: '\{' at position 1 opens no placeholder/)
    expect(() => renderTemplate("awk '{print $1}'", vars, 'k')).toThrow(/write '\{\{'/)
    expect(() => renderTemplate('a}b', vars, 'k')).toThrow(/'\}' at position 2 closes no placeholder/)
  })
})

describe('templateProblem', () => {
  it('is null for a valid template and names the problem otherwise', () => {
    expect(templateProblem('x {path} {{y}}', COMMAND_VARS)).toBeNull()
    expect(templateProblem('x {environment}', COMMAND_VARS)).toMatch(/unknown placeholder \{environment\}/)
    expect(templateProblem('x {', COMMAND_VARS)).toMatch(/opens no placeholder/)
  })
})
