/**
 * secretlint's JSON formatter (`secretlint --format json`): one result per file with its messages; severity error,
 * warning or info (→ notice), as in secretlint's "✖ N problems (E errors, W warnings, I infos)".
 *
 * A finding keeps only where the secret is and which rule found it. secretlint's own `message` and `data` quote the
 * matched value (masked by default, in clear with `--no-maskSecrets`), and `sourceContent` holds the whole file: none
 * of them is read. The message is built from the rule id alone.
 */
import type { FindingsReport, Severity } from '../types.js'
import { FindingsCollector, type FindingsOptions } from './collect.js'
import { index, JsonReader, member, own, parseJsonText } from './json-text.js'

export const SECRETLINT_FORMAT = 'secretlint-json'

const SEVERITIES = new Map<string, Severity>([
  ['error', 'error'],
  ['warning', 'warning'],
  ['info', 'notice']
])

export function parseSecretlintJson(text: string, options: FindingsOptions): FindingsReport {
  return secretlintFromJson(parseJsonText(text, options.file, SECRETLINT_FORMAT), options)
}

export function secretlintFromJson(data: unknown, options: FindingsOptions): FindingsReport {
  const r: JsonReader = new JsonReader(options.file, SECRETLINT_FORMAT)
  const out = new FindingsCollector('secretlint', options)
  r.array(data, '$').forEach((item, i) => {
    const path = index('$', i)
    const result = r.object(item, path)
    const filePath = r.string(result, 'filePath', path)
    out.checked(filePath)
    const messagesPath = member(path, 'messages')
    r.array(own(result, 'messages'), messagesPath).forEach((entry, j) => {
      const at = index(messagesPath, j)
      const message = r.object(entry, at)
      const severity = SEVERITIES.get(r.string(message, 'severity', at))
      if (!severity) r.fail(member(at, 'severity'), 'unknown severity (expected error, warning or info)')
      const rule = r.optionalString(message, 'ruleId', at)
      const loc = r.optionalObject(message, 'loc', at)
      const start = loc && r.optionalObject(loc, 'start', member(at, 'loc'))
      out.add({
        rule,
        severity,
        file: filePath,
        line: start && r.optionalInteger(start, 'line', member(member(at, 'loc'), 'start')),
        message: secretMessage(rule)
      })
    })
  })
  return out.report(SECRETLINT_FORMAT, { kind: 'secrets', listsFiles: true })
}

/** The only message a secret finding carries: fixed text naming the rule, never the value. */
export function secretMessage(rule: string | undefined): string {
  return `Possible secret found by ${rule ?? 'secretlint'} (value not shown)`
}
