/**
 * A matrix leg's identity: what tells this leg of a component from another leg of the same component in one workflow
 * run (a matrix over targets, Node versions, systems). GitHub shows the latest check run of each name on a commit and a
 * branch protection rule requires a name, so two legs under one name let a passing leg's ✓ stand for a failing one's;
 * one sticky comment rewritten by each leg shows whichever leg finished last. The leg's identity goes into the check
 * run's name, the comment's marker and title, and the cache keys of its history.
 *
 * The action's `leg` input defaults to `${{ toJSON(matrix) }}` (action.yml): the leg's values, in the matrix's order,
 * but for those that name the component itself — the component, its spec, its configuration, its directory (the
 * plan's matrix is `{ component, spec }`) — which every leg of a component shares. A job without a matrix (`null`),
 * or a matrix of such values only, has no identity: its names are those of one leg per component, unchanged. Any other
 * text is taken as the identity itself.
 */

import { createHash } from 'node:crypto'
import { pairSafeEnd } from '../reports/clip.js'

/** Longest identity kept (the check run's name and the comment's title carry it). */
const MAX_LEG_CHARS = 100

/**
 * Control characters, bidirectional overrides and isolates, lone surrogates: never shown from a matrix value or a
 * report (the aggregate reads a fork's).
 */
// eslint-disable-next-line no-control-regex
const UNSHOWABLE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

/**
 * The identity as shown: one line, nothing unshowable, at most 100 characters — a longer one keeps its start and a
 * hash of the whole, so two legs differing only past the cut keep names of their own (cut between characters, as
 * every clip is: see reports/clip.ts). Null when nothing is left.
 */
export function cleanLeg(text: string): string | null {
  const clean = text.replace(UNSHOWABLE, ' ').replace(/\s+/g, ' ').trim()
  if (!clean) return null
  if (clean.length <= MAX_LEG_CHARS) return clean
  const hash = createHash('sha256').update(clean).digest('hex').slice(0, 8)
  return `${clean.slice(0, pairSafeEnd(clean, MAX_LEG_CHARS - hash.length - 2))}…~${hash}`
}

/** The matrix value's leaves as text, in order: an object of a matrix (`package: [{ name, dir }]`) is its values. */
function leaves(value: unknown, out: string[] = []): string[] {
  if (value === null || value === undefined || value === '') return out
  if (Array.isArray(value)) for (const v of value) leaves(v, out)
  else if (typeof value === 'object') for (const v of Object.values(value as Record<string, unknown>)) leaves(v, out)
  else out.push(String(value))
  return out
}

/**
 * The leg's identity from the `leg` input: the matrix's values (JSON, as `toJSON(matrix)` writes it; an object's own
 * values in its place) other than those
 * in `shared` (the inputs every leg of the component has: component, spec, config, working directory, report path),
 * joined by `, ` as GitHub joins them in a matrix job's name; or the input's text when it is not a JSON object. Null
 * when the job has no matrix or its values are all the component's own.
 */
export function legIdentity(raw: string, shared: ReadonlyArray<string | undefined>): string | null {
  const text = raw.trim()
  if (!text || text === 'null') return null
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return cleanLeg(text)
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return cleanLeg(text)
  const own = new Set(shared.filter((s): s is string => typeof s === 'string' && s.trim() !== '').map((s) => s.trim()))
  const values = leaves(parsed).filter((v) => !own.has(v.trim()))
  return values.length ? cleanLeg(values.join(', ')) : null
}
