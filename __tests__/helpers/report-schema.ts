/**
 * schema/report.schema.json, the contract of the JSON report, compiled once: every report a test reads through
 * `readReport` (workspace.ts) is held to it, so a field added to the report without the schema, or a value of
 * another type than it says, fails the test that wrote it.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv, type ValidateFunction } from 'ajv'
import { ROOT } from './workspace.js'

let validate: ValidateFunction | undefined

/** The schema's complaints about `report` (empty when it conforms), each `path: message`. */
export function reportSchemaErrors(report: unknown): string[] {
  validate ??= new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(JSON.parse(readFileSync(join(ROOT, 'schema/report.schema.json'), 'utf8')))
  if (validate(report)) return []
  return (validate.errors ?? []).map((e) => `${e.instancePath || '(report)'}: ${e.message}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}`)
}

/** Throws, naming the file and every complaint, when `report` does not conform. */
export function assertReportConforms(report: unknown, file: string): void {
  const errors = reportSchemaErrors(report)
  if (errors.length) throw new Error(`${file} does not conform to schema/report.schema.json:\n  ${errors.slice(0, 20).join('\n  ')}`)
}
