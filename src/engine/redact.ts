/**
 * Secret values a scan found, kept only to take them out of everything the run writes or prints: command tails,
 * logs, the report (and so the summary, SARIF, dashboard, metrics and context session made from it). A value is
 * replaced by `***`, as the runner masks `core.setSecret` values.
 */

/** Shorter pieces are not redacted: they would blank ordinary words all over the report. */
const MIN_PIECE = 4
export const REDACTED = '***'

export class Redactor {
  private pieces: string[] = []
  private readonly known = new Set<string>()

  /** Secrets registered so far (pieces: the value, each of its lines, its JSON-escaped form). */
  get size(): number {
    return this.pieces.length
  }

  /** Registers secret values; returns the pieces that are new (to mask them in the job log too). */
  add(values: Iterable<string>): string[] {
    const added: string[] = []
    for (const value of values) {
      // As printed, line by line (logs and tails are cut into lines), and as JSON writes it (a report on stdout).
      const candidates = [value, ...value.split(/\r\n|\r|\n/)].flatMap((v) => [v, JSON.stringify(v).slice(1, -1)])
      for (const raw of candidates) {
        const piece = raw.trim()
        if (piece.length < MIN_PIECE || this.known.has(piece)) continue
        this.known.add(piece)
        added.push(piece)
      }
    }
    if (added.length > 0) this.pieces = [...this.known].sort((a, b) => b.length - a.length)
    return added
  }

  redact(text: string): string {
    if (this.pieces.length === 0 || text === '') return text
    let out = text
    for (const piece of this.pieces) if (out.includes(piece)) out = out.split(piece).join(REDACTED)
    return out
  }

  /** Redacts every string inside `value` in place (objects and arrays), and returns it. */
  redactDeep<T>(value: T): T {
    if (this.pieces.length === 0) return value
    const seen = new Set<object>()
    const walk = (node: unknown): unknown => {
      if (typeof node === 'string') return this.redact(node)
      if (node === null || typeof node !== 'object' || seen.has(node)) return node
      seen.add(node)
      if (Array.isArray(node)) {
        for (let i = 0; i < node.length; i++) node[i] = walk(node[i])
      } else {
        const record = node as Record<string, unknown>
        for (const key of Object.keys(record)) {
          const clean = this.redact(key)
          const v = walk(record[key])
          if (clean !== key) delete record[key]
          record[clean] = v
        }
      }
      return node
    }
    return walk(value) as T
  }
}
