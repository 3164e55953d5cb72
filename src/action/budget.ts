/**
 * The time budget of the publishing phase (`publish-timeout-seconds`): the check run, code scanning, the artifact and
 * the cache saves run one after the other inside it. When it runs out, the task under way is abandoned (it cannot be
 * cancelled: it goes on in the background until the process exits) and the ones not started are skipped; `warning()`
 * then names all of them in one message. Nothing here changes the verdict: it was set before publishing began.
 *
 * Time is the hosts' steady clock (engine/host.ts): a wall clock stepped forward while publishing would otherwise
 * abandon everything left at once, and one set back would give every call an hour more.
 */
import { steadyNow } from '../engine/host.js'

const EXPIRED = Symbol('expired')

export class PublishBudget {
  private readonly deadline: number
  private readonly abandoned: string[] = []

  constructor(
    readonly ms: number,
    private readonly onError: (message: string) => void,
    private readonly now: () => number = steadyNow
  ) {
    this.deadline = now() + ms
  }

  /** Milliseconds left (0 once expired). */
  get remainingMs(): number {
    return Math.max(0, this.deadline - this.now())
  }

  get expired(): boolean {
    return this.abandoned.length > 0 || this.now() >= this.deadline
  }

  /** Runs `task` if time is left; undefined when it was abandoned or skipped (or failed: `onError` is told). */
  async run<T>(name: string, task: () => Promise<T>): Promise<T | undefined> {
    if (this.expired) {
      this.abandoned.push(name)
      return undefined
    }
    let timer: NodeJS.Timeout | undefined
    const expiry = new Promise<typeof EXPIRED>((resolve) => {
      timer = setTimeout(() => resolve(EXPIRED), Math.max(0, this.deadline - this.now()))
    })
    try {
      const result = await Promise.race([task(), expiry])
      if (result === EXPIRED) {
        this.abandoned.push(name)
        return undefined
      }
      return result
    } catch (error) {
      this.onError(`${name} failed: ${(error as Error).message}`)
      return undefined
    } finally {
      clearTimeout(timer)
    }
  }

  /** One warning naming everything abandoned, or null when everything ran. */
  warning(): string | null {
    if (this.abandoned.length === 0) return null
    const list = this.abandoned.length === 1 ? this.abandoned[0] : `${this.abandoned.slice(0, -1).join(', ')} and ${this.abandoned.at(-1)}`
    return `publishing ran out of its ${this.ms / 1000} s budget (publish-timeout-seconds): abandoned ${list}. The verdict, the outputs and the job summary are complete; a service did not answer in time.`
  }
}
