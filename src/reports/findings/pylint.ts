/**
 * pylint's JSON reporters: `--output-format=json` (an array of messages, `message-id`) and `--output-format=json2`
 * (pylint 3+: `{messages, statistics}`, `messageId`, `absolutePath`). Message types map onto severities as pylint's
 * exit status weighs them: fatal and error → error; warning, refactor and convention → warning (each sets a bit of
 * pylint's exit status: they are issues); info (`locally-disabled`, `suppressed-message`, only with `--enable=I`) →
 * notice. Columns are 0-based in pylint's output and made 1-based here. The rule is the message's symbol
 * (`unused-import`), the name `# pylint: disable=` takes. With json2 the counts are checked against
 * `statistics.messageTypeCount`, pylint's own tally.
 */
import type { FindingsReport, Severity } from '../types.js'
import { FindingsCollector, type FindingsOptions } from './collect.js'
import { index, JsonReader, member, own, parseJsonText, type JsonObject } from './json-text.js'

export const PYLINT_FORMAT = 'pylint-json'

const TYPES = new Map<string, Severity>([
  ['fatal', 'error'],
  ['error', 'error'],
  ['warning', 'warning'],
  ['refactor', 'warning'],
  ['convention', 'warning'],
  ['info', 'notice']
])

export function parsePylintJson(text: string, options: FindingsOptions): FindingsReport {
  return pylintFromJson(parseJsonText(text, options.file, PYLINT_FORMAT), options)
}

export function pylintFromJson(data: unknown, options: FindingsOptions): FindingsReport {
  const r: JsonReader = new JsonReader(options.file, PYLINT_FORMAT)
  const out = new FindingsCollector('pylint', options)
  const json2 = !Array.isArray(data)
  const root = json2 ? r.object(data, '$') : undefined
  const listPath = json2 ? member('$', 'messages') : '$'
  const messages = r.array(root ? own(root, 'messages') : data, listPath)
  const byType = new Map<string, number>()
  messages.forEach((item, i) => {
    const at = index(listPath, i)
    const message = r.object(item, at)
    const type = r.string(message, 'type', at)
    const severity = TYPES.get(type)
    if (!severity) r.fail(member(at, 'type'), `unknown message type (expected one of ${[...TYPES.keys()].join(', ')})`)
    byType.set(type, (byType.get(type) ?? 0) + 1)
    const column = r.optionalInteger(message, 'column', at)
    out.add({
      rule: r.optionalString(message, 'symbol', at) ?? r.optionalString(message, json2 ? 'messageId' : 'message-id', at),
      severity,
      file: messagePath(r, message, at),
      line: r.optionalInteger(message, 'line', at),
      end_line: r.optionalInteger(message, 'endLine', at),
      column: column === undefined ? undefined : column + 1,
      message: r.string(message, 'message', at)
    })
  })
  const statistics = root && r.optionalObject(root, 'statistics', '$')
  const tally = statistics && r.optionalObject(statistics, 'messageTypeCount', member('$', 'statistics'))
  if (tally) {
    const tallyPath = member(member('$', 'statistics'), 'messageTypeCount')
    for (const type of TYPES.keys()) {
      const stated = r.optionalInteger(tally, type, tallyPath)
      const counted = byType.get(type) ?? 0
      if (stated !== undefined && stated !== counted) r.fail(member(tallyPath, type), `says ${stated} but the messages hold ${counted}`)
    }
  }
  // json2 says how many modules pylint linted: 0 (a directory without Python files, every file ignored) checked nothing.
  const linted = statistics ? r.optionalInteger(statistics, 'modulesLinted', member('$', 'statistics')) : undefined
  return out.report(PYLINT_FORMAT, linted === undefined ? {} : { checkedCount: linted })
}

/** json2's `absolutePath` when it is absolute (pylint leaves it relative for a file it could not parse), else `path`. */
function messagePath(r: JsonReader, message: JsonObject, at: string): string {
  const absolute = r.optionalString(message, 'absolutePath', at)
  if (absolute !== undefined && (absolute.startsWith('/') || /^[A-Za-z]:[\\/]/.test(absolute))) return absolute
  return r.optionalString(message, 'path', at) ?? absolute ?? r.string(message, 'path', at)
}
