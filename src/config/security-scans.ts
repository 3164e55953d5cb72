/**
 * The security step a preset writes: its secret scan and its vulnerability audit, each run only when its half of the
 * gate is wanted (`quality_gates.security.secrets` / `.vulnerabilities`). A half that is off costs nothing: its
 * scanner is not run, and not looked for before the run.
 */
import type { DeepPartial } from './merge.js'
import type { PresetChoice } from './presets.js'
import type { ReportRef, SecurityStep } from './types.js'

export interface SecurityHalvesWanted {
  secrets: boolean
  vulnerabilities: boolean
}

export const BOTH_HALVES: SecurityHalvesWanted = { secrets: true, vulnerabilities: true }

type Scan = { command: string; report: ReportRef }

/**
 * The step for the wanted halves: both scans as one command (its exit status the worse of the two) writing two
 * reports, one of them alone, or nothing when both are off. The choice of an off half says it is off, and why.
 */
export function securityScans(want: SecurityHalvesWanted, scans: { secrets: Scan; vulnerabilities: Scan }, choices: PresetChoice[]): DeepPartial<SecurityStep> | undefined {
  for (const half of ['secrets', 'vulnerabilities'] as const) {
    if (want[half]) continue
    const at = choices.findIndex((c) => c.topic === half)
    const off = { topic: half, chose: 'off', because: `quality_gates.security.${half}: false: the scan is not run (the gate reports the half as off by configuration)` }
    if (at >= 0) choices[at] = off
    else choices.push(off)
  }
  const { secrets, vulnerabilities } = scans
  if (want.secrets && want.vulnerabilities) {
    // One step, two scans: its exit status is the worse of the two, and each writes its own report.
    return {
      command: `${secrets.command}; secrets=$?; ${vulnerabilities.command}; audit=$?; exit $(( secrets > audit ? secrets : audit ))`,
      report: secrets.report,
      reports: [vulnerabilities.report]
    }
  }
  if (want.secrets) return { command: secrets.command, report: secrets.report }
  if (want.vulnerabilities) return { command: vulnerabilities.command, report: vulnerabilities.report }
  return undefined
}
