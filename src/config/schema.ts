/**
 * The configuration file's JSON Schema, compiled once. The schema file ships with the action for editors too; the
 * document itself is in schema-document.ts.
 */
import type { ErrorObject } from 'ajv'
import { validateConfig } from '../generated/validators.js'

/** Every schema violation in `data` (none: an empty list). Errors carry their schema and data (ajv `verbose`). */
export function schemaErrors(data: unknown): ErrorObject[] {
  // Precompiled by scripts/compile-schemas.mjs (Ajv standalone) with allErrors, so the user fixes everything in one
  // round, and verbose, so messages can quote the schema and the value; compiling at start-up cost ~100 ms.
  return validateConfig(data) ? [] : [...(validateConfig.errors ?? [])]
}
