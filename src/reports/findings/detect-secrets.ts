/**
 * detect-secrets' baseline JSON (`detect-secrets scan`): `results` maps each file to the secrets found in it, each with
 * its plugin's `type`, a 1-based `line_number` and a `hashed_secret`. Every result is an error; one that an audit
 * marked `is_secret: false` is a known false positive and is left out, as `detect-secrets-hook` leaves it out. The hash
 * is not carried over: a finding says where and what kind, nothing derived from the value.
 */
import type { FindingsReport } from '../types.js'
import { FindingsCollector, type FindingsOptions } from './collect.js'
import { index, JsonReader, member, own, parseJsonText } from './json-text.js'

export const DETECT_SECRETS_FORMAT = 'detect-secrets-json'

export function parseDetectSecretsJson(text: string, options: FindingsOptions): FindingsReport {
  return detectSecretsFromJson(parseJsonText(text, options.file, DETECT_SECRETS_FORMAT), options)
}

export function detectSecretsFromJson(data: unknown, options: FindingsOptions): FindingsReport {
  const r: JsonReader = new JsonReader(options.file, DETECT_SECRETS_FORMAT)
  const out = new FindingsCollector('detect-secrets', options)
  const root = r.object(data, '$')
  const resultsPath = member('$', 'results')
  const results = r.object(own(root, 'results'), resultsPath)
  // Object.keys lists the JSON's own keys, `__proto__` included, and nothing inherited.
  for (const file of Object.keys(results)) {
    const filePath = member(resultsPath, file)
    r.array(own(results, file), filePath).forEach((entry, i) => {
      const at = index(filePath, i)
      const secret = r.object(entry, at)
      const type = r.string(secret, 'type', at)
      const line = r.optionalInteger(secret, 'line_number', at)
      const verdict = own(secret, 'is_secret')
      if (verdict !== undefined && verdict !== null && typeof verdict !== 'boolean') {
        r.fail(member(at, 'is_secret'), 'expected true, false or null')
      }
      if (verdict === false) return
      out.add({ rule: type, severity: 'error', file, line, message: `Potential secret: ${type} (value not shown)` })
    })
  }
  return out.report(DETECT_SECRETS_FORMAT, { kind: 'secrets' })
}
