/**
 * Many files' texts at given commits from one git process (`git cat-file --batch`), for the checks that read a change's
 * files at its base and at its head: a change touching hundreds of files costs no process per file. The user's git
 * configuration cannot change what is read (no textconv or filters: cat-file prints the stored object).
 */
import { spawn } from 'node:child_process'

/**
 * The texts of `rev:./path` objects (`./` is relative to `workspace`, where git runs), each cut to `maxBytes`; one
 * that is missing or not a blob is absent, and so is a name git cannot be asked this way (one with a line break).
 * Empty when git cannot be run.
 */
export async function blobsAt(workspace: string, specs: readonly string[], maxBytes: number): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  const asked = specs.filter((spec) => !/[\r\n]/.test(spec))
  if (asked.length === 0) return out
  const child = spawn('git', ['-c', 'core.quotePath=false', 'cat-file', '--batch'], { cwd: workspace, stdio: ['pipe', 'pipe', 'ignore'] })
  const chunks: Buffer[] = []
  child.stdout.on('data', (d: Buffer) => chunks.push(d))
  child.stdin.on('error', () => undefined)
  child.stdin.end(asked.map((spec) => `${spec}\n`).join(''))
  const ok = await new Promise<boolean>((resolve) => {
    child.on('error', () => resolve(false))
    child.on('close', (code) => resolve(code === 0))
  })
  if (!ok) return out
  const all = Buffer.concat(chunks)
  let at = 0
  for (const spec of asked) {
    const eol = all.indexOf(10, at)
    if (eol === -1) break
    const header = all.subarray(at, eol).toString('utf8')
    at = eol + 1
    // `<sha> blob <size>`, then the content and a newline; `<name> missing` (or another type's header) otherwise.
    const m = / (\w+) (\d+)$/.exec(header)
    if (!m) continue
    const size = Number(m[2])
    if (m[1] === 'blob') out.set(spec, all.subarray(at, at + Math.min(size, maxBytes)).toString('utf8'))
    at += size + 1
  }
  return out
}
