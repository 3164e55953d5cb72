/** The legs a plan or a workflow's matrix promised, from its matrix JSON (what `strategy.matrix` got through `fromJSON`). */
import { TARGETS, type Target } from '../config/types.js'

/** One promised leg: its component and, when the matrix names it, its target. */
export interface ExpectedLeg {
  component: string
  target?: Target
}

/** GitHub runs at most 256 jobs per matrix: a larger expansion is no matrix GitHub would run. */
const MAX_LEGS = 256

type Combo = Record<string, unknown>

/**
 * The component names a matrix promised, one per leg it expands to (a component in two legs is named twice). See
 * {@link expectedLegsFromMatrix}.
 */
export function expectedFromMatrix(data: unknown): string[] {
  return expectedLegsFromMatrix(data).map((leg) => leg.component)
}

/**
 * The legs a matrix expands to, as GitHub expands it: the plan's `{ include: [{ component, … }] }`, a matrix of
 * dimensions (`{ component: [names], target: [staging, production], os: […] }`: every combination, less `exclude`,
 * with `include` entries added to the combinations they extend or as legs of their own), or a plain array of names (or
 * of `{ component, target? }`). A leg's `target` is kept when it is one of dev, staging, production. Throws with what
 * was expected when the JSON has none of these shapes or a leg has no component name.
 */
export function expectedLegsFromMatrix(data: unknown): ExpectedLeg[] {
  if (Array.isArray(data)) return data.map((entry, i) => leg(typeof entry === 'string' ? { component: entry } : entry, `matrix[${i}]`))
  if (typeof data === 'object' && data !== null) {
    const m = data as Combo
    const dimensions = Object.entries(m).filter(([key, value]) => key !== 'include' && key !== 'exclude' && Array.isArray(value)) as Array<[string, unknown[]]>
    if (dimensions.length > 0 || Array.isArray(m.include)) {
      const combos = expand(dimensions, Array.isArray(m.exclude) ? m.exclude : [], Array.isArray(m.include) ? m.include : [])
      return combos.map((combo, i) => leg(combo, dimensions.length ? `leg ${i + 1} of the matrix (${describe(combo)})` : `include[${i}]`))
    }
  }
  throw new Error('the matrix JSON should be {"include":[{"component":"name"},…]}, {"component":["name",…]} or ["name",…]')
}

function leg(entry: unknown, where: string): ExpectedLeg {
  const component = typeof entry === 'object' && entry !== null ? (entry as Combo).component : undefined
  if (typeof component !== 'string' || component.trim() === '') throw new Error(`${where} has no component name`)
  const target = (entry as Combo).target
  return TARGETS.includes(target as Target) ? { component: component.trim(), target: target as Target } : { component: component.trim() }
}

/** GitHub's expansion: the product of the dimensions, less the excluded, then each `include` entry. */
function expand(dimensions: Array<[string, unknown[]]>, exclude: unknown[], include: unknown[]): Combo[] {
  let combos: Combo[] = dimensions.length ? [{}] : []
  for (const [key, values] of dimensions) {
    combos = combos.flatMap((combo) => values.map((value) => ({ ...combo, [key]: value })))
    if (combos.length > MAX_LEGS * 4) throw new Error(`the matrix expands to more than ${MAX_LEGS} legs, more than GitHub runs`)
  }
  const excluded = exclude.filter((e): e is Combo => typeof e === 'object' && e !== null && !Array.isArray(e))
  combos = combos.filter((combo) => !excluded.some((e) => Object.entries(e).every(([k, v]) => same(combo[k], v))))
  const original = new Set(dimensions.map(([key]) => key))
  const base = combos.map((combo) => ({ ...combo }))
  for (const entry of include) {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      combos.push(entry as Combo)
      continue
    }
    // Added to every combination none of whose original values it would change; a leg of its own when there is none.
    let extended = false
    base.forEach((combo, i) => {
      if (Object.entries(entry).every(([k, v]) => !original.has(k) || same(combo[k], v))) {
        Object.assign(combos[i], entry)
        extended = true
      }
    })
    if (!extended) combos.push({ ...(entry as Combo) })
  }
  if (combos.length > MAX_LEGS) throw new Error(`the matrix expands to ${combos.length} legs, more than the ${MAX_LEGS} GitHub runs`)
  return combos
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

function describe(combo: unknown): string {
  return (JSON.stringify(combo) ?? String(combo)).slice(0, 120)
}
