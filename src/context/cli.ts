/**
 * Text for `spec-to-production context list | show <id> | export <id> --format md|json`. Each helper takes the
 * context directory (usually `.spec-to-production/context`) and returns what to print; unknown ids throw an Error
 * naming the id and the ids that exist.
 */
import { renderBrief } from './brief.js'
import { loadTokenizer } from './tokens.js'
import { pruneLimit } from './policy.js'
import { SessionRepository, type SessionSummary } from './repository.js'
import type { Session } from './types.js'

export type ExportFormat = 'md' | 'json'
export const EXPORT_FORMATS: readonly ExportFormat[] = ['md', 'json']

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)))
  return rows.map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]!))).join('  ')).join('\n')
}

/**
 * Replaces control characters (terminal escapes) and bidirectional overrides and isolates (text that displays as
 * another: Trojan Source) in text read from files before printing it, as every other surface does.
 */
function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g, '\uFFFD')
}

/** A table of every session (active and archived), newest first, and the files ignored with why. */
export async function listSessions(dir: string): Promise<string> {
  const { sessions, ignored } = await new SessionRepository(dir).list()
  const out: string[] = []
  if (sessions.length === 0) out.push(`No context sessions in ${dir}`)
  else {
    const rows = [['ID', 'COMPONENT', 'UPDATED', 'MESSAGES', 'TOKENS', 'STATE']]
    for (const s of sessions) {
      rows.push([s.id, s.component, s.updated_at, String(s.messages), `${s.tokens}/${s.max_tokens}`, s.archived ? 'archived' : 'active'])
    }
    out.push(table(rows))
  }
  for (const i of ignored) out.push(`ignored ${printable(i.file)}: ${printable(i.reason)}`)
  return `${out.join('\n')}\n`
}

async function find(dir: string, id: string): Promise<{ session: Session; archived: boolean }> {
  const repo = new SessionRepository(dir)
  const r = await repo.load(id)
  if (r.ok) return { session: r.session, archived: r.archived }
  const { sessions } = await repo.list()
  const ids = [...new Set(sessions.map((s: SessionSummary) => s.id))]
  if (r.file !== null) throw new Error(`Context session "${printable(id)}" cannot be read (${printable(r.file)}: ${printable(r.reason)})`)
  throw new Error(`Unknown context session "${printable(id)}" in ${dir}. Available: ${ids.length ? ids.join(', ') : 'none'}`)
}

/** The session's metadata, pruning history and every message, for reading in a terminal. */
export async function showSession(dir: string, id: string): Promise<string> {
  const { session: s, archived } = await find(dir, id)
  const m = s.metadata
  // Counted here: a file's token counts are its own claims (a hand-written "tokens": 1 on a megabyte of text).
  const tk = await loadTokenizer()
  const counts = s.messages.map((msg) => tk.count(msg.content))
  const total = counts.reduce((n, c) => n + c, 0)
  const claimed = (counted: number, file: number) => (counted === file ? '' : ` (the file says ${file})`)
  const lines = [
    `Session ${s.session_id}${archived ? ' (archived)' : ''}`,
    `Component: ${m.component}`,
    `Created: ${m.created_at}  Updated: ${m.updated_at}`,
    `Continued from: ${m.continued_from ?? 'none'}`,
    `Specification: ${m.spec ? `${printable(m.spec.title ?? '(untitled)')} (${printable(m.spec.file)}), ${m.spec.requirements} requirement${m.spec.requirements === 1 ? '' : 's'}, ${m.spec.acceptance_criteria} acceptance ${m.spec.acceptance_criteria === 1 ? 'criterion' : 'criteria'}` : 'unknown'}`,
    `Tokens: ${total}${claimed(total, s.current_tokens)} of ${s.max_tokens} (pruning above ${pruneLimit(s.max_tokens, m.policy)}; keeps importance ≥ ${m.policy.importance_floor} and the ${m.policy.keep_recent} most recent)`,
    `Messages: ${s.messages.length}`
  ]
  if (m.pruned.length) {
    const count = m.pruned.reduce((n, r) => n + r.count, 0)
    const tokens = m.pruned.reduce((n, r) => n + r.tokens, 0)
    lines.push(`Pruned: ${m.pruned.length} pass(es), ${count} message(s), ${tokens} tokens`)
    for (const r of m.pruned) {
      const kinds = Object.entries(r.kinds).map(([k, n]) => `${k} ×${n}`).join(', ') || 'nothing'
      lines.push(`  - ${r.timestamp}: dropped ${r.count} (${kinds}), ${r.tokens} tokens; ${r.tokens_before} → ${r.tokens_after}${r.over_budget ? ' (still over the limit)' : ''}`)
    }
  }
  s.messages.forEach((msg, i) => {
    const stage = typeof msg.metadata.stage === 'string' ? ` · ${printable(msg.metadata.stage)}` : ''
    lines.push('', `[${i + 1}] ${msg.role} · ${msg.metadata.kind}${stage} · importance ${msg.importance} · ${counts[i]} tokens${claimed(counts[i]!, msg.tokens)} · ${msg.timestamp}`)
    lines.push(...printable(msg.content).split('\n').map((l) => `    ${l}`))
  })
  return `${lines.join('\n')}\n`
}

/** The session as JSON (the file's content, checked) or as the agent brief in Markdown. */
export async function exportSession(dir: string, id: string, format: string): Promise<string> {
  if (!EXPORT_FORMATS.includes(format as ExportFormat)) throw new Error(`Unknown export format "${format}": use ${EXPORT_FORMATS.join(' or ')}`)
  const { session } = await find(dir, id)
  if (format === 'json') return `${JSON.stringify(session, null, 2)}\n`
  return renderBrief(session)
}
