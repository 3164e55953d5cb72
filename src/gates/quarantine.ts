/**
 * The quarantine list of `quality_gates.test_pass_rate`: which tests' failures are excused, and which entries have
 * expired. Entries are matched against every test case while the report is parsed, so the counts are exact however
 * many tests fail (the report keeps only the first failures by name).
 */
import type { QuarantineEntry } from '../config/types.js'

/** A test as the matcher sees it: its id (`classname::name`, as `FailedTest.id`), name and file when the report has one. */
export interface TestIdentity {
  id: string
  name: string
  file?: string
}

export interface QuarantinePolicy {
  /** Unexpired entries, in the configuration's order: the matcher returns an index into this list. */
  active: QuarantineEntry[]
  /** Entries whose expiry date is before today (UTC). */
  expired: QuarantineEntry[]
  /** The index in `active` of the first entry that matches the test, or -1. */
  match: (test: TestIdentity) => number
}

/** `*` any run of characters, `?` one character, everything else literal: the source of a regular expression. */
function globSource(glob: string): string {
  let source = ''
  for (const ch of glob) source += ch === '*' ? '[\\s\\S]*' : ch === '?' ? '[\\s\\S]' : ch.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')
  return source
}

/**
 * The JUnit id pytest gives the test a node id names: pytest writes `tests/test_net.py::TestX::test_y` as classname
 * `tests.test_net.TestX` and name `test_y` (path without `.py`, `/` → `.`, the node's parts joined with `.`), which
 * this reads as `tests.test_net.TestX::test_y`. Null when the pattern is not a node id.
 */
export function pytestJunitId(nodeId: string): string | null {
  const parts = nodeId.split('::')
  if (parts.length < 2 || !/\.py$/.test(parts[0])) return null
  const path = parts[0].replace(/\.py$/, '').replace(/^\.\//, '').replace(/\//g, '.')
  return `${[path, ...parts.slice(1, -1)].join('.')}::${parts.at(-1)}`
}

/** Whether an entry's `expires` date is before `today` (both `YYYY-MM-DD`, compared as text). */
export function isExpired(entry: QuarantineEntry, today: string): boolean {
  return entry.expires !== undefined && entry.expires < today
}

/**
 * The policy for a run on `today` (`YYYY-MM-DD`, UTC). A pattern matches a test when it matches its id, its
 * `file::name`, or, written as a pytest node id, the id pytest's JUnit report gives that node.
 */
export function quarantinePolicy(entries: readonly QuarantineEntry[], today: string): QuarantinePolicy {
  const active = entries.filter((e) => !isExpired(e, today))
  const expired = entries.filter((e) => isExpired(e, today))
  const sources = active.map((entry) => [entry.test, pytestJunitId(entry.test)].filter((f): f is string => f !== null).map(globSource).join('|'))
  const patterns = sources.map((source) => new RegExp(`^(?:${source})$`))
  // Most tests match no entry: one expression of them all rejects a test in one test per name.
  const any = new RegExp(`^(?:${sources.join('|')})$`)
  return {
    active,
    expired,
    match(test) {
      if (patterns.length === 0) return -1
      const byFile = test.file ? `${test.file}::${test.name}` : undefined
      const name = any.test(test.id) ? test.id : byFile !== undefined && any.test(byFile) ? byFile : undefined
      if (name === undefined) return -1
      for (let i = 0; i < patterns.length; i++) if (patterns[i].test(test.id) || (byFile !== undefined && patterns[i].test(byFile))) return i
      return -1
    }
  }
}
