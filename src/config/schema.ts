/** The configuration file's JSON Schema, compiled once. The schema file ships with the action for editors too. */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import schema from '../../schema/spec-to-production.schema.json' with { type: 'json' }

export { schema as configSchema }

let validator: ValidateFunction | undefined

/** Every schema violation in `data` (none: an empty list). Errors carry their schema and data (ajv `verbose`). */
export function schemaErrors(data: unknown): ErrorObject[] {
  if (!validator) {
    // allErrors: the user fixes everything in one round; verbose: messages can quote the schema and the value.
    const ajv = new Ajv({ allErrors: true, verbose: true, allowUnionTypes: true })
    validator = ajv.compile(schema)
  }
  return validator(data) ? [] : [...(validator.errors ?? [])]
}
