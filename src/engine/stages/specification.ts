/** Specification stage: read, parse and validate the spec; its requirements go into the outputs and the report. */
import { relative } from 'node:path'
import { loadSpec } from '../../spec/load.js'
import { validateSpec } from '../../spec/validate.js'
import type { RunContext } from '../context.js'
import { gateResult, type StageRecorder } from '../stage.js'

export async function specificationStage(ctx: RunContext, stage: StageRecorder): Promise<void> {
  const { host } = ctx
  const started = host.now()
  const display = relative(host.workspace, ctx.specFile) || ctx.specFile
  // loadSpec never throws: an unreadable, oversized or binary file comes back rejected with its issue.
  const spec = await loadSpec(ctx.specFile, display)
  ctx.spec = spec
  const issues = validateSpec(spec, { requiredSections: ctx.config.stages.specification.required_sections, component: ctx.component, target: ctx.target })
  const errors = issues.filter((i) => i.severity === 'error')
  const warnings = issues.filter((i) => i.severity === 'warning')
  const where = (i: (typeof issues)[number]) => `${i.file}:${i.line}${i.field ? ` (${i.field})` : ''}: ${i.message}`

  stage.outputs.title = spec.title
  stage.outputs.sections = spec.sections.map((s) => s.title)
  stage.outputs.requirements = spec.requirements
  stage.outputs.acceptance_criteria = spec.acceptance_criteria
  stage.outputs.frontmatter = spec.frontmatter
  stage.warnings.push(...warnings.map(where))
  // At staging and production, criteria the spec itself marks as not met (`- [ ]`) are said: the run would deploy a
  // component whose spec says it is not done. (At dev, work in progress is the rule.)
  const unchecked = spec.acceptance_criteria.filter((c) => c.checked === false)
  const uncheckedWarning =
    ctx.target !== 'dev' && unchecked.length > 0
      ? `${unchecked.length} of ${spec.acceptance_criteria.length} acceptance criteria are unchecked (- [ ]) in ${display}, which says they are not met: ` +
        unchecked
          .slice(0, 5)
          .map((c) => `${c.id ? `${c.id} ` : ''}(line ${c.line})`)
          .join(', ') +
        (unchecked.length > 5 ? `, and ${unchecked.length - 5} more` : '') +
        ` — deploying to ${ctx.target} all the same`
      : null
  stage.addGate(
    gateResult('spec_validation', started, host.now(), {
      passed: errors.length === 0,
      details: {
        file: display,
        requirements: spec.requirements.length,
        acceptance_criteria: spec.acceptance_criteria.length,
        sections: spec.sections.length,
        required_sections: ctx.config.stages.specification.required_sections,
        acceptance_unchecked: unchecked.length,
        error_count: errors.length,
        warning_count: warnings.length + (uncheckedWarning ? 1 : 0)
      },
      errors: errors.map(where),
      warnings: [...warnings.map(where), ...(uncheckedWarning ? [uncheckedWarning] : [])],
      findings: issues.map((i) => ({
        tool: 'spec',
        rule: i.rule,
        severity: i.severity,
        file: i.file,
        line: i.line,
        message: i.message
      })),
      ...(errors.length ? { error_type: 'configuration' as const } : {})
    })
  )
}
