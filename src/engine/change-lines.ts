/**
 * The lines a change adds or modifies against its base (a pull request's, `--base`), asked of git once per run and
 * shared by the stages that name what a change marks in the code: its skips and focused tests, its coverage ignore
 * comments, its comments that silence a linter or type checker on a line. Diff-aware mode's lines when it is on.
 */
import type { ChangedLines } from '../diff/changed-lines.js'
import type { RunContext } from './context.js'

const asked = new WeakMap<RunContext, Promise<ChangedLines | null>>()

/** The change's lines per workspace-relative file; null without a base, or when git cannot tell (said in the log). */
export function changeLinesOf(ctx: RunContext): Promise<ChangedLines | null> {
  if (ctx.changed) return Promise.resolve(ctx.changed)
  const base = ctx.changeBase
  if (!base) return Promise.resolve(null)
  let lines = asked.get(ctx)
  if (!lines) {
    lines = import('../diff/changed-lines.js')
      .then(({ changedLines }) => changedLines({ workspace: ctx.host.workspace, base }))
      .catch((error: Error) => {
        ctx.host.info(`the lines this change adds are not known, so what it marks in them is not looked for: ${error.message}`)
        return null
      })
    asked.set(ctx, lines)
  }
  return lines
}
