/** The component names a plan promised, from its matrix JSON (what `strategy.matrix` got through `fromJSON`). */

/**
 * Accepts the plan's `{ include: [{ component, … }] }`, a `{ component: [names] }` matrix, or a plain array of names
 * (or of `{ component }`). Throws with what was expected when the JSON has none of these shapes.
 */
export function expectedFromMatrix(data: unknown): string[] {
  const name = (entry: unknown): string | null => {
    if (typeof entry === 'string') return entry
    if (typeof entry === 'object' && entry !== null && typeof (entry as { component?: unknown }).component === 'string') {
      return (entry as { component: string }).component
    }
    return null
  }
  const list = (entries: unknown[], where: string): string[] =>
    entries.map((entry, i) => {
      const n = name(entry)
      if (n === null || n.trim() === '') throw new Error(`${where}[${i}] has no component name`)
      return n.trim()
    })
  if (Array.isArray(data)) return list(data, 'matrix')
  if (typeof data === 'object' && data !== null) {
    const m = data as { include?: unknown; component?: unknown }
    const names: string[] = []
    if (Array.isArray(m.include)) names.push(...list(m.include, 'include'))
    if (Array.isArray(m.component)) names.push(...list(m.component, 'component'))
    if (Array.isArray(m.include) || Array.isArray(m.component)) return [...new Set(names)]
  }
  throw new Error('the matrix JSON should be {"include":[{"component":"name"},…]}, {"component":["name",…]} or ["name",…]')
}
