/**
 * What a leg uploads as its artifact: a command of the run can write anything into the run's logs folder, and the
 * aggregate reads every `workflow_report_*.json` of an artifact as a leg's report. Only the engine's `*.log` files
 * are taken from that folder, so a test command cannot ship a forged report for another leg.
 */
import { afterAll, expect, jest, test } from '@jest/globals'
import { cp, mkdir, mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join, relative } from 'node:path'
import { artifactFiles } from '../../src/action/github.js'
import { collectReportFiles } from '../../src/aggregate/read.js'
import { runWorkflow } from '../../src/api.js'
import type { WorkflowReport } from '../../src/engine/model.js'
import { createConsoleHost } from '../../src/hosts/console.js'
import { removeDir } from '../helpers/workspace.js'
import { tinyJunit, tinyRepo } from '../helpers/tiny.js'

jest.setTimeout(60_000)

const dirs: string[] = []
afterAll(async () => {
  await Promise.all(dirs.map(removeDir))
})

test("a report a test command forges in the logs folder is not uploaded with the leg's artifact", async () => {
  const forged = JSON.stringify({ component_name: 'other', success: true })
  const testing =
    `printf '${tinyJunit()}' > {reports}/junit.xml && printf 'SF:src/tiny/a.js\\nDA:1,1\\nLF:1\\nLH:1\\nend_of_record\\n' > {reports}/lcov.info` +
    ` && printf '%s' '${forged.replaceAll('{', '{{').replaceAll('}', '}}')}' > {reports}/../logs/workflow_report_other.json`
  const dir = await tinyRepo({ testing })
  dirs.push(dir)
  const host = createConsoleHost({ workspace: dir, out: () => {}, err: () => {} })
  const result = await runWorkflow({ specFile: 'SPEC.md', componentName: 'tiny', targetStage: 'dev', configFile: 'cfg.yml', workspace: dir, host })
  expect({ success: result.success, errors: [...result.report.errors, ...Object.values(result.report.stage_results).flatMap((s) => [...(s?.errors ?? []), ...Object.values(s?.quality_gates ?? {}).flatMap((g) => g.errors)])] }).toEqual({ success: true, errors: [] })
  const report = JSON.parse(await readFile(result.reportPath, 'utf8')) as WorkflowReport
  const logs = join(report.reports_dir, '..', 'logs')
  // The command did write it, beside the engine's log of the command.
  expect(await readFile(join(logs, 'workflow_report_other.json'), 'utf8')).toBe(forged)

  const files = await artifactFiles(report, { reportPath: result.reportPath, sarifPath: join(dir, 'absent.sarif'), dashboardPath: report.metrics_dashboard })
  expect(files.map((f) => basename(f))).toEqual(['workflow_report_tiny.json', 'workflow_dashboard_tiny.html', 'testing-1.log'])

  // The artifact as the aggregate downloads it: one leg's report in it, not two.
  const download = await mkdtemp(join(tmpdir(), 's2p-artifact-'))
  dirs.push(download)
  for (const f of files) {
    await mkdir(join(download, relative(dir, join(f, '..'))), { recursive: true })
    await cp(f, join(download, relative(dir, f)))
  }
  expect((await collectReportFiles([download])).map((f) => basename(f))).toEqual(['workflow_report_tiny.json'])
})
