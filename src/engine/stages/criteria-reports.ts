/**
 * The production criteria's reports that no command of the criterion writes (`integration_coverage.report`, and
 * `performance.report` without `performance.command`) are read "as an earlier step of the job left them": a step
 * before this run. The run's own commands — the tests, the checks, staging's deploy script, its integration tests —
 * run in the same workspace and could write the figure production is let through on (a deploy script that writes
 * 100% integration coverage); so the files are noted before the first command, and one that is new or changed when
 * the criteria are read was written by this run, not measured by an earlier step.
 */
import type { RunContext } from '../context.js'
import { ReportSnapshot } from '../fresh.js'
import { reportPathFor } from './templates.js'

/** The criteria reports' paths as the criteria will read them; a path that cannot be rendered yet is left out. */
export function criteriaReportPaths(ctx: RunContext): string[] {
  const cfg = ctx.config.stages.production_deployment.criteria
  const where = 'stages.production_deployment.criteria'
  const vars = { environment: ctx.config.stages.production_deployment.environment, outputs: '', environment_url: '', staging_url: '' }
  const templates: Array<[string, string]> = []
  if (cfg?.integration_coverage.report) templates.push([cfg.integration_coverage.report.path, `${where}.integration_coverage.report`])
  if (cfg?.performance && !cfg.performance.command) templates.push([cfg.performance.report, `${where}.performance.report`])
  const paths: string[] = []
  for (const [template, key] of templates) {
    // {staging_url} is known only once staging deployed; a path made of it is checked by the criterion itself.
    if (/\{staging_url\}/.test(template.replace(/\{\{|\}\}/g, ''))) continue
    try {
      paths.push(reportPathFor(ctx, template, key, vars))
    } catch {
      // The criterion says what is wrong with its path when it is read.
    }
  }
  return paths
}

export function criteriaReportsSnapshot(ctx: RunContext): Promise<ReportSnapshot> {
  return ReportSnapshot.take(criteriaReportPaths(ctx))
}

/** Why the report at `path` is not what an earlier step left: this run's commands wrote it. Null when it is. */
export async function writtenByThisRun(ctx: RunContext, path: string, what: string): Promise<string | null> {
  const start = ctx.criteriaReportsAtStart
  if (!start || (await start.check(path)) !== 'fresh') return null
  return (
    `the ${what} ${path} was written during this run, by one of its commands (the tests, the checks, staging's deploy, rollback or integration tests), ` +
    `not by an earlier step of the job: a figure a command of the run under judgment wrote is no measurement of it, so it is not read. ` +
    `Measure it in a step before this one (or, for integration coverage, leave the report unset: staging's integration tests' coverage is read)`
  )
}
