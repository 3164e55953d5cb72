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

/** `*` any run of characters, `?` one character, everything else literal; the whole id must match. */
function globRegExp(glob: string): RegExp {
  let source = ''
  for (const ch of glob) source += ch === '*' ? '[\\s\\S]*' : ch === '?' ? '[\\s\\S]' : ch.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')
  return new RegExp(`^${source}$`)
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
  const patterns = active.map((entry) => {
    const forms = [entry.test, pytestJunitId(entry.test)].filter((f): f is string => f !== null)
    return forms.map(globRegExp)
  })
  return {
    active,
    expired,
    match(test) {
      if (patterns.length === 0) return -1
      const byFile = test.file ? `${test.file}::${test.name}` : undefined
      for (let i = 0; i < patterns.length; i++) {
        for (const re of patterns[i]) if (re.test(test.id) || (byFile !== undefined && re.test(byFile))) return i
      }
      return -1
    }
  }
}
