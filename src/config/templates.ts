/**
 * Component names and command templates: the two places where configuration text ends up on a shell command line.
 *
 * Template syntax: `{name}` is replaced by the value of `name`; `{{` and `}}` stand for literal `{` and `}` (so a
 * shell `${HOME}` is written `${{HOME}}`). Any other brace is an error, which catches `{reports/junit.xml` and
 * `{report}` before a command runs.
 */
import { ConfigurationError } from './types.js'

/** Placeholders every command and report path takes. */
export const COMMAND_VARS: readonly string[] = ['component', 'reports', 'path', 'tests', 'sha']
/** Placeholders a deployment command takes. */
/** Deployment templates also take the environment, the outputs file the deploy command may write, the URL it
 * reported (environment_url=… in that file) and this run's staging URL. */
export const DEPLOYMENT_VARS: readonly string[] = [...COMMAND_VARS, 'environment', 'outputs', 'environment_url', 'staging_url']
/** Placeholders `paths.source` and `paths.tests` take. */
export const PATH_VARS: readonly string[] = ['component']

const COMPONENT_NAME = /^[A-Za-z0-9._-]+$/
const MAX_COMPONENT_NAME = 100
/** Characters a value may hold and still go on a command line unquoted. */
const SHELL_SAFE = /^[A-Za-z0-9._/:=@%+,-]+$/
const PLACEHOLDER_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/

/**
 * Checks a component name before it becomes part of paths, file names and commands. Returns the name; throws a
 * ConfigurationError naming the value otherwise.
 */
export function validateComponentName(name: string): string {
  const shown = JSON.stringify(name)
  const rule = "use 1 to 100 letters, digits, '.', '_' or '-' (and not '.' or '..')"
  if (typeof name !== 'string' || name === '') throw new ConfigurationError(`Component name is empty: ${rule}`)
  if (name.length > MAX_COMPONENT_NAME) {
    throw new ConfigurationError(`Component name ${shown.slice(0, 40)}… is ${name.length} characters long: ${rule}`)
  }
  if (name === '.' || name === '..' || !COMPONENT_NAME.test(name)) {
    throw new ConfigurationError(`Invalid component name ${shown}: ${rule}`)
  }
  return name
}

/** A value as one POSIX shell word: unchanged when it is made of safe characters, single-quoted otherwise. */
export function shellQuote(value: string): string {
  if (SHELL_SAFE.test(value)) return value
  return `'${value.replace(/'/g, `'\\''`)}'`
}

type Piece = { text: string } | { name: string; index: number }

/** Splits a template into literal text and placeholders; a brace problem is described by the returned string. */
function parseTemplate(template: string): Piece[] | string {
  const pieces: Piece[] = []
  let text = ''
  let i = 0
  while (i < template.length) {
    const ch = template[i]
    const next = template[i + 1]
    if ((ch === '{' && next === '{') || (ch === '}' && next === '}')) {
      text += ch
      i += 2
    } else if (ch === '{') {
      const end = template.indexOf('}', i + 1)
      const name = end === -1 ? '' : template.slice(i + 1, end)
      if (!PLACEHOLDER_NAME.test(name)) {
        return `'{' at position ${i + 1} opens no placeholder; write '{{' for a literal brace`
      }
      if (text !== '') pieces.push({ text })
      text = ''
      pieces.push({ name, index: i + 1 })
      i = end + 1
    } else if (ch === '}') {
      return `'}' at position ${i + 1} closes no placeholder; write '}}' for a literal brace`
    } else {
      text += ch
      i += 1
    }
  }
  if (text !== '') pieces.push({ text })
  return pieces
}

/**
 * What is wrong with a template given the placeholders it may use, or null when nothing is. Used to check the
 * configuration file when it is loaded, before any command runs.
 */
export function templateProblem(template: string, allowed: readonly string[]): string | null {
  const pieces = parseTemplate(template)
  if (typeof pieces === 'string') return pieces
  for (const piece of pieces) {
    if ('name' in piece && !allowed.includes(piece.name)) return unknownPlaceholder(piece.name, allowed)
  }
  return null
}

function unknownPlaceholder(name: string, allowed: readonly string[]): string {
  const names = allowed.map((n) => `{${n}}`).join(', ')
  return `unknown placeholder {${name}}; allowed: ${names || '(none)'} (write {{ and }} for literal braces)`
}

/**
 * Substitutes `{name}` placeholders with `vars`. Values are shell-quoted unless `options.quote` is false (for paths
 * that are not command lines). `where` names the configuration key the template came from, for the error message.
 */
export function renderTemplate(
  template: string,
  vars: Readonly<Record<string, string>>,
  where: string,
  options: { quote?: boolean } = {}
): string {
  const pieces = parseTemplate(template)
  if (typeof pieces === 'string') throw new ConfigurationError(`${where}: ${pieces} in ${JSON.stringify(template)}`)
  const quote = options.quote ?? true
  let out = ''
  for (const piece of pieces) {
    if ('text' in piece) {
      out += piece.text
      continue
    }
    // Own properties only: a placeholder such as {constructor} must not reach Object.prototype.
    if (!Object.hasOwn(vars, piece.name)) {
      throw new ConfigurationError(`${where}: ${unknownPlaceholder(piece.name, Object.keys(vars))}`)
    }
    const value = vars[piece.name]
    out += quote ? shellQuote(value) : value
  }
  return out
}
