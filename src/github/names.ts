/**
 * Names GitHub's storage accepts: artifact names (unique per run, no `" : < > | * ? \r \n \ /`) and cache keys
 * (at most 512 characters, no commas). Pure functions: no SDK, no environment.
 */
import { createHash } from 'node:crypto'

/** Characters @actions/artifact refuses in an artifact name, plus every other control character. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN_IN_ARTIFACT_NAME = /[":<>|*?\\/\x00-\x1f\x7f]/g

/** Longest artifact name produced (GitHub stores it as `<name>.zip`; a long name also becomes a long file name). */
export const MAX_ARTIFACT_NAME_LENGTH = 200
/** The cache service's limit for a key (and for each restore key). */
export const MAX_CACHE_KEY_LENGTH = 512

const shortHash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 8)

function cleanArtifactPart(part: string): string {
  return part.replace(FORBIDDEN_IN_ARTIFACT_NAME, '_').trim()
}

/**
 * An artifact name unique per matrix leg: `<component>[-<jobIndex>][-<suffix>]`, refused characters replaced by `_`,
 * capped at `maxLength`. When the component must be shortened, a hash of the full name is kept so two long
 * components never end up with the same name; the job index and the suffix are never cut.
 */
export function artifactName(component: string, jobIndex?: number | string, suffix?: string, maxLength = MAX_ARTIFACT_NAME_LENGTH): string {
  const head = cleanArtifactPart(component) || 'component'
  const tail = [jobIndex === undefined || jobIndex === '' ? '' : cleanArtifactPart(String(jobIndex)), suffix ? cleanArtifactPart(suffix) : '']
    .filter(Boolean)
    .map((part) => `-${part}`)
    .join('')
  const name = `${head}${tail}`
  if (name.length <= maxLength) return name
  const hash = `~${shortHash(`${component}\u0000${jobIndex ?? ''}\u0000${suffix ?? ''}`)}`
  const room = maxLength - tail.length - hash.length
  if (room >= 1) return `${head.slice(0, room)}${hash}${tail}`
  // A suffix longer than the cap itself: keep as much of the whole as fits, still unique through the hash.
  return `${name.slice(0, Math.max(1, maxLength - hash.length))}${hash}`.slice(0, maxLength)
}

/** Separator between key parts; escaped inside parts so a prefix of parts is a prefix of keys and nothing more. */
const SEPARATOR = ':'

function escapeKeyPart(part: string): string {
  return (
    part
      .replace(/%/g, '%25')
      .replace(/:/g, '%3A')
      .replace(/,/g, '%2C')
      // eslint-disable-next-line no-control-regex
      .replace(/[\x00-\x1f\x7f]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase()}`)
  )
}

function capKey(key: string): string {
  if (key.length <= MAX_CACHE_KEY_LENGTH) return key
  const hash = `~${shortHash(key)}`
  return `${key.slice(0, MAX_CACHE_KEY_LENGTH - hash.length)}${hash}`
}

export type KeyPart = string | number | undefined | null

/** Longest branch name kept whole in a cache key part; see {@link branchKeyPart}. */
const MAX_BRANCH_PART = 200

/**
 * A branch name as a key part: whole when short, else its first characters and a hash of the whole. Git takes names
 * far longer than a key may be (512 characters); shortened here, a branch's keys stay under the limit without the
 * whole-key cap, so the keys of its runs still start with the branch's restore prefix, and the primary key built
 * from that prefix is one GitHub takes.
 */
export function branchKeyPart(branch: string): string {
  if (branch.length <= MAX_BRANCH_PART) return branch
  const hash = `~${shortHash(branch)}`
  return `${branch.slice(0, MAX_BRANCH_PART - hash.length)}${hash}`
}

/**
 * A cache key from parts: `a:b:c` (empty and missing parts skipped; `%`, `:`, `,` and control characters escaped
 * inside parts), at most 512 characters — a longer key keeps its first characters and ends with a hash of the whole,
 * so it stays unique (it then no longer starts with the keys of its longer parts' prefixes).
 */
export function cacheKey(parts: KeyPart[]): string {
  return capKey(
    parts
      .filter((p): p is string | number => p !== undefined && p !== null && String(p) !== '')
      .map((p) => escapeKeyPart(String(p)))
      .join(SEPARATOR)
  )
}

/**
 * A restore key matching every key whose leading parts are `parts`: `cacheKey(parts)` plus the separator, so
 * `['ctx', 'main']` matches `ctx:main:42` but not `ctx:main-fix:42`.
 */
export function cacheKeyPrefix(parts: KeyPart[]): string {
  const key = cacheKey(parts)
  return key.length < MAX_CACHE_KEY_LENGTH ? `${key}${SEPARATOR}` : key
}
