/**
 * pylint's configuration that turns every message off: `disable=all` with no `enable=` has pylint check nothing and
 * write `[]` with exit status 0 — measured with pylint 2.16.2: `[MESSAGES CONTROL] disable=all` in `.pylintrc` over a
 * module using an undefined name — so the linting gate's "0 issues" is no measurement (as mypy's global `ignore_errors`
 * is none for type checking). `disable=all` beside an `enable=` list checks those messages: a team's choice.
 */
import { join } from 'node:path'
import { readTextFile } from '../reports/read.js'

/** Largest configuration file read. */
const MAX_BYTES = 1024 * 1024

/** A pylint configuration file's `[section] key` values, as words (commas, quotes and TOML brackets dropped). */
function settings(text: string): Array<{ section: string; key: string; values: string[] }> {
  const out: Array<{ section: string; key: string; values: string[] }> = []
  let section = ''
  let current: { section: string; key: string; values: string[] } | null = null
  for (const raw of text.split(/\r?\n/)) {
    if (/^\s*(?:[#;]|$)/.test(raw)) continue
    const header = /^\s*\[\[?([^\]]+)\]\]?\s*(?:[#;].*)?$/.exec(raw)
    if (header) {
      section = header[1].trim().toLowerCase().replace(/["']/g, '')
      current = null
      continue
    }
    const words = (s: string) => s.replace(/[#;].*$/, '').split(/[\s,"'[\]]+/).filter(Boolean)
    const entry = /^([\w-]+)\s*[=:]\s*(.*)$/.exec(raw.trim())
    // A continuation line (indented, or inside a TOML array) belongs to the key before it.
    if (entry && !/^\s/.test(raw)) {
      current = { section, key: entry[1].toLowerCase(), values: words(entry[2]) }
      out.push(current)
    } else if (current) current.values.push(...words(raw))
  }
  return out
}

/** Whether a section is pylint's messages control: `[MESSAGES CONTROL]`, `[tool.pylint."messages control"]`, `[pylint.messages_control]`. */
const MESSAGES = /^(?:(?:tool\.)?pylint\.)?messages[ _]control$/

/**
 * Where pylint is told to check nothing, for the command that ran it (`--disable=all` on its line, else the
 * configuration file it reads: `--rcfile`, else the first of pylintrc, pylintrc.toml, .pylintrc, .pylintrc.toml, and
 * pyproject.toml or setup.cfg holding a pylint section, in the working directory); null when it checks something.
 */
export async function pylintChecksNothing(workspace: string, command: string): Promise<string | null> {
  const words = command.split(/\s+/).map((w) => w.replace(/^['"]|['"]$/g, ''))
  const valueOf = (long: string, short: string) =>
    words.flatMap((w, i) => (w.startsWith(`${long}=`) ? [w.slice(long.length + 1)] : w === long || w === short ? [words[i + 1] ?? ''] : w.startsWith(short) && w.length > short.length && short.length === 2 ? [w.slice(2)] : []))
  const listed = (values: string[]) => values.flatMap((v) => v.split(',')).map((v) => v.trim().toLowerCase())
  const enabledOnLine = valueOf('--enable', '-e').length > 0
  if (listed(valueOf('--disable', '-d')).includes('all') && !enabledOnLine) return "the command's --disable=all"
  if (enabledOnLine) return null
  const rcfile = valueOf('--rcfile', '--rcfile')[0]
  const candidates = rcfile ? [rcfile] : ['pylintrc', 'pylintrc.toml', '.pylintrc', '.pylintrc.toml', 'pyproject.toml', 'setup.cfg']
  for (const file of candidates) {
    const text = await readTextFile(join(workspace, file), MAX_BYTES)
    if (text === null) continue
    const all = settings(text)
    const shared = file === 'pyproject.toml' || file === 'setup.cfg'
    const pylints = shared ? all.filter((s) => /^(?:tool\.)?pylint(?:\.|$)/.test(s.section)) : all
    // pyproject.toml and setup.cfg count only when they configure pylint; pylint's own files always.
    if (shared && !rcfile && !/^\s*\[\[?(?:tool\.)?pylint(?:[.\]]|$)/m.test(text)) continue
    const control = pylints.filter((s) => MESSAGES.test(s.section) || s.section === 'tool.pylint' || s.section === 'pylint')
    const disable = control.filter((s) => s.key === 'disable').flatMap((s) => s.values.map((v) => v.toLowerCase()))
    const enable = control.filter((s) => s.key === 'enable').flatMap((s) => s.values)
    const section = control.find((s) => s.key === 'disable')?.section
    return disable.includes('all') && enable.length === 0 ? `${file}${section ? ` [${section}]` : ''} disable=all` : null
  }
  return null
}
