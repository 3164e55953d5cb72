/**
 * The secret values a scanner's report holds, read only to redact them from what the run writes and prints (the
 * findings never carry them). Where each tool keeps them:
 * - secretlint JSON: `messages[].range` into the file's `sourceContent` (its `message`/`data` are masked by default,
 *   in clear with `--no-maskSecrets`: those are taken too);
 * - gitleaks JSON: `Secret` and `Match`;
 * - SARIF from a secret scanner: `region.snippet.text` of each location (gitleaks), and what follows the first `: ` of
 *   the message (secretlint's "found private key: <value>", when run with `--no-maskSecrets`);
 * - detect-secrets: only `hashed_secret` (SHA-1), never the value: nothing to redact with, which the README says.
 * A report that is not JSON or has none of these shapes gives no values.
 */
import { readRegularFile, reportText } from '../read.js'

/** A secret report far larger than this is not read a second time for values. */
const MAX_BYTES = 64 * 1024 * 1024
/** secretlint's masked value: asterisks only. */
const MASKED = /^\*+$/

type Json = Record<string, unknown>

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' && !MASKED.test(value.trim()) ? value : null
}

/**
 * The values in the report at `path`; none when it is not a regular file of at most {@link MAX_BYTES} (it is read also
 * when its half is off and nothing else opened it: a FIFO held the run for good, /dev/zero read without end).
 */
export async function secretValuesIn(path: string): Promise<string[]> {
  try {
    return secretValuesOf(JSON.parse(reportText(await readRegularFile(path, MAX_BYTES)).replace(/^\uFEFF/, '')) as unknown)
  } catch {
    return []
  }
}

export function secretValuesOf(data: unknown): string[] {
  const values: string[] = []
  const push = (v: unknown) => {
    const t = text(v)
    if (t !== null) values.push(t)
  }
  if (Array.isArray(data)) {
    for (const item of data) {
      if (!isObject(item)) continue
      // gitleaks
      push(item.Secret)
      push(item.Match)
      // secretlint
      const source = typeof item.sourceContent === 'string' ? item.sourceContent : null
      if (!Array.isArray(item.messages)) continue
      for (const message of item.messages) {
        if (!isObject(message)) continue
        const range = message.range
        if (source && Array.isArray(range) && Number.isInteger(range[0]) && Number.isInteger(range[1])) {
          push(source.slice(range[0] as number, range[1] as number))
        }
        if (isObject(message.data)) for (const v of Object.values(message.data)) push(v)
      }
    }
  } else if (isObject(data) && Array.isArray(data.runs)) {
    for (const run of data.runs) {
      if (!isObject(run) || !Array.isArray(run.results)) continue
      for (const result of run.results) {
        if (!isObject(result)) continue
        const message = isObject(result.message) && typeof result.message.text === 'string' ? result.message.text : ''
        const colon = message.indexOf(': ')
        if (colon > 0) push(message.slice(colon + 2))
        if (!Array.isArray(result.locations)) continue
        for (const location of result.locations) {
          const region = isObject(location) && isObject(location.physicalLocation) ? location.physicalLocation.region : undefined
          if (isObject(region) && isObject(region.snippet)) push(region.snippet.text)
        }
      }
    }
  }
  return values
}
