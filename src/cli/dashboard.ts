/** `spec-to-production dashboard --component NAME`: regenerate the HTML dashboard from the metrics history. */
import { readFile } from 'node:fs/promises'
import { workspaceDirectory } from '../config/workspace-dir.js'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { validateComponentName } from '../config/templates.js'
import type { WorkflowReport } from '../engine/model.js'
import { defaultDashboardName, defaultReportName } from '../engine/report.js'
import { overwriteProblem } from '../engine/output-guard.js'
import { regenerateDashboard } from '../observability/index.js'

export async function dashboardCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { component: { type: 'string' }, workspace: { type: 'string' }, output: { type: 'string' }, report: { type: 'string' }, days: { type: 'string' } },
    strict: true
  })
  if (!values.component) throw new Error('dashboard needs --component NAME')
  const component = validateComponentName(values.component)
  const workspace = workspaceDirectory(values.workspace)
  const reportPath = resolve(workspace, values.report ?? defaultReportName(component))
  // The latest report, when there is one, fills the overview; the history fills the trends either way.
  const report = await readFile(reportPath, 'utf8').then((t) => JSON.parse(t) as WorkflowReport, () => null)
  const days = values.days === undefined ? undefined : Number(values.days)
  if (days !== undefined && !(days > 0)) throw new Error(`--days must be a positive number, not '${values.days}'`)
  const dashboardPath = resolve(workspace, values.output ?? defaultDashboardName(component))
  const overwrite = await overwriteProblem(dashboardPath, { cwd: workspace, inputs: [reportPath], what: 'dashboard', option: '--output' })
  if (overwrite) throw new Error(overwrite)
  const result = await regenerateDashboard({
    workspaceDir: join(workspace, '.spec-to-production'),
    component,
    sinceDays: days,
    dashboardPath,
    now: Date.now(),
    report
  })
  process.stdout.write(`dashboard written: ${result.dashboardPath} (${result.historyRuns} run(s) of history${report ? ', latest report included' : ''})\n`)
  return 0
}
