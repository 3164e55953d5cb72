/** The run's context session, kept by the pipeline around its stages. */
import { basename, dirname } from 'node:path'
import type { RunContext } from './context.js'
import type { StageResult, WorkflowReport } from './model.js'

/**
 * The run's context session: opened once the spec is read (continuing the component's latest session), a message
 * per stage, closed with the agent brief. The session is saved once, merged under its lock, when the run closes it;
 * until then each stage's message is appended to the run's journal as soon as it is made, so a run killed midway
 * loses nothing: the next run takes the journal's messages in (src/context/journal.ts). Any failure here is a
 * warning: memory never decides a verdict. The context module (and its tokenizer) loads only when sessions are on.
 */
export class ContextMemory {
  private opened: Pick<import('../context/lifecycle.js').OpenedSession, 'session' | 'repository' | 'journal' | 'adopted'> | null = null
  private readonly lib = import('../context/index.js')

  constructor(
    private readonly ctx: RunContext,
    private readonly component: string,
    /** The matrix leg of this run, if any: the session is the component's, shared by its legs; each message says whose. */
    private readonly leg?: string
  ) {
    // The tokenizer's ranks take a moment to load: start now, while the first stages run.
    void this.lib.then((m) => m.loadTokenizer()).catch(() => undefined)
  }

  private get log() {
    return { info: (m: string) => this.ctx.host.info(m), warning: (m: string) => this.ctx.host.warning(m) }
  }

  async open(spec: NonNullable<RunContext['spec']>): Promise<string | null> {
    try {
      const m = await this.lib
      const { host, config } = this.ctx
      const opened = await m.openSession({
        component: this.component,
        spec,
        now: host.now(),
        root: m.defaultContextRoot(host.workspace),
        maxTokens: config.context_management.session.max_tokens,
        store: host.sessionStore,
        log: this.log,
        deferSave: true
      })
      this.opened = { session: opened.session, repository: opened.repository, journal: opened.journal, adopted: opened.adopted }
      host.info(`context session ${opened.session.session_id}${opened.restoredFrom ? ` (continuing ${opened.restoredFrom.id} from ${opened.restoredFrom.source})` : ' (new)'}`)
      return opened.session.session_id
    } catch (error) {
      this.ctx.host.warning(`context session not opened: ${(error as Error).message}`)
      return null
    }
  }

  async record(result: StageResult): Promise<void> {
    if (!this.opened) return
    try {
      const m = await this.lib
      const message = m.stageMessage(result)
      // The run's id tells its messages from another concurrent run's identical ones when their saves are merged.
      message.metadata = { ...message.metadata, run_id: basename(dirname(this.ctx.reportsDir)), ...(this.leg ? { leg: this.leg } : {}) }
      this.opened.session = await m.addMessage(this.opened.session, message, this.ctx.host.now())
      await this.opened.journal?.append(this.opened.session.messages.at(-1)!)
    } catch (error) {
      this.ctx.host.warning(`context session not updated after ${result.stage_name}: ${(error as Error).message}`)
    }
  }

  async close(report: WorkflowReport): Promise<void> {
    if (!this.opened) return
    try {
      const m = await this.lib
      // Which failures are new and which were already failing on the base branch, for the next session's reader.
      const insights = m.insightsMessage(report)
      if (insights) {
        insights.metadata = { ...insights.metadata, run_id: basename(dirname(this.ctx.reportsDir)), ...(this.leg ? { leg: this.leg } : {}) }
        this.opened.session = await m.addMessage(this.opened.session, insights, this.ctx.host.now())
      }
      const closed = await m.closeSession(this.opened.repository, this.opened.session, {
        component: this.component,
        // The brief names the leg whose results it shows (the report is given its leg only after the close).
        report: this.leg ? { ...report, leg: this.leg } : report,
        store: this.ctx.host.sessionStore,
        log: this.log,
        journals: { own: this.opened.journal, adopted: this.opened.adopted }
      })
      if (closed.brief) this.ctx.host.info(`agent brief: ${closed.brief}`)
    } catch (error) {
      this.ctx.host.warning(`context session not archived: ${(error as Error).message}`)
    }
  }
}
