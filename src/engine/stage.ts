/** Collects what one stage did, and turns it into the report's StageResult. */
import type { StageKey } from '../config/types.js'
import type { CommandRecord, ErrorType, GateResult, StageResult, StageStatus } from './model.js'

export class StageRecorder {
  readonly errors: string[] = []
  readonly warnings: string[] = []
  readonly outputs: Record<string, unknown> = {}
  readonly gates: Record<string, GateResult> = {}
  readonly commands: CommandRecord[] = []
  retries = 0
  cancelled = false
  errorType: ErrorType | undefined
  private readonly startedAt: number

  constructor(
    readonly key: StageKey,
    private readonly now: () => number
  ) {
    this.startedAt = now()
  }

  fail(message: string, errorType: ErrorType): void {
    this.errors.push(message)
    this.errorType ??= errorType
  }

  addGate(gate: GateResult): void {
    this.gates[gate.gate_name] = gate
    if (!gate.passed) this.errorType ??= gate.error_type ?? 'threshold_not_met'
  }

  get failed(): boolean {
    return this.cancelled || this.errors.length > 0 || Object.values(this.gates).some((g) => !g.passed)
  }

  finish(): StageResult {
    const ended = this.now()
    const status: StageStatus = this.cancelled ? 'cancelled' : this.failed ? 'failed' : 'passed'
    return {
      stage_name: this.key,
      success: status === 'passed',
      status,
      outputs: this.outputs,
      errors: this.errors,
      warnings: this.warnings,
      execution_time_ms: Math.round(ended - this.startedAt),
      retries: this.retries,
      quality_gates: this.gates,
      commands: this.commands,
      ...(status === 'passed' ? {} : { error_type: this.cancelled ? 'cancelled' : (this.errorType ?? 'exit_code') }),
      started_at: new Date(this.startedAt).toISOString(),
      finished_at: new Date(ended).toISOString()
    }
  }
}

/** A gate result under construction; `finish` stamps its time. */
export function gateResult(
  name: string,
  startedAt: number,
  now: number,
  fields: Omit<GateResult, 'gate_name' | 'execution_time_ms' | 'errors' | 'warnings' | 'findings'> &
    Partial<Pick<GateResult, 'errors' | 'warnings' | 'findings'>>
): GateResult {
  return {
    gate_name: name,
    errors: [],
    warnings: [],
    findings: [],
    ...fields,
    execution_time_ms: Math.round(now - startedAt)
  }
}
