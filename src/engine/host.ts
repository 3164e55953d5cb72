/**
 * The engine's only window on the outside world. The CLI and the action each implement it once, so they share
 * every line of pipeline logic; tests implement it to drive the engine without a runner.
 */
import type { CommandRunner } from '../exec/types.js'

export interface AnnotationProperties {
  title?: string
  file?: string
  startLine?: number
  endLine?: number
  startColumn?: number
}

export interface Host {
  /** Absolute path of the repository the component lives in; commands run here. */
  readonly workspace: string
  /** Commit being judged, when known (GITHUB_SHA or `git rev-parse HEAD`). */
  readonly sha: string | null
  info(message: string): void
  warning(message: string, properties?: AnnotationProperties): void
  error(message: string, properties?: AnnotationProperties): void
  debug(message: string): void
  /** Runs `fn` inside a collapsible log group (the action) or under a heading (the CLI). */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>
  /** Runs shell commands; the same implementation serves both hosts. */
  readonly runCommand: CommandRunner
  /** Milliseconds since the epoch; a seam for tests. */
  now(): number
}
